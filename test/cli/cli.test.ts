import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = path.resolve('dist/cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('copydesk check', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-cli-'));
    writeFileSync(path.join(dir, '.copydesk.json'), JSON.stringify({ terms: [{ use: 'Kyiv', instead: ['Kiev'] }] }));
    writeFileSync(path.join(dir, 'trip.txt'), 'The delegation flew to Kiev on Monday.\n');
    writeFileSync(path.join(dir, 'empty.md'), '');
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x2e, 0x0a]));
    writeFileSync(path.join(dir, 'image.draft'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    mkdirSync(path.join(dir, 'loop'));
    symlinkSync('..', path.join(dir, 'loop', 'up'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the exact JSON format with 1-based lines and columns and 0-based offsets', () => {
    const r = run(['check', '--format', 'json', 'trip.txt'], dir);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout), {
      files: [
        {
          path: 'trip.txt',
          findings: [
            {
              rule: 'house-style',
              severity: 'warning',
              message: '“Kiev”: the house style writes “Kyiv”',
              start: { line: 1, column: 24, offset: 23 },
              end: { line: 1, column: 28, offset: 27 },
              actual: 'Kiev',
              expected: ['Kyiv'],
            },
          ],
        },
      ],
    });
  });

  it('reports unreadable files clearly, still checks the rest, and exits 2', () => {
    const r = run(['check', '--format', 'json', '.', 'missing.md'], dir);
    assert.equal(r.code, 2);
    const files = JSON.parse(r.stdout).files as { path: string; error?: string; findings?: unknown[] }[];
    assert.deepEqual(
      files.map((f) => [f.path, f.error ?? `${f.findings!.length} findings`]),
      [
        ['empty.md', '0 findings'],
        ['image.draft', 'binary file (it contains NUL bytes); not checked'],
        ['latin1.txt', 'not valid UTF-8 (first bad byte at offset 3); save the file as UTF-8 (it may be Latin-1 or Windows-1252)'],
        ['trip.txt', '1 findings'],
        ['missing.md', 'no such file or folder'],
      ],
    );
  });

  it('exits 1 when a finding has error severity', () => {
    writeFileSync(
      path.join(dir, 'strict.json'),
      JSON.stringify({ rules: { 'house-style': 'error' }, terms: [{ use: 'Kyiv', instead: ['Kiev'] }] }),
    );
    const r = run(['check', '--config', 'strict.json', 'trip.txt'], dir);
    assert.equal(r.code, 1);
    assert.equal(
      r.stdout,
      'trip.txt\n  1:24  error    “Kiev”: the house style writes “Kyiv”  house-style\n\n1 finding (1 errors, 0 warnings, 0 info, 0 hints) in 1 file\n',
    );
  });

  it('names the file and the field of an invalid house style, and exits 2', () => {
    writeFileSync(path.join(dir, 'bad.json'), '{"rules": {"passive-voice": "loud"}}');
    const r = run(['check', '--config', 'bad.json', 'trip.txt'], dir);
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      'copydesk: invalid house style bad.json (at rules.passive-voice): rules.passive-voice must be one of "off", "error", "warning", "info", "hint"\n',
    );
  });

  it('rejects a bad usage with exit 2', () => {
    assert.equal(run(['check', '--format', 'xml', 'trip.txt'], dir).code, 2);
    assert.equal(run(['frobnicate', 'trip.txt'], dir).code, 2);
    assert.equal(run(['check'], dir).code, 2);
  });

  it('writes SARIF 2.1.0 with UTF-16 columns', () => {
    const r = run(['check', '--format', 'sarif', 'trip.txt'], dir);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarif.runs[0].results[0].locations[0].physicalLocation.region, {
      startLine: 1,
      startColumn: 24,
      endLine: 1,
      endColumn: 28,
      charOffset: 23,
      charLength: 4,
    });
    assert.equal(sarif.runs[0].results[0].ruleId, 'house-style');
  });
});
