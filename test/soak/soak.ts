// The long hostile-input run: many more generated drafts than the unit tests, the heavy named shapes in both
// formats, a long editing session on a warm cache, and the whole shared corpus through the CLI's own code (RSS
// sampled between files) and through the built CLI (RSS sampled from /proc). Exits 1 on any failure.
//
//   npm run soak          the full run (about 13 minutes on two cores)
//   npm run soak:short    the CI run (2.5 to 5 minutes)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { collectInputs, formatOfPath, readDraft } from '../../server/src/cli/files';
import { analyse } from '../../server/src/engine/analyse';
import { blocksOf } from '../../server/src/engine/blocks';
import { ParagraphCache } from '../../server/src/engine/cache';
import { defaultOptions } from '../../server/src/engine/config';
import { analyseParagraph } from '../../server/src/engine/paragraph';
import { PIPELINE } from '../../server/src/engine/pipeline';
import type { DocumentFormat } from '../../server/src/engine/types';
import {
  applyEdit,
  checkAnalysis,
  checkWarmEdits,
  draft,
  edit,
  engineOptions,
  format,
  houseStyle,
  prose,
} from '../unit/hostile-arbitraries';

const SHORT = process.argv.includes('--short');
const RUNS = SHORT ? 1_000 : 20_000;
const CORPUS = process.env.COPYDESK_CORPUS ?? path.resolve('../shared/corpus');
const CLI = path.resolve('dist/cli.js');
const MB = 1024 * 1024;

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const rssMb = () => {
  gc();
  return process.memoryUsage().rss / MB;
};
const log = (line: string) => process.stdout.write(`${line}\n`);
let failed = false;
const fail = (what: string, error: unknown) => {
  failed = true;
  log(`FAIL ${what}: ${error instanceof Error ? error.message : String(error)}`);
};

/** The slowest single paragraph seen anywhere in the run. */
const slowest = { ms: 0, where: '', chars: 0 };
function timeParagraphs(text: string, fmt: DocumentFormat, where: string): void {
  const options = defaultOptions(fmt);
  for (const p of blocksOf(text, fmt).paragraphs) {
    const t = performance.now();
    analyseParagraph(p.text, p.kind, options, PIPELINE);
    const ms = performance.now() - t;
    if (ms > slowest.ms) Object.assign(slowest, { ms, where, chars: p.text.length });
  }
}

function properties(): number {
  let cases = 0;
  const count =
    <T>(p: (x: T) => void) =>
    (x: T) => {
      cases++;
      p(x);
    };
  const run = (name: string, property: fc.IProperty<never> | fc.IPropertyWithHooks<never>) => {
    const t = performance.now();
    try {
      fc.assert(property as fc.IProperty<unknown>, { numRuns: RUNS });
    } catch (error) {
      fail(name, error);
    }
    log(`  ${name}: ${RUNS} cases, ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  run(
    'pieces',
    fc.property(
      fc.tuple(draft(400), format, houseStyle),
      count(([text, fmt, house]) => checkAnalysis(text, analyse(text, engineOptions(fmt, house)))),
    ) as never,
  );
  run(
    'prose',
    fc.property(
      fc.tuple(prose(20), format, houseStyle),
      count(([text, fmt, house]) => checkAnalysis(text, analyse(text, engineOptions(fmt, house)))),
    ) as never,
  );
  run(
    'code points',
    fc.property(
      fc.tuple(fc.oneof(fc.string({ unit: 'binary', maxLength: 2_000 }), fc.string({ unit: 'grapheme', maxLength: 2_000 })), format),
      count(([text, fmt]) => checkAnalysis(text, analyse(text, engineOptions(fmt, null)))),
    ) as never,
  );
  run(
    'warm cache after edits',
    fc.property(
      fc.tuple(fc.oneof(prose(12), draft(200)), fc.array(edit, { minLength: 1, maxLength: 8 }), format, houseStyle),
      count(([text, edits, fmt, house]) => {
        checkWarmEdits(text, edits, engineOptions(fmt, house));
      }),
    ) as never,
  );
  return cases;
}

function surnames(count: number): string[] {
  const first = ['Mar', 'Ten', 'Oka', 'Lin', 'Rau', 'Pel', 'Vos', 'Kir', 'Dal', 'Hes', 'Bro', 'Fen'];
  const second = ['low', 'by', 'for', 'dh', 'ta', 'ko', 'sen', 'rin', 'vale', 'mere', 'ton', 'wick', 'lund', 'holm'];
  return Array.from(
    { length: count },
    (_, i) => first[i % first.length] + second[Math.floor(i / first.length) % second.length] + (i % 3 === 0 ? '' : 'e'),
  );
}

function shapes(): { name: string; chars: number; plaintext: number; markdown: number }[] {
  const body = 'The ferry to Tenby was delayed by the council on Monday, and passengers waited an hour at the quay. ';
  const distinct: string[] = [];
  for (let i = 0, n = 0; n < 5_000_000; i++) {
    const p = `“We waited,” said Okafor ${i}. ${body.repeat(4)}The QRT ${i % 50} said.`;
    distinct.push(p);
    n += p.length + 2;
  }
  const names = surnames(600);
  const cases: [string, string][] = [
    ['5 MB draft of distinct paragraphs', distinct.join('\n\n')],
    ['1 MB of "Ab."', 'Ab.'.repeat(333_333)],
    ['1 MB of "a/"', 'a/'.repeat(500_000)],
    ['300k-word sentence', `It sailed. ${'then '.repeat(300_000)}`],
    ['100k opening quotes', '“'.repeat(100_000)],
    ['50k capitalised words', `${Array.from({ length: 50_000 }, (_, i) => names[(i * 7919) % names.length]).join(' ')}.`],
    ['1 MB of prose in one paragraph', body.repeat(10_000)],
  ];
  const out = [];
  for (const [name, text] of cases) {
    const row = { name, chars: text.length, plaintext: 0, markdown: 0 };
    for (const fmt of ['plaintext', 'markdown'] as const) {
      const t = performance.now();
      try {
        checkAnalysis(text, analyse(text, defaultOptions(fmt)));
      } catch (error) {
        fail(`${name} (${fmt})`, error);
      }
      row[fmt] = Math.round(performance.now() - t);
      timeParagraphs(text, fmt, name);
    }
    log(`  ${name}: ${row.chars.toLocaleString('en')} chars, plaintext ${row.plaintext} ms, markdown ${row.markdown} ms`);
    out.push(row);
  }
  return out;
}

/** A writer's long session: one draft, a warm cache, thousands of small edits. The cache must not grow. */
function editingSession(): { edits: number; rssStart: number; rssEnd: number; cacheEntries: number[] } {
  const edits = SHORT ? 2_000 : 20_000;
  const base = readFileSync('test/fixtures/harbour.md', 'utf8').repeat(20);
  const options = engineOptions('markdown', null);
  const cache = new ParagraphCache();
  let text = base;
  const samples = fc.sample(edit, { numRuns: edits, seed: 42 });
  const sizes: number[] = [];
  const rssStart = rssMb();
  for (let i = 0; i < edits; i++) {
    text = applyEdit(text, samples[i]);
    if (text.length > 3 * base.length) text = base;
    analyse(text, options, cache);
    if (i % Math.floor(edits / 10) === 0) sizes.push(cache.size);
  }
  return { edits, rssStart, rssEnd: rssMb(), cacheEntries: sizes };
}

/** The CLI's own steps (collect, read, resolve, analyse) over every draft of the corpus, RSS sampled between files. */
async function corpusInProcess(): Promise<{ files: number; refused: number; findings: number; rss: number[]; growth: number }> {
  const inputs = await collectInputs([CORPUS]);
  const rss: number[] = [];
  let refused = 0;
  let findings = 0;
  const every = Math.max(1, Math.floor(inputs.length / 40));
  for (const [i, input] of inputs.entries()) {
    const read = input.error ? { error: input.error } : await readDraft(input.path);
    if ('error' in read) refused++;
    else {
      const fmt = formatOfPath(input.path);
      try {
        const a = analyse(read.text, defaultOptions(fmt));
        checkAnalysis(read.text, a);
        findings += a.findings.length;
      } catch (error) {
        fail(input.path, error);
      }
      timeParagraphs(read.text, fmt, input.path);
    }
    if (i % every === 0) rss.push(Math.round(rssMb()));
  }
  // Growth: the last quarter's mean RSS against the second quarter's (the first holds warm-up: JIT, data tables).
  const quarter = Math.max(1, Math.floor(rss.length / 4));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const growth = mean(rss.slice(-quarter)) - mean(rss.slice(quarter, 2 * quarter));
  return { files: inputs.length, refused, findings, rss, growth };
}

/** The built CLI over the whole corpus in one process, its RSS read from /proc every 100 ms. */
function corpusThroughCli(): Promise<{
  code: number | null;
  peakMb: number;
  seconds: number;
  files: number;
  notChecked: number;
  internalError: boolean;
}> {
  return new Promise((resolve) => {
    const t = performance.now();
    const child = spawn(process.execPath, [CLI, 'check', '--format', 'json', CORPUS], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    let peak = 0;
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (err += String(d)));
    const timer = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
        peak = Math.max(peak, kb / 1024);
      } catch {
        // the process has ended
      }
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      const files = (JSON.parse(Buffer.concat(out).toString('utf8')).files ?? []) as { error?: string }[];
      resolve({
        code,
        peakMb: Math.round(peak),
        seconds: Math.round((performance.now() - t) / 100) / 10,
        files: files.length,
        notChecked: files.filter((f) => f.error !== undefined).length,
        internalError: err.includes('internal error'),
      });
    });
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  log(`Copydesk soak (${SHORT ? 'short' : 'full'}): ${RUNS} cases per property`);
  const cases = properties();
  log(`generated cases: ${cases}`);
  const shapeRows = SHORT ? [] : shapes();
  const session = editingSession();
  log(
    `editing session: ${session.edits} edits, RSS ${session.rssStart.toFixed(0)} -> ${session.rssEnd.toFixed(0)} MB, cache entries ${session.cacheEntries.join(' ')}`,
  );
  if (Math.max(...session.cacheEntries) > 500)
    fail('editing session', `the paragraph cache grew to ${Math.max(...session.cacheEntries)} entries`);
  if (shapeRows.length > 0)
    log(`slowest paragraph of the shapes: ${slowest.ms.toFixed(0)} ms (${slowest.chars.toLocaleString('en')} chars, ${slowest.where})`);
  Object.assign(slowest, { ms: 0, where: '', chars: 0 });
  if (existsSync(CORPUS)) {
    const inProcess = await corpusInProcess();
    log(`slowest paragraph of the corpus: ${slowest.ms.toFixed(0)} ms (${slowest.chars.toLocaleString('en')} chars, ${slowest.where})`);
    log(
      `corpus in process: ${inProcess.files} drafts, ${inProcess.refused} refused, ${inProcess.findings} findings; RSS samples (MB) ${inProcess.rss.join(' ')}; growth ${inProcess.growth.toFixed(1)} MB`,
    );
    if (inProcess.growth > 64) fail('corpus in process', `RSS grew by ${inProcess.growth.toFixed(0)} MB`);
    const cli = await corpusThroughCli();
    log(
      `corpus through the CLI: exit ${cli.code}, ${cli.files} files (${cli.notChecked} not checked), ${cli.seconds} s, peak RSS ${cli.peakMb} MB`,
    );
    if (cli.internalError || ![0, 1, 2].includes(cli.code ?? -1)) fail('corpus through the CLI', `exit ${cli.code}`);
  } else log(`corpus: ${CORPUS} is not here; skipped`);
  if (shapeRows.length > 0) log(`shapes: ${JSON.stringify(shapeRows)}`);
  log(`${failed ? 'FAILED' : 'passed'} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  process.exitCode = failed ? 1 : 0;
}

void main();
