// The language server against drafts and house styles that take time (issue 14; npm run test:stress): a
// .copydesk.json that is a link to a device while the writer types, a draft the Markdown parser was slow on, a
// draft still being checked while another is edited, a check that runs past its budget.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, open, startServer, type Harness } from '../protocol/harness';

const codes = (d: Diagnostic[]) => d.map((x) => x.code);
const change = (h: Harness, uri: string, version: number, text: string) =>
  h.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The server's resident and peak memory, in MB, from /proc. */
function memoryOf(h: Harness): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${h.child.pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN) / 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

describe('language server: a .copydesk.json that is a link to a device', () => {
  for (const device of ['/dev/urandom', '/dev/zero', '/dev/stdin']) {
    it(`${device}: no read of it, a problem on the file, drafts checked, memory flat`, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-device-'));
      symlinkSync(device, path.join(dir, '.copydesk.json'));
      const h = await startServer({ workspaceFolder: dir, initializationOptions: { debounceMs: 0 } });
      try {
        const uri = fileUri(path.join(dir, 'trip.md'));
        const problems = h.nextDiagnostics(fileUri(path.join(dir, '.copydesk.json')), () => true, 5_000);
        let next = h.nextDiagnostics(uri, (p) => p.version === 1, 5_000);
        await open(h, uri, 'The board met on Monday. It was decided by the board.\n');
        assert.deepEqual(codes((await next).diagnostics), ['passive-voice']);
        assert.deepEqual(
          (await problems).diagnostics.map((d) => [d.range, d.message]),
          [[TOP, '.copydesk.json: the file was not read: not a regular file. The last good house style stays in force.']],
        );
        // Two seconds of typing: every version is checked and published; nothing reads the device meanwhile.
        const started = Date.now();
        let version = 1;
        while (Date.now() - started < 2_000) {
          version++;
          next = h.nextDiagnostics(uri, (p) => p.version === version, 5_000);
          await change(h, uri, version, `The board met on ${version % 2 ? 'Monday' : 'Friday'}. It was decided by the board.\n`);
          assert.deepEqual(codes((await next).diagnostics), ['passive-voice']);
        }
        const { rss, peak } = memoryOf(h);
        assert.ok(peak < 300, `peak RSS ${peak.toFixed(0)} MB, RSS ${rss.toFixed(0)} MB after ${version} versions`);
      } finally {
        await h.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

describe('language server: a draft the Markdown parser is slow on', () => {
  it('12,000 setext headings: checked in well under a second a keystroke, and another draft is not held up', async () => {
    const h = await startServer({ initializationOptions: { debounceMs: 0 } });
    try {
      const slow = 'untitled:setext.md';
      let setext = 'Title\n===\n'.repeat(12_000);
      let next = h.nextDiagnostics(slow, (p) => p.version === 1, 60_000);
      await open(h, slow, setext);
      await next;
      const keystrokes: number[] = [];
      for (let v = 2; v <= 6; v++) {
        setext = `Title\n===\n${setext}`;
        next = h.nextDiagnostics(slow, (p) => p.version === v, 60_000);
        const sent = performance.now();
        await change(h, slow, v, setext);
        await next;
        keystrokes.push(performance.now() - sent);
      }
      assert.ok(Math.max(...keystrokes) < 1_000, `keystrokes on the setext draft: ${keystrokes.map((t) => t.toFixed(0)).join(', ')} ms`);

      const other = 'untitled:other.md';
      next = h.nextDiagnostics(other, (p) => p.version === 1);
      await open(h, other, 'The board met on Monday.\n');
      await next;
      // Both drafts open a moment, as in an editor (with two drafts open and one slow, a spare worker gets ready).
      await new Promise((r) => setTimeout(r, 1_500));
      // An edit to the setext draft and, straight after, one to the other draft: the other's diagnostics come first.
      const order: string[] = [];
      const slowDone = h.nextDiagnostics(slow, (p) => p.version === 7, 60_000).then(() => order.push(slow));
      const otherDone = h.nextDiagnostics(other, (p) => p.version === 2).then(() => order.push(other));
      await change(h, slow, 7, `Title\n===\n${setext}`);
      const sent = performance.now();
      await change(h, other, 2, 'The board met on Monday. It was decided by the board.\n');
      await otherDone;
      const ms = performance.now() - sent;
      await slowDone;
      assert.ok(ms < 1_000, `the other draft waited ${ms.toFixed(0)} ms`);
      process.stdout.write(`# setext keystrokes ${keystrokes.map((t) => t.toFixed(0)).join(' ')} ms; other draft ${ms.toFixed(0)} ms\n`);
    } finally {
      await h.stop();
    }
  });

  it('a draft still being checked does not hold up another: the other gets a worker of its own', async () => {
    const h = await startServer({ initializationOptions: { debounceMs: 0 } });
    try {
      // About 1.3 MB of distinct paragraphs: seconds to check from cold.
      const long = Array.from({ length: 3_000 }, (_, i) =>
        `The ferry ${i} to Tenby was delayed by the council on Monday, and ${i} passengers waited an hour at the quay. `.repeat(4),
      ).join('\n\n');
      const other = 'untitled:small.md';
      let next = h.nextDiagnostics(other, (p) => p.version === 1);
      await open(h, other, 'The board met on Monday.\n');
      await next;
      const longDone = h.nextDiagnostics('untitled:long.md', () => true, 120_000);
      await open(h, 'untitled:long.md', long);
      // Give the long check a head start past the point where a waiting draft makes the server split.
      await new Promise((r) => setTimeout(r, 300));
      next = h.nextDiagnostics(other, (p) => p.version === 2);
      const sent = performance.now();
      await change(h, other, 2, 'The board met on Monday. It was decided by the board.\n');
      assert.deepEqual(codes((await next).diagnostics), ['passive-voice']);
      const ms = performance.now() - sent;
      let longFinished = false;
      void longDone.then(() => (longFinished = true));
      await new Promise((r) => setImmediate(r));
      assert.equal(longFinished, false, 'the long draft finished first: the test proves nothing');
      assert.ok(ms < 1_000, `the small draft waited ${ms.toFixed(0)} ms`);
      assert.ok(
        h.logs.some((l) => l.includes('untitled:long.md took over 50 ms to check while other drafts waited')),
        h.logs.join('\n'),
      );
      await longDone;
    } finally {
      await h.stop();
    }
  });
});

describe('language server: a check that runs past its budget', () => {
  it('is stopped, the draft says so at its top, and the other drafts are still checked', async () => {
    // A budget of 1.5 s (tests only): a cold check of 600 KB of prose takes far longer, a short draft far less.
    const h = await startServer({ initializationOptions: { debounceMs: 0, checkBudgetMs: 1_500 } });
    try {
      const long = Array.from({ length: 1_500 }, (_, i) => `The ferry ${i} to Tenby was delayed by the council on Monday. `.repeat(6)).join(
        '\n\n',
      );
      const uri = 'untitled:budget.md';
      const next = h.nextDiagnostics(uri, () => true, 30_000);
      await open(h, uri, long);
      assert.deepEqual((await next).diagnostics, [
        {
          range: TOP,
          severity: 3,
          source: 'copydesk',
          code: 'draft-too-slow',
          message:
            'Copydesk stopped checking this draft: the check took longer than 1.5 s. It is tried again when the draft\'s length changes by a tenth, or on "Copydesk: Check Document".',
        },
      ]);
      // A small edit: not tried again (it would be stopped again), the same diagnostic.
      const again = h.nextDiagnostics(uri, (p) => p.version === 2, 30_000);
      await change(h, uri, 2, `${long} More.`);
      assert.deepEqual(codes((await again).diagnostics), ['draft-too-slow']);
      const small = 'untitled:fine.md';
      const fine = h.nextDiagnostics(small, () => true, 10_000);
      await open(h, small, 'It was decided by the board.\n');
      assert.deepEqual(codes((await fine).diagnostics), ['passive-voice']);
    } finally {
      await h.stop();
    }
  });
});
