import fs from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { codeServerEnv, installExtension, startCodeServer, type CodeServerDirs, type RunningCodeServer } from './codeServer';
import { SCRATCH_DIR, SUITE_OUT_DIR, SUITE_ENTRY } from './paths';
import { checkWhatAPersonSees } from './visualCheck';

// Flags that work for Debian's Chromium as root on these machines; the background-networking ones keep it from
// flooding the closed network with connections.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
const SUITE_TIMEOUT_MS = 120_000;
/** A quiet window: the scratch workspace sits inside the repository, so keep Git from offering to open it. */
const USER_SETTINGS = {
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
};

export interface CodeServerRunOptions {
  /** The packaged extension to install; undefined: load the repository as the extension under development. */
  vsix: string | undefined;
  repoRoot: string;
  /** Scratch copies of the fixture workspace: one for the suite, one for the visual check. */
  suiteWorkspace: string;
  uiWorkspace: string;
  screenshots: boolean;
  /** Where the visual check saves its screenshots. */
  imagesDir: string;
  /** The workspaces hold the seed article (desk/kabul-afp.txt). */
  seed: boolean;
  verbose: boolean;
}

export interface CodeServerRunResult {
  suiteExitCode: number;
  visualCheckPassed: boolean;
}

export async function runInCodeServer(options: CodeServerRunOptions): Promise<CodeServerRunResult> {
  const dirs: CodeServerDirs = {
    userDataDir: path.join(SCRATCH_DIR, 'user-data'),
    extensionsDir: path.join(SCRATCH_DIR, 'extensions'),
    scratchDir: SCRATCH_DIR,
  };
  fs.mkdirSync(path.join(dirs.userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(dirs.extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(dirs.userDataDir, 'User', 'settings.json'), `${JSON.stringify(USER_SETTINGS, null, 2)}\n`);

  // With the .vsix installed, the "development" path of the test payload is a folder without a manifest: VS Code
  // needs one to run extension tests at all, and an empty one leaves the installed extension as the one under test.
  let developmentPath = options.repoRoot;
  const extraEnv: Record<string, string> = {};
  if (options.vsix) {
    const started = Date.now();
    await installExtension(dirs, options.vsix);
    console.log(`Installed ${path.basename(options.vsix)} into the code-server extensions folder (${Date.now() - started} ms)`);
    developmentPath = path.join(SUITE_OUT_DIR, 'no-extension');
    fs.mkdirSync(developmentPath, { recursive: true });
    extraEnv.COPYDESK_E2E_EXTENSIONS_DIR = dirs.extensionsDir;
  }

  const hostLog: string[] = [];
  const server = await startCodeServer(dirs, options.suiteWorkspace, extraEnv, (line) => {
    hostLog.push(`[code-server] ${line}`);
    if (options.verbose) console.log(`  [code-server] ${line}`);
  });
  let context: BrowserContext | undefined;
  try {
    console.log(`code-server listening on ${server.origin}`);
    context = await chromium.launchPersistentContext(path.join(SCRATCH_DIR, 'chromium-profile'), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      env: codeServerEnv(dirs), // XDG folders and TMPDIR in the scratch folder: nothing lands in the home folder
      viewport: { width: 1280, height: 800 },
    });
    let phase = Date.now();
    const suiteExitCode = await runSuitePage(context, server, options, developmentPath, hostLog);
    console.log(`extension-host suite: ${((Date.now() - phase) / 1000).toFixed(1)} s (window load included)`);
    phase = Date.now();
    let visualCheckPassed = true;
    if (options.screenshots) {
      const page = await context.newPage();
      try {
        await page.goto(workbenchUrl(server, options.uiWorkspace, options.vsix ? undefined : developmentPath));
        visualCheckPassed = await checkWhatAPersonSees(page, { imagesDir: options.imagesDir, seed: options.seed });
      } catch (error) {
        visualCheckPassed = false;
        const failure = path.join(SCRATCH_DIR, 'visual-check-failure.png');
        await page.screenshot({ path: failure }).catch(() => undefined);
        console.log(`  screenshot of the failure: ${failure}`);
        console.log(`not ok - visual check: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      } finally {
        await page.close();
      }
    }
    if (options.screenshots) console.log(`visual check: ${((Date.now() - phase) / 1000).toFixed(1)} s`);
    if (suiteExitCode !== 0 || !visualCheckPassed) {
      console.log('--- code-server and extension host log ---');
      for (const line of hostLog) console.log(`  ${line}`);
    }
    return { suiteExitCode, visualCheckPassed };
  } finally {
    await context?.close().catch(() => undefined);
    await server.stop();
  }
}

function remoteUri(server: RunningCodeServer, absolutePath: string): string {
  return `vscode-remote://127.0.0.1:${server.port}${absolutePath}`;
}

function workbenchUrl(server: RunningCodeServer, folder: string, developmentPath?: string, testsPath?: string): string {
  const payload: [string, string][] = [];
  if (developmentPath) payload.push(['extensionDevelopmentPath', remoteUri(server, developmentPath)]);
  if (testsPath) payload.push(['extensionTestsPath', remoteUri(server, testsPath)]);
  let url = `${server.origin}/?folder=${encodeURIComponent(folder)}`;
  if (payload.length > 0) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** Opens the workbench with the test payload; the extension host runs the suite and reports through the two
 * functions exposed to the page. Resolves with run()'s exit code. */
async function runSuitePage(
  context: BrowserContext,
  server: RunningCodeServer,
  options: CodeServerRunOptions,
  developmentPath: string,
  hostLog: string[],
): Promise<number> {
  const page: Page = await context.newPage();
  let settle: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (settle = resolve));
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
    const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    // One console.log of the suite is one call here: its result line and any failure details below it.
    const at = text.indexOf('[e2e] ');
    if (at >= 0) {
      console.log(text.slice(at + 6));
      return;
    }
    for (const line of text.split('\n')) {
      hostLog.push(`[host ${type}] ${line}`);
      if (options.verbose) console.log(`  [host ${type}] ${line}`);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => settle(code));
  const timer = setTimeout(() => {
    console.log(`not ok - the extension-host suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s`);
    settle(1);
  }, SUITE_TIMEOUT_MS);
  try {
    await page.goto(workbenchUrl(server, options.suiteWorkspace, developmentPath, SUITE_ENTRY));
    return await exited;
  } finally {
    clearTimeout(timer);
    await page.close();
  }
}
