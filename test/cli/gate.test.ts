// The CI gate: which findings fail a run (--fail-on, --max-warnings), and `copydesk rules`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { RULES, type RuleDefinition } from '../../server/src/engine/rules/registry';

const CLI = path.resolve('dist/cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('copydesk check as a CI gate', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-gate-'));
    writeFileSync(path.join(dir, 'clean.txt'), 'The mayor opened the bridge on Monday.\n');
    writeFileSync(path.join(dir, 'hint.txt'), 'The bridge was closed on Monday.\n'); // passive-voice, a hint
    writeFileSync(
      path.join(dir, 'info.txt'),
      '"We ran out of time," Councillor Ivo Marsh admitted.\n', // attribution-verb, information
    );
    writeFileSync(path.join(dir, 'warn.txt'), 'The mayor said the the bridge would open.\n'); // repeated-word
    writeFileSync(path.join(dir, 'warn2.txt'), 'The council said the the road would shut.\n');
    writeFileSync(path.join(dir, 'errors.json'), JSON.stringify({ rules: { 'repeated-word': 'error' } }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cases: [string, string[], number, string][] = [
    ['a clean draft passes every gate', ['--fail-on', 'info', 'clean.txt'], 0, ''],
    ['hints never fail a run', ['--fail-on', 'info', 'hint.txt'], 0, ''],
    ['by default warnings pass', ['warn.txt'], 0, ''],
    ['by default an error fails, silently', ['--config', 'errors.json', 'warn.txt'], 1, ''],
    ['--fail-on error lets information and warnings pass', ['--fail-on', 'error', 'info.txt', 'warn.txt'], 0, ''],
    [
      '--fail-on warning fails on a warning',
      ['--fail-on', 'warning', 'warn.txt'],
      1,
      'copydesk: failed: 1 finding of warning severity or above (--fail-on warning)\n',
    ],
    ['--fail-on warning lets information pass', ['--fail-on', 'warning', 'info.txt'], 0, ''],
    [
      '--fail-on info fails on information',
      ['--fail-on', 'info', 'info.txt'],
      1,
      'copydesk: failed: 1 finding of info severity or above (--fail-on info)\n',
    ],
    ['--max-warnings allows that many', ['--max-warnings', '2', 'warn.txt', 'warn2.txt'], 0, ''],
    [
      '--max-warnings fails one more',
      ['--max-warnings', '1', 'warn.txt', 'warn2.txt'],
      1,
      'copydesk: failed: 2 warnings, more than --max-warnings 1\n',
    ],
    [
      '--max-warnings with --fail-on error still fails on an error',
      ['--max-warnings', '5', '--config', 'errors.json', 'warn.txt'],
      1,
      'copydesk: failed: 1 finding of error severity (--fail-on error)\n',
    ],
  ];
  for (const [name, args, code, stderr] of cases) {
    it(name, () => {
      const r = run(['check', ...args], dir);
      assert.deepEqual([r.code, r.stderr], [code, stderr]);
    });
  }

  it('the gate is the same in JSON and SARIF, which stay valid documents', () => {
    for (const format of ['json', 'sarif']) {
      const r = run(['check', '--format', format, '--fail-on', 'warning', 'warn.txt'], dir);
      assert.equal(r.code, 1);
      assert.doesNotThrow(() => JSON.parse(r.stdout));
    }
  });

  it('rejects bad gate values with exit status 2', () => {
    for (const [args, message] of [
      [['--fail-on', 'hint'], '--fail-on needs error, warning or info, not "hint"'],
      [['--max-warnings=-1'], '--max-warnings needs a whole number, 0 or more, not "-1"'],
      [['--max-warnings', 'many'], '--max-warnings needs a whole number, 0 or more, not "many"'],
    ] as const) {
      const r = run(['check', ...args, 'warn.txt'], dir);
      assert.equal(r.code, 2);
      assert.equal(r.stderr.split('\n')[0], `copydesk: ${message}`);
    }
    const r = run(['quotes', '--fail-on', 'warning', 'warn.txt'], dir);
    assert.deepEqual([r.code, r.stderr.split('\n')[0]], [2, 'copydesk: --fail-on is an option of check only']);
  });
});

describe('copydesk rules', () => {
  it('lists every rule of the registry as JSON: id, default severity, summary, its page, opt-in or not', () => {
    const r = run(['rules', '--format', 'json'], '.');
    assert.equal(r.code, 0);
    const rules = (JSON.parse(r.stdout) as { rules: { id: string; severity: string; summary: string; doc: string; optIn?: true }[] }).rules;
    assert.deepEqual(
      rules,
      RULES.map((rule) => ({
        id: rule.id,
        severity: rule.severity,
        summary: rule.summary,
        doc: `docs/rules/${rule.id}.md`,
        ...((rule as RuleDefinition).optIn ? { optIn: true } : {}),
      })),
    );
    assert.deepEqual(rules[0], {
      id: 'quote-unattributed',
      severity: 'warning',
      summary: 'a direct quote with no speaker',
      doc: 'docs/rules/quote-unattributed.md',
    });
    assert.equal(rules.find((x) => x.id === 'number-style')?.optIn, true);
  });

  it('prints one rule a line in the text format, opt-in rules marked', () => {
    const r = run(['rules'], '.');
    assert.equal(r.code, 0);
    const [table, note] = r.stdout.split('\n\n');
    const lines = table.split('\n');
    assert.equal(lines.length, RULES.length);
    assert.match(lines[0], /^quote-unattributed +warning +a direct quote with no speaker +docs\/rules\/quote-unattributed\.md$/);
    assert.match(
      lines.find((l) => l.startsWith('number-style'))!,
      /^number-style +warning\* +one to nine/,
    );
    assert.equal(note, '* off by default: a preset ("extends": ["copydesk:ap"] or ["copydesk:bbc"]) or a setting turns it on\n');
  });

  it('takes no paths', () => {
    const r = run(['rules', 'draft.txt'], '.');
    assert.deepEqual([r.code, r.stderr.split('\n')[0]], [2, 'copydesk: rules takes no paths and no other options than --format']);
  });
});
