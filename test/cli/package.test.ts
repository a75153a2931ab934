// The npm package as a user gets it: `npm pack` (of the dist/ that `npm test` has just built), installed globally
// from the tarball into a scratch prefix with no network, then both of its commands run from that prefix: the CLI on
// a draft, the language server over the protocol, the Neovim suite against it when Neovim is installed, and the
// commands of the GitHub Actions example (examples/ci/) and of the pre-commit hook.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { fileUri, open, startServer } from '../protocol/harness';

const DRAFT =
  'Harbour reopens after the storm\n\n"We will open the gates at noon."\n\nThe harbour master said the the work was finished.\n';

interface Packed {
  filename: string;
  size: number;
  entryCount: number;
  files: { path: string }[];
}

/** The `run:` lines of a workflow, in order (the example keeps each command on one line). */
function runLines(workflow: string): string[] {
  return [...workflow.matchAll(/^\s+run: (.+)$/gm)].map((m) => m[1]);
}

function hasNeovim(): boolean {
  return spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
}

describe('the npm package, installed globally from its tarball', () => {
  let scratch: string;
  let prefix: string;
  let packed: Packed;
  let bin: (name: string) => string;
  let installOutput: string;

  before(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'copydesk-package-'));
    prefix = path.join(scratch, 'prefix');
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    packed = (JSON.parse(pack.stdout) as Packed[])[0];
    const install = spawnSync(
      'npm',
      ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', path.join(scratch, packed.filename)],
      { encoding: 'utf8' },
    );
    assert.equal(install.status, 0, install.stderr);
    installOutput = install.stdout + install.stderr;
    bin = (name) => path.join(prefix, 'bin', name);
    writeFileSync(path.join(scratch, 'draft.md'), DRAFT);
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('ships the bundles, the schema, the docs and the licence only, and installs with no scripts and no dependencies', () => {
    const files = packed.files.map((f) => f.path).sort();
    const docs = files.filter((f) => f.startsWith('docs/'));
    assert.deepEqual(
      files.filter((f) => !f.startsWith('docs/')),
      [
        'CHANGELOG.md',
        'LICENSE',
        'README.md',
        'dist/cli.js',
        'dist/server.js',
        'dist/worker.js',
        'package.json',
        'server/copydesk.schema.json',
      ],
    );
    assert.ok(
      docs.every((f) => /^docs\/(rules\/)?[\w-]+\.md$/.test(f)),
      docs.join(' '),
    );
    assert.ok(docs.includes('docs/rules/quote-unattributed.md') && docs.includes('docs/house-style.md'));
    assert.match(installOutput, /added 1 package/);
    assert.doesNotMatch(installOutput, /install-scripts|warn/i);
  });

  it('copydesk check finds exactly what the draft holds', () => {
    const r = spawnSync(bin('copydesk'), ['check', 'draft.md'], { cwd: scratch, encoding: 'utf8' });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    assert.equal(
      r.stdout,
      [
        'draft.md',
        '  3:1  warning  Quote has no speaker: nothing in its sentence or paragraph says who said it, and the paragraph before quotes no one.  quote-unattributed',
        '  5:25  warning  “the” is repeated; remove one  repeated-word',
        '  5:38  hint     “was finished”: passive voice; consider saying who acted  passive-voice',
        '',
        '3 findings (0 errors, 2 warnings, 0 info, 1 hints) in 1 file',
        '',
      ].join('\n'),
    );
  });

  it('copydesk-language-server --stdio publishes exact diagnostics, linked to the docs it ships', async () => {
    const h = await startServer({ command: [bin('copydesk-language-server'), '--stdio'], workspaceFolder: scratch });
    try {
      const uri = fileUri(path.join(scratch, 'draft.md'));
      const published = h.nextDiagnostics(uri, (p) => p.diagnostics.length > 0);
      await open(h, uri, DRAFT);
      const docs = pathToFileURL(path.join(prefix, 'lib', 'node_modules', 'copydesk', 'docs', 'rules')).href;
      assert.deepEqual(
        (await published).diagnostics.map((d) => [d.code, d.severity, d.range, d.message, d.codeDescription?.href]),
        [
          [
            'quote-unattributed',
            2,
            { start: { line: 2, character: 0 }, end: { line: 2, character: 33 } },
            'Quote has no speaker: nothing in its sentence or paragraph says who said it, and the paragraph before quotes no one.',
            `${docs}/quote-unattributed.md`,
          ],
          [
            'repeated-word',
            2,
            { start: { line: 4, character: 24 }, end: { line: 4, character: 31 } },
            '“the” is repeated; remove one',
            `${docs}/repeated-word.md`,
          ],
          [
            'passive-voice',
            4,
            { start: { line: 4, character: 37 }, end: { line: 4, character: 49 } },
            '“was finished”: passive voice; consider saying who acted',
            `${docs}/passive-voice.md`,
          ],
        ],
      );
    } finally {
      await h.stop();
    }
  });

  it('the GitHub Actions example installs this version, then fails on the warnings and writes their SARIF', () => {
    const workflow = readFileSync('examples/ci/copydesk.yml', 'utf8');
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    const [install, ...steps] = runLines(workflow);
    assert.equal(install, `npm install --global copydesk@${version}`);
    const repo = path.join(scratch, 'newsroom');
    const drafts = /^ {2}DRAFTS: (\S+)$/m.exec(workflow)![1];
    mkdirSync(path.join(repo, drafts), { recursive: true });
    writeFileSync(path.join(repo, drafts, 'draft.md'), DRAFT);
    // The install step ran above, from the tarball (no registry here): its bin folder is on the PATH.
    const env = { ...process.env, PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}`, DRAFTS: drafts };
    const codes = steps.map((step) => spawnSync('bash', ['-e', '-c', step], { cwd: repo, env, encoding: 'utf8' }).status);
    assert.deepEqual(codes, [1]);
    const sarif = JSON.parse(readFileSync(path.join(repo, 'copydesk.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[];
    };
    assert.deepEqual(
      sarif.runs[0].results.map((r) => [r.ruleId, r.level, r.locations[0].physicalLocation.region.startLine]),
      [
        ['quote-unattributed', 'warning', 3],
        ['repeated-word', 'warning', 5],
        ['passive-voice', 'note', 5],
      ],
    );
  });

  it('the pre-commit hook fails a commit of a draft with warnings and passes a clean one', () => {
    const hooks = readFileSync('.pre-commit-hooks.yaml', 'utf8');
    const entry = /^ {2}entry: (.+)$/m.exec(hooks)![1].split(' ');
    const files = new RegExp(/^ {2}files: (.+)$/m.exec(hooks)![1]);
    assert.ok(files.test('desk/story.md') && files.test('story.draft') && !files.test('notes.json'));
    writeFileSync(path.join(scratch, 'clean.txt'), 'The harbour master opened the gates at noon.\n');
    const [command, ...args] = entry;
    const hook = (file: string) => spawnSync(path.join(prefix, 'bin', command), [...args, file], { cwd: scratch, encoding: 'utf8' });
    assert.deepEqual(
      [hook('draft.md').status, hook('draft.md').stderr],
      [1, 'copydesk: failed: 2 findings of warning severity or above (--fail-on warning)\n'],
    );
    assert.deepEqual(
      [hook('clean.txt').status, hook('clean.txt').stdout],
      [0, '0 findings (0 errors, 0 warnings, 0 info, 0 hints) in 1 file\n'],
    );
  });

  it(
    "the README's snippet for Debian's Neovim (0.7) checks a draft with the installed server",
    { skip: !hasNeovim() && 'Neovim is not installed' },
    () => {
      const readme = readFileSync('README.md', 'utf8');
      const snippet = /<!-- neovim 0\.7 snippet -->\n```lua\n([\s\S]*?)```/.exec(readme)![1];
      const home = path.join(scratch, 'nvim-home');
      mkdirSync(home, { recursive: true });
      // After the snippet: wait for the draft's diagnostics, print them and quit.
      const report = `
vim.api.nvim_create_autocmd('VimEnter', { callback = function()
  local deadline = vim.loop.now() + 20000
  local function poll()
    local ds = vim.diagnostic.get(0)
    if #ds > 0 or vim.loop.now() > deadline then
      local out = {}
      for _, d in ipairs(ds) do
        local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
        out[#out + 1] = string.format('%s %d:%d %s', code, d.lnum, d.col, d.message)
      end
      io.stdout:write(table.concat(out, '\\n') .. '\\n')
      vim.cmd('qa!')
    else
      vim.defer_fn(poll, 50)
    end
  end
  poll()
end })
`;
      writeFileSync(path.join(home, 'init.lua'), snippet + report);
      const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}` };
      for (const name of ['CONFIG', 'DATA', 'CACHE', 'STATE']) env[`XDG_${name}_HOME`] = path.join(home, name.toLowerCase());
      const r = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', path.join(home, 'init.lua'), 'draft.md'], {
        cwd: scratch,
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });
      assert.equal(
        r.stdout + r.stderr,
        [
          'quote-unattributed 2:0 Quote has no speaker: nothing in its sentence or paragraph says who said it, and the paragraph before quotes no one.',
          'repeated-word 4:24 “the” is repeated; remove one',
          '',
        ].join('\n'),
      );
    },
  );

  it('Neovim (headless) runs its LSP suite against the installed server', { skip: !hasNeovim() && 'Neovim is not installed' }, () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'test/nvim/run.ts', '--no-build', `--server=${bin('copydesk-language-server')}`],
      { encoding: 'utf8', timeout: 120_000 },
    );
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^\d+ passed, 0 failed$/m);
  });
});
