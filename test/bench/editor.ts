// Editor figures over the real protocol: the built server (dist/server.js --stdio) driven like an editor would.
import { readFileSync } from 'node:fs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileUri, open, startServer, type Harness } from '../protocol/harness';
import { spreadOffsets } from './drafts';

export interface Latency {
  words: number;
  /** Words in the transcript folder the house style named, when there was one. */
  transcriptWords?: number;
  /** quote-mismatch diagnostics on the opened draft (shows the transcripts were read). */
  mismatchDiagnostics?: number;
  edits: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** The same figures without the first WARM_EDITS edits, while the JIT is still compiling the edit paths. */
  afterWarmUp?: { edits: number; medianMs: number; p95Ms: number; maxMs: number };
}

/** Edits after opening a draft during which the engine's edit paths are still being compiled (measured: the first
 * few dozen edits run two to three times slower). Reported apart, never dropped from the main figures. */
export const WARM_EDITS = 50;

const DRAFT_SUMMARY = 'copydesk/draftSummaryChanged';
const DRAFT_FACTS = 'copydesk/draftFactsChanged';

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

export function summary(times: number[]): { medianMs: number; p95Ms: number; maxMs: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { medianMs: round(quantile(sorted, 0.5)), p95Ms: round(quantile(sorted, 0.95)), maxMs: round(sorted[sorted.length - 1]) };
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** Waits for the notification `method` about `uri` at `version`. */
function waitFor(h: Harness, method: string, uri: string, version: number, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${method} for version ${version}`)), timeoutMs);
    const disposable = h.connection.onNotification(method, (p: { uri: string; version?: number }) => {
      if (p.uri === uri && p.version === version) {
        clearTimeout(timer);
        disposable.dispose();
        resolve();
      }
    });
  });
}

/**
 * One-word edits spread over the draft: each inserts a word at a word boundary, in draft order, wrapping round.
 * Latency is didChange sent -> publishDiagnostics for that version received (debounce 0). The next edit is sent
 * once the server has also sent what follows the diagnostics for the version (the summary; with `views`, as when
 * the Quotes or Names view is open in VS Code, the full facts), i.e. when it is idle again, as between keystrokes.
 */
export async function editLatency(
  draft: string,
  words: number,
  edits: number,
  options: { rssAfter?: boolean; transcripts?: string[]; views?: boolean } = {},
): Promise<Latency & { rssMb?: number; peakRssMb?: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-bench-'));
  const uri = fileUri(path.join(dir, 'draft.md'));
  if (options.transcripts) writeTranscripts(dir, options.transcripts);
  const h = await startServer({ workspaceFolder: dir, initializationOptions: { debounceMs: 0 }, keepPublished: false });
  const idleAfter = options.views ? DRAFT_FACTS : DRAFT_SUMMARY;
  if (options.views) await h.connection.sendNotification('copydesk/draftFactsWanted', { wanted: true });
  try {
    let text = draft;
    let version = 1;
    const first = h.nextDiagnostics(uri, (p) => p.version === 1, 120_000);
    const firstFacts = waitFor(h, idleAfter, uri, 1, 120_000);
    await open(h, uri, text);
    const opened = await first;
    await firstFacts;
    const offsets = spreadOffsets(draft, Math.min(edits, 100));
    const times: number[] = [];
    let shift = 0;
    for (let i = 0; i < edits; i++) {
      const at = offsets[i % offsets.length] + (i >= offsets.length ? shift : 0) + countBefore(i, offsets) * 5;
      const word = 'very ';
      const position = positionAt(text, at);
      text = text.slice(0, at) + word + text.slice(at);
      version++;
      const diagnostics = h.nextDiagnostics(uri, (p) => p.version === version, 120_000);
      const facts = waitFor(h, idleAfter, uri, version, 120_000);
      const sent = performance.now();
      await h.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: position, end: position }, text: word }],
      });
      await diagnostics;
      times.push(performance.now() - sent);
      await facts;
      if ((i + 1) % offsets.length === 0) shift += offsets.length * 5;
    }
    const result: Latency & { rssMb?: number; peakRssMb?: number } = { words, edits, ...summary(times) };
    if (options.transcripts) {
      result.transcriptWords = options.transcripts.reduce((n, t) => n + t.split(/\s+/).filter((w) => w !== '').length, 0);
      result.mismatchDiagnostics = opened.diagnostics.filter((d) => d.code === 'quote-mismatch').length;
    }
    if (times.length > WARM_EDITS * 2) result.afterWarmUp = { edits: times.length - WARM_EDITS, ...summary(times.slice(WARM_EDITS)) };
    if (options.rssAfter) Object.assign(result, memoryOf(h.child.pid!));
    return result;
  } finally {
    await h.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A reporter's notes folder: the house style names it, one file per interview. */
function writeTranscripts(dir: string, transcripts: string[]): void {
  writeFileSync(path.join(dir, '.copydesk.json'), JSON.stringify({ transcripts: ['notes/**/*.txt'] }));
  mkdirSync(path.join(dir, 'notes'));
  transcripts.forEach((t, i) => writeFileSync(path.join(dir, 'notes', `interview-${i + 1}.txt`), t));
}

/** Edits earlier in the current round that lie before edit i's offset shift it by one word each. */
function countBefore(i: number, offsets: number[]): number {
  return i % offsets.length;
}

function memoryOf(pid: number): { rssMb: number; peakRssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: Math.round(kb('VmRSS') / 102.4) / 10, peakRssMb: Math.round(kb('VmHWM') / 102.4) / 10 };
}

/** Spawn to first diagnostics of a draft opened right after initialisation. */
export async function coldStart(draft: string, runs: number): Promise<{ runs: number; medianMs: number; p95Ms: number; maxMs: number }> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-bench-'));
    const uri = fileUri(path.join(dir, 'draft.md'));
    const started = performance.now();
    const h = await startServer({ workspaceFolder: dir, initializationOptions: { debounceMs: 0 } });
    const first = h.nextDiagnostics(uri, () => true, 60_000);
    await open(h, uri, draft);
    await first;
    times.push(performance.now() - started);
    await h.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return { runs, ...summary(times) };
}
