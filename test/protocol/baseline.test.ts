// The baseline in the editor: findings recorded in the workspace folder's .copydesk-baseline.json are hints that
// say so, "Ignore this finding" records one through a workspace edit, and an edit elsewhere in the draft keeps them.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { formatBaseline, paragraphFingerprint } from '../../server/src/engine/baseline';
import { fileUri, open, startServer, type Harness } from './harness';

const QUOTE = '"We will open the gates at noon."';
const REPEAT = 'The harbour master said the the gates opened.';
const DRAFT = `Harbour reopens\n\n${QUOTE}\n\n${REPEAT}\n`;
const QUOTE_ENTRY = { rule: 'quote-unattributed', text: QUOTE, paragraph: paragraphFingerprint(QUOTE) };
const REPEAT_ENTRY = { rule: 'repeated-word', text: 'the the', paragraph: paragraphFingerprint(REPEAT) };

function brief(d: Diagnostic): [unknown, number | undefined, number, number, unknown] {
  return [d.code, d.severity, d.range.start.line, d.range.start.character, d.message];
}

describe('language server: the baseline of ignored findings', () => {
  let dir: string;
  let h: Harness;
  let uri: string;
  const summaries: { version: number; counts: Record<string, number> }[] = [];
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-baseline-lsp-'));
    writeFileSync(path.join(dir, '.copydesk-baseline.json'), formatBaseline([QUOTE_ENTRY]));
    writeFileSync(path.join(dir, 'story.draft'), DRAFT);
    h = await startServer({ workspaceFolder: dir });
    h.connection.onNotification('copydesk/draftSummaryChanged', (p: { version: number; counts: Record<string, number> }) => {
      summaries.push(p);
    });
    uri = fileUri(path.join(dir, 'story.draft'));
  });
  after(async () => {
    await h.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows a recorded finding as a hint that says so, and offers to ignore the others only', async () => {
    const published = h.nextDiagnostics(uri);
    await open(h, uri, DRAFT, 'news-draft');
    const { diagnostics } = await published;
    assert.deepEqual(diagnostics.map(brief), [
      [
        'quote-unattributed',
        4,
        2,
        0,
        'Quote has no speaker: nothing in its sentence or paragraph says who said it, and it opens its section. (recorded in .copydesk-baseline.json)',
      ],
      ['repeated-word', 2, 4, 24, '“the” is repeated; remove one'],
    ]);
    const titles = async (d: Diagnostic) =>
      (
        (await h.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: d.range,
          context: { diagnostics: [d] },
        })) as CodeAction[]
      ).map((a) => a.title);
    assert.deepEqual(await titles(diagnostics[0]), ['Add an attribution to complete: [who] said']);
    assert.deepEqual(await titles(diagnostics[1]), [
      'Remove the repeated “the”',
      'Ignore this finding (record it in .copydesk-baseline.json)',
    ]);
    // The status bar counts what the Problems panel shows: the recorded finding as a hint.
    assert.deepEqual(
      summaries.map((s) => [s.version, s.counts]),
      [[1, { error: 0, warning: 1, info: 0, hint: 1 }]],
    );
  });

  it('"Ignore this finding" writes the entry to the baseline file and the finding becomes a hint', async () => {
    const diagnostics = h.published.filter((p) => p.uri === uri).at(-1)!.diagnostics;
    const repeat = diagnostics.find((d) => d.code === 'repeated-word')!;
    const actions = (await h.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: repeat.range,
      context: { diagnostics: [repeat] },
    })) as CodeAction[];
    const ignore = actions.find((a) => a.title.startsWith('Ignore'))!;
    const republished = h.nextDiagnostics(uri, (p) => p.diagnostics.every((d) => d.severity === 4));
    await h.connection.sendRequest('workspace/executeCommand', ignore.command);
    const applied = h.applied.at(-1)!;
    assert.equal(applied.label, 'Ignore this finding (record it in .copydesk-baseline.json)');
    const change = (applied.edit as { documentChanges: TextDocumentEdit[] }).documentChanges[0];
    assert.equal(change.textDocument.uri, fileUri(path.join(dir, '.copydesk-baseline.json')));
    assert.equal((change.edits[0] as { newText: string }).newText, formatBaseline([QUOTE_ENTRY, REPEAT_ENTRY]));
    assert.deepEqual(
      (await republished).diagnostics.map((d) => [d.code, d.severity]),
      [
        ['quote-unattributed', 4],
        ['repeated-word', 4],
      ],
    );
  });

  it('keeps both ignored through an edit elsewhere in the draft; a new finding there is reported', async () => {
    // The editor saved the baseline file meanwhile.
    writeFileSync(path.join(dir, '.copydesk-baseline.json'), formatBaseline([QUOTE_ENTRY, REPEAT_ENTRY]));
    const published = h.nextDiagnostics(uri, (p) => p.version === 2);
    await h.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\nBoats left the the quay.\n' },
      ],
    });
    assert.deepEqual(
      (await published).diagnostics.map((d) => [d.code, d.severity, d.range.start.line]),
      [
        ['repeated-word', 2, 2],
        ['quote-unattributed', 4, 4],
        ['repeated-word', 4, 6],
      ],
    );
  });
});
