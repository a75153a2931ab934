// Checking files that are not open (Copydesk: Check All Drafts in Workspace): each file is read and analysed on one
// of a pool of worker threads, one per core as the CLI's `check` has, and comes back as its diagnostics. The
// workers are the server's worker bundle (fileCheckWorker.ts) started in this role; they stop once the pool has
// been idle a while.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from 'vscode-languageserver';
import type { EngineOptions } from '../engine/config';

export const FILE_CHECK_ROLE = 'copydesk-file-check';
/** Workers stop after this long without work. */
const IDLE_MS = 30_000;
/** A worker that grows its heap past this is stopped by Node, not the server. */
const WORKER_HEAP_MB = 1536;

export interface FileCheck {
  uri: string;
  path: string;
  options: EngineOptions;
  /** Longest text checked (copydesk.maxDocumentSize). */
  maxChars: number;
}

export type FileOutcome = { uri: string; diagnostics: Diagnostic[] } | { uri: string; error: string };

interface Slot {
  worker: Worker;
  busy: { check: FileCheck; done(outcome: FileOutcome): void } | undefined;
}

export class FileCheckPool {
  private readonly slots: Slot[] = [];
  private readonly queue: { check: FileCheck; done(outcome: FileOutcome): void }[] = [];
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly script: string,
    private readonly size = Math.max(1, availableParallelism()),
  ) {}

  /** Checks one file on the next free worker. */
  check(check: FileCheck): Promise<FileOutcome> {
    return new Promise((done) => {
      this.queue.push({ check, done });
      this.pump();
    });
  }

  /** Drops the files not yet started (a cancelled request): each ends with an error. */
  drop(reason: string): void {
    for (const job of this.queue.splice(0)) job.done({ uri: job.check.uri, error: reason });
  }

  dispose(): void {
    this.drop('the language server stopped');
    clearTimeout(this.idleTimer);
    for (const slot of this.slots.splice(0)) void slot.worker.terminate();
  }

  private pump(): void {
    clearTimeout(this.idleTimer);
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.busy = job;
      slot.worker.postMessage(job.check);
    }
    if (this.slots.every((s) => !s.busy)) this.idleTimer = setTimeout(() => this.dispose(), IDLE_MS).unref();
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, {
      workerData: { role: FILE_CHECK_ROLE },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, busy: undefined };
    worker.on('message', (outcome: FileOutcome) => {
      const job = slot.busy;
      slot.busy = undefined;
      job?.done(outcome);
      this.pump();
    });
    const died = (why: string) => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      const job = slot.busy;
      slot.busy = undefined;
      job?.done({ uri: job.check.uri, error: `its check stopped (${why})` });
      this.pump();
    };
    worker.on('error', (error) => died(error.message));
    worker.on('exit', (code) => died(`the worker exited with code ${code}`));
    worker.unref();
    this.slots.push(slot);
    return slot;
  }
}
