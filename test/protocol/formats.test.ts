// The language server on HTML pages (the html language, once the user lets Copydesk check it) and on a workspace's
// drafts checked at once (copydesk/checkFiles, the request behind "Copydesk: Check All Drafts in Workspace").
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import { CheckFilesRequest, type CheckFilesResult } from '../../server/src/protocol';
import { fileUri, open, startServer, type Diagnostic, type Harness } from './harness';

const FIXTURES = path.resolve('test/fixtures/formats');

const brief = (d: Diagnostic) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message];

describe('language server: HTML pages and the whole workspace', () => {
  let dir: string;
  let h: Harness;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-formats-lsp-'));
    for (const name of ['library-hours.html', 'library-hours.md']) copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
    writeFileSync(path.join(dir, 'short.txt'), 'The the council met.\n');
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
    h = await startServer({ workspaceFolder: dir, initializationOptions: { debounceMs: 0 } });
  });
  after(async () => {
    await h.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('checks an HTML page opened as html, findings on the exact characters, fixes on text only', async () => {
    const file = path.join(dir, 'page.html');
    const text = '<h1>Ferry</h1>\n<p>Mr Kamara left. Mr Kamara spoke. Then Mr Kam<em>arra</em> said the the deal ended.</p>\n';
    const uri = fileUri(file);
    const published = h.nextDiagnostics(uri);
    await open(h, uri, text, 'html');
    const { diagnostics } = await published;
    assert.deepEqual(diagnostics.map(brief), [
      ['name-inconsistent', 1, 44, 1, 55, '“Kamarra”: elsewhere this draft writes “Kamara” (twice) — spelt one letter differently'],
      ['repeated-word', 1, 66, 1, 73, '“the” is repeated; remove one'],
    ]);
    const actions = (await h.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[1].range,
      context: { diagnostics },
    })) as { title: string }[];
    // The name's range holds a tag: no edit replaces it; the repeated word is plain text.
    assert.deepEqual(
      actions.map((a) => a.title),
      [
        'Record “Kamara” as the preferred form in .copydesk.json',
        'Ignore this finding (record it in .copydesk-baseline.json)',
        'Remove the repeated “the”',
        'Ignore this finding (record it in .copydesk-baseline.json)',
      ],
    );
  });

  it('checks files that are not open and publishes their findings; a file that cannot be read gets one diagnostic', async () => {
    const uris = ['library-hours.html', 'library-hours.md', 'short.txt', 'binary.txt'].map((n) => fileUri(path.join(dir, n)));
    const waiting = uris.map((uri) => h.nextDiagnostics(uri));
    const result = (await h.connection.sendRequest(CheckFilesRequest.method, { uris })) as CheckFilesResult;
    assert.deepEqual(result, {
      checked: 3,
      notChecked: [{ uri: uris[3], reason: 'binary file (it contains NUL bytes); not checked' }],
      counts: { error: 0, warning: 13, info: 0, hint: 8 },
    });
    const [html, md, short, binary] = (await Promise.all(waiting)).map((p) => p.diagnostics);
    const rules = (list: Diagnostic[]) => list.map((d) => d.code);
    assert.deepEqual(rules(html), rules(md));
    assert.deepEqual(html.find((d) => d.code === 'name-inconsistent')?.range, {
      start: { line: 25, character: 8 },
      end: { line: 25, character: 37 },
    });
    assert.deepEqual(short.map(brief), [['repeated-word', 0, 0, 0, 7, '“The” is repeated; remove one']]);
    assert.deepEqual(binary.map(brief), [
      ['file-not-checked', 0, 0, 0, 0, 'Copydesk did not check this file: binary file (it contains NUL bytes); not checked.'],
    ]);
  });

  it('leaves an open draft to its live check, and replaces the published findings when the file is opened and edited', async () => {
    const uri = fileUri(path.join(dir, 'short.txt'));
    const opened = h.nextDiagnostics(uri);
    await open(h, uri, 'The the council met.\n', 'plaintext');
    assert.deepEqual((await opened).diagnostics.map(brief), [['repeated-word', 0, 0, 0, 7, '“The” is repeated; remove one']]);
    const edited = h.nextDiagnostics(uri, (p) => p.version === 2);
    await h.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: 'The council met.\n' }],
    });
    assert.deepEqual((await edited).diagnostics, []);
    const again = (await h.connection.sendRequest(CheckFilesRequest.method, { uris: [uri] })) as CheckFilesResult;
    assert.deepEqual(again, { checked: 1, notChecked: [], counts: { error: 0, warning: 0, info: 0, hint: 0 } });
    // Nothing was published over the live findings of the open draft.
    assert.deepEqual(
      h.published.filter((p) => p.uri === uri).map((p) => p.diagnostics.length),
      [1, 1, 0],
    );
  });

  it('stops when the request is cancelled, publishing nothing more', async () => {
    const uris = Array.from({ length: 60 }, (_, i) => {
      const file = path.join(dir, `many-${i}.txt`);
      writeFileSync(file, 'The the council met.\n');
      return fileUri(file);
    });
    const before = h.published.length;
    const source = new CancellationTokenSource();
    const answer = h.connection.sendRequest(CheckFilesRequest.method, { uris }, source.token) as Promise<CheckFilesResult>;
    source.cancel();
    // The server stops before its workers take the files, and says what it did: nothing.
    assert.deepEqual(await answer, { checked: 0, notChecked: [], counts: { error: 0, warning: 0, info: 0, hint: 0 } });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(h.published.slice(before).filter((p) => uris.includes(p.uri)).length, 0);
  });
});
