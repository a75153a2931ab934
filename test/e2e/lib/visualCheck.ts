import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import expected from '../fixtures/expected.json';

const DRAFT = expected.draft.file;
const TIMEOUT = 30_000;

export interface VisualCheckOptions {
  /** Where screenshots go: the scratch folder in a test run, docs/images only with `npm run screenshots`. */
  imagesDir: string;
  /** The workspace holds the seed article (desk/kabul-afp.txt). */
  seed: boolean;
}

let imagesDir = '';

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(imagesDir, { recursive: true });
  await page.screenshot({ path: path.join(imagesDir, name) });
  console.log(`  screenshot ${path.join(imagesDir, name)}`);
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
 * Copydesk views, then the seed article's Problems panel, and takes screenshots. Returns true when every check
 * passed. */
export async function checkWhatAPersonSees(page: Page, options: VisualCheckOptions): Promise<boolean> {
  imagesDir = options.imagesDir;
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
  checks.check(statusText.includes('2 to fix'), 'the status bar item counts 2 to fix', statusText);
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
  await collapseSection(page, 'Draft Names');

  if (options.seed) await checkTheSeed(page, checks);
  else console.log('  visual check of the seed article skipped: it is not on disk (../shared/seed/kabul-afp.txt)');
  return checks.failed === 0;
}

/** The seed article: the two warnings lead the Problems panel, four notes follow, hints stay out of it; the status
 * bar counts what to fix. */
async function checkTheSeed(page: Page, checks: Checks): Promise<void> {
  const explorer = page.locator('.pane-header', { hasText: 'workspace' });
  if ((await explorer.getAttribute('aria-expanded')) !== 'true') await explorer.click();
  const folder = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'desk' }).first();
  await folder.waitFor({ timeout: TIMEOUT });
  await folder.click();
  const file = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'kabul-afp.txt' }).first();
  await file.waitFor({ timeout: TIMEOUT });
  await file.click();
  // The two warnings sit below the first screen: the status bar says when the draft is checked.
  const status = page.locator('.statusbar-item', { hasText: /\d+ to fix/ }).first();
  await status.waitFor({ timeout: TIMEOUT });
  const statusText = await status.innerText();
  checks.check(/2 to fix$/.test(statusText.trim()), 'the seed: the status bar says 2 to fix, and no notes', statusText);
  await page.mouse.move(5, 400);
  await shot(page, 'seed-editor.png');

  await page.keyboard.press('Control+Shift+M');
  const filter = page.locator('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input').first();
  await filter.waitFor({ timeout: TIMEOUT });
  await filter.fill('**/desk/**');
  const rows = page.locator('.markers-panel .monaco-list-row');
  const markers = await waitForRows(rows, (texts) => texts.filter((t) => t.includes('copydesk')).length >= 2);
  const texts = markers.filter((t) => t.includes('copydesk'));
  const describe = texts.join(' | ');
  checks.check(
    texts.length === 2 && texts[0].includes('ISIS-K') && texts[1].includes('Shahad'),
    'the seed: the Problems panel shows the ISIS-K and Shahad warnings and nothing else (floating quotes are hints)',
    describe,
  );
  await shot(page, 'seed-problems.png');
  await filter.fill('');
  await page.keyboard.press('Control+Shift+M');
}

async function waitForRows(rows: Locator, done: (texts: string[]) => boolean): Promise<string[]> {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const texts = await rows.allInnerTexts();
    if (done(texts) || Date.now() > deadline) return texts;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
