// Builds the test-only server (dist-test/server.js): the shipped server with test/builds/faulty-pipeline.ts in place
// of the engine's pipeline, so protocol tests can make a check throw. Run: node --import tsx test/builds/build.ts
import { build, type Plugin } from 'esbuild';
import * as path from 'node:path';

const FAULTY = path.resolve('test/builds/faulty-pipeline.ts');
const ENGINE = path.resolve('server/src/engine');

const faultyPipeline: Plugin = {
  name: 'faulty-pipeline',
  setup(b) {
    b.onResolve({ filter: /(^|\/)pipeline$/ }, (args) => {
      if (args.importer === FAULTY || !path.resolve(args.resolveDir, args.path).startsWith(path.join(ENGINE, 'pipeline'))) return undefined;
      return { path: FAULTY };
    });
  },
};

build({
  entryPoints: ['server/src/server.ts'],
  outfile: 'dist-test/server.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  mainFields: ['module', 'main'],
  alias: { 'unist-util-visit-parents': './server/src/engine/visitParents.ts' },
  logLevel: 'warning',
  plugins: [faultyPipeline],
}).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
