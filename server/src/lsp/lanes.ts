// The analysis workers of the language server, seen from the thread that answers the editor. Drafts share one
// worker (a lane); a draft whose check holds the lane while another draft waits keeps that worker to itself and the
// others move to a fresh one, so one slow draft never holds up the rest. A check that runs past its draft's budget
// is stopped by stopping its worker. Drafts move between workers with their text; the engine's caches are rebuilt.
import { Worker } from 'node:worker_threads';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { EngineOptions } from '../engine/config';
import { ANALYSIS_WORKER_ROLE, type FromWorker, type Query, type QueryAnswers, type RunResult, type ToWorker } from './workerProtocol';

/** A check that has held its lane this long while another draft waits gets the lane to itself. */
export const SPLIT_AFTER_MS = 50;
/** Every check may take this long, plus DOCUMENT_BUDGET_US_PER_CHAR per character, before it is stopped: 70 s for a
 * 2 MB draft. The budget is wall-clock time, so it is generous: on two cores shared by a dozen busy processes a
 * 100,000-word draft's first check took over 13 s. It stops what nothing else bounds (a shape no limit foresaw);
 * keystrokes are kept short by the limits of engine/limits.ts and the slow-paragraph limit. */
export const DOCUMENT_BUDGET_MS = 30_000;
export const DOCUMENT_BUDGET_US_PER_CHAR = 20;
/** Lanes given over to one slow draft, at most (each is a thread with its own heap). */
export const MAX_DEDICATED_LANES = 4;
/** A worker that grows its heap past this is stopped by Node, not the server. */
const WORKER_HEAP_MB = 1536;
/** Options kept by a worker, most recent first; older ones are sent again when needed. */
const OPTIONS_KEPT = 32;

/** What the pool needs to know of an open draft. */
export interface LaneDraft {
  readonly uri: string;
  readonly version: number;
  text(): string;
}

export type RunOutcome =
  | { kind: 'done'; result: RunResult }
  /** A newer request for the same draft replaced this one before it started, or the draft closed. */
  | { kind: 'superseded' }
  /** Stopped between two paragraphs because a newer version was asked for. */
  | { kind: 'abandoned' }
  | { kind: 'overBudget'; budgetMs: number }
  | { kind: 'failed'; message: string };

interface Job {
  draft: LaneDraft;
  optionsId: number;
  options: EngineOptions;
  sentenceLimit: number;
  budgetMs: number;
  resolve(outcome: RunOutcome): void;
}

export interface PoolOptions {
  /** The script the workers run (the server's own bundle, which serves analysis when started as a worker). */
  script: string;
  /** Overrides DOCUMENT_BUDGET_MS (tests). */
  budgetMs?: number;
  log?(message: string): void;
}

interface Thread {
  worker: Worker;
  /** Raised by the protocol thread to stop the check in progress between two paragraphs. */
  cancel: Int32Array;
}

function startThread(script: string): Thread {
  const cancel = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(script, {
    workerData: { role: ANALYSIS_WORKER_ROLE, cancel: cancel.buffer },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    stdout: false,
    stderr: false,
  });
  // An idle lane does not keep the process alive.
  worker.unref();
  return { worker, cancel };
}

let early: { script: string; thread: Thread; failed: boolean } | undefined;

/** Starts the first analysis worker as the server process starts, before the protocol library loads and the editor
 * says hello: loading the engine takes a worker about as long as the rest of start-up, and the two now overlap. The
 * first lane takes it over; one that failed meanwhile is replaced. */
export function startFirstWorkerEarly(script: string): void {
  if (early) return;
  const thread = startThread(script);
  const started = { script, thread, failed: false };
  // until a lane listens, an error must not end the process
  thread.worker.once('error', () => (started.failed = true));
  thread.worker.once('exit', () => (started.failed = true));
  early = started;
}

function takeEarlyThread(script: string): Thread | undefined {
  const taken = early;
  if (!taken || taken.script !== script) return undefined;
  early = undefined;
  if (!taken.failed) return taken.thread;
  void taken.thread.worker.terminate();
  return undefined;
}

class Lane {
  readonly worker: Worker;
  readonly cancel: Int32Array;
  /** Drafts this worker holds a copy of. */
  readonly drafts = new Set<LaneDraft>();
  readonly queue: Job[] = [];
  /** The check in progress, of the draft at `version`. */
  running: { job: Job; version: number; started: number; timer: NodeJS.Timeout; id: number } | undefined;
  /** The one draft this lane checks, once it was split off for being slow. */
  dedicatedTo: LaneDraft | undefined;
  readonly sentOptions: number[] = [];
  readonly answers = new Map<number, (result: unknown) => void>();
  dead = false;
  splitTimer: NodeJS.Timeout | undefined;

  constructor(script: string, onMessage: (lane: Lane, m: FromWorker) => void, onDeath: (lane: Lane, why: string) => void) {
    const thread = takeEarlyThread(script) ?? startThread(script);
    this.worker = thread.worker;
    this.cancel = thread.cancel;
    this.worker.on('message', (m: FromWorker) => onMessage(this, m));
    this.worker.on('error', (error) => onDeath(this, error.message));
    this.worker.on('exit', (code) => onDeath(this, `the worker exited with code ${code}`));
  }

  post(message: ToWorker): void {
    if (!this.dead) this.worker.postMessage(message);
  }
}

export class AnalysisPool {
  private shared: Lane;
  private spare: Lane | undefined;
  private readonly dedicated: Lane[] = [];
  private nextJob = 1;
  private nextQuery = 1;
  private readonly laneOf = new Map<LaneDraft, Lane>();

  constructor(private readonly options: PoolOptions) {
    this.shared = this.spawn();
  }

  /** A check has held a shared lane past SPLIT_AFTER_MS. */
  private sawSlow = false;

  private prepareSpareIfUseful(): void {
    if (this.sawSlow && this.laneOf.size >= 2 && this.dedicated.length < MAX_DEDICATED_LANES) this.prepareSpare();
  }

  /** Keeps a warm worker ready for when a slow draft has to be split off: starting one takes a few hundred
   * milliseconds, which the draft that waits would wait on top. */
  private prepareSpare(): void {
    if (!this.spare) {
      this.spare = this.spawn();
      this.spare.post({ type: 'warm' });
    }
  }

  /** Checks the draft at its current version (the version may move on before the check starts: it checks the
   * latest). A request for a draft that already waits replaces the waiting one. */
  run(draft: LaneDraft, optionsId: number, options: EngineOptions, sentenceLimit: number): Promise<RunOutcome> {
    const lane = this.laneFor(draft);
    return new Promise<RunOutcome>((resolve) => {
      const running = lane.running;
      const waiting = lane.queue.findIndex((j) => j.draft === draft);
      // The running check is of this very version and options: its outcome is this request's too.
      if (running?.job.draft === draft && running.version === draft.version && running.job.optionsId === optionsId && waiting < 0) {
        const first = running.job.resolve;
        running.job.resolve = (outcome) => {
          first(outcome);
          resolve(outcome);
        };
        return;
      }
      const budgetMs = this.options.budgetMs ?? DOCUMENT_BUDGET_MS + (draft.text().length * DOCUMENT_BUDGET_US_PER_CHAR) / 1000;
      const job: Job = { draft, optionsId, options, sentenceLimit, budgetMs, resolve };
      if (waiting >= 0) lane.queue.splice(waiting, 1, job)[0].resolve({ kind: 'superseded' });
      else lane.queue.push(job);
      // The running check is of an older version: it stops at the next paragraph.
      if (running?.job.draft === draft) Atomics.add(lane.cancel, 0, 1);
      this.pump(lane);
      this.watchForSplit(lane);
    });
  }

  /** Forwards an edit to the worker that holds the draft (if any does). */
  changed(draft: LaneDraft, changes: TextDocumentContentChangeEvent[]): void {
    const lane = this.laneOf.get(draft);
    if (lane?.drafts.has(draft)) lane.post({ type: 'change', uri: draft.uri, version: draft.version, changes });
  }

  /** The draft closed, or is no longer analysed: its copy goes, a waiting check is dropped, a running one stopped. */
  release(draft: LaneDraft): void {
    const lane = this.laneOf.get(draft);
    this.laneOf.delete(draft);
    if (!lane) return;
    for (let i = lane.queue.length - 1; i >= 0; i--)
      if (lane.queue[i].draft === draft) lane.queue.splice(i, 1)[0].resolve({ kind: 'superseded' });
    if (lane.dedicatedTo === draft) {
      this.detach(lane);
      this.retire(lane);
      return;
    }
    if (lane.running?.job.draft === draft) Atomics.add(lane.cancel, 0, 1);
    lane.drafts.delete(draft);
    lane.post({ type: 'close', uri: draft.uri });
  }

  /** Asks the worker that checked the draft; undefined when none holds it. */
  query<K extends Query['kind']>(
    draft: LaneDraft,
    version: number,
    query: Extract<Query, { kind: K }>,
  ): Promise<QueryAnswers[K] | undefined> {
    const lane = this.laneOf.get(draft);
    if (!lane || !lane.drafts.has(draft) || lane.dead) return Promise.resolve(undefined);
    const id = this.nextQuery++;
    return new Promise((resolve) => {
      lane.answers.set(id, resolve as (result: unknown) => void);
      lane.post({ type: 'query', id, uri: draft.uri, version, query });
    });
  }

  /** How many workers are running (for tests and the log). */
  get lanes(): number {
    return 1 + this.dedicated.length + (this.spare ? 1 : 0);
  }

  dispose(): void {
    for (const lane of [this.shared, this.spare, ...this.dedicated]) if (lane) this.retire(lane);
    this.laneOf.clear();
  }

  private spawn(): Lane {
    return new Lane(
      this.options.script,
      (lane, m) => this.onMessage(lane, m),
      (lane, why) => this.onDeath(lane, why),
    );
  }

  private laneFor(draft: LaneDraft): Lane {
    let lane = this.laneOf.get(draft);
    if (!lane || lane.dead) {
      lane = this.shared;
      this.laneOf.set(draft, lane);
    }
    return lane;
  }

  private pump(lane: Lane): void {
    if (lane.running || lane.dead) return;
    const job = lane.queue.shift();
    if (!job) return;
    const { draft } = job;
    if (!lane.drafts.has(draft)) {
      lane.post({ type: 'open', uri: draft.uri, version: draft.version, text: draft.text() });
      lane.drafts.add(draft);
    }
    if (!lane.sentOptions.includes(job.optionsId)) {
      lane.post({ type: 'options', id: job.optionsId, options: job.options });
      lane.sentOptions.unshift(job.optionsId);
      for (const old of lane.sentOptions.splice(OPTIONS_KEPT)) lane.post({ type: 'forgetOptions', id: old });
    } else if (lane.sentOptions[0] !== job.optionsId) {
      lane.sentOptions.splice(lane.sentOptions.indexOf(job.optionsId), 1);
      lane.sentOptions.unshift(job.optionsId);
    }
    const id = this.nextJob++;
    const timer = setTimeout(() => this.overBudget(lane, id), job.budgetMs);
    // A draft this slow may hold up another: have a worker ready to take the others by then (worth it once there are
    // others: with one draft open, a spare would only cost memory).
    setTimeout(() => {
      if (lane.running?.id !== id || lane.dedicatedTo) return;
      this.sawSlow = true;
      this.prepareSpareIfUseful();
    }, SPLIT_AFTER_MS).unref();
    this.prepareSpareIfUseful();
    lane.running = { job, version: draft.version, started: performance.now(), timer, id };
    lane.post({ type: 'run', job: id, uri: draft.uri, optionsId: job.optionsId, sentenceLimit: job.sentenceLimit });
  }

  private onMessage(lane: Lane, m: FromWorker): void {
    if (m.type === 'answer') {
      lane.answers.get(m.id)?.(m.result);
      lane.answers.delete(m.id);
      return;
    }
    if (m.type === 'ready') return;
    const running = lane.running;
    if (!running || running.id !== m.job) return;
    clearTimeout(running.timer);
    lane.running = undefined;
    if (m.type === 'ran') running.job.resolve({ kind: 'done', result: m.result });
    else if (m.type === 'abandoned') running.job.resolve({ kind: 'abandoned' });
    else running.job.resolve({ kind: 'failed', message: m.message });
    this.pump(lane);
  }

  /** A draft waits behind another draft's check: once that check has held the lane SPLIT_AFTER_MS, split. */
  private watchForSplit(lane: Lane): void {
    const running = lane.running;
    if (!running || lane.dedicatedTo || !lane.queue.some((j) => j.draft !== running.job.draft)) return;
    const wait = SPLIT_AFTER_MS - (performance.now() - running.started);
    if (wait <= 0) {
      this.split(lane);
      return;
    }
    clearTimeout(lane.splitTimer);
    lane.splitTimer = setTimeout(() => {
      if (lane.running === running) this.split(lane);
    }, wait);
  }

  /** The running draft keeps this lane to itself; the other drafts and their waiting checks move to a new lane. */
  private split(lane: Lane): void {
    const slow = lane.running?.job.draft;
    if (!slow || lane.dead || lane.dedicatedTo || this.dedicated.length >= MAX_DEDICATED_LANES) return;
    const next = this.spare ?? this.spawn();
    this.spare = undefined;
    lane.dedicatedTo = slow;
    this.dedicated.push(lane);
    if (this.shared === lane) this.shared = next;
    this.options.log?.(
      `Copydesk: ${slow.uri} took over ${SPLIT_AFTER_MS} ms to check while other drafts waited; it is checked on a thread of its own from now on.`,
    );
    this.move(lane, next, (d) => d !== slow);
    this.pump(next);
  }

  /** Moves the drafts `which` accepts, and their waiting checks, from one lane to another. */
  private move(from: Lane, to: Lane, which: (draft: LaneDraft) => boolean): void {
    for (const draft of [...from.drafts]) {
      if (!which(draft)) continue;
      from.drafts.delete(draft);
      from.post({ type: 'close', uri: draft.uri });
    }
    for (const [draft, lane] of this.laneOf) if (lane === from && which(draft)) this.laneOf.set(draft, to);
    for (let i = 0; i < from.queue.length;) {
      if (which(from.queue[i].draft)) to.queue.push(from.queue.splice(i, 1)[0]);
      else i++;
    }
  }

  private overBudget(lane: Lane, id: number): void {
    const running = lane.running;
    if (!running || running.id !== id) return;
    this.options.log?.(
      `Copydesk: the check of ${running.job.draft.uri} ran past its ${Math.round(running.job.budgetMs)} ms budget and was stopped.`,
    );
    this.replaceLane(lane, { kind: 'overBudget', budgetMs: running.job.budgetMs });
  }

  private onDeath(lane: Lane, why: string): void {
    if (lane.dead) return;
    this.options.log?.(`Copydesk: an analysis worker stopped: ${why}`);
    this.replaceLane(lane, { kind: 'failed', message: why });
  }

  /** Stops a lane; its running check ends with `outcome`, the drafts it held go back to the shared lane (fresh). */
  private replaceLane(lane: Lane, outcome: RunOutcome): void {
    const running = lane.running;
    lane.running = undefined;
    if (running) {
      clearTimeout(running.timer);
      running.job.resolve(outcome);
      // A newer request for the same draft, if one waits, would meet the same fate.
      for (let i = lane.queue.length - 1; i >= 0; i--)
        if (lane.queue[i].draft === running.job.draft) lane.queue.splice(i, 1)[0].resolve(outcome);
    }
    const waiting = lane.queue.splice(0);
    this.detach(lane);
    this.retire(lane);
    for (const job of waiting) this.laneFor(job.draft).queue.push(job);
    this.pump(this.shared);
  }

  /** Takes a lane out of the pool (a new shared lane replaces the shared one); its drafts belong to no lane. */
  private detach(lane: Lane): void {
    if (lane === this.spare) this.spare = undefined;
    const index = this.dedicated.indexOf(lane);
    if (index >= 0) this.dedicated.splice(index, 1);
    if (lane === this.shared) {
      this.shared = this.spare ?? this.spawn();
      this.spare = undefined;
    }
    for (const [draft, l] of [...this.laneOf]) if (l === lane) this.laneOf.delete(draft);
    lane.drafts.clear();
  }

  private retire(lane: Lane): void {
    if (lane.dead) return;
    lane.dead = true;
    clearTimeout(lane.splitTimer);
    if (lane.running) {
      clearTimeout(lane.running.timer);
      lane.running.job.resolve({ kind: 'superseded' });
      lane.running = undefined;
    }
    for (const job of lane.queue.splice(0)) job.resolve({ kind: 'superseded' });
    for (const answer of lane.answers.values()) answer(undefined);
    lane.answers.clear();
    void lane.worker.terminate();
  }
}
