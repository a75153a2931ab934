// When the draft facts (quote ledger, name sheet, numbers) go out: at once on a short draft, and on a long one only
// once typing pauses, so that a burst of edits to a long draft does not work them out on every keystroke.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileUri, open, startServer, type Harness } from './harness';

const FACTS = 'copydesk/draftFactsChanged';
const SECTION = readFileSync('test/fixtures/harbour.md', 'utf8').replace(/^# .*\n/, '');

describe('draft facts notifications', () => {
  let h: Harness;
  let dir: string;
  const facts: { uri: string; version: number; at: number }[] = [];
  const diagnosedAt = new Map<string, number>();

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-facts-'));
    h = await startServer({ workspaceFolder: dir, initializationOptions: { debounceMs: 0 } });
    h.connection.onNotification(FACTS, (p: { uri: string; version: number }) => {
      facts.push({ uri: p.uri, version: p.version, at: performance.now() });
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

  it("sends a short draft's facts right after its diagnostics", async () => {
    const uri = fileUri(path.join(dir, 'short.md'));
    const published = h.nextDiagnostics(uri, (p) => p.version === 1);
    await open(h, uri, SECTION);
    await published;
    await settle(100);
    assert.deepEqual(
      facts.filter((f) => f.uri === uri).map((f) => f.version),
      [1],
    );
  });

  it("sends a long draft's facts once edits pause, for the last version only", async () => {
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
