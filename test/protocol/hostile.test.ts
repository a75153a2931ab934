// The language server under hostile conditions, over stdio: a check that throws, stale versions, closed
// documents, fixes for a text that changed, invalid house styles, drafts over the size limit.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { fileUri, open, startServer, TEST_SERVER, type Harness } from './harness';

const HARBOUR = readFileSync('test/fixtures/harbour.md', 'utf8');
const codes = (d: Diagnostic[]) => d.map((x) => x.code);

const change = (h: Harness, uri: string, version: number, text: string) =>
  h.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });

const actionsFor = (h: Harness, uri: string, diagnostic: Diagnostic) =>
  h.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  }) as Promise<CodeAction[]>;

/** Starts the test build of the server with COPYDESK_TEST_FAULT set (the harness spawns it with this process's
 * environment): those checks throw on every paragraph. */
async function startWithFault(modules: string): Promise<Harness> {
  process.env.COPYDESK_TEST_FAULT = modules;
  try {
    return await startServer({ initializationOptions: { debounceMs: 0 }, server: TEST_SERVER });
  } finally {
    delete process.env.COPYDESK_TEST_FAULT;
  }
}

describe('language server: a check that throws', () => {
  it('is tested on the test build: the shipped server cannot inject a fault', () => {
    // the checks run in the worker bundle beside each server
    assert.equal(readFileSync('dist/worker.js', 'utf8').includes('COPYDESK_TEST_FAULT'), false);
    assert.equal(readFileSync(path.join(path.dirname(TEST_SERVER), 'worker.js'), 'utf8').includes('COPYDESK_TEST_FAULT'), true);
  });

  it('loses only that check’s findings, and logs the failure once with the check’s name', async () => {
    const h = await startWithFault('names');
    try {
      const uri = 'untitled:faulty';
      let next = h.nextDiagnostics(uri);
      await open(h, uri, HARBOUR);
      // harbour.md has a quote with no speaker and a name spelled two ways: only the quote is left, and the draft
      // says at its top which check failed.
      const first = (await next).diagnostics;
      assert.deepEqual(codes(first), ['check-failed', 'quote-unattributed']);
      assert.deepEqual(first[0], {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 2,
        source: 'copydesk',
        code: 'check-failed',
        message:
          "Copydesk's names check failed on this draft, so its findings are missing: fault injected into the names check (test build)",
      });
      next = h.nextDiagnostics(uri, (p) => p.version === 2);
      await change(h, uri, 2, `${HARBOUR}\nThe board met again on Friday.\n`);
      assert.deepEqual(codes((await next).diagnostics), ['check-failed', 'quote-unattributed']);
      assert.deepEqual(
        h.logs.filter((l) => l.includes('check failed')),
        ['Copydesk: the names check failed and its findings are missing: fault injected into the names check (test build)'],
      );
    } finally {
      await h.stop();
    }
  });

  it('keeps the other checks when two fail', async () => {
    const h = await startWithFault('quotes,style');
    try {
      const uri = 'untitled:two-faults';
      const next = h.nextDiagnostics(uri);
      await open(h, uri, HARBOUR);
      const diagnostics = (await next).diagnostics;
      assert.deepEqual(codes(diagnostics), ['check-failed', 'check-failed', 'name-inconsistent']);
      assert.deepEqual(
        diagnostics.slice(0, 2).map((d) => d.message),
        [
          "Copydesk's quotes check failed on this draft, so its findings are missing: fault injected into the quotes check (test build)",
          "Copydesk's style check failed on this draft, so its findings are missing: fault injected into the style check (test build)",
        ],
      );
      assert.deepEqual(h.logs.filter((l) => l.includes('check failed')).sort(), [
        'Copydesk: the quotes check failed and its findings are missing: fault injected into the quotes check (test build)',
        'Copydesk: the style check failed and its findings are missing: fault injected into the style check (test build)',
      ]);
    } finally {
      await h.stop();
    }
  });
});

describe('language server: versions, closing, quick fixes', () => {
  let h: Harness;
  before(async () => {
    // A long debounce: edits are analysed only when the test asks (copydesk/checkDocument) or on open.
    h = await startServer({ initializationOptions: { debounceMs: 60_000 } });
  });
  after(() => h.stop());

  it('never publishes diagnostics for a version a newer edit replaced, even while a long draft is analysed', async () => {
    const fast = await startServer({ initializationOptions: { debounceMs: 0 } });
    try {
      const uri = 'untitled:racing';
      const texts = new Map<number, string>();
      const long = `${HARBOUR}\n`.repeat(400);
      texts.set(1, long);
      await open(fast, uri, long);
      for (let v = 2; v <= 12; v++) {
        const text = v % 3 === 0 ? HARBOUR : `${long}Greves spoke again on day ${v}.\n`;
        texts.set(v, text);
        await change(fast, uri, v, text);
      }
      await fast.nextDiagnostics(uri, (p) => p.version === 12, 60_000);
      const mine = fast.published.filter((p) => p.uri === uri);
      const versions = mine.map((p) => p.version!);
      assert.ok(
        versions.every((v, i) => i === 0 || v > versions[i - 1]),
        `out of order: ${versions}`,
      );
      assert.equal(versions.at(-1), 12);
      // Every diagnostic published for a version lies inside that version's text.
      for (const p of mine) {
        const lines = texts.get(p.version!)!.split('\n');
        for (const d of p.diagnostics)
          assert.ok(d.range.end.line < lines.length && d.range.end.character <= lines[d.range.end.line].length, JSON.stringify(d.range));
      }
    } finally {
      await fast.stop();
    }
  });

  it('returns fixes as edits to the version they were computed for, and none once the draft has changed', async () => {
    const uri = 'untitled:fixes';
    let next = h.nextDiagnostics(uri);
    await open(h, uri, HARBOUR);
    const v1 = (await next).diagnostics.find((d) => d.code === 'name-inconsistent')!;
    const fixes = await actionsFor(h, uri, v1);
    assert.deepEqual((fixes[0].edit!.documentChanges![0] as TextDocumentEdit).textDocument, { uri, version: 1 });

    // Changed, not analysed yet: the old diagnostic's fixes would edit the wrong text.
    const edited = HARBOUR.replace('Work on', 'Repairs to');
    await change(h, uri, 2, edited);
    assert.deepEqual(await actionsFor(h, uri, v1), []);

    // Analysed again: the stale diagnostic still gets nothing, the new one gets edits to version 2.
    next = h.nextDiagnostics(uri, (p) => p.version === 2);
    await h.connection.sendRequest('copydesk/checkDocument', { uri });
    const v2 = (await next).diagnostics.find((d) => d.code === 'name-inconsistent')!;
    assert.deepEqual(await actionsFor(h, uri, v1), []);
    const fresh = await actionsFor(h, uri, v2);
    const edit = fresh[0].edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(edit, { textDocument: { uri, version: 2 }, edits: [{ range: v2.range, newText: 'Greaves' }] });
  });

  it('clears diagnostics and everything kept for a draft when it closes', async () => {
    const uri = 'untitled:closing';
    const first = h.nextDiagnostics(uri);
    await open(h, uri, HARBOUR);
    const diagnostic = (await first).diagnostics[0];
    const cleared = h.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await h.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual((await cleared).diagnostics, []);
    assert.equal(await h.connection.sendRequest('copydesk/draftFacts', { uri }), null);
    assert.equal(
      await h.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } }),
      null,
    );
    assert.deepEqual(await actionsFor(h, uri, diagnostic), []);
    // Reopened with other text at version 1 again: only the new text's findings, nothing carried over.
    const reopened = h.nextDiagnostics(uri);
    await open(h, uri, 'The quay reopened on Monday.\n');
    assert.deepEqual(await reopened.then((p) => p.diagnostics), []);
    assert.deepEqual(await actionsFor(h, uri, diagnostic), []);
  });
});

describe('language server: replace every variant', () => {
  let dir: string;
  let h: Harness;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-variants-'));
    writeFileSync(path.join(dir, '.copydesk.json'), JSON.stringify({ names: [{ preferred: 'Brennick', variants: ['Brenick'] }] }));
    h = await startServer({ workspaceFolder: dir, initializationOptions: { debounceMs: 0 } });
  });
  after(async () => {
    await h.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('edits the variant spans and nothing else', async () => {
    const text = [
      '# Lock gates reopen at Pellham',
      '',
      'Orla Brennick, who runs the canal trust, said the gates would open at dawn.',
      '',
      'Brenick said the towpath would reopen too. Brennick thanked the crews.',
      '',
      'Boat owners cheered Brennick, and Brenick waved.',
      '',
    ].join('\n');
    const uri = fileUri(path.join(dir, 'locks.md'));
    const next = h.nextDiagnostics(uri);
    await open(h, uri, text);
    const names = (await next).diagnostics.filter((d) => d.code === 'name-inconsistent');
    const variant1 = { start: { line: 4, character: 0 }, end: { line: 4, character: 7 } };
    const variant2 = { start: { line: 6, character: 34 }, end: { line: 6, character: 41 } };
    assert.deepEqual(
      names.map((d) => d.range),
      [variant1, variant2],
    );
    const actions = await actionsFor(h, uri, names[0]);
    const every = actions.find((a) => a.title === 'Replace every variant with “Brennick”')!;
    assert.deepEqual(every.edit!.documentChanges, [
      {
        textDocument: { uri, version: 1 },
        edits: [
          { range: variant1, newText: 'Brennick' },
          { range: variant2, newText: 'Brennick' },
        ],
      },
    ]);
  });
});

describe('language server: an invalid house style', () => {
  let dir: string;
  let h: Harness;
  let styleFile: string;
  let styleUri: string;
  let uri: string;
  const GOOD = JSON.stringify({ rules: { 'house-style': 'error' }, terms: [{ use: 'Kyiv', instead: ['Kiev'] }] });
  const DRAFT = 'The delegation flew to Kiev on Monday.\n';

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-style-'));
    styleFile = path.join(dir, '.copydesk.json');
    styleUri = fileUri(styleFile);
    uri = fileUri(path.join(dir, 'trip.txt'));
    writeFileSync(styleFile, GOOD);
    h = await startServer({ workspaceFolder: dir, initializationOptions: { debounceMs: 0 } });
    const next = h.nextDiagnostics(uri);
    await open(h, uri, DRAFT, 'plaintext');
    assert.deepEqual(
      (await next).diagnostics.map((d) => [d.code, d.severity]),
      [['house-style', 1]],
    );
  });
  after(async () => {
    await h.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Writes the file, tells the server, and returns the problems published for it and the draft's diagnostics. */
  async function replaceStyle(content: string | Buffer): Promise<{ problems: [unknown, string][]; draft: PublishDiagnosticsParams }> {
    writeFileSync(styleFile, content);
    const problems = h.nextDiagnostics(styleUri);
    const draft = h.nextDiagnostics(uri);
    await h.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: styleUri, type: 2 }] });
    return { problems: (await problems).diagnostics.map((d) => [d.range, d.message as string]), draft: await draft };
  }

  const lastGoodInForce = (draft: PublishDiagnosticsParams) =>
    assert.deepEqual(
      draft.diagnostics.map((d) => [d.code, d.severity]),
      [['house-style', 1]],
    );
  const at = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

  it('bad JSON', async () => {
    const { problems, draft } = await replaceStyle('{"rules": {"house-style": "warning"');
    // Both objects are left open: one problem for each, at the end of the text.
    const unclosed: [unknown, string] = [
      at(0, 35, 35),
      '.copydesk.json: invalid JSON: CloseBraceExpected. The last good house style stays in force.',
    ];
    assert.deepEqual(problems, [unclosed, unclosed]);
    lastGoodInForce(draft);
  });

  it('wrong types', async () => {
    const { problems, draft } = await replaceStyle('{"rules": "loud", "styleInQuotes": "yes", "sentenceLength": {"maxWords": -3}}');
    assert.deepEqual(problems, [
      [at(0, 10, 16), '.copydesk.json: rules must be an object, not a string. The last good house style stays in force.'],
      [at(0, 35, 40), '.copydesk.json: styleInQuotes must be true or false, not a string. The last good house style stays in force.'],
      [
        at(0, 73, 75),
        '.copydesk.json: sentenceLength.maxWords must be a whole number from 5 to 500. The last good house style stays in force.',
      ],
    ]);
    lastGoodInForce(draft);
  });

  it('unknown keys', async () => {
    const { problems, draft } = await replaceStyle('{"rulez": {}, "terms": [{"use": "Kyiv", "instead": ["Kiev"], "why": "x"}]}');
    assert.deepEqual(problems, [
      [
        at(0, 1, 8),
        '.copydesk.json: unknown key "rulez"; known keys: $schema, rules, readability, sentenceLength, paragraphLength, spelling, nameReference, styleInQuotes, headline, courtesyTitles, dayDate, names, acronyms, distinctNames, terms, attributionVerbs, sources, transcripts, overrides, extends. The last good house style stays in force.',
      ],
      [
        at(0, 61, 66),
        '.copydesk.json: unknown key "why" in terms[0]; known keys: use, instead, note. The last good house style stays in force.',
      ],
    ]);
    lastGoodInForce(draft);
  });

  it('a 10 MB file, which is not read at all', async () => {
    const big = `{"acronyms": [${Array.from({ length: 1_000_000 }, () => '"QRTX"').join(',')}]}`;
    assert.ok(big.length > 7_000_000);
    const { problems, draft } = await replaceStyle(`${big}${' '.repeat(10_000_000 - big.length)}`);
    assert.deepEqual(problems, [
      [
        at(0, 0, 0),
        '.copydesk.json: the file is 10000000 bytes; the limit is 1000000 bytes. It was not read. The last good house style stays in force.',
      ],
    ]);
    lastGoodInForce(draft);
  });

  it('a binary file', async () => {
    // Read as UTF-8: the NUL and the two invalid bytes (each U+FFFD) make one bad symbol.
    const { problems, draft } = await replaceStyle(Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x7d]));
    assert.deepEqual(problems, [[at(0, 1, 4), '.copydesk.json: invalid JSON: InvalidSymbol. The last good house style stays in force.']]);
    lastGoodInForce(draft);
  });

  it('a fixed file clears the problems and takes over', async () => {
    const { problems, draft } = await replaceStyle(
      JSON.stringify({ rules: { 'house-style': 'hint' }, terms: [{ use: 'Kyiv', instead: ['Kiev'] }] }),
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(
      draft.diagnostics.map((d) => [d.code, d.severity]),
      [['house-style', 4]],
    );
  });
});

describe('language server: drafts over copydesk.maxDocumentSize', () => {
  it('says so once, without analysis, and analyses the draft again once it is short enough', async () => {
    const h = await startServer({ settings: { maxDocumentSize: 1_000 }, initializationOptions: { debounceMs: 0 } });
    try {
      const uri = 'untitled:growing';
      const long = `${HARBOUR}\n`.repeat(3);
      let next = h.nextDiagnostics(uri);
      await open(h, uri, long, 'markdown');
      assert.deepEqual(
        (await next).diagnostics.map((d) => [d.code, d.severity, d.range]),
        [['document-too-large', 3, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }]],
      );
      assert.equal(await h.connection.sendRequest('copydesk/draftFacts', { uri }), null);
      next = h.nextDiagnostics(uri, (p) => p.version === 2);
      await change(h, uri, 2, HARBOUR);
      assert.deepEqual(codes((await next).diagnostics), ['quote-unattributed', 'name-inconsistent']);
      next = h.nextDiagnostics(uri, (p) => p.version === 3);
      await change(h, uri, 3, long);
      assert.deepEqual(codes((await next).diagnostics), ['document-too-large']);
      assert.equal(await h.connection.sendRequest('copydesk/draftFacts', { uri }), null);
    } finally {
      await h.stop();
    }
  });
});
