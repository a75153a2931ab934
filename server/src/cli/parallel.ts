// `copydesk check` on every core: files go to the main thread and to worker threads (the same bundle, started as a
// worker), each thread reads, analyses and renders its file, and the main thread writes the pieces in input order as
// they come, so the output equals a single-threaded run and memory stays flat however many files there are.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { readFileSync, writeFileSync } from 'node:fs';
import { Baseline, baselineEntries, formatBaseline, parseBaseline, type BaselineEntry } from '../engine/baseline';
import type { EngineOptions } from '../engine/config';
import { isWordFile } from './files';
import type { Paragraph } from '../engine/types';
import { readInput } from './inputs';
import { analyseInSections, SECTION_CHARS } from './sections';
import {
  incompleteNotes,
  isIncomplete,
  jsonFileChunks,
  printable,
  printableJson,
  sarifDocument,
  sarifNotifications,
  sarifResults,
  textFile,
  textSummary,
  type FileResult,
  type SeverityCounts,
} from './formats';

export type CheckFormat = 'text' | 'json' | 'sarif';

/** One file to check: either it cannot be (error), or its style lookup failed (styleError), or options to use. */
export interface CheckTask {
  index: number;
  path: string;
  error?: string;
  styleError?: string;
  options?: EngineOptions;
  /** Standard input (`copydesk check -`): its bytes, read as the file `path` names would be. */
  bytes?: Uint8Array;
  /** Findings recorded in this baseline file are left out (the main thread has read it without error). */
  baseline?: string;
  /** Record every finding (they are returned in `entries`) and leave them all out. */
  recordBaseline?: boolean;
}

const baselines = new Map<string, Baseline>();

/** A baseline file, read once per thread. */
function baselineIn(file: string): Baseline {
  let b = baselines.get(file);
  if (!b) {
    const parsed = parseBaseline(readFileSync(file, 'utf8'));
    if ('error' in parsed) throw new Error(`${file}: ${parsed.error}`);
    baselines.set(file, (b = parsed.baseline));
  }
  return b;
}

/** Leaves out the findings the task's baseline records (all of them when recording one). */
function applyBaseline(
  task: CheckTask,
  r: FileResult,
  paragraphs: Paragraph[],
): {
  baselined: number;
  entries?: BaselineEntry[];
} {
  if (!r.findings || (!task.baseline && !task.recordBaseline)) return { baselined: 0 };
  const entries = baselineEntries(r.findings, paragraphs);
  if (task.recordBaseline) {
    const baselined = r.findings.length;
    r.findings = [];
    return { baselined, entries };
  }
  const recorded = baselineIn(task.baseline!).match(entries);
  const before = r.findings.length;
  r.findings = r.findings.filter((_, i) => !recorded[i]);
  return { baselined: before - r.findings.length };
}

/** One file rendered in the chosen format, with what the summary and the exit status need. */
export interface CheckedPiece {
  index: number;
  /** json: the file's entry, indented as inside the document, in pieces; text: its lines; sarif: its results, each
   * as it stands in the document. Made as they are written in this thread, made whole to go from a worker. */
  json?: Iterable<string>;
  lines?: string[];
  sarif?: { results: Iterable<string>; notifications: object[] };
  counts: SeverityCounts;
  unreadable: boolean;
  /** A check failed, or the limits left part of the file out. */
  incomplete: boolean;
  /** What standard error says of the file. */
  notes: string[];
  /** Findings left out because the baseline records them. */
  baselined: number;
  /** Recording a baseline: every finding's entry. */
  entries?: BaselineEntry[];
}

/** When findings fail the run (exit status 1): any at `failOn` or above, or more warnings than `maxWarnings`. */
export interface Gate {
  failOn: 'error' | 'warning' | 'info';
  maxWarnings?: number;
}

/** A baseline to leave recorded findings out with, or to record (`--update-baseline`). */
export interface BaselineUse {
  file: string;
  record: boolean;
}

const GATE_LEVELS = { error: ['error'], warning: ['error', 'warning'], info: ['error', 'warning', 'info'] } as const;

/** Why the findings fail the run, or undefined when they pass. */
export function gateFailure(counts: SeverityCounts, gate: Gate): string | undefined {
  const over = GATE_LEVELS[gate.failOn].filter((s) => counts[s] > 0);
  if (over.length > 0) {
    const n = over.reduce((sum, s) => sum + counts[s], 0);
    return `${n} finding${n === 1 ? '' : 's'} of ${gate.failOn === 'error' ? 'error severity' : `${gate.failOn} severity or above`} (--fail-on ${gate.failOn})`;
  }
  if (gate.maxWarnings !== undefined && counts.warning > gate.maxWarnings)
    return `${counts.warning} warnings, more than --max-warnings ${gate.maxWarnings}`;
  return undefined;
}

const WORKER_FLAG = 'copydesk-check-worker';
/** Below this many files per worker, starting workers costs more than it saves. */
const FILES_PER_WORKER = 4;

export function defaultJobs(): number {
  return availableParallelism();
}

async function resultOf(task: CheckTask): Promise<FileResult & { paragraphs?: Paragraph[] }> {
  if (task.error !== undefined) return { path: task.path, error: task.error };
  const read = await readInput(task.bytes ? { bytes: task.bytes, name: task.path } : { path: task.path });
  if ('error' in read) return { path: task.path, error: read.error };
  if (task.styleError !== undefined) return { path: task.path, error: `not checked: ${task.styleError}` };
  const word = isWordFile(task.path);
  const analysis = analyseInSections(read.text, task.options!, word || task.baseline !== undefined || task.recordBaseline === true);
  return {
    paragraphs: analysis.paragraphs ?? [],
    path: task.path,
    text: read.text,
    findings: analysis.findings,
    failures: analysis.failures,
    skipped: analysis.skipped,
    sections: analysis.sections,
    format: task.options!.format,
    ...(word ? { word: { paragraphs: analysis.paragraphs! } } : {}),
  };
}

/** Reads, analyses and renders one file. */
export async function checkPiece(task: CheckTask, format: CheckFormat): Promise<CheckedPiece> {
  const { paragraphs, ...r } = await resultOf(task);
  const { baselined, entries } = applyBaseline(task, r, paragraphs ?? []);
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  const piece: CheckedPiece = {
    index: task.index,
    counts,
    unreadable: r.error !== undefined,
    incomplete: isIncomplete(r),
    baselined,
    ...(entries ? { entries } : {}),
    notes: [
      ...((r.sections ?? 1) > 1
        ? [
            `${printable(r.path)}: checked in ${r.sections} sections of up to ${SECTION_CHARS.toLocaleString('en')} characters; names, acronyms and quotes are compared within each`,
          ]
        : []),
      ...incompleteNotes(r).map((note) => `${printable(r.path)}: ${printable(note)}`),
    ],
  };
  if (format === 'json') piece.json = jsonFileChunks(r);
  else if (format === 'sarif') piece.sarif = { results: sarifStrings(r), notifications: sarifNotifications(r) };
  else piece.lines = textFile(r, counts);
  if (format !== 'text') for (const f of r.findings ?? []) counts[f.severity]++;
  return piece;
}

/** In a worker thread started by runChecks: serves check tasks and returns true; in the main thread: false. */
export function serveAsWorker(): boolean {
  if (isMainThread || (workerData as { role?: string } | null)?.role !== WORKER_FLAG || !parentPort) return false;
  const port = parentPort;
  port.on('message', (message: { task: CheckTask; format: CheckFormat }) => {
    checkPiece(message.task, message.format).then(
      (piece) => port.postMessage({ piece: whole(piece) }),
      (error: unknown) => port.postMessage({ failed: { index: message.task.index, message: (error as Error).stack ?? String(error) } }),
    );
  });
  port.postMessage({ ready: true });
  return true;
}

function* sarifStrings(r: FileResult): Generator<string> {
  for (const x of sarifResults(r)) yield printableJson(indentJson(JSON.stringify(x, null, 2), '        '));
}

/** A piece with its parts made whole, to be posted from a worker. */
function whole(piece: CheckedPiece): CheckedPiece {
  return {
    ...piece,
    ...(piece.json ? { json: [...piece.json] } : {}),
    ...(piece.sarif ? { sarif: { results: [...piece.sarif.results], notifications: piece.sarif.notifications } } : {}),
  };
}

const SARIF_RESULTS = '"results": []';

/** The pieces a thousand at a time. */
function* batches(pieces: Iterable<string>): Generator<string[]> {
  let batch: string[] = [];
  for (const piece of pieces) {
    batch.push(piece);
    if (batch.length === 1000) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
const indentJson = (json: string, by: string) => by + json.replace(/\n/g, `\n${by}`);

/** Where the report goes: `write` says false when the output holds more than it wants; `drained` waits for it. */
export interface Output {
  write(chunk: string): boolean;
  drained(): Promise<void>;
}

/** Writes the report piece by piece, in input order. */
class OrderedReport {
  private readonly waiting = new Map<number, CheckedPiece>();
  private next = 0;
  private readonly counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  private sarifResults = 0;
  private readonly notifications: object[] = [];
  private unreadable = 0;
  private incomplete = 0;
  private baselined = 0;
  private readonly entries: BaselineEntry[] = [];

  private readonly write: (chunk: string) => void;

  constructor(
    private readonly format: CheckFormat,
    private readonly output: Output,
    private readonly warn: (line: string) => void,
    version: string,
  ) {
    this.write = (chunk) => {
      if (!output.write(chunk)) this.full = true;
    };
    if (format === 'json') this.write('{\n  "files": [');
    // SARIF is written as it comes as well: the document up to its results first, the rest at the end.
    if (format === 'sarif') {
      const doc = printableJson(sarifDocument([], [], version));
      this.write(doc.slice(0, doc.indexOf(SARIF_RESULTS) + SARIF_RESULTS.length - 1));
    }
  }

  /** The output said it holds more than it wants: wait until it has passed it on. */
  private full = false;

  private async drained(): Promise<void> {
    if (!this.full) return;
    this.full = false;
    await this.output.drained();
  }

  async add(piece: CheckedPiece): Promise<void> {
    this.waiting.set(piece.index, piece);
    for (let p = this.waiting.get(this.next); p !== undefined; p = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      await this.emit(p, this.next === 0);
      this.next++;
    }
  }

  private async emit(p: CheckedPiece, first: boolean): Promise<void> {
    if (p.unreadable) this.unreadable++;
    if (p.incomplete) this.incomplete++;
    this.baselined += p.baselined;
    if (p.entries) for (const e of p.entries) this.entries.push(e);
    for (const note of p.notes) this.warn(note);
    for (const k of ['error', 'warning', 'info', 'hint'] as const) this.counts[k] += p.counts[k];
    if (p.json !== undefined) {
      this.write(first ? '\n' : ',\n');
      await this.writeAll(p.json, '');
    } else if (p.lines !== undefined) await this.writeAll(p.lines, '\n');
    else if (p.sarif) {
      for (const batch of batches(p.sarif.results)) {
        this.write(`${this.sarifResults === 0 ? '\n' : ',\n'}${batch.join(',\n')}`);
        this.sarifResults += batch.length;
        await this.drained();
      }
      for (const n of p.sarif.notifications) this.notifications.push(n);
    }
  }

  /** Writes the pieces a thousand at a time, each followed by `after`, as fast as the output takes them (a pipe to
   * a slow reader otherwise holds every piece written in memory). */
  private async writeAll(pieces: Iterable<string>, after: string): Promise<void> {
    for (const batch of batches(pieces)) {
      this.write(batch.join(after) + after);
      await this.drained();
    }
  }

  /** Ends the document and returns the exit status. */
  finish(files: number, version: string, gate: Gate, baseline?: BaselineUse): number {
    if (this.format === 'json') this.write(files === 0 ? ']\n}\n' : '\n  ]\n}\n');
    else if (this.format === 'sarif') {
      const doc = printableJson(sarifDocument([], this.notifications, version));
      const after = doc.slice(doc.indexOf(SARIF_RESULTS) + SARIF_RESULTS.length);
      this.write(`${this.sarifResults > 0 ? '\n      ' : ''}]${after}\n`);
    } else this.write(`${textSummary(this.counts, files, this.unreadable, this.incomplete)}\n`);
    if (baseline?.record) {
      writeFileSync(baseline.file, formatBaseline(this.entries));
      this.warn(
        `recorded ${this.entries.length} finding${this.entries.length === 1 ? '' : 's'} in the baseline ${printable(baseline.file)}`,
      );
    } else if (baseline && this.baselined > 0)
      this.warn(
        `${this.baselined} finding${this.baselined === 1 ? '' : 's'} recorded in the baseline ${printable(baseline.file)} not shown`,
      );
    if (this.unreadable > 0 || this.incomplete > 0) return 2;
    const failure = gateFailure(this.counts, gate);
    // Said only when the default gate was changed: exit status 1 on an error finding needs no explaining.
    if (failure !== undefined && (gate.failOn !== 'error' || gate.maxWarnings !== undefined)) this.warn(`failed: ${failure}`);
    return failure === undefined ? 0 : 1;
  }
}

/**
 * Checks the tasks on up to `jobs` threads, this one and `jobs - 1` workers (in this thread alone when one job or
 * few files), and writes the report in input order, and to `warn` (standard error) each file not fully checked.
 * `prepare` turns a path into its task (the house style lookup) and runs in this thread.
 */
export async function runChecks(
  paths: { path: string; error?: string }[],
  prepare: (index: number, input: { path: string; error?: string }) => Promise<CheckTask>,
  format: CheckFormat,
  jobs: number,
  version: string,
  output: Output,
  warn: (line: string) => void,
  gate: Gate = { failOn: 'error' },
  baseline?: BaselineUse,
): Promise<number> {
  const report = new OrderedReport(format, output, warn, version);
  // A worker loads and compiles the whole engine before its first file: this thread, already warm, takes a share.
  const workers = Math.min(jobs, Math.floor(paths.length / FILES_PER_WORKER)) - 1;
  if (workers < 1) {
    for (let i = 0; i < paths.length; i++) await report.add(await checkPiece(await prepare(i, paths[i]), format));
    return report.finish(paths.length, version, gate, baseline);
  }

  const pool: Worker[] = [];
  let nextTask = 0;
  await new Promise<void>((resolve, reject) => {
    let done = 0;
    let failed = false;
    // Pieces are written one after the other, and a worker gets its next file once its last piece is written.
    let writing = Promise.resolve();
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      reject(error);
    };
    const written = (piece: CheckedPiece) => {
      writing = writing.then(() => report.add(piece));
      return writing.then(() => {
        if (++done === paths.length) resolve();
      });
    };
    const feed = async (worker: Worker) => {
      if (nextTask >= paths.length || failed) return;
      const i = nextTask++;
      try {
        worker.postMessage({ task: await prepare(i, paths[i]), format });
      } catch (error) {
        fail(error as Error);
      }
    };
    for (let w = 0; w < workers; w++) {
      const worker = new Worker(__filename, { workerData: { role: WORKER_FLAG } });
      pool.push(worker);
      worker.on('message', (m: { ready?: true; piece?: CheckedPiece; failed?: { index: number; message: string } }) => {
        // A second task once started, so a worker never waits for the main thread between files; no more are held
        // for a worker still starting, as this thread may finish them first.
        if (m.ready) return void feed(worker);
        if (m.failed) return fail(new Error(`${paths[m.failed.index].path}: ${m.failed.message}`));
        written(m.piece!).then(() => {
          if (done < paths.length) void feed(worker);
        }, fail);
      });
      worker.on('error', fail);
      void feed(worker);
    }
    // This thread's share: the next file whenever its last piece is written, while workers start and run.
    const here = async (): Promise<void> => {
      while (nextTask < paths.length && !failed) {
        const i = nextTask++;
        await written(await checkPiece(await prepare(i, paths[i]), format));
      }
    };
    here().catch(fail);
  }).finally(() => Promise.all(pool.map((w) => w.terminate())));
  return report.finish(paths.length, version, gate, baseline);
}
