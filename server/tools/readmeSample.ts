// The README's sample output is a real run of the CLI on an example draft: `npm run readme:sample` writes it
// between the markers, and test/cli/readme.test.ts fails when it no longer matches a run.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export const SAMPLE_ARGS = ['check', 'examples/ferry-strike.md'];
const START = '<!-- generated: sample output (npm run readme:sample) -->';
const END = '<!-- end of sample output -->';
const ROOT = path.resolve(__dirname, '..', '..');

/** What `copydesk check examples/ferry-strike.md` prints, run from the built CLI. */
export function sampleOutput(): string {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...SAMPLE_ARGS], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0 || r.stderr) throw new Error(`copydesk ${SAMPLE_ARGS.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** The README with `output` as its sample. */
export function readmeWithSample(readme: string, output: string): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md needs the markers ${START} and ${END}`);
  const block = ['```text', `$ copydesk ${SAMPLE_ARGS.join(' ')}`, output.trimEnd(), '```'].join('\n');
  return `${readme.slice(0, from + START.length)}\n${block}\n${readme.slice(to)}`;
}

if (require.main === module) {
  const file = path.join(ROOT, 'README.md');
  const before = readFileSync(file, 'utf8');
  const after = readmeWithSample(before, sampleOutput());
  if (after !== before) writeFileSync(file, after);
  console.log(after === before ? 'README.md: the sample output was up to date' : 'wrote the sample output in README.md');
}
