// quote-mismatch over the language server: transcripts named by the house style are read, a misquote is published
// with the passage in its message, and an edited transcript is read again.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, open, startServer, type Harness } from './harness';

const DRAFT = ['# Harbour dredging', '', '"The dredging will start in the second week of May," Ms Pike said.', ''].join('\n');

describe('language server: quote-mismatch', () => {
  let h: Harness;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-transcripts-'));
    mkdirSync(path.join(dir, 'notes'));
    writeFileSync(path.join(dir, '.copydesk.json'), JSON.stringify({ transcripts: ['notes/**/*.txt'] }));
    writeFileSync(path.join(dir, 'notes', 'pike.txt'), 'PIKE: Um, the dredging will start in the first week of May.\n');
    h = await startServer({ initializationOptions: { debounceMs: 0 }, workspaceFolder: dir });
  });
  after(async () => {
    await h.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes a misquote as a warning with the transcript passage', async () => {
    const uri = fileUri(path.join(dir, 'dredging.md'));
    const published = h.nextDiagnostics(uri);
    await open(h, uri, DRAFT, 'markdown');
    const found = (await published).diagnostics.filter((d: Diagnostic) => d.code === 'quote-mismatch');
    assert.deepEqual(
      found.map((d) => [d.range, d.severity, d.message]),
      [
        [
          { start: { line: 2, character: 0 }, end: { line: 2, character: 52 } },
          2,
          'Quote differs from the transcript (notes/pike.txt, line 1): “second” for “first”. The transcript has: “the dredging will start in the first week of May”',
        ],
      ],
    );
  });

  it('reads a transcript again when it changes, and the warning goes', async () => {
    const uri = fileUri(path.join(dir, 'dredging.md'));
    writeFileSync(path.join(dir, 'notes', 'pike.txt'), 'PIKE: The dredging will start in the second week of May.\n');
    // The set is trusted for three seconds; the next check after that looks at the files and reads them again.
    await new Promise((resolve) => setTimeout(resolve, 3_200));
    const cleared = h.nextDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'quote-mismatch'));
    await h.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: DRAFT }] });
    assert.deepEqual(
      (await cleared).diagnostics.filter((d: Diagnostic) => d.code === 'quote-mismatch'),
      [],
    );
  });
});
