// attribution-verb and source-plural over the language server: the diagnostics, source-plural's related information,
// and the quick fixes.
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { open, startServer, type Harness } from './harness';

const DOCS = pathToFileURL(path.resolve('docs/rules')).href;

const VERB = ['# Pier to reopen', '', '"We will rebuild the pier by spring," the council leader insisted.', ''].join('\n');

const PLURAL = [
  '# Talks near a deal',
  '',
  'A source close to the talks said a deal could be signed within days.',
  '',
  'Sources said the two sides had agreed on the price.',
  '',
].join('\n');

const only = (d: Diagnostic[], rule: string) => d.filter((x) => x.code === rule);

describe('language server: attribution-verb and source-plural', () => {
  let h: Harness;
  before(async () => {
    h = await startServer({ initializationOptions: { debounceMs: 0 } });
  });
  after(async () => {
    await h.stop();
  });

  async function actionsFor(uri: string, d: Diagnostic): Promise<CodeAction[]> {
    return (await h.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
  }

  it('publishes a loaded attribution verb as information, with "said" as the preferred fix', async () => {
    const uri = 'untitled:sourcing-verb';
    const published = h.nextDiagnostics(uri);
    await open(h, uri, VERB);
    const [d, ...rest] = only((await published).diagnostics, 'attribution-verb');
    assert.deepEqual(rest, []);
    const { data: _data, ...diagnostic } = d;
    const range = { start: { line: 2, character: 57 }, end: { line: 2, character: 65 } };
    assert.deepEqual(diagnostic, {
      range,
      severity: 3,
      source: 'copydesk',
      code: 'attribution-verb',
      codeDescription: { href: `${DOCS}/attribution-verb.md` },
      message: '“insisted” in an attribution suggests the speaker is not to be believed; “said” is neutral.',
    });
    const actions = await actionsFor(uri, d);
    const fix = actions.find((a) => a.title === 'Replace with “said”');
    assert.ok(fix, `no fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.edit!.documentChanges![0] as TextDocumentEdit, {
      textDocument: { uri, version: 1 },
      edits: [{ range, newText: 'said' }],
    });
  });

  it('sends each quote with the kind of its source, for the Quotes view to group by', async () => {
    const uri = 'untitled:sourcing-kinds';
    const published = h.nextDiagnostics(uri);
    await open(h, uri, ['"It will bring jobs," said Ann Hale.', '', '"We were never asked," a fisherman said.', ''].join('\n'));
    await published;
    const facts = (await h.connection.sendRequest('copydesk/draftFacts', { uri })) as {
      quotes: { speaker: string | null; sourceKind?: string }[];
    };
    assert.deepEqual(
      facts.quotes.map((q) => [q.speaker, q.sourceKind]),
      [
        ['Ann Hale', 'named'],
        ['the fisherman', 'unnamed'],
      ],
    );
  });

  it('publishes a plural credit with the single source as related information, and a singular as the fix', async () => {
    const uri = 'untitled:sourcing-plural';
    const published = h.nextDiagnostics(uri);
    await open(h, uri, PLURAL);
    const [d, ...rest] = only((await published).diagnostics, 'source-plural');
    assert.deepEqual(rest, []);
    const { data: _data, ...diagnostic } = d;
    const range = { start: { line: 4, character: 0 }, end: { line: 4, character: 7 } };
    assert.deepEqual(diagnostic, {
      range,
      severity: 2,
      source: 'copydesk',
      code: 'source-plural',
      codeDescription: { href: `${DOCS}/source-plural.md` },
      message:
        '“Sources” in the plural, but the draft credits a single source (“A source”) and no other: check how many sources there were.',
      relatedInformation: [
        { location: { uri, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 8 } } }, message: '“A source” here' },
      ],
    });
    const actions = await actionsFor(uri, d);
    const fix = actions.find((a) => a.title === 'Replace with “A source”');
    assert.ok(fix, `no fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.deepEqual(fix.edit!.documentChanges![0] as TextDocumentEdit, {
      textDocument: { uri, version: 1 },
      edits: [{ range, newText: 'A source' }],
    });
  });
});
