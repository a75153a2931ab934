import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, SCRATCH_DIR, SUITE_ENTRY } from './paths';

/** A desktop VS Code for @vscode/test-electron: VSCODE_EXECUTABLE, or a download (which fails fast offline). */
export async function findDesktopVSCode(): Promise<{ executable: string } | { reason: string }> {
  const fromEnv = process.env.VSCODE_EXECUTABLE;
  if (fromEnv) {
    return fs.existsSync(fromEnv) ? { executable: fromEnv } : { reason: `VSCODE_EXECUTABLE=${fromEnv} does not exist` };
  }
  const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  try {
    const executable = await withTimeout(
      downloadAndUnzipVSCode({ version: 'stable', cachePath: path.join(REPO_ROOT, '.tools', 'vscode-test') }),
      90_000,
    );
    return { executable };
  } catch (error) {
    return { reason: `the VS Code download failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** Runs the suite in desktop VS Code with the repository as the extension under development. Returns the exit code. */
export async function runDesktop(executable: string, workspace: string): Promise<number> {
  const { runTests } = await import('@vscode/test-electron');
  try {
    return await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: SUITE_ENTRY,
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir',
        path.join(SCRATCH_DIR, 'desktop-user-data'),
        '--extensions-dir',
        path.join(SCRATCH_DIR, 'desktop-extensions'),
      ],
    });
  } catch (error) {
    console.log(`desktop VS Code run failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
