import { availableParallelism } from 'node:os';

/**
 * Node flags the VS Code extension starts the language server with (the benchmark starts it the same way). Other
 * editors may pass the same flags (`node --max-semi-space-size=8 --v8-pool-size=1 dist/server.js --stdio` on a
 * two-core machine); the server runs the same without them.
 *
 * - A semi-space of 8 MB instead of V8's 16 keeps the young generation at 16 MB instead of 32: with a 100,000-word
 *   draft open that is the difference between about 205 and about 190 MB of RSS, and no difference measured in edit
 *   latency at 1,000 to 100,000 words.
 * - V8's helper threads (compiling hot code, collecting garbage alongside) get the cores that the server's two busy
 *   threads leave, the protocol thread and the analysis worker: at least one, at most V8's own four. While typing
 *   starts, V8 compiles the checks' code on those threads; with four of them on a two-core machine they took the
 *   cores from the check itself. One-word edits right after opening a draft, two cores, medians of 100 edits:
 *   1,000 words 6.2-7.1 -> 4.5-4.8 ms, 10,000 words 12.5-13.3 -> 9.1-10.8 ms (p95 26 -> 18 ms); cold start about
 *   a fifth shorter.
 */
export function serverNodeFlags(cores: number = availableParallelism()): string[] {
  return ['--max-semi-space-size=8', `--v8-pool-size=${v8PoolSize(cores)}`];
}

export function v8PoolSize(cores: number): number {
  return Math.min(4, Math.max(1, cores - 2));
}
