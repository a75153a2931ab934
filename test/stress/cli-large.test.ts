// The CLI's largest accepted inputs (just under its 10 MB limit) stay under 1 GB of memory (issue 14), and every
// paragraph is accounted for: checked (in sections) or named as skipped.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = path.resolve('dist/cli.js');
const GB = 1024;

/** Runs the CLI, sampling its peak resident memory from /proc every 50 ms. */
function runMeasured(
  args: string[],
  cwd: string,
): Promise<{ code: number | null; stdout: string; stderr: string; peakMb: number; seconds: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    let peak = 0;
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d) => (stderr += String(d)));
    const timer = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
      } catch {
        // ended
      }
    }, 50);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr, peakMb: peak, seconds: (performance.now() - started) / 1000 });
    });
  });
}

describe('copydesk check on its largest accepted inputs', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-large-'));
    const words = ['harbour', 'council', 'ferry', 'said', 'the', 'on', 'Monday', 'passengers', 'waited', 'quay'];
    const lines: string[] = [];
    for (let i = 0; lines.length < 200_000; i++) lines.push(`Para ${i} ${words[i % 10]} ${words[(i * 7) % 10]} and more.`);
    writeFileSync(path.join(dir, 'many.txt'), lines.join('\n'));
    writeFileSync(
      path.join(dir, 'line.txt'),
      'The ferry to Tenby was delayed by the council on Monday, and passengers waited. '.repeat(118_000),
    );
    const paragraph = (i: number) =>
      `“We waited,” said Okafor ${i}. The ferry to Tenby was delayed by the council on Monday. It was repaired by the city. `.repeat(8);
    const prose: string[] = [];
    for (let i = 0, n = 0; n < 9_400_000; i++) {
      prose.push(paragraph(i));
      n += prose[prose.length - 1].length + 1;
    }
    writeFileSync(path.join(dir, 'prose.txt'), prose.join('\n'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('200,000 short paragraphs: checked in sections, under 1 GB', async () => {
    const r = await runMeasured(['check', '--format', 'json', 'many.txt'], dir);
    process.stdout.write(`# many.txt: ${r.seconds.toFixed(1)} s, peak ${r.peakMb.toFixed(0)} MB\n`);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stderr,
      /^copydesk: many\.txt: checked in \d+ sections of up to 1,000,000 characters; names, acronyms and quotes are compared within each\n$/,
    );
    assert.ok(r.peakMb < GB, `peak RSS ${r.peakMb.toFixed(0)} MB`);
  });

  it('a single line of 9.5 MB: named as not checked, under 1 GB', async () => {
    const r = await runMeasured(['check', '--format', 'json', 'line.txt'], dir);
    process.stdout.write(`# line.txt: ${r.seconds.toFixed(1)} s, peak ${r.peakMb.toFixed(0)} MB\n`);
    assert.equal(r.code, 2);
    assert.deepEqual(
      JSON.parse(r.stdout).files[0].skipped.map((s: { reason: string }) => s.reason),
      ['long'],
    );
    assert.ok(r.peakMb < GB, `peak RSS ${r.peakMb.toFixed(0)} MB`);
  });

  for (const format of ['json', 'text', 'sarif']) {
    it(`9.7 MB of prose with a finding every sentence, as ${format}: under 1 GB`, async () => {
      const r = await runMeasured(['check', '--format', format, 'prose.txt'], dir);
      process.stdout.write(`# prose.txt (${format}): ${r.seconds.toFixed(1)} s, peak ${r.peakMb.toFixed(0)} MB\n`);
      assert.equal(r.code, 0, r.stderr);
      assert.ok(r.peakMb < GB, `peak RSS ${r.peakMb.toFixed(0)} MB`);
    });
  }
});
