import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { fileUri, open, startServer, type Harness } from './harness';

const DRAFT = readFileSync('test/fixtures/harbour.md', 'utf8');
const DOCS = pathToFileURL(path.resolve('docs/rules')).href;
const codes = (d: Diagnostic[]) => d.map((x) => x.code);

// Positions in test/fixtures/harbour.md (0-based lines).
const ORPHAN = { start: { line: 10, character: 0 }, end: { line: 10, character: 57 } };
const GREVES = { start: { line: 12, character: 0 }, end: { line: 12, character: 6 } };

describe('language server over stdio', () => {
  let h: Harness;
  let dir: string;
  let uri: string;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-lsp-'));
    uri = fileUri(path.join(dir, 'harbour.md'));
    h = await startServer({ workspaceFolder: dir, initializationOptions: { debounceMs: 0 } });
  });
  after(async () => {
    await h.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes complete diagnostics for an opened draft', async () => {
    const published = h.nextDiagnostics(uri);
    await open(h, uri, DRAFT);
    const p = await published;
    assert.equal(p.version, 1);
    assert.deepEqual(
      p.diagnostics.map(({ data: _data, ...d }) => d),
      [
        {
          range: ORPHAN,
          severity: 2,
          source: 'copydesk',
          code: 'quote-unattributed',
          codeDescription: { href: `${DOCS}/quote-unattributed.md` },
          message: 'Quote has no speaker: nothing in its sentence or paragraph says who said it, and the paragraph before quotes no one.',
        },
        {
          range: GREVES,
          severity: 2,
          source: 'copydesk',
          code: 'name-inconsistent',
          codeDescription: { href: `${DOCS}/name-inconsistent.md` },
          message: '“Greves”: elsewhere this draft writes “Greaves” (twice) — spelt one letter differently',
          relatedInformation: [
            { location: { uri, range: { start: { line: 4, character: 7 }, end: { line: 4, character: 14 } } }, message: '“Greaves” here' },
            { location: { uri, range: { start: { line: 6, character: 41 }, end: { line: 6, character: 48 } } }, message: '“Greaves” here' },
          ],
        },
      ],
    );
  });

  it('offers quick fixes computed for the published version', async () => {
    const diagnostics = h.published.filter((p) => p.uri === uri).at(-1)!.diagnostics;
    const name = diagnostics.find((d) => d.code === 'name-inconsistent')!;
    const actions = (await h.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: name.range,
      context: { diagnostics: [name] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((a) => a.title),
      [
        'Replace with “Greaves”',
        'Replace every variant with “Greaves”',
        'Record “Greaves” as the preferred form in .copydesk.json',
        'Ignore this finding (record it in .copydesk-baseline.json)',
      ],
    );
    const edit = actions[0].edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(edit, { textDocument: { uri, version: 1 }, edits: [{ range: GREVES, newText: 'Greaves' }] });
    assert.equal(actions[0].isPreferred, true);

    const orphan = diagnostics.find((d) => d.code === 'quote-unattributed')!;
    const quoteFixes = (await h.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: orphan.range,
      context: { diagnostics: [orphan] },
    })) as CodeAction[];
    assert.deepEqual(
      quoteFixes.map((a) => a.title),
      ['Add an attribution to complete: [who] said', 'Ignore this finding (record it in .copydesk-baseline.json)'],
    );
    assert.deepEqual(quoteFixes[0].edit!.documentChanges![0], {
      textDocument: { uri, version: 1 },
      edits: [
        { range: { start: { line: 10, character: 55 }, end: { line: 10, character: 56 } }, newText: ',' },
        { range: { start: { line: 10, character: 57 }, end: { line: 10, character: 57 } }, newText: ' [who] said.' },
      ],
    });
  });

  it('records a preferred name in the house style through a workspace edit', async () => {
    await h.connection.sendRequest('workspace/executeCommand', {
      command: 'copydesk.recordPreferredName',
      arguments: [uri, 'Greaves', 'Greves'],
    });
    assert.equal(h.applied.length, 1);
    const edit = h.applied[0].edit as { documentChanges: [{ kind: string; uri: string }, TextDocumentEdit] };
    assert.deepEqual(edit.documentChanges[0], {
      kind: 'create',
      uri: fileUri(path.join(dir, '.copydesk.json')),
      options: { ignoreIfExists: true },
    });
    assert.deepEqual(JSON.parse((edit.documentChanges[1].edits[0] as { newText: string }).newText), {
      rules: {},
      names: [{ preferred: 'Greaves', variants: ['Greves'] }],
    });
  });

  it('answers the draft facts request with quotes, speakers and numbers', async () => {
    const facts = (await h.connection.sendRequest('copydesk/draftFacts', { uri })) as {
      version: number;
      quotes: { speaker: string | null; status: string }[];
      stats: { words: number; quotes: number; speakers: number };
    };
    assert.equal(facts.version, 1);
    assert.deepEqual(
      facts.quotes.map((q) => [q.status, q.speaker]),
      [
        ['attributed', 'Tamsin Greaves'],
        ['unattributed', null],
      ],
    );
    assert.deepEqual([facts.stats.quotes, facts.stats.speakers], [2, 1]);
  });

  it('shows the statistics when hovering the headline', async () => {
    const hover = (await h.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 4 },
    })) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /^\| Copydesk \| \|\n\|---\|---\|\n\| Words \| \d+ \|/);
    assert.match(value, /\| Quotes \| 2 \|/);
    const body = await h.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 4 } });
    assert.equal(body, null);
  });

  it('renders the Draft report as a self-contained page with a strict content security policy', async () => {
    const result = (await h.connection.sendRequest('copydesk/draftReport', { uri, nonce: 'n0nce' })) as { html: string };
    const html = result.html;
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-n0nce';">/);
    assert.match(html, /<title>Draft report: harbour.md<\/title>/);
    assert.doesNotMatch(html, /<script|https?:\/\/(?!www\.w3)|style="/);
    assert.equal((html.match(/<svg /g) ?? []).length, 2);
    assert.match(
      html,
      /<h3 class="orphan">Unattributed \(1\)<\/h3><ul>\n<li>line 11: “Nobody told us the basin would be closed on market day\.”<\/li>/,
    );
    assert.match(html, /<tr><td>Tamsin Greaves<\/td><td>Tamsin Greaves ×1, Greaves ×1, <mark>Greves ×1<\/mark><\/td><\/tr>/);
  });

  it('follows an incremental edit, and re-analyses only the edited paragraph', async () => {
    const published = h.nextDiagnostics(uri, (p) => p.version === 2);
    await h.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: GREVES, text: 'Greaves' }],
    });
    const p = await published;
    assert.deepEqual(codes(p.diagnostics), ['quote-unattributed']);
  });

  it('never publishes diagnostics for a version that a newer edit replaced', async () => {
    const before = h.published.length;
    const last = h.nextDiagnostics(uri, (p) => p.version === 6);
    for (let v = 3; v <= 6; v++) {
      await h.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } }, text: v % 2 ? 'Work' : 'Toil' }],
      });
    }
    await last;
    const versions = h.published
      .slice(before)
      .filter((p) => p.uri === uri)
      .map((p) => p.version);
    assert.equal(versions.at(-1), 6);
    assert.ok(
      versions.every((v, i) => i === 0 || v! > versions[i - 1]!),
      `versions out of order: ${versions}`,
    );
  });

  it('applies changed settings: a rule turned off, then a severity raised', async () => {
    // a publish still on its way from the edits before may come first: the one with the new settings is awaited (a
    // server that never applies them times out)
    h.settings = { rules: { 'quote-unattributed': 'off' } };
    let next = h.nextDiagnostics(uri, (p) => !codes(p.diagnostics).includes('quote-unattributed'));
    await h.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(codes((await next).diagnostics), []);

    h.settings = { rules: { 'quote-unattributed': 'error' } };
    next = h.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.severity === 1));
    await h.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const p = await next;
    assert.deepEqual(
      p.diagnostics.map((d) => [d.code, d.severity]),
      [['quote-unattributed', 1]],
    );
    h.settings = {};
  });

  it('reports an invalid house style in the file, keeps the last good one, and applies a fixed one', async () => {
    const styleFile = path.join(dir, '.copydesk.json');
    const styleUri = fileUri(styleFile);
    writeFileSync(styleFile, '{"rules": {"quote-unattributed": "loud"}}');
    let styleDiagnostics = h.nextDiagnostics(styleUri);
    await h.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: styleUri, type: 1 }] });
    const problems = await styleDiagnostics;
    assert.deepEqual(
      problems.diagnostics.map((d) => [d.range, d.message]),
      [
        [
          { start: { line: 0, character: 33 }, end: { line: 0, character: 39 } },
          '.copydesk.json: rules.quote-unattributed must be one of "off", "error", "warning", "info", "hint". The last good house style stays in force.',
        ],
      ],
    );

    writeFileSync(styleFile, '{"rules": {"quote-unattributed": "hint"}}');
    styleDiagnostics = h.nextDiagnostics(styleUri);
    const draft = h.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.severity === 4));
    await h.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: styleUri, type: 2 }] });
    assert.deepEqual((await styleDiagnostics).diagnostics, []);
    assert.deepEqual(
      (await draft).diagnostics.map((d) => [d.code, d.severity]),
      [['quote-unattributed', 4]],
    );
    rmSync(styleFile);
    await h.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: styleUri, type: 3 }] });
  });

  it('clears diagnostics when the draft closes', async () => {
    const cleared = h.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await h.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.equal((await cleared).diagnostics.length, 0);
    assert.equal(await h.connection.sendRequest('copydesk/draftFacts', { uri }), null);
  });
});

describe('language server with a client that pushes its settings', () => {
  it('applies settings sent in didChangeConfiguration when it cannot ask for them', async () => {
    const h = await startServer({ pullConfiguration: false, initializationOptions: { debounceMs: 0 } });
    try {
      const uri = 'untitled:pushed';
      const first = h.nextDiagnostics(uri);
      await open(h, uri, DRAFT);
      assert.deepEqual(codes((await first).diagnostics), ['quote-unattributed', 'name-inconsistent']);
      const next = h.nextDiagnostics(uri);
      await h.connection.sendNotification('workspace/didChangeConfiguration', {
        settings: { copydesk: { rules: { 'quote-unattributed': 'off' } } },
      });
      assert.deepEqual(codes((await next).diagnostics), ['name-inconsistent']);
    } finally {
      await h.stop();
    }
  });
});

describe('language server limits', () => {
  it('does not analyse a draft over copydesk.maxDocumentSize and says why', async () => {
    const h = await startServer({ settings: { maxDocumentSize: 100 } });
    try {
      const uri = 'untitled:big-draft';
      const published = h.nextDiagnostics(uri);
      await open(h, uri, DRAFT, 'plaintext');
      const p = await published;
      assert.deepEqual(
        p.diagnostics.map((d) => [d.code, d.severity, d.message]),
        [
          [
            'document-too-large',
            3,
            `Copydesk did not check this draft: it has ${DRAFT.length} characters, more than copydesk.maxDocumentSize (100).`,
          ],
        ],
      );
    } finally {
      await h.stop();
    }
  });
});
