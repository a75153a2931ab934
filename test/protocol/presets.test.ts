// A house style that extends a preset, in the editor: the preset's opt-in rules publish.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileUri, open, startServer, type Harness } from './harness';

const DRAFT = 'Harbour reopens\n\nMr. Brandt said 3 boats sailed.\n';

describe('language server: a house style extending a preset', () => {
  let dir: string;
  let h: Harness;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-presets-lsp-'));
    writeFileSync(path.join(dir, '.copydesk.json'), JSON.stringify({ extends: ['copydesk:bbc'] }));
    h = await startServer({ workspaceFolder: dir });
  });
  after(async () => {
    await h.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes the opt-in rules the preset turns on', async () => {
    const uri = fileUri(path.join(dir, 'story.draft'));
    const published = h.nextDiagnostics(uri);
    await open(h, uri, DRAFT, 'news-draft');
    assert.deepEqual(
      (await published).diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.message]),
      [
        ['courtesy-title', 2, 0, '“Mr.”: titles take no full stop (“Mr”)'],
        ['number-style', 2, 16, '“3”: numbers from one to nine are written in words (“three”)'],
      ],
    );
  });
});

describe('language server: a shared house style file named in "extends"', () => {
  let dir: string;
  let h: Harness;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-shared-lsp-'));
    writeFileSync(path.join(dir, 'newsroom.json'), JSON.stringify({ rules: { 'number-style': 'warning' } }));
    writeFileSync(path.join(dir, '.copydesk.json'), JSON.stringify({ extends: ['newsroom.json'] }));
    h = await startServer({ workspaceFolder: dir });
  });
  after(async () => {
    await h.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is read with the house style, and again when it changes', async () => {
    const uri = fileUri(path.join(dir, 'story.draft'));
    const first = h.nextDiagnostics(uri);
    await open(h, uri, DRAFT, 'news-draft');
    assert.deepEqual(
      (await first).diagnostics.map((d) => d.code),
      ['number-style'],
    );
    writeFileSync(path.join(dir, 'newsroom.json'), JSON.stringify({ rules: { 'courtesy-title': 'warning' }, courtesyTitles: 'omit' }));
    const second = h.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'courtesy-title'));
    await h.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: fileUri(path.join(dir, 'newsroom.json')), type: 2 }],
    });
    assert.deepEqual(
      (await second).diagnostics.map((d) => [d.code, d.message]),
      [['courtesy-title', '“Mr.”: no courtesy title outside quotations; use the surname alone']],
    );
  });
});
