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
