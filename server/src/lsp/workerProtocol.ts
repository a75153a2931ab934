// Messages between the language server's protocol thread and its analysis workers (lanes.ts, analysisWorker.ts).
// A worker keeps its own copy of each draft it was given (edits are forwarded as the editor sends them), the
// engine's caches for it, and the last analysis, which it answers queries from. Messages are handled in order.
import type { CodeAction, Diagnostic, Hover, Position, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { EngineOptions } from '../engine/config';
import type { CheckModule } from '../engine/paragraph';
import type { DraftBadges, DraftFacts, DraftStats } from '../protocol';

export const ANALYSIS_WORKER_ROLE = 'copydesk-analysis';

export type ToWorker =
  | { type: 'open'; uri: string; version: number; text: string }
  | { type: 'change'; uri: string; version: number; changes: TextDocumentContentChangeEvent[] }
  | { type: 'close'; uri: string }
  | { type: 'options'; id: number; options: EngineOptions }
  | { type: 'forgetOptions'; id: number }
  | { type: 'run'; job: number; uri: string; optionsId: number; sentenceLimit: number }
  | { type: 'query'; id: number; uri: string; version: number; query: Query }
  | { type: 'warm' };

export type Query =
  | { kind: 'facts' }
  | { kind: 'codeActions'; diagnostics: Diagnostic[]; canRecord: boolean }
  | { kind: 'hover'; position: Position }
  | { kind: 'report'; title: string; nonce: string };

export interface QueryAnswers {
  facts: DraftFacts | null;
  codeActions: CodeAction[];
  hover: Hover | null;
  report: { html: string } | null;
}

export interface RunResult {
  uri: string;
  version: number;
  diagnostics: Diagnostic[];
  /** Checks that threw (their findings are missing). */
  failures: { module: CheckModule; message: string }[];
  /** Milliseconds the run took in the worker. */
  ms: number;
  stats: DraftStats;
  badges: DraftBadges;
}

export type FromWorker =
  | { type: 'ran'; job: number; result: RunResult }
  /** The run stopped between two paragraphs: a newer version is waiting, or the draft closed. */
  | { type: 'abandoned'; job: number }
  | { type: 'failed'; job: number; message: string }
  | { type: 'answer'; id: number; result: unknown }
  | { type: 'ready' };
