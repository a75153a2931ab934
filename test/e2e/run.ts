// `npm run test:e2e`: the extension-host suite in a real VS Code. Desktop VS Code through @vscode/test-electron when
// one can be had (VSCODE_EXECUTABLE, or its download), else VS Code's own server build, code-server, driven by
// headless Chromium. Fails when neither can run.
//
// Options: --runner=auto|desktop|code-server  --dev (code-server: load the repository instead of installing the
// packaged .vsix)  --no-screenshots (skip the visual check)  --screenshots-to=DIR (keep the visual check's
// screenshots there; `npm run screenshots` writes docs/images)  --verbose. COPYDESK_E2E_VSIX=FILE tests that .vsix
// instead of packaging one. A test run writes nothing outside .tools/ and dist-test/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSuite } from './lib/buildSuite';
import { codeServerInstalled, installCodeServer } from './lib/codeServer';
import { runInCodeServer } from './lib/codeServerRunner';
import { findDesktopVSCode, runDesktop } from './lib/desktop';
import { FIXTURES_DIR, REPO_ROOT, SCRATCH_DIR } from './lib/paths';

interface Options {
  runner: 'auto' | 'desktop' | 'code-server';
  dev: boolean;
  screenshots: boolean;
  /** Where the visual check's screenshots go; undefined: the scratch folder (deleted after a passing run). */
  screenshotsTo: string | undefined;
  verbose: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { runner: 'auto', dev: false, screenshots: true, screenshotsTo: undefined, verbose: false };
  for (const arg of argv) {
    if (arg.startsWith('--runner=')) {
      const value = arg.slice('--runner='.length);
      if (value !== 'auto' && value !== 'desktop' && value !== 'code-server') throw new Error(`unknown runner ${value}`);
      options.runner = value;
    } else if (arg === '--dev') options.dev = true;
    else if (arg === '--no-screenshots') options.screenshots = false;
    else if (arg.startsWith('--screenshots-to=')) options.screenshotsTo = path.resolve(REPO_ROOT, arg.slice('--screenshots-to='.length));
    else if (arg === '--verbose') options.verbose = true;
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

function npm(script: string): void {
  const started = Date.now();
  const result = spawnSync('npm', ['run', '-s', script], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed`);
  console.log(`npm run ${script}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The .vsix that `npm run package` just wrote (name from the manifest). */
function packagedVsix(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const vsix = path.join(REPO_ROOT, `${manifest.name}-${manifest.version}.vsix`);
  if (!fs.existsSync(vsix)) throw new Error(`npm run package did not write ${vsix}`);
  return vsix;
}

/** The seed article, read from the shared folder at run time: it is never copied into the repository. */
const SEED_ARTICLE = path.resolve(REPO_ROOT, '..', 'shared', 'seed', 'kabul-afp.txt');

function freshWorkspace(name: string): string {
  const target = path.join(SCRATCH_DIR, name);
  fs.cpSync(path.join(FIXTURES_DIR, 'workspace'), target, { recursive: true });
  if (fs.existsSync(SEED_ARTICLE)) {
    // A folder with a house style holds drafts: the seed is checked as a newsroom would have it.
    const desk = path.join(target, 'desk');
    fs.mkdirSync(desk, { recursive: true });
    fs.copyFileSync(SEED_ARTICLE, path.join(desk, 'kabul-afp.txt'));
    fs.writeFileSync(path.join(desk, '.copydesk.json'), '{}\n');
  }
  return target;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  fs.rmSync(SCRATCH_DIR, { recursive: true, force: true });
  fs.mkdirSync(SCRATCH_DIR, { recursive: true });

  let desktop: { executable: string } | undefined;
  if (options.runner !== 'code-server') {
    const found = await findDesktopVSCode();
    if ('executable' in found) desktop = found;
    else {
      console.log(`Desktop VS Code not available: ${found.reason}`);
      if (options.runner === 'desktop') return 1;
    }
  }

  await buildSuite();
  const workspace = freshWorkspace('workspace');
  if (desktop) {
    console.log(`Runner: desktop VS Code through @vscode/test-electron (${desktop.executable})`);
    npm('build');
    const code = await runDesktop(desktop.executable, workspace);
    console.log(`e2e (desktop): ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return code;
  }

  console.log(`Runner: code-server (VS Code's server build) in headless Chromium${codeServerInstalled() ? '' : ' — installing it first'}`);
  await installCodeServer();
  let vsix: string | undefined;
  if (options.dev) npm('build');
  else if (process.env.COPYDESK_E2E_VSIX) {
    // A .vsix made elsewhere (a release artefact): test exactly that file.
    vsix = path.resolve(process.env.COPYDESK_E2E_VSIX);
  } else {
    npm('package');
    vsix = packagedVsix();
  }
  const result = await runInCodeServer({
    vsix,
    repoRoot: REPO_ROOT,
    suiteWorkspace: workspace,
    uiWorkspace: freshWorkspace('workspace-ui'),
    screenshots: options.screenshots,
    imagesDir: options.screenshotsTo ?? path.join(SCRATCH_DIR, 'screenshots'),
    seed: fs.existsSync(SEED_ARTICLE),
    verbose: options.verbose,
  });
  const ok = result.suiteExitCode === 0 && result.visualCheckPassed;
  console.log(
    `e2e (code-server, ${vsix ? 'packaged .vsix' : 'development folder'}): ${ok ? 'passed' : 'FAILED'} in ` +
      `${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  if (ok) fs.rmSync(SCRATCH_DIR, { recursive: true, force: true });
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
