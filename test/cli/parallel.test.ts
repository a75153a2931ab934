import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = path.resolve('dist/cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Short drafts of our own, each with a known finding or none, in two folders.
const DRAFTS: Record<string, string> = {
  'clean.txt': 'The ferry sailed at noon.\n',
  'repeat.txt': 'The the ferry sailed at noon.\n',
  'article.md': '# Ferry news\n\nShe bought a umbrella before the crossing.\n',
  'orphan.md': '# Ferry news\n\n“Nobody told us about the delay.”\n',
};

describe('copydesk check on worker threads', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-jobs-'));
    for (const folder of ['a', 'b']) {
      mkdirSync(path.join(dir, folder));
      for (let i = 0; i < 12; i++) {
        for (const [name, text] of Object.entries(DRAFTS))
          writeFileSync(path.join(dir, folder, `${String(i).padStart(2, '0')}-${name}`), text);
      }
    }
    writeFileSync(path.join(dir, 'b', '99-latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const format of ['json', 'text', 'sarif']) {
    it(`writes the same ${format} report with --jobs 1, --jobs 2 and the default, in input order`, () => {
      const one = run(['check', '--format', format, '--jobs', '1', 'a', 'b'], dir);
      const two = run(['check', '--format', format, '--jobs', '2', 'a', 'b'], dir);
      const auto = run(['check', '--format', format, 'a', 'b'], dir);
      assert.equal(one.code, 2);
      assert.equal(two.stdout, one.stdout);
      assert.equal(two.code, 2);
      assert.equal(auto.stdout, one.stdout);
      assert.equal(auto.code, 2);
    });
  }

  it('lists every file once, in the order of the command line and then by name', () => {
    const report = JSON.parse(run(['check', '--format', 'json', '--jobs', '2', 'b', 'a'], dir).stdout) as {
      files: { path: string; error?: string; findings?: { rule: string }[] }[];
    };
    const names = Object.keys(DRAFTS).sort();
    const expected = ['b', 'a'].flatMap((folder) => [
      ...Array.from({ length: 12 }, (_, i) => names.map((n) => path.join(folder, `${String(i).padStart(2, '0')}-${n}`))).flat(),
      ...(folder === 'b' ? [path.join('b', '99-latin1.txt')] : []),
    ]);
    assert.deepEqual(
      report.files.map((f) => f.path),
      expected,
    );
    assert.deepEqual(
      report.files.slice(0, 4).map((f) => f.findings?.map((x) => x.rule)),
      [['indefinite-article'], [], ['quote-unattributed'], ['repeated-word']],
    );
    assert.equal(
      report.files[48].error,
      'not valid UTF-8 (first bad byte at offset 3); save the file as UTF-8 (it may be Latin-1 or Windows-1252)',
    );
  });

  it('writes an empty JSON report for a folder without drafts', () => {
    mkdirSync(path.join(dir, 'empty'), { recursive: true });
    const r = run(['check', '--format', 'json', '--jobs', '2', 'empty'], dir);
    assert.equal(r.stdout, '{\n  "files": []\n}\n');
    assert.equal(r.code, 0);
  });

  it('rejects a --jobs value that is not a whole number from 1', () => {
    const r = run(['check', '--jobs', '0', 'a'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.split('\n')[0], 'copydesk: --jobs needs a whole number from 1 to 9999, not "0"');
  });
});
