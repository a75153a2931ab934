// `npm run copydesk` from a clone: builds dist/ first when it is missing or older than a source file, so the
// README's first command works right after `npm install` (the package itself has no install scripts).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return latest;
}

function built(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

const sources = Math.max(newest('server/src'), statSync('package.json').mtimeMs);
if (['dist/cli.js', 'dist/server.js', 'dist/worker.js'].some((f) => built(f) < sources)) {
  const r = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
