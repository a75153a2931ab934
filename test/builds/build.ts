// Builds the test-only server (dist-test/server.js and its dist-test/worker.js): the shipped server with test/builds/faulty-pipeline.ts in place
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

const built = (entry: string, outfile: string) =>
  build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Node has them; esbuild's tables say it has not, and would rebuild every such expression each time it runs
    supported: { 'regexp-unicode-property-escapes': true },
    mainFields: ['module', 'main'],
    alias: { 'unist-util-visit-parents': './server/src/engine/visitParents.ts' },
    logLevel: 'warning',
    plugins: [faultyPipeline],
  });

// the protocol thread and, beside it, the workers that run the engine
Promise.all([built('server/src/server.ts', 'dist-test/server.js'), built('server/src/worker.ts', 'dist-test/worker.js')]).catch(
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
