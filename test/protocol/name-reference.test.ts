// name-reference over the language server: the diagnostic on a surname used before the full name, with the full
// name as related information, and the quick fix that moves the full name to the first mention.
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { open, startServer, type Harness } from './harness';

const DOCS = pathToFileURL(path.resolve('docs/rules')).href;

const DRAFT = [
  '# Bridge vote delayed again',
  '',
  'The county council met on Tuesday evening to vote on the plan for the new bridge across the river, after months of delay and two public inquiries into its cost.',
  '',
  'Mr Okafor said the council could not wait another year for the money.',
  '',
  'The council leader, Daniel Okafor, thanked the engineers.',
  '',
].join('\n');

const referenceDiagnostics = (d: Diagnostic[]) => d.filter((x) => x.code === 'name-reference');

describe('language server: name-reference', () => {
  let h: Harness;
  before(async () => {
    h = await startServer({ initializationOptions: { debounceMs: 0 } });
  });
  after(async () => {
    await h.stop();
  });

  it('publishes the early surname with the full name as related information, and a fix that moves the full name', async () => {
    const uri = 'untitled:name-reference';
    const published = h.nextDiagnostics(uri);
    await open(h, uri, DRAFT);
    const [d, ...rest] = referenceDiagnostics((await published).diagnostics);
    assert.deepEqual(rest, []);
    const { data: _data, ...diagnostic } = d;
    const early = { start: { line: 4, character: 3 }, end: { line: 4, character: 9 } };
    const full = { start: { line: 6, character: 20 }, end: { line: 6, character: 33 } };
    assert.deepEqual(diagnostic, {
      range: early,
      severity: 3,
      source: 'copydesk',
      code: 'name-reference',
      codeDescription: { href: `${DOCS}/name-reference.md` },
      message: '“Okafor” before the full name: the first mention should be “Daniel Okafor”, written further down',
      relatedInformation: [{ location: { uri, range: full }, message: '“Daniel Okafor” here' }],
    });
    const actions = (await h.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.title === 'Name “Daniel Okafor” here and “Okafor” later');
    assert.ok(fix, `no fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.edit!.documentChanges![0] as TextDocumentEdit, {
      textDocument: { uri, version: 1 },
      edits: [
        { range: early, newText: 'Daniel Okafor' },
        { range: full, newText: 'Okafor' },
      ],
    });
  });
});
