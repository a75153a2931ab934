// One house-style lookup (engine/houseStyleLookup.ts) for the CLI and the language server: the same tree of drafts
// and house styles, with overrides at two levels, gives the same findings through both.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { styleFileCandidates } from '../../server/src/engine/houseStyleLookup';
import { fileUri, open, startServer, type Harness } from './harness';

const CLI = path.resolve('dist/cli.js');
const DRAFT = 'Harbour fares rise\n\nThe delegation flew to Kiev on Monday. The fares were raised by the board.\n';

describe('house style lookup: the CLI and the language server agree', () => {
  let root: string;
  let h: Harness;
  const drafts = ['top.md', 'wire/agency.md', 'desk/story.md', 'desk/sub/deep.md', 'desk/wire/copy.md'];

  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'copydesk-lookup-'));
    for (const d of ['wire', 'desk/sub', 'desk/wire']) mkdirSync(path.join(root, d), { recursive: true });
    writeFileSync(
      path.join(root, '.copydesk.json'),
      JSON.stringify({
        terms: [{ use: 'Kyiv', instead: ['Kiev'] }],
        overrides: [{ files: ['wire/**'], rules: { 'passive-voice': 'off' } }],
      }),
    );
    // The desk's own house style: the nearest wins, and its overrides are relative to its folder.
    writeFileSync(
      path.join(root, 'desk', '.copydesk.json'),
      JSON.stringify({
        rules: { 'house-style': 'error' },
        terms: [{ use: 'Kyiv', instead: ['Kiev'] }],
        overrides: [{ files: ['wire/*.md'], rules: { 'house-style': 'off' } }],
      }),
    );
    for (const d of drafts) writeFileSync(path.join(root, d), DRAFT);
    h = await startServer({ workspaceFolder: root, initializationOptions: { debounceMs: 0 } });
  });
  after(async () => {
    await h.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('gives each draft the same findings through both', async () => {
    const cli = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '.'], { cwd: root, encoding: 'utf8' });
    assert.equal(cli.stderr, '');
    const files = JSON.parse(cli.stdout).files as {
      path: string;
      findings: { rule: string; severity: string; message: string; start: { line: number; column: number } }[];
    }[];
    const fromCli = new Map(
      files.map((f) => [f.path, f.findings.map((x) => [x.rule, x.severity, x.start.line - 1, x.start.column - 1, x.message])]),
    );
    const severity = ['', 'error', 'warning', 'info', 'hint'];
    const expected: Record<string, string[]> = {
      'top.md': ['house-style warning', 'passive-voice hint'],
      'wire/agency.md': ['house-style warning'],
      'desk/story.md': ['house-style error', 'passive-voice hint'],
      'desk/sub/deep.md': ['house-style error', 'passive-voice hint'],
      'desk/wire/copy.md': ['passive-voice hint'],
    };
    for (const d of drafts) {
      const uri = fileUri(path.join(root, d));
      const next = h.nextDiagnostics(uri);
      await open(h, uri, readFileSync(path.join(root, d), 'utf8'));
      const fromServer = (await next).diagnostics.map((x) => [
        x.code,
        severity[x.severity!],
        x.range.start.line,
        x.range.start.character,
        x.message,
      ]);
      assert.deepEqual(fromServer, fromCli.get(d), d);
      assert.deepEqual(
        fromServer.map((x) => `${x[0]} ${x[1]}`),
        expected[d],
        d,
      );
    }
  });

  it('looks no higher than the top folder given', () => {
    assert.deepEqual(styleFileCandidates('/ws/desk/sub/a.md', '/ws'), [
      '/ws/desk/sub/.copydesk.json',
      '/ws/desk/.copydesk.json',
      '/ws/.copydesk.json',
    ]);
    assert.deepEqual(styleFileCandidates('/ws/a.md', '/ws'), ['/ws/.copydesk.json']);
    assert.deepEqual(styleFileCandidates('/elsewhere/a.md', '/ws'), []);
    assert.deepEqual(styleFileCandidates('/wsx/a.md', '/ws'), []);
    assert.deepEqual(styleFileCandidates('/a/b.md', null), ['/a/.copydesk.json', '/.copydesk.json']);
  });
});
