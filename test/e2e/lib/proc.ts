import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';

/** Runs a command to completion, streaming its output with a prefix; rejects on a non-zero exit. */
export function run(command: string, args: string[], options: SpawnOptions & { label?: string } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    const label = options.label ?? command;
    const forward = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) console.log(`  [${label}] ${line}`);
    };
    child.stdout?.on('data', forward);
    child.stderr?.on('data', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${label} exited with ${signal ?? code}`));
    });
  });
}

/** True when every Debian package is installed. */
function dpkgInstalled(name: string): boolean {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

/** Installs the Debian packages that are missing (apt-get update first). Needs root, as on CI. */
export async function ensureDebianPackages(names: string[]): Promise<void> {
  const missing = names.filter((name) => !dpkgInstalled(name));
  if (missing.length === 0) return;
  console.log(`Installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update', '-qq'], { env, label: 'apt-get' });
  await run('apt-get', ['install', '-y', '-qq', ...missing], { env, label: 'apt-get' });
}
