// `npm run test:nvim`: the language server in a real Neovim (Debian's, 0.7; installed when missing), headless.
// Builds dist/server.js first unless --no-build; --server=FILE runs that server command (an installed
// copydesk-language-server) instead of the bundle. Exits non-zero when a check fails or Neovim cannot run.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR, REPO_ROOT, TOOLS_DIR } from '../e2e/lib/paths';
import { ensureDebianPackages } from '../e2e/lib/proc';

const TIMEOUT_MS = 90_000;

async function main(): Promise<number> {
  const started = Date.now();
  await ensureDebianPackages(['neovim']);
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (build.status !== 0) {
      console.log('npm run build failed');
      return 1;
    }
  }
  // Scratch: a copy of the fixtures (buffers are edited, never saved) and XDG folders, so Neovim's LSP log and state
  // stay out of the home folder.
  const scratch = path.join(TOOLS_DIR, `nvim-scratch-${process.pid}`);
  fs.rmSync(scratch, { recursive: true, force: true });
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(path.join(FIXTURES_DIR, 'workspace'), workspace, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, COPYDESK_ROOT: REPO_ROOT, COPYDESK_WORKSPACE: workspace };
  const server = process.argv.find((a) => a.startsWith('--server='))?.slice('--server='.length);
  if (server) env.COPYDESK_SERVER = path.resolve(server);
  for (const name of ['CONFIG', 'DATA', 'CACHE', 'STATE', 'RUNTIME']) {
    const dir = path.join(scratch, 'xdg', name.toLowerCase());
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    env[`XDG_${name}_HOME`] = dir;
  }
  env.XDG_RUNTIME_DIR = env.XDG_RUNTIME_HOME;
  delete env.XDG_RUNTIME_HOME;
  env.NVIM_LOG_FILE = path.join(scratch, 'nvim.log');
  const version = spawnSync('nvim', ['--version'], { encoding: 'utf8', env }).stdout.split('\n')[0];
  console.log(`Neovim: ${version}`);

  const script = path.join(REPO_ROOT, 'test', 'nvim', 'lsp_test.lua');
  const code = await new Promise<number>((resolve) => {
    const child = spawn('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${script}`], {
      cwd: workspace,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const timer = setTimeout(() => {
      console.log(`not ok - Neovim did not finish within ${TIMEOUT_MS / 1000} s`);
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.on('error', (error) => {
      console.log(`not ok - Neovim could not start: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve(status ?? 1);
    });
  });
  if (code === 0) fs.rmSync(scratch, { recursive: true, force: true });
  console.log(`nvim: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
