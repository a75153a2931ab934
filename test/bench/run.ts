// npm run bench (full, writes docs/performance.md and docs/performance.json) and npm run bench:short (CI: a few
// seconds, prints the table and writes the JSON to the temporary folder unless --write is given).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { interviewFolder, markdownDraft, transcriptFolder, wordCount } from './drafts';
import { serverNodeFlags } from '../../server/src/lsp/launch';
import { coldStart, editLatency, WARM_EDITS } from './editor';
import { alexEngine, harperEngine, textlintCli, textlintEngine, writeGoodEngine, type Timed } from './peers';
import { formatThroughput, type FormatThroughput } from './formats';
import { shippedEngineThroughput } from './engine-shipped';
import { cliThroughput, corpusTexts, rate, type Throughput } from './throughput';

const short = process.argv.includes('--short');
const write = process.argv.includes('--write') || !short;
const strict = process.argv.includes('--strict');

const PLAN = short
  ? { sizes: [1_000, 10_000], edits: 20, coldRuns: 2, corpus: 60, peers: false, rss: false }
  : { sizes: [1_000, 10_000, 100_000], edits: 200, coldRuns: 15, corpus: undefined, peers: true, rss: true };

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

interface PeerRow {
  tool: string;
  how: string;
  result?: Throughput;
  setupMs?: number;
  error?: string;
}

async function main(): Promise<void> {
  const started = new Date();
  const host = machine();
  log('building (npm run build)…');
  const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');

  const editor: EditorRow[] = [];
  let rss: { rssMb?: number; peakRssMb?: number } = {};
  for (const size of PLAN.sizes) {
    const draft = markdownDraft(size);
    const words = wordCount(draft);
    log(`editor latency: ${words} words, ${PLAN.edits} edits…`);
    const r = await editLatency(draft, words, PLAN.edits, { rssAfter: size === 100_000 });
    if (size === 100_000) rss = { rssMb: r.rssMb, peakRssMb: r.peakRssMb };
    editor.push({ ...r, rssMb: undefined, peakRssMb: undefined });
  }
  {
    // The same draft with the Quotes and Names views open: the server also sends every quote and name each edit.
    const draft = markdownDraft(10_000);
    log(`editor latency: ${wordCount(draft)} words with the Quotes and Names views open, ${PLAN.edits} edits…`);
    editor.push({ ...(await editLatency(draft, wordCount(draft), PLAN.edits, { views: true })), views: true });
  }
  {
    // issue 18: quotes checked against a reporter's transcripts must not slow typing. The target's folder holds the
    // draft's own interviews; a folder of other stories' interviews gives every quote a note (a row, no target).
    const draft = markdownDraft(10_000);
    const folders: [string, string[]][] = [
      ['interviews', interviewFolder(10_000)],
      ['other stories', transcriptFolder(10_000)],
    ];
    for (const [folder, transcripts] of folders) {
      log(`editor latency: ${wordCount(draft)} words with a 10,000-word transcript folder (${folder}), ${PLAN.edits} edits…`);
      editor.push({
        ...(await editLatency(draft, wordCount(draft), PLAN.edits, { transcripts })),
        transcriptFolder: folder,
      });
    }
  }
  log('cold start…');
  const cold = await coldStart(markdownDraft(1_000), PLAN.coldRuns);

  log('corpus…');
  const texts = corpusTexts(PLAN.corpus);
  const corpusWords = texts.reduce((n, t) => n + t.words, 0);
  log(`engine throughput over ${texts.length} articles (${corpusWords} words)…`);
  const engine = shippedEngineThroughput(PLAN.corpus);
  log('engine throughput by format: Markdown, HTML, Word…');
  const byFormat = await formatThroughput(texts);
  log('CLI, one job…');
  const cliOne = cliThroughput(texts, 1);
  log('CLI, every core…');
  const cliAll = cliThroughput(texts);
  log('textlint CLI…');
  const tlCli = textlintCli(texts.map((t) => t.path));
  const textlintCliRate = rate(texts.length, corpusWords, tlCli.ms, tlCli.findings);

  const peers: PeerRow[] = [];
  if (PLAN.peers) {
    const asRate = (t: Timed) => rate(texts.length, corpusWords, t.ms, t.findings);
    // A peer that fails is reported as such; the others still run.
    const attempt = async (tool: string, how: string, run: () => Promise<Timed & { setupMs?: number }>) => {
      log(`${tool}…`);
      try {
        const t = await run();
        peers.push({ tool, how, result: asRate(t), ...(t.setupMs !== undefined ? { setupMs: Math.round(t.setupMs) } : {}) });
      } catch (error) {
        peers.push({ tool, how, error: (error as Error).message });
      }
    };
    await attempt('textlint 15.8.0 + write-good, terminology', 'API, lintText per article', async () => textlintEngine(texts));
    await attempt('alex 11.0.1', 'API, text() per article', () => alexEngine(texts));
    await attempt('write-good 1.0.8', 'API, writeGood() per article', () => writeGoodEngine(texts));
    await attempt('harper.js 2.10.0', 'LocalLinter (WebAssembly), lint() per article', () => harperEngine(texts));
  }

  const latency = (words: number, folder?: string) =>
    editor.find((e) => Math.abs(e.words - words) / words < 0.2 && e.transcriptFolder === folder && !e.views);
  const withTranscripts = latency(10_000, 'interviews')?.p95Ms;
  const without = latency(10_000)?.p95Ms;
  const targets = [
    { target: 'one-word edit p95, 1,000 words', limit: '≤ 10 ms', value: latency(1_000)?.p95Ms, ok: (v: number) => v <= 10, unit: 'ms' },
    { target: 'one-word edit p95, 10,000 words', limit: '≤ 15 ms', value: latency(10_000)?.p95Ms, ok: (v: number) => v <= 15, unit: 'ms' },
    {
      target: 'one-word edit p95, 100,000 words',
      limit: '≤ 25 ms',
      value: latency(100_000)?.p95Ms,
      ok: (v: number) => v <= 25,
      unit: 'ms',
    },
    {
      target: "one-word edit p95, 10,000 words, with a 10,000-word folder of the draft's interviews vs without",
      limit: '≤ 1.1 ×',
      value: withTranscripts !== undefined && without ? Math.round((withTranscripts / without) * 100) / 100 : undefined,
      ok: (v: number) => v <= 1.1,
      unit: '×',
    },
    { target: 'cold start, 1,000 words', limit: '≤ 350 ms', value: cold.medianMs, ok: (v: number) => v <= 350, unit: 'ms' },
    {
      target: 'engine throughput, one core',
      limit: '≥ 40,000 words/s',
      value: engine.wordsPerSecond,
      ok: (v: number) => v >= 40_000,
      unit: 'words/s',
    },
    {
      target: 'HTML and Word throughput vs Markdown',
      limit: '≥ 0.5 ×',
      value:
        Math.round((Math.min(byFormat.html.wordsPerSecond, byFormat.docx.wordsPerSecond) / byFormat.markdown.wordsPerSecond) * 100) / 100,
      ok: (v: number) => v >= 0.5,
      unit: '×',
    },
    {
      target: 'CLI, every core, vs textlint CLI',
      limit: '≥ 1.5 ×',
      value: Math.round((cliAll.wordsPerSecond / textlintCliRate.wordsPerSecond) * 100) / 100,
      ok: (v: number) => v >= 1.5,
      unit: '×',
    },
    {
      target: 'server peak RSS, 100,000 words, 200 edits',
      limit: '≤ 200 MB',
      value: rss.peakRssMb,
      ok: (v: number) => v <= 200,
      unit: 'MB',
    },
  ].map((t) => ({
    target: t.target,
    limit: t.limit,
    value: t.value ?? null,
    unit: t.unit,
    met: t.value === undefined ? null : t.ok(t.value),
  }));

  const finished = new Date();
  const figures: Figures = {
    date: started.toISOString(),
    seconds: Math.round((finished.getTime() - started.getTime()) / 1000),
    mode: short ? 'short' : 'full',
    machine: { ...host, loadAverageAtEnd: os.loadavg().map((n) => Math.round(n * 100) / 100) },
    editor,
    coldStart: cold,
    server: rss,
    corpus: { articles: texts.length, words: corpusWords },
    throughput: { engine, cliOneJob: cliOne, cliAllCores: cliAll, textlintCli: textlintCliRate },
    formats: byFormat,
    peers,
    targets,
  };
  const markdown = renderMarkdown(figures);
  const jsonPath = write ? path.resolve('docs/performance.json') : path.join(os.tmpdir(), 'copydesk-bench-short.json');
  writeFileSync(jsonPath, `${JSON.stringify(figures, null, 2)}\n`);
  if (write) writeFileSync(path.resolve('docs/performance.md'), markdown);
  process.stdout.write(`${markdown}\nFigures: ${jsonPath}\n`);
  if (strict && targets.some((t) => t.met === false)) process.exitCode = 1;
}

const n = (v: number | null | undefined, digits = 0) =>
  v === null || v === undefined ? '–' : v.toLocaleString('en', { maximumFractionDigits: digits });

interface EditorRow {
  words: number;
  transcriptWords?: number;
  /** Whose interviews the transcript folder holds: the draft's own, or other stories'. */
  transcriptFolder?: string;
  /** The client shows the Quotes and Names views: the full facts follow every edit. */
  views?: boolean;
  mismatchDiagnostics?: number;
  edits: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  afterWarmUp?: { medianMs: number; p95Ms: number };
  rssMb?: number;
  peakRssMb?: number;
}

interface Target {
  target: string;
  limit: string;
  value: number | null;
  unit: string;
  met: boolean | null;
}

interface Figures {
  date: string;
  seconds: number;
  mode: string;
  machine: ReturnType<typeof machine> & { loadAverageAtEnd: number[] };
  editor: EditorRow[];
  coldStart: { runs: number; medianMs: number; maxMs: number };
  server: { rssMb?: number; peakRssMb?: number };
  corpus: { articles: number; words: number };
  throughput: { engine: Throughput; cliOneJob: Throughput; cliAllCores: Throughput; textlintCli: Throughput };
  formats: FormatThroughput;
  peers: PeerRow[];
  targets: Target[];
}

function renderMarkdown(f: Figures): string {
  const m = f.machine;
  const engineRate = f.throughput.engine.wordsPerSecond;
  const throughputRow = (name: string, how: string, t: Throughput) =>
    `| ${name} | ${how} | ${n(t.words)} | ${n(t.ms / 1000, 1)} s | ${n(t.wordsPerSecond)} | ${n(t.wordsPerSecond / engineRate, 2)} × | ${n(t.findings)} |`;
  return `# Performance

Measured by \`npm run bench\` (code in \`test/bench/\`) on ${f.date.slice(0, 10)}, ${f.mode} run, ${f.seconds} s.
Every figure below comes from the same run, on the same machine and the same texts.

**Machine:** ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}, Node ${m.node}. Load average (1, 5, 15 min)
${m.loadAverageAtStart.join(', ')} at the start and ${m.loadAverageAtEnd.join(', ')} at the end: other work on the
machine shares the cores, so treat single figures as ±30 %.

## Targets

| Target | Limit | Measured | Met |
|---|---|---|---|
${f.targets.map((t) => `| ${t.target} | ${t.limit} | ${n(t.value, 2)} ${t.unit} | ${t.met === null ? 'not measured' : t.met ? 'yes' : '**no**'} |`).join('\n')}

## Editor latency

The built language server (\`dist/server.js --stdio\`, started with the node flags the VS Code extension starts it
with: \`${serverNodeFlags().join(' ')}\`) is driven over the real protocol, as an editor would:
initialise with \`debounceMs: 0\`, open a Markdown draft, then insert one word at a time at word starts spread
evenly over the draft. A figure is the time from sending \`textDocument/didChange\` to receiving the
\`textDocument/publishDiagnostics\` for that version; the next edit is sent once the server has also sent what
follows the diagnostics (it is idle again, as between keystrokes): the draft's summary (the status bar's numbers and
the views' badges), and, in the row with the Quotes and Names views open, every quote and name with their ranges,
which the server sends only while a client shows them (VS Code's views start collapsed; other editors never ask).
Drafts are BBC articles from the shared corpus read at run time, one after another, each line a paragraph and each
title a heading.

| Draft | Edits | Median | p95 | Max | Without the first ${WARM_EDITS} edits: median | p95 |
|---|---|---|---|---|---|---|
${f.editor.map((e) => `| ${n(e.words)} words${e.views ? ', Quotes and Names views open' : ''}${e.transcriptWords ? `, ${n(e.transcriptWords)}-word transcript folder (${e.transcriptFolder}; ${n(e.mismatchDiagnostics)} quote-mismatch)` : ''} | ${e.edits} | ${n(e.medianMs, 1)} ms | ${n(e.p95Ms, 1)} ms | ${n(e.maxMs, 1)} ms | ${e.afterWarmUp ? `${n(e.afterWarmUp.medianMs, 1)} ms` : '–'} | ${e.afterWarmUp ? `${n(e.afterWarmUp.p95Ms, 1)} ms` : '–'} |`).join('\n')}

The transcript rows name a house style whose folder holds either the draft's own interviews (the same articles as
notes, one word changed in every tenth quote, so a few quotes differ) or other stories' interviews (every quote of four
words or more is in no transcript and gets a note: that row's extra time is those diagnostics, not the folder).

The targets are read on all the edits. The last two columns leave out the first ${WARM_EDITS} edits after opening the
draft, while the JIT is still compiling the paths an edit takes (the opening run compiled the whole-document ones):
the gap between the two is what a writer feels in their first minute on a freshly opened draft.

**How an edit stays cheap.** Only paragraphs whose text changed are parsed again; the Markdown block split reuses
every chunk outside the edited stretch; the names pass keeps each paragraph's names and the document's groups (by
spelling, by look-alike keys, by frame) between runs and updates them with the paragraphs that came and went, so a
name decision is worked out again only for words whose occurrences changed; the retext plugins walk each paragraph
with a visitor that does not name a function per node (upstream's did, a sixth of an edit's time); the draft facts
(the quote ledger and the name sheet) are worked out only for a client that shows them, once the diagnostics have
been written, and on drafts over 100,000 characters only once typing pauses for 250 ms (the row with the views open
waits for them before its next edit); over stdio each message is written whole as soon as it is sent, not a turn of
the event loop later and in two writes.

**What is left.** On short drafts an edit's own work is a few milliseconds; the slowest edits are those that meet a
young-generation garbage collection (3 to 7 ms on this machine, every few edits) or a moment when the other process
holds the second core. On a long draft the document passes still walk every paragraph once per edit (names, quotes,
style, statistics, configuration of findings), and the protocol sends every diagnostic again on each edit (LSP has
no partial update): on the 100,000-word draft that is about 1,500 diagnostics, 700 KB of JSON to encode, send and
decode per keystroke.

**Cold start** (spawn to first diagnostics of a ${'1,000'}-word draft, ${f.coldStart.runs} runs): median
${n(f.coldStart.medianMs)} ms, slowest ${n(f.coldStart.maxMs)} ms.

**Server memory** with the 100,000-word draft open after its edits: RSS ${n(f.server.rssMb, 1)} MB, peak
${n(f.server.peakRssMb, 1)} MB (VmRSS and VmHWM from /proc). The server holds about 60 MB of live data for that
draft; the rest is node itself (about 65 MB), the young generation (16 MB with the flag above, 32 MB without it) and
garbage waiting for a full collection. With more than 300,000 characters open the server asks V8 for a full
collection once the old generation has grown 30 % (\`server/src/lsp/heapPolicy.ts\`): V8's own policy let it reach
400 MB.

## Throughput and the peers

${n(f.corpus.articles)} articles (${n(f.corpus.words)} words, counted as runs of non-space characters, the same count
for every tool) from \`../shared/corpus/bbc\` and \`../shared/corpus/polnear\`; files that are not valid UTF-8
are skipped. The Copydesk "engine" row runs the engine bundled with the server's build settings, in a process of its
own, after a short warm-up, one article after another (the peers' engine rows run in the benchmark process); "CLI" rows time the command from process start to exit, reading the files and writing JSON. The ratio is
words per second against the Copydesk engine's (above 1: faster than Copydesk).

| Tool | How | Words | Time | Words/s | vs Copydesk engine | Findings |
|---|---|---|---|---|---|---|
${throughputRow('Copydesk', 'engine, one thread', f.throughput.engine)}
${throughputRow('Copydesk', 'CLI `--jobs 1`', f.throughput.cliOneJob)}
${throughputRow('Copydesk', `CLI, every core (${m.cores})`, f.throughput.cliAllCores)}
${throughputRow('textlint 15.8.0 + write-good, terminology', 'CLI, one process', f.throughput.textlintCli)}
${f.peers.map((p: PeerRow) => (p.result ? throughputRow(p.tool, p.how + (p.setupMs ? ` (+ ${n(p.setupMs)} ms setup)` : ''), p.result) : `| ${p.tool} | ${p.how} | – | failed: ${p.error} | – | – | – |`)).join('\n')}

**By format.** The same articles as Markdown drafts, as HTML pages (quotation marks, apostrophes and dashes as
character references, a page around each with a script and navigation) and as Word files, built at run time and
checked by the engine in one thread; the Word row includes unzipping and reading the file (mammoth) and the HTML it
becomes.

| Format | Words | Time | Words/s | vs Markdown | Findings |
|---|---|---|---|---|---|
${(['markdown', 'html', 'docx'] as const)
  .map((k) => {
    const t = f.formats[k];
    return `| ${{ markdown: 'Markdown', html: 'HTML', docx: 'Word (.docx)' }[k]} | ${n(t.words)} | ${n(t.ms / 1000, 1)} s | ${n(t.wordsPerSecond)} | ${n(t.wordsPerSecond / f.formats.markdown.wordsPerSecond, 2)} × | ${n(t.findings)} |`;
  })
  .join('\n')}

The tools do not check the same things: textlint runs write-good's checks and a terminology list, alex flags
insensitive wording, write-good flags weak style, harper checks grammar and spelling; Copydesk runs all its checks
(quotes, names, acronyms, readability, passive voice, spelling variants, house style). The findings column only shows
that each tool did its work.
`;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
