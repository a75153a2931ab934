// The CLI on files that are not drafts: binary, not UTF-8, unreadable, symlink loops, empty, folders, pipes,
// devices, too large. Each is reported clearly, the others are still checked, and the exit code says which.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = path.resolve('dist/cli.js');
// The shared corpus sits beside the repository (../shared), as on the developers' machines and in CI.
const LATIN1_IN_CORPUS = path.resolve('../shared/corpus/bbc/sport/199.txt');
// Root reads a file whatever its mode bits (CI runs as root): there, chmod 000 cannot make a file unreadable.
const ROOT = process.getuid?.() === 0;

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `copydesk check --format json`: each file as [path, error or finding count]. */
function checkJson(args: string[], cwd: string) {
  const r = run(['check', '--format', 'json', ...args], cwd);
  const files = JSON.parse(r.stdout).files as { path: string; error?: string; findings?: { rule: string }[] }[];
  return { code: r.code, files: files.map((f) => [f.path, f.error ?? f.findings!.map((x) => x.rule).join(',')]) };
}

const KIEV = 'The delegation flew to Kiev on Monday.\n';
const NOT_UTF8 = (offset: number) =>
  `not valid UTF-8 (first bad byte at offset ${offset}); save the file as UTF-8 (it may be Latin-1 or Windows-1252)`;

describe('copydesk check on hostile files', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-hostile-'));
    writeFileSync(path.join(dir, '.copydesk.json'), JSON.stringify({ terms: [{ use: 'Kyiv', instead: ['Kiev'] }] }));
    mkdirSync(path.join(dir, 'drafts'));
    const d = (name: string) => path.join(dir, 'drafts', name);
    writeFileSync(d('a-good.txt'), KIEV);
    writeFileSync(d('b-binary.md'), Buffer.concat([Buffer.from('Kiev '), Buffer.from([0x00, 0x01, 0x02, 0xff])]));
    // Windows-1252 curly quotes (0x93, 0x94) are not UTF-8.
    writeFileSync(
      d('c-cp1252.txt'),
      Buffer.concat([Buffer.from('Kiev '), Buffer.from([0x93]), Buffer.from('quoted'), Buffer.from([0x94])]),
    );
    writeFileSync(d('d-empty.md'), '');
    writeFileSync(d('e-bom-crlf.txt'), '\ufeffHeadline\r\nThe delegation flew to Kiev.\r\n');
    writeFileSync(d('f-only-bom.md'), '\ufeff');
    symlinkSync('g-loop-b.md', d('g-loop-a.md'));
    symlinkSync('g-loop-a.md', d('g-loop-b.md'));
    symlinkSync('missing-target.md', d('h-dangling.md'));
    mkdirSync(d('i-folder.md'));
    writeFileSync(d('i-folder.md/inner.txt'), KIEV);
    symlinkSync('..', d('i-folder.md/up'));
    spawnSync('mkfifo', [d('j-pipe.md')]);
    writeFileSync(d('k-locked.txt'), KIEV);
    chmodSync(d('k-locked.txt'), 0o000);
    writeFileSync(d('z-also-good.md'), KIEV);
  });
  after(() => {
    chmodSync(path.join(dir, 'drafts', 'k-locked.txt'), 0o644);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports each bad file in a folder, checks the rest, and exits 2', () => {
    const r = checkJson(['drafts'], dir);
    assert.equal(r.code, 2);
    assert.deepEqual(r.files, [
      ['drafts/a-good.txt', 'house-style'],
      ['drafts/b-binary.md', 'binary file (it contains NUL bytes); not checked'],
      ['drafts/c-cp1252.txt', NOT_UTF8(5)],
      ['drafts/d-empty.md', ''],
      ['drafts/e-bom-crlf.txt', 'house-style'],
      ['drafts/f-only-bom.md', ''],
      ['drafts/g-loop-a.md', 'symbolic link loop'],
      ['drafts/g-loop-b.md', 'symbolic link loop'],
      ['drafts/h-dangling.md', 'no such file or folder'],
      // A folder named like a draft is walked; its link back up is not followed twice. The pipe is not a file.
      ['drafts/i-folder.md/inner.txt', 'house-style'],
      // Root reads a file with mode 000; anyone else is refused.
      ['drafts/k-locked.txt', ROOT ? 'house-style' : 'permission denied'],
      ['drafts/z-also-good.md', 'house-style'],
    ]);
  });

  it('names each bad path given on the command line, and still checks the good ones', () => {
    const r = checkJson(
      ['drafts/j-pipe.md', '/dev/null', 'drafts/g-loop-a.md', 'drafts/a-good.txt', 'nowhere.md', 'drafts/b-binary.md'],
      dir,
    );
    assert.equal(r.code, 2);
    assert.deepEqual(r.files, [
      // A pipe would block a reader for ever: it is refused before any read.
      ['drafts/j-pipe.md', 'not a regular file'],
      ['/dev/null', 'not a regular file'],
      ['drafts/g-loop-a.md', 'symbolic link loop'],
      ['drafts/a-good.txt', 'house-style'],
      ['nowhere.md', 'no such file or folder'],
      ['drafts/b-binary.md', 'binary file (it contains NUL bytes); not checked'],
    ]);
  });

  it('places findings in a file with a byte-order mark and CRLF line ends', () => {
    const r = run(['check', '--format', 'json', 'drafts/e-bom-crlf.txt'], dir);
    assert.equal(r.code, 0);
    const finding = JSON.parse(r.stdout).files[0].findings[0];
    assert.deepEqual(
      [finding.start, finding.end, finding.actual],
      [{ line: 2, column: 24, offset: 34 }, { line: 2, column: 28, offset: 38 }, 'Kiev'],
    );
  });

  it('refuses a draft over 10,000,000 bytes without reading it', () => {
    writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(10_000_001, 0x61));
    const r = checkJson(['huge.txt', 'drafts/a-good.txt'], dir);
    assert.equal(r.code, 2);
    assert.deepEqual(r.files, [
      ['huge.txt', 'too large to check (10000001 bytes; the limit is 10000000)'],
      ['drafts/a-good.txt', 'house-style'],
    ]);
  });

  it('exits 0 when clean, 1 with an error-severity finding, 2 when a file could not be checked (2 wins over 1)', () => {
    writeFileSync(
      path.join(dir, 'strict.json'),
      JSON.stringify({ rules: { 'house-style': 'error' }, terms: [{ use: 'Kyiv', instead: ['Kiev'] }] }),
    );
    assert.equal(run(['check', 'drafts/d-empty.md'], dir).code, 0);
    assert.equal(run(['check', 'drafts/a-good.txt'], dir).code, 0);
    assert.equal(run(['check', '--config', 'strict.json', 'drafts/a-good.txt'], dir).code, 1);
    assert.equal(run(['check', '--config', 'strict.json', 'drafts/a-good.txt', 'drafts/c-cp1252.txt'], dir).code, 2);
  });

  it('the single-file commands refuse a folder, a pipe and a binary file with exit 2 and a reason', () => {
    for (const [args, reason] of [
      [['quotes', 'drafts'], 'drafts: not a regular file'],
      [['names', 'drafts/j-pipe.md'], 'drafts/j-pipe.md: not a regular file'],
      [['report', 'drafts/b-binary.md'], 'drafts/b-binary.md: binary file (it contains NUL bytes); not checked'],
      [['quotes', 'drafts/g-loop-a.md'], 'drafts/g-loop-a.md: symbolic link loop'],
    ] as const) {
      const r = run([...args], dir);
      assert.deepEqual([r.code, r.stdout, r.stderr], [2, '', `copydesk: ${reason}\n`], args.join(' '));
    }
  });

  it('reports a Latin-1 file from the corpus by path', { skip: !existsSync(LATIN1_IN_CORPUS) && 'the shared corpus is not here' }, () => {
    const r = checkJson([LATIN1_IN_CORPUS], dir);
    assert.deepEqual(r, { code: 2, files: [[LATIN1_IN_CORPUS, NOT_UTF8(257)]] });
  });

  it(
    'unreadable for anyone but root',
    { skip: ROOT && 'running as root: mode 000 does not stop root from reading (checked above)' },
    () => {
      const r = checkJson(['drafts/k-locked.txt'], dir);
      assert.deepEqual(r, { code: 2, files: [['drafts/k-locked.txt', 'permission denied']] });
    },
  );
});
