import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import expected from '../fixtures/expected.json';
import { IMAGES_DIR } from './paths';

const DRAFT = expected.draft.file;
const TIMEOUT = 30_000;

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(IMAGES_DIR, { recursive: true });
  await page.screenshot({ path: path.join(IMAGES_DIR, name) });
  console.log(`  screenshot docs/images/${name}`);
}

class Checks {
  failed = 0;
  check(ok: boolean, name: string, seen: string): void {
    if (!ok) this.failed++;
    console.log(`${ok ? 'ok' : 'not ok'} - visual: ${name}${ok ? '' : `\n    seen: ${seen}`}`);
  }
}

/** Expands one of the Explorer's collapsible sections (e.g. "Draft Quotes") and returns its tree rows. */
async function expandSection(page: Page, title: string): Promise<Locator> {
  const header = page.locator('.pane-header', { hasText: title });
  await header.waitFor({ timeout: TIMEOUT });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await page.mouse.move(5, 400); // no tooltip over the view in the screenshot
  return page.locator('.pane', { has: header }).locator('.monaco-list-row');
}

async function collapseSection(page: Page, title: string): Promise<void> {
  const header = page.locator('.pane-header', { hasText: title });
  if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
}

/** Opens the fixture draft as a person would, looks at the squiggles, the status bar, the Problems panel and the
 * Copydesk views, and saves screenshots for the documentation. Returns true when every check passed. */
export async function checkWhatAPersonSees(page: Page): Promise<boolean> {
  const checks = new Checks();
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });

  // Open the draft from the Explorer tree.
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: DRAFT }).first();
  await row.waitFor({ timeout: TIMEOUT });
  await row.click();
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: TIMEOUT });

  // Squiggles are drawn once the diagnostics arrive: two warnings (the orphan quote, the name variant).
  const squiggles = page.locator('.monaco-editor .squiggly-warning');
  await squiggles.first().waitFor({ timeout: TIMEOUT });
  checks.check((await squiggles.count()) === 2, 'the draft shows two warning squiggles', `${await squiggles.count()}`);

  const status = page.locator('.statusbar-item', { hasText: /words/ }).first();
  await status.waitFor({ timeout: TIMEOUT });
  const statusText = await status.innerText();
  checks.check(statusText.includes('2 issues'), 'the status bar item counts 2 issues', statusText);
  await shot(page, 'editor.png');

  // Hover the name variant: the message shows with the rule code.
  const nameSquiggle = squiggles.nth(1);
  const box = await nameSquiggle.boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover', { hasText: 'Tamsin Graves' }).first();
  await hover.waitFor({ timeout: TIMEOUT });
  const hoverText = await hover.innerText();
  checks.check(
    hoverText.includes(expected.draft.name.message) && hoverText.includes(expected.draft.name.code),
    'hovering the name variant shows its message and rule code',
    hoverText,
  );

  await shot(page, 'hover.png');
  await page.mouse.move(5, 400);
  await page.keyboard.press('Escape');

  // The Problems panel.
  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await rows.first().waitFor({ timeout: TIMEOUT });
  const rowTexts = (await rows.allInnerTexts()).join(' | ');
  for (const code of [expected.draft.quote.code, expected.draft.name.code]) {
    checks.check(rowTexts.includes(code), `the Problems panel lists ${code}`, rowTexts);
  }
  await shot(page, 'problems.png');
  await page.keyboard.press('Control+Shift+M');

  // The Copydesk views, in the Explorer (collapsed by default).
  await collapseSection(page, 'workspace');
  const quoteRows = await expandSection(page, 'Draft Quotes');
  await quoteRows.first().waitFor({ timeout: TIMEOUT });
  const quoteTexts = (await quoteRows.allInnerTexts()).join(' | ');
  checks.check(
    quoteTexts.includes('Unattributed') && quoteTexts.includes('Tamsin Greaves'),
    'the Quotes view groups the quotes under "Unattributed" and "Tamsin Greaves"',
    quoteTexts,
  );
  await shot(page, 'quotes-view.png');
  await collapseSection(page, 'Draft Quotes');

  const nameRows = await expandSection(page, 'Draft Names');
  await nameRows.first().waitFor({ timeout: TIMEOUT });
  const nameTexts = (await nameRows.allInnerTexts()).join(' | ');
  checks.check(nameTexts.includes('Tamsin Greaves'), 'the Names view lists Tamsin Greaves', nameTexts);
  await shot(page, 'names-view.png');
  return checks.failed === 0;
}
