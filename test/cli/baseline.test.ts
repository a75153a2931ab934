// copydesk check --baseline: findings recorded once stay quiet through edits elsewhere in the draft; new ones and
// rewritten paragraphs are reported.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { paragraphFingerprint } from '../../server/src/engine/baseline';

const CLI = path.resolve('dist/cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const QUOTE = '"We will open the gates at noon."';
const REPEAT = 'The harbour master said the the work was finished.';
const DRAFT = `Harbour reopens after the storm\n\n${QUOTE}\n\n${REPEAT}\n`;

describe('copydesk check --baseline', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-baseline-'));
    writeFileSync(path.join(dir, 'draft.md'), DRAFT);
    const r = run(['check', '--baseline', 'baseline.json', '--update-baseline', 'draft.md'], dir);
    assert.deepEqual([r.code, r.stderr], [0, 'copydesk: recorded 3 findings in the baseline baseline.json\n']);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('records each finding by rule, text and paragraph fingerprint, one a line, sorted', () => {
    const quote = paragraphFingerprint(QUOTE);
    const repeat = paragraphFingerprint(REPEAT);
    assert.match(quote, /^[0-9a-f]{16}$/);
    assert.equal(
      readFileSync(path.join(dir, 'baseline.json'), 'utf8'),
      [
        '{',
        '  "copydeskBaseline": 1,',
        '  "findings": [',
        `    {"rule":"passive-voice","text":"was finished","paragraph":"${repeat}"},`,
        `    {"rule":"quote-unattributed","text":"\\"We will open the gates at noon.\\"","paragraph":"${quote}"},`,
        `    {"rule":"repeated-word","text":"the the","paragraph":"${repeat}"}`,
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('reports nothing on the draft it was recorded on, and the gate sees no finding', () => {
    const r = run(['check', '--fail-on', 'info', '--baseline', 'baseline.json', 'draft.md'], dir);
    assert.deepEqual(
      [r.code, r.stdout, r.stderr],
      [
        0,
        '0 findings (0 errors, 0 warnings, 0 info, 0 hints) in 1 file\n',
        'copydesk: 3 findings recorded in the baseline baseline.json not shown\n',
      ],
    );
  });

  it('survives edits elsewhere: new paragraphs above move every line, and only the new finding is reported', () => {
    const edited = `Harbour reopens after the long storm\n\nThe ferry left the the quay late.\n\n${QUOTE}\n\nBoats queued.\n\n${REPEAT}\n`;
    writeFileSync(path.join(dir, 'edited.md'), edited);
    const r = run(['check', '--baseline', 'baseline.json', 'edited.md'], dir);
    assert.equal(r.code, 0);
    assert.equal(
      r.stdout,
      [
        'edited.md',
        '  3:16  warning  “the” is repeated; remove one  repeated-word',
        '',
        '1 finding (0 errors, 1 warnings, 0 info, 0 hints) in 1 file',
        '',
      ].join('\n'),
    );
    assert.equal(r.stderr, 'copydesk: 3 findings recorded in the baseline baseline.json not shown\n');
  });

  it('brings a finding back when its own paragraph is rewritten', () => {
    writeFileSync(path.join(dir, 'rewritten.md'), DRAFT.replace(REPEAT, 'The harbour master said on Monday the the work was finished.'));
    const r = run(['check', '--format', 'json', '--baseline', 'baseline.json', 'rewritten.md'], dir);
    const findings = (JSON.parse(r.stdout) as { files: { findings: { rule: string; actual: string }[] }[] }).files[0].findings;
    assert.deepEqual(
      findings.map((f) => [f.rule, f.actual]),
      [
        ['repeated-word', 'the the'],
        ['passive-voice', 'was finished'],
      ],
    );
  });

  it('counts: a second like finding in a recorded paragraph is new', () => {
    writeFileSync(path.join(dir, 'twice.md'), `${QUOTE}\n\n${QUOTE}\n`);
    const r = run(['check', '--format', 'json', '--baseline', 'baseline.json', 'twice.md'], dir);
    const findings = (JSON.parse(r.stdout) as { files: { findings: { rule: string; start: { line: number } }[] }[] }).files[0].findings;
    assert.deepEqual(
      findings.map((f) => [f.rule, f.start.line]),
      [['quote-unattributed', 3]],
    );
  });

  it('refuses a missing or malformed baseline with exit status 2', () => {
    writeFileSync(path.join(dir, 'bad.json'), '{"findings": []}');
    for (const [file, message] of [
      ['missing.json', 'no such file (record one with --update-baseline)'],
      ['bad.json', 'not a Copydesk baseline (expected {"copydeskBaseline": 1, "findings": [...]})'],
    ]) {
      const r = run(['check', '--baseline', file, 'draft.md'], dir);
      assert.deepEqual([r.code, r.stdout, r.stderr], [2, '', `copydesk: baseline ${file}: ${message}\n`]);
    }
    const r = run(['check', '--update-baseline', 'draft.md'], dir);
    assert.deepEqual([r.code, r.stderr.split('\n')[0]], [2, 'copydesk: --update-baseline needs --baseline FILE']);
  });
});
