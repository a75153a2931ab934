// The CLI on the cases of issue 14: a house style term that overflowed the term pattern, a paragraph past the
// limits, terminal escapes in file names and draft text, a reader that closes the pipe, UTF-16 files, and overrides
// in `copydesk report`.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { incompleteNotes, jsonFileChunks, printable, textFile } from '../../server/src/cli/formats';

const CLI = path.resolve('dist/cli.js');
const ESC = '\u001b';

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('copydesk on hostile input', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-input-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a house-style term of 15,000 characters does not take the other terms’ findings with it', () => {
    const d = path.join(dir, 'long-term');
    mkdirSync(d);
    // One run of letters: its case-insensitive pattern overflowed V8's regular-expression stack.
    const long = 'kiev'.repeat(3_750);
    writeFileSync(
      path.join(d, '.copydesk.json'),
      JSON.stringify({
        terms: [
          { use: 'x', instead: [long] },
          { use: 'Kyiv', instead: ['Kiev'] },
        ],
      }),
    );
    writeFileSync(path.join(d, 'trip.txt'), 'The delegation flew to Kiev on Monday.\n');
    const r = run(['check', '--format', 'json', 'trip.txt'], d);
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    const findings = JSON.parse(r.stdout).files[0].findings as { rule: string; actual: string; expected: string[] }[];
    assert.deepEqual(
      findings.map((f) => [f.rule, f.actual, f.expected]),
      [['house-style', 'Kiev', ['Kyiv']]],
    );
  });

  it('a paragraph past the limit: named on stderr and in the JSON entry, exit 2', () => {
    const d = path.join(dir, 'limits');
    mkdirSync(d);
    writeFileSync(path.join(d, 'long.txt'), `It was decided by the board.\n${'word '.repeat(5_000)}\n`);
    const r = run(['check', '--format', 'json', 'long.txt'], d);
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      'copydesk: long.txt: 2:1: Copydesk did not check this paragraph: it has 24,999 characters, more than the 20,000 a paragraph may have.\n',
    );
    const file = JSON.parse(r.stdout).files[0];
    assert.deepEqual(file.skipped, [
      {
        reason: 'long',
        start: { line: 2, column: 1, offset: 29 },
        end: { line: 2, column: 25_000, offset: 29 + 24_999 },
        message: 'Copydesk did not check this paragraph: it has 24,999 characters, more than the 20,000 a paragraph may have.',
      },
    ]);
    assert.deepEqual(
      file.findings.map((f: { rule: string }) => f.rule),
      ['passive-voice'],
    );
    const text = run(['check', 'long.txt'], d);
    assert.equal(text.code, 2);
    assert.match(text.stdout, /^ {2}not fully checked: 2:1: Copydesk did not check this paragraph/m);
    assert.match(text.stdout, /; 1 not fully checked\n$/);
  });

  it('a failed check: each format names it, and the file counts as not fully checked', () => {
    const r = {
      path: 'draft.md',
      text: 'Text.\n',
      findings: [],
      failures: [{ module: 'names' as const, message: 'Maximum call stack size exceeded' }],
    };
    assert.deepEqual(incompleteNotes(r), ['the names check failed, so its findings are missing: Maximum call stack size exceeded']);
    assert.deepEqual(JSON.parse([...jsonFileChunks(r)].join('')), {
      path: 'draft.md',
      failures: [{ check: 'names', message: 'Maximum call stack size exceeded' }],
      findings: [],
    });
    const counts = { error: 0, warning: 0, info: 0, hint: 0 };
    assert.deepEqual(textFile(r, counts), [
      'draft.md',
      '  not fully checked: the names check failed, so its findings are missing: Maximum call stack size exceeded',
      '',
    ]);
  });

  it('escapes control characters in file names and draft text of every text format', () => {
    const d = path.join(dir, 'escapes');
    mkdirSync(d);
    const name = `${ESC}[2Jnews\nforged.md`;
    writeFileSync(path.join(d, '.copydesk.json'), JSON.stringify({ terms: [{ use: 'Kyiv', instead: ['Kiev'] }] }));
    writeFileSync(
      path.join(d, name),
      `The delegation flew to Kiev.\n\n“Stay calm ${ESC}[2J${ESC}]0;owned${String.fromCharCode(7)} now,” said Ann Marlow.\n`,
    );
    const check = run(['check', '.'], d);
    assert.equal(check.code, 0);
    assert.equal(check.stdout.includes(ESC), false);
    assert.deepEqual(check.stdout.split('\n').slice(0, 2), [
      '\\x1b[2Jnews\\x0aforged.md',
      '  1:24  warning  “Kiev”: the house style writes “Kyiv”  house-style',
    ]);
    for (const command of ['quotes', 'names', 'report']) {
      const r = run([command, name], d);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout.includes(ESC) || r.stdout.includes(String.fromCharCode(7)), false, `${command}: ${JSON.stringify(r.stdout)}`);
    }
    assert.match(run(['quotes', name], d).stdout, /^# Quotes in \\x1b\[2Jnews\\x0aforged\.md$/m);
    assert.match(run(['quotes', name], d).stdout, /“Stay calm \\x1b\[2J\\x1b\]0;owned\\x07 now,”/);
    assert.equal(printable('a\u202eb\u2028c\u009bd'), 'a\\u{202e}b\\u{2028}c\\x9bd');
  });

  it('ends quietly when the reader closes the pipe', async () => {
    const d = path.join(dir, 'pipe');
    mkdirSync(d);
    for (let i = 0; i < 40; i++)
      writeFileSync(path.join(d, `draft-${i}.txt`), 'It was decided by the board. It was done by them.\n'.repeat(50));
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI, 'check', '--jobs', '1', '.'], { cwd: d, stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (c) => (err += String(c)));
      // `| head -1`: one chunk, then the pipe closes.
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (c) => resolve({ code: c, stderr: err }));
    });
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });

  it('reads UTF-16 with a byte-order mark, and names UTF-16 without one', () => {
    const d = path.join(dir, 'utf16');
    mkdirSync(d);
    writeFileSync(path.join(d, '.copydesk.json'), JSON.stringify({ terms: [{ use: 'Kyiv', instead: ['Kiev'] }] }));
    const text = '\ufeffThe delegation flew to Kiev.\n';
    writeFileSync(path.join(d, 'le.txt'), Buffer.from(text, 'utf16le'));
    writeFileSync(path.join(d, 'be.txt'), Buffer.from(text, 'utf16le').swap16());
    writeFileSync(path.join(d, 'no-mark.txt'), Buffer.from(text.slice(1), 'utf16le'));
    const r = run(['check', '--format', 'json', '.'], d);
    assert.equal(r.code, 2);
    const files = JSON.parse(r.stdout).files as {
      path: string;
      error?: string;
      findings?: { actual: string; start: { offset: number } }[];
    }[];
    assert.deepEqual(
      files.map((f) => [f.path, f.error ?? f.findings!.map((x) => `${x.actual}@${x.start.offset}`).join(',')]),
      [
        ['be.txt', 'Kiev@24'],
        ['le.txt', 'Kiev@24'],
        [
          'no-mark.txt',
          'it looks like UTF-16 (little-endian) without a byte-order mark; not checked: save it as UTF-8, or as UTF-16 with a byte-order mark',
        ],
      ],
    );
  });

  it('report, quotes and names take the house style’s overrides into account, as check does', () => {
    const d = path.join(dir, 'overrides');
    mkdirSync(path.join(d, 'wire'), { recursive: true });
    writeFileSync(
      path.join(d, '.copydesk.json'),
      JSON.stringify({ overrides: [{ files: ['wire/**'], rules: { 'passive-voice': 'off' } }] }),
    );
    writeFileSync(path.join(d, 'wire', 'story.md'), 'Bridge repairs\n\nThe bridge was repaired by the council.\n');
    writeFileSync(path.join(d, 'story.md'), 'Bridge repairs\n\nThe bridge was repaired by the council.\n');
    const NONE = /^## Findings: 0 to fix and 0 notes$/m;
    const ONE_HINT = /^## Findings: 0 to fix, 0 notes and 1 hint$/m;
    assert.match(run(['report', 'wire/story.md'], d).stdout, NONE);
    assert.match(run(['report', 'story.md'], d).stdout, ONE_HINT);
    // Relative to the house style's folder, wherever the command runs.
    assert.match(run(['report', 'story.md'], path.join(d, 'wire')).stdout, NONE);
    assert.match(run(['report', '../story.md'], path.join(d, 'wire')).stdout, ONE_HINT);
  });
});
