// A house style that extends a preset through a team's shared file, end to end through the CLI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = path.resolve('dist/cli.js');

describe('copydesk check with "extends"', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-presets-'));
    mkdirSync(path.join(dir, 'newsroom'));
    mkdirSync(path.join(dir, 'desk'));
    writeFileSync(
      path.join(dir, 'newsroom', 'style.json'),
      JSON.stringify({ extends: ['copydesk:ap'], terms: [{ use: 'Kyiv', instead: ['Kiev'] }] }),
    );
    writeFileSync(path.join(dir, 'desk', '.copydesk.json'), JSON.stringify({ extends: ['../newsroom/style.json'] }));
    writeFileSync(path.join(dir, 'desk', 'story.txt'), 'Ferry news\n\nMr. Brandt flew to Kiev with 3 crew members.\n');
    writeFileSync(path.join(dir, 'unknown.json'), JSON.stringify({ extends: ['copydesk:nyt'] }));
    mkdirSync(path.join(dir, 'dates'));
    writeFileSync(path.join(dir, 'dates', '.copydesk.json'), JSON.stringify({ extends: ['copydesk:bbc'], dayDate: { year: 2026 } }));
    writeFileSync(
      path.join(dir, 'dates', 'dateline.txt'),
      'Ferry returns\n\nBy Jane Roe, 2 January 2026\n\nThe last sailing was on Thursday 31 December and the next is on Friday 2 January.\n',
    );
    writeFileSync(path.join(dir, 'dates', 'undated.txt'), 'Ferry returns\n\nThe next sailing is on Thursday 4 March.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('applies the preset and the shared file named by path', () => {
    const r = spawnSync(process.execPath, [CLI, 'check', 'desk/story.txt'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.equal(
      r.stdout,
      [
        'desk/story.txt',
        '  3:1  warning  “Mr.”: no courtesy title outside quotations; use the surname alone  courtesy-title',
        '  3:20  warning  “Kiev”: the house style writes “Kyiv”  house-style',
        '  3:30  warning  “3”: numbers from one to nine are written in words (“three”)  number-style',
        '',
        '3 findings (0 errors, 3 warnings, 0 info, 0 hints) in 1 file',
        '',
      ].join('\n'),
    );
  });

  it('checks day names against dates through the preset: the year from the dateline, else from dayDate.year', () => {
    const r = spawnSync(process.execPath, [CLI, 'check', 'dates/dateline.txt', 'dates/undated.txt'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.equal(
      r.stdout,
      [
        'dates/dateline.txt',
        '  5:25  warning  31 December 2025 is a Wednesday, not a Thursday (year from the dateline)  day-date',
        '',
        'dates/undated.txt',
        '  3:24  warning  4 March 2026 is a Wednesday, not a Thursday (year from dayDate.year)  day-date',
        '',
        '2 findings (0 errors, 2 warnings, 0 info, 0 hints) in 2 files',
        '',
      ].join('\n'),
    );
  });

  it('refuses an unknown preset with exit status 2', () => {
    const r = spawnSync(process.execPath, [CLI, 'check', '--config', 'unknown.json', 'desk/story.txt'], { cwd: dir, encoding: 'utf8' });
    assert.deepEqual(
      [r.status, r.stderr],
      [
        2,
        'copydesk: invalid house style unknown.json (at extends[0]): unknown preset "copydesk:nyt"; the presets are copydesk:ap, copydesk:bbc\n',
      ],
    );
  });
});
