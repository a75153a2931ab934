// What follows a draft's diagnostics: a summary after every analysis (the status bar, the views' badges), and the
// full facts (quote ledger, name sheet) only while the client says it shows them: at once on a short draft, and
// on a long one once typing pauses, so that a burst of edits does not work them out on every keystroke.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DraftFacts, DraftSummary } from '../../server/src/protocol';
import { fileUri, open, startServer, type Harness } from './harness';

const SUMMARY = 'copydesk/draftSummaryChanged';
const FACTS = 'copydesk/draftFactsChanged';
const WANTED = 'copydesk/draftFactsWanted';
const SECTION = readFileSync('test/fixtures/harbour.md', 'utf8').replace(/^# .*\n/, '');

describe('draft summaries and facts', () => {
  let h: Harness;
  let dir: string;
  const summaries: (DraftSummary & { at: number })[] = [];
  const facts: (DraftFacts & { at: number })[] = [];
  const diagnosedAt = new Map<string, number>();

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-facts-'));
    h = await startServer({ workspaceFolder: dir, initializationOptions: { debounceMs: 0 } });
    h.connection.onNotification(SUMMARY, (p: DraftSummary) => {
      summaries.push({ ...p, at: performance.now() });
    });
    h.connection.onNotification(FACTS, (p: DraftFacts) => {
      facts.push({ ...p, at: performance.now() });
    });
  });
  after(async () => {
    await h.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function edit(uri: string, version: number): Promise<void> {
    const published = h.nextDiagnostics(uri, (p) => p.version === version, 30_000);
    await h.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Draft ' }],
    });
    await published;
    diagnosedAt.set(`${uri}@${version}`, performance.now());
  }

  const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const versions = (list: { uri: string; version: number }[], uri: string) => list.filter((f) => f.uri === uri).map((f) => f.version);

  it('sends a summary after the diagnostics, and no quote ledger or name sheet to a client that did not ask', async () => {
    const uri = fileUri(path.join(dir, 'short.md'));
    const published = h.nextDiagnostics(uri, (p) => p.version === 1);
    await open(h, uri, SECTION);
    const { diagnostics } = await published;
    await settle(100);
    const mine = summaries.filter((s) => s.uri === uri);
    assert.deepEqual(
      mine.map((s) => s.version),
      [1],
    );
    const warnings = diagnostics.filter((d) => d.severity === 2).length;
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['quote-unattributed', 'name-inconsistent'],
    );
    assert.deepEqual(mine[0].counts, { error: 0, warning: warnings, info: 0, hint: 0 });
    assert.equal(mine[0].unattributedQuotes, 1);
    assert.equal(mine[0].namesSpelledTwoWays, 1);
    assert.equal(mine[0].stats.quotes, 2);
    assert.deepEqual(versions(facts, uri), []);
  });

  it('sends the full facts of every checked draft once the client wants them, then after each analysis', async () => {
    const uri = fileUri(path.join(dir, 'short.md'));
    await h.connection.sendNotification(WANTED, { wanted: true });
    await settle(300);
    const first = facts.filter((f) => f.uri === uri);
    assert.deepEqual(
      first.map((f) => f.version),
      [1],
    );
    assert.deepEqual(
      first[0].quotes.map((q) => [q.speaker, q.status]),
      [
        ['Tamsin Greaves', 'attributed'],
        [null, 'unattributed'],
      ],
    );
    assert.deepEqual(
      first[0].names.map((n) => [n.canonical, n.forms.map((f) => [f.text, f.count, f.variant])]),
      [
        [
          'Tamsin Greaves',
          [
            ['Tamsin Greaves', 1, false],
            ['Greaves', 1, false],
            ['Greves', 1, true],
          ],
        ],
        ['Kellmouth', [['Kellmouth', 1, false]]],
      ],
    );
    await edit(uri, 2);
    await settle(200);
    assert.deepEqual(versions(facts, uri), [1, 2]);
    assert.deepEqual(versions(summaries, uri), [1, 2]);
    // The client closed its views: summaries only again.
    await h.connection.sendNotification(WANTED, { wanted: false });
    await edit(uri, 3);
    await settle(200);
    assert.deepEqual(versions(facts, uri), [1, 2]);
    assert.deepEqual(versions(summaries, uri), [1, 2, 3]);
    await h.connection.sendNotification(WANTED, { wanted: true });
  });

  it("sends a long draft's summaries at once and its facts once edits pause, for the last version only", async () => {
    const uri = fileUri(path.join(dir, 'long.md'));
    const text = Array.from({ length: 260 }, (_, i) => `## Section ${i + 1}\n\n${SECTION}`).join('\n');
    assert.ok(text.length > 100_000, `the draft has ${text.length} characters`);
    const published = h.nextDiagnostics(uri, (p) => p.version === 1, 60_000);
    await open(h, uri, text);
    await published;
    // Edits follow each other faster than the pause the facts wait for.
    await edit(uri, 2);
    await edit(uri, 3);
    await settle(800);
    assert.deepEqual(versions(summaries, uri), [1, 2, 3]);
    const mine = facts.filter((f) => f.uri === uri);
    assert.deepEqual(
      mine.map((f) => f.version),
      [3],
    );
    assert.ok(
      mine[0].at - diagnosedAt.get(`${uri}@3`)! >= 200,
      `facts came ${mine[0].at - diagnosedAt.get(`${uri}@3`)!} ms after the diagnostics`,
    );
  });
});
