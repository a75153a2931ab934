// The engine's throughput as it ships (see shippedEngineThroughput); apart from throughput.ts so that the bundle it
// builds does not hold the bundler.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import type { Throughput } from './throughput';

/** engineThroughput as the engine ships: bundled with the server's build settings (its own visitor for the retext
 * plugins in place of upstream's, which a run through tsx would time instead), in a fresh process. */
export function shippedEngineThroughput(limit?: number): Throughput {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-engine-'));
  try {
    const outfile = path.join(dir, 'engine-main.js');
    buildSync({
      entryPoints: [path.resolve('test/bench/engine-main.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // Node has them; esbuild's tables say it has not, and would rebuild every such expression each time it runs
      supported: { 'regexp-unicode-property-escapes': true },
      mainFields: ['module', 'main'],
      alias: { 'unist-util-visit-parents': path.resolve('server/src/engine/visitParents.ts') },
      logLevel: 'warning',
      outfile,
    });
    const r = spawnSync(process.execPath, [outfile, ...(limit === undefined ? [] : [String(limit)])], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      env: process.env,
    });
    if (r.status !== 0) throw new Error(`engine throughput run failed (${r.status}): ${r.stderr}`);
    return JSON.parse(r.stdout) as Throughput;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
