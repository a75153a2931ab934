// figure-inconsistent over the language server: the diagnostic with the other mention as related information, and
// the quick fix only where the right figure is clear.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { open, startServer, type Harness } from './harness';

const DOCS = pathToFileURL(path.resolve('docs/rules')).href;

// Two mentions of one count: which one is right cannot be told, so there is no fix.
const TWO = [
  '# Fire at Harwick flats',
  '',
  'Ten people died when fire swept through a block of flats in Harwick on Sunday, the fire service said.',
  '',
  'Neighbours said smoke filled the stairwell within minutes.',
  '',
  'The twelve people who died lived on the top two floors, the council said.',
  '',
].join('\n');

// Three mentions, two of them agreeing in two paragraphs: the odd one gets a fix.
const THREE = [
  '# Floods in Fernby',
  '',
  'The river burst its banks on Tuesday, flooding 112 homes in Fernby.',
  '',
  'The 112 homes flooded were in an area where defences had been planned for years.',
  '',
  'Insurers have begun visiting the 121 homes flooded.',
  '',
].join('\n');

const figureDiagnostics = (d: Diagnostic[]) => d.filter((x) => x.code === 'figure-inconsistent');

describe('language server: figure-inconsistent', () => {
  let h: Harness;
  before(async () => {
    h = await startServer({ initializationOptions: { debounceMs: 0 } });
  });
  after(async () => {
    await h.stop();
  });

  it('publishes the later figure with the earlier one as related information, and offers no fix for two mentions', async () => {
    const uri = 'untitled:figures-two';
    const published = h.nextDiagnostics(uri);
    await open(h, uri, TWO);
    const [d, ...rest] = figureDiagnostics((await published).diagnostics);
    assert.deepEqual(rest, []);
    const { data: _data, ...diagnostic } = d;
    assert.deepEqual(diagnostic, {
      range: { start: { line: 6, character: 4 }, end: { line: 6, character: 17 } },
      severity: 2,
      source: 'copydesk',
      code: 'figure-inconsistent',
      codeDescription: { href: `${DOCS}/figure-inconsistent.md` },
      message: '“Ten” earlier in the draft and “twelve” here for the same count (people died): check which is right',
      relatedInformation: [
        { location: { uri, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 10 } } }, message: '“Ten” here' },
      ],
    });
    const actions = (await h.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.filter((a) => a.title.startsWith('Replace')).map((a) => a.title),
      [],
    );
  });

  it('offers the agreed figure as the quick fix for the odd one out', async () => {
    const uri = 'untitled:figures-three';
    const published = h.nextDiagnostics(uri);
    await open(h, uri, THREE);
    const [d, ...rest] = figureDiagnostics((await published).diagnostics);
    assert.deepEqual(rest, []);
    const range = { start: { line: 6, character: 33 }, end: { line: 6, character: 42 } };
    assert.deepEqual(
      [d.range, d.message, d.relatedInformation?.map((r) => r.location.range.start.line)],
      [range, '“112” (2 mentions) earlier in the draft and “121” here for the same count (homes flooded): check which is right', [2, 4]],
    );
    const actions = (await h.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.title === 'Replace with “112”');
    assert.ok(fix, `no fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.edit!.documentChanges![0] as TextDocumentEdit, {
      textDocument: { uri, version: 1 },
      edits: [{ range: { start: { line: 6, character: 33 }, end: { line: 6, character: 36 } }, newText: '112' }],
    });
  });
});
