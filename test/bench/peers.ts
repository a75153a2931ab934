// The peers, each run the way its documentation shows, on the same texts as Copydesk.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export interface Timed {
  ms: number;
  /** Findings the tool reported, to show it did the work. */
  findings: number;
}

type Texts = { path: string; text: string }[];

/** A textlint setup with the two rules the comparison uses, in a folder of its own. */
function textlintConfig(): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-bench-textlint-'));
  const file = path.join(dir, '.textlintrc.json');
  writeFileSync(file, JSON.stringify({ rules: { 'write-good': true, terminology: true } }));
  return { dir, file };
}

/** textlint's API (createLinter + loadTextlintrc, lintText per text), in a plain Node process of its own:
 * textlint cannot load its rules under the tsx loader this benchmark runs with. */
export function textlintEngine(texts: Texts): Timed {
  const config = textlintConfig();
  try {
    const list = path.join(config.dir, 'files.json');
    writeFileSync(list, JSON.stringify(texts.map((t) => t.path)));
    const r = spawnSync(process.execPath, [path.resolve('test/bench/textlint-api.mjs'), config.file, list], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (r.status !== 0) throw new Error(`textlint API run failed: ${r.stderr.slice(0, 500)}`);
    return JSON.parse(r.stdout) as Timed;
  } finally {
    rmSync(config.dir, { recursive: true, force: true });
  }
}

/** textlint's command line over the files (it checks them in one process). */
export function textlintCli(files: string[]): Timed {
  const config = textlintConfig();
  try {
    const started = performance.now();
    const r = spawnSync(
      process.execPath,
      [path.resolve('test/bench/node_modules/textlint/bin/textlint.js'), '--config', config.file, '--format', 'json', ...files],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      },
    );
    const ms = performance.now() - started;
    const results = JSON.parse(r.stdout) as { messages: unknown[] }[];
    return { ms, findings: results.reduce((n, x) => n + x.messages.length, 0) };
  } finally {
    rmSync(config.dir, { recursive: true, force: true });
  }
}

/** alex's API: `text(value)` for plain text. */
export async function alexEngine(texts: Texts): Promise<Timed> {
  const alex = await import('alex');
  const started = performance.now();
  let findings = 0;
  for (const t of texts) findings += alex.text(t.text).messages.length;
  return { ms: performance.now() - started, findings };
}

/** write-good's API: `writeGood(text)`. */
export async function writeGoodEngine(texts: Texts): Promise<Timed> {
  // write-good ships no types: loaded by require with the one signature used here.
  const writeGood = createRequire(__filename)('write-good') as (text: string) => unknown[];
  const started = performance.now();
  let findings = 0;
  for (const t of texts) findings += writeGood(t.text).length;
  return { ms: performance.now() - started, findings };
}

/** harper.js in Node: a LocalLinter on the WebAssembly binary (the WorkerLinter needs a browser). Setup (compiling
 * the binary) is timed apart from linting. */
export async function harperEngine(texts: Texts): Promise<Timed & { setupMs: number }> {
  const harper = await import('harper.js');
  const { binary } = await import('harper.js/binary');
  const setupStarted = performance.now();
  const linter = new harper.LocalLinter({ binary, dialect: harper.Dialect.American });
  await linter.setup();
  const setupMs = performance.now() - setupStarted;
  const started = performance.now();
  let findings = 0;
  for (const t of texts) findings += (await linter.lint(t.text)).length;
  return { ms: performance.now() - started, findings, setupMs };
}
