// Words per second over the corpus: the engine in this thread, and the built CLI as a user runs it.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { formatOfPath } from '../../server/src/cli/files';
import { analyse } from '../../server/src/engine/analyse';
import { resolveOptions } from '../../server/src/engine/config';
import { articles, CORPUS, wordCount } from './drafts';

export interface CorpusText {
  path: string;
  text: string;
  words: number;
}

/** The BBC and POLNEAR articles that are valid UTF-8; `limit` keeps an even sample of that many. */
export function corpusTexts(limit?: number): CorpusText[] {
  const all = [...articles(path.join(CORPUS, 'bbc')), ...articles(path.join(CORPUS, 'polnear'))];
  const picked =
    limit === undefined || limit >= all.length ? all : Array.from({ length: limit }, (_, i) => all[Math.floor((i * all.length) / limit)]);
  return picked.map((a) => ({ ...a, words: wordCount(a.text) }));
}

export interface Throughput {
  files: number;
  words: number;
  ms: number;
  wordsPerSecond: number;
  findings: number;
}

export function rate(files: number, words: number, ms: number, findings: number): Throughput {
  return { files, words, ms: Math.round(ms), wordsPerSecond: Math.round((words / ms) * 1000), findings };
}

/** The engine alone, one text after another in this thread, after a short warm-up. */
export function engineThroughput(texts: CorpusText[]): Throughput {
  const optionsOf = (file: string) => resolveOptions(formatOfPath(file)).options;
  for (const t of texts.slice(0, 20)) analyse(t.text, optionsOf(t.path));
  let findings = 0;
  const started = performance.now();
  for (const t of texts) findings += analyse(t.text, optionsOf(t.path)).findings.length;
  const words = texts.reduce((n, t) => n + t.words, 0);
  return rate(texts.length, words, performance.now() - started, findings);
}

/** `copydesk check --format json` over the files, from process start to exit (`jobs` unset: the default). */
export function cliThroughput(texts: CorpusText[], jobs?: number): Throughput {
  const args = [
    path.resolve('dist/cli.js'),
    'check',
    '--format',
    'json',
    ...(jobs ? ['--jobs', String(jobs)] : []),
    ...texts.map((t) => t.path),
  ];
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (r.status !== 0 && r.status !== 1) throw new Error(`copydesk check failed (${r.status}): ${r.stderr}`);
  const report = JSON.parse(r.stdout) as { files: { findings?: unknown[] }[] };
  const findings = report.files.reduce((n, f) => n + (f.findings?.length ?? 0), 0);
  return rate(
    texts.length,
    texts.reduce((n, t) => n + t.words, 0),
    ms,
    findings,
  );
}
