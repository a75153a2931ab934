// `copydesk quotes`: the sourcing audit after the ledger, in Markdown and JSON, with the desk's list of contributors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = path.resolve('dist/cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const DRAFT = [
  'The council approved the harbour plan on Monday.',
  '',
  '"It will bring jobs to the town," said Ann Hale, the council leader.',
  '',
  '"We were never asked," a fisherman said.',
  '',
  'The report said the harbour "needs urgent repair".',
  '',
].join('\n');

describe('copydesk quotes: the sourcing audit', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-sourcing-'));
    writeFileSync(path.join(dir, 'harbour.md'), DRAFT);
    writeFileSync(
      path.join(dir, '.copydesk.json'),
      JSON.stringify({ sources: [{ name: 'Ann Hale', gender: 'woman', role: 'councillor' }] }),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the sources by kind with their share of the quoted words', () => {
    const r = run(['quotes', 'harbour.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    const audit = r.stdout.slice(r.stdout.indexOf('## Sourcing'));
    assert.equal(
      audit,
      [
        '## Sourcing',
        '',
        '| Sources | Count | Quotes | Quoted words | Share |',
        '|---|---|---|---|---|',
        '| Named people | 1 | 1 | 7 | 50% |',
        '| Unnamed people | 1 | 1 | 4 | 29% |',
        '| Documents | 1 | 1 | 3 | 21% |',
        '',
        'Anonymous sources quoted: 1.',
        "Named people by the desk's list: woman 1, not on the list 0.",
        '',
        '| Source | Kind | Quotes | Quoted words | Share |',
        '|---|---|---|---|---|',
        '| Ann Hale (councillor, woman) | Named people | 1 | 7 | 50% |',
        '| the fisherman | Unnamed people | 1 | 4 | 29% |',
        '| the report | Documents | 1 | 3 | 21% |',
        '',
        '',
      ].join('\n'),
    );
  });

  it('gives the audit in JSON', () => {
    const r = run(['quotes', '--format', 'json', 'harbour.md'], dir);
    const json = JSON.parse(r.stdout) as { sourcing: { anonymous: number; byKind: Record<string, { sources: number }> } };
    assert.equal(json.sourcing.anonymous, 1);
    assert.deepEqual(
      Object.entries(json.sourcing.byKind).map(([k, v]) => [k, v.sources]),
      [
        ['named', 1],
        ['unnamed', 1],
        ['body', 0],
        ['document', 1],
        ['unresolved', 0],
      ],
    );
  });
});
