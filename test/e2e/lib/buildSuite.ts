import { build } from 'esbuild';
import path from 'node:path';
import { REPO_ROOT, SUITE_ENTRY } from './paths';

/** Bundles the extension-host suite to CommonJS with `vscode` left external (the host provides it). */
export async function buildSuite(): Promise<void> {
  await build({
    entryPoints: [path.join(REPO_ROOT, 'test', 'e2e', 'suite', 'index.ts')],
    outfile: SUITE_ENTRY,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}
