import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { CODE_SERVER_DIR } from './paths';
import { ensureDebianPackages, run } from './proc';

export const CODE_SERVER_VERSION = '4.100.3';
// @vscode/ripgrep (a dependency of code-server) downloads ripgrep in its postinstall unless it finds this archive in
// its cache folder under TMPDIR; Debian's rg packed under that name satisfies it.
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

const ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const MARKER = path.join(CODE_SERVER_DIR, `.installed-${CODE_SERVER_VERSION}`);

export function codeServerInstalled(): boolean {
  return fs.existsSync(MARKER) && fs.existsSync(ENTRY);
}

/** Installs code-server (and the Debian packages it and the browser need) into .tools/code-server when missing. */
export async function installCodeServer(): Promise<void> {
  await ensureDebianPackages(['chromium', 'libkrb5-dev', 'ripgrep']);
  if (codeServerInstalled()) return;
  const started = Date.now();
  console.log(`Installing code-server ${CODE_SERVER_VERSION} into ${CODE_SERVER_DIR} (first run only, ~90 s)`);
  fs.rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  const tmp = path.join(CODE_SERVER_DIR, 'tmp');
  const cache = path.join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const staging = path.join(tmp, 'rg-staging');
  fs.mkdirSync(cache, { recursive: true });
  fs.mkdirSync(staging, { recursive: true });
  fs.copyFileSync('/usr/bin/rg', path.join(staging, 'rg'));
  fs.chmodSync(path.join(staging, 'rg'), 0o755);
  await run('tar', ['-czf', path.join(cache, RIPGREP_ARCHIVE), '-C', staging, 'rg'], { label: 'tar' });
  fs.writeFileSync(
    path.join(CODE_SERVER_DIR, 'package.json'),
    `${JSON.stringify({ name: 'copydesk-e2e-tools', private: true }, null, 2)}\n`,
  );
  const env = {
    ...process.env,
    TMPDIR: tmp,
    npm_config_unsafe_perm: 'true', // code-server's postinstall refuses to run as root without it
    npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_update_notifier: 'false',
  };
  await run('npm', ['install', '--no-save', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: CODE_SERVER_DIR,
    env,
    label: 'npm',
  });
  fs.rmSync(tmp, { recursive: true, force: true });
  if (!fs.existsSync(ENTRY)) throw new Error(`code-server installed but ${ENTRY} is missing`);
  fs.writeFileSync(MARKER, `${new Date().toISOString()}\n`);
  console.log(`code-server installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

export interface CodeServerDirs {
  userDataDir: string;
  extensionsDir: string;
  /** XDG_* folders and TMPDIR live under here, so nothing lands in the home folder or /tmp. */
  scratchDir: string;
}

export function codeServerEnv(dirs: CodeServerDirs, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const xdg = (name: string) => {
    const dir = path.join(dirs.scratchDir, 'xdg', name);
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  };
  const tmp = path.join(dirs.scratchDir, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  return {
    ...process.env,
    XDG_CONFIG_HOME: xdg('config'),
    XDG_DATA_HOME: xdg('data'),
    XDG_CACHE_HOME: xdg('cache'),
    XDG_STATE_HOME: xdg('state'),
    XDG_RUNTIME_DIR: xdg('runtime'),
    TMPDIR: tmp,
    ...extra,
  };
}

/** `code-server --install-extension VSIX` into the run's extensions folder. */
export async function installExtension(dirs: CodeServerDirs, vsix: string): Promise<void> {
  await run(
    process.execPath,
    [ENTRY, '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir, '--install-extension', vsix],
    { env: codeServerEnv(dirs), label: 'code-server' },
  );
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningCodeServer {
  port: number;
  origin: string;
  /** Kills the whole process group (code-server, its extension host, file watcher, language server). */
  stop(): Promise<void>;
}

const liveGroups = new Set<number>();

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

// Whatever ends this process, take the code-server groups with it.
process.on('exit', () => {
  for (const pgid of liveGroups) killGroup(pgid, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    for (const pgid of liveGroups) killGroup(pgid, 'SIGKILL');
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
}

/** Starts code-server on 127.0.0.1 in a process group of its own and waits for /healthz. */
export async function startCodeServer(
  dirs: CodeServerDirs,
  folder: string,
  extraEnv: Record<string, string>,
  log: (line: string) => void,
): Promise<RunningCodeServer> {
  const port = await freePort();
  const args = [
    ENTRY,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir',
    dirs.userDataDir,
    '--extensions-dir',
    dirs.extensionsDir,
    folder,
  ];
  // detached: the child calls setsid(), so its pid is the id of a new process group holding everything it starts.
  const child: ChildProcess = spawn(process.execPath, args, {
    env: codeServerEnv(dirs, extraEnv),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pgid = child.pid;
  if (pgid === undefined) throw new Error('code-server did not start');
  liveGroups.add(pgid);
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) log(line);
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  let exited = false;
  child.on('exit', () => (exited = true));

  const stop = async (): Promise<void> => {
    killGroup(pgid, 'SIGTERM');
    for (let i = 0; i < 30 && groupAlive(pgid); i++) await new Promise((r) => setTimeout(r, 100));
    if (groupAlive(pgid)) killGroup(pgid, 'SIGKILL');
    liveGroups.delete(pgid);
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error('code-server exited before it was ready');
    }
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error('code-server did not answer /healthz within 30 s');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { port, origin, stop };
}

/** The code-server version, or undefined when it cannot run. */
export function codeServerVersion(): string | undefined {
  const result = spawnSync(process.execPath, [ENTRY, '--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim().split('\n')[0] : undefined;
}
