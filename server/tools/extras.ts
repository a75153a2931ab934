// The tools only the benchmark, the end-to-end tests and packaging need live in folders of their own, each with its
// own package.json and lockfile, so the default install stays small. This installs them on first use, and again
// when a folder's lockfile is newer than what was installed: node --import tsx server/tools/extras.ts DIR...
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';

export const EXTRAS = { bench: 'test/bench', e2e: 'test/e2e', packaging: 'server/tools' } as const;

export function installed(dir: string): boolean {
  const marker = path.join(dir, 'node_modules', '.package-lock.json');
  return existsSync(marker) && statSync(marker).mtimeMs >= statSync(path.join(dir, 'package-lock.json')).mtimeMs;
}

export function ensureInstalled(dir: string): void {
  if (installed(dir)) return;
  process.stderr.write(`Installing ${dir}'s own packages (first use only)…\n`);
  const r = spawnSync('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm ci --prefix ${dir} failed`);
}

if (require.main === module) {
  const names = process.argv.slice(2);
  const dirs = names.length ? names.map((n) => EXTRAS[n as keyof typeof EXTRAS] ?? n) : Object.values(EXTRAS);
  for (const dir of dirs) ensureInstalled(dir);
}
