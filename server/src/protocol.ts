// Custom messages shared by the language server and the VS Code client, typed end to end, so the two sides cannot
// disagree on a name, a field or a result. Only plain types and the JSON-RPC message types here: no import from
// vscode or vscode-languageserver.

import { NotificationType, RequestType } from 'vscode-jsonrpc';
import type { Statistics } from './engine/analyse';
import type { SourceKind } from './engine/rules/sourcing/audit';

export type { SourceKind } from './engine/rules/sourcing/audit';

export interface LspPosition {
  line: number;
  character: number;
}

export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

export type QuoteStatus = 'attributed' | 'floating' | 'unattributed' | 'scare';

export interface QuoteItem {
  range: LspRange;
  /** The quoted text, marks included, shortened for display. */
  text: string;
  /** Who is credited, or null when nobody is. */
  speaker: string | null;
  status: QuoteStatus;
  /** What kind of source the speaker is (the sourcing audit), when there is one. */
  sourceKind?: SourceKind;
}

export interface NameForm {
  text: string;
  count: number;
  /** True when this form is flagged as a variant of the entity's usual form. */
  variant: boolean;
  ranges: LspRange[];
}

export interface NameItem {
  /** The usual (or house-style preferred) form. */
  canonical: string;
  kind: 'name' | 'acronym';
  /** What the draft's evidence says it names. */
  entity: 'person' | 'organisation' | 'place' | 'group' | 'other';
  forms: NameForm[];
}

/** The draft's numbers, as the engine computes them. */
export type DraftStats = Statistics;

/** What the status bar needs of a draft's last analysis: sent after every analysis. */
export interface DraftSummary {
  uri: string;
  version: number;
  stats: DraftStats;
  /** Findings per severity as published (after configuration; a finding the baseline records counts as a hint). */
  counts: { error: number; warning: number; info: number; hint: number };
  /** Quotes credited to nobody, scare quotes apart (the Quotes view's badge). */
  unattributedQuotes: number;
  /** Names the draft spells two ways: the usual forms its name-inconsistent findings name (the Names view's badge). */
  namesSpelledTwoWays: number;
}

/** The views' badges, read from the quotes and the findings (not from the name sheet, which takes longer). */
export type DraftBadges = Pick<DraftSummary, 'unattributedQuotes' | 'namesSpelledTwoWays'>;

/** The summary, and every quote and name with their ranges (the Quotes and Names views). */
export interface DraftFacts extends DraftSummary {
  quotes: QuoteItem[];
  names: NameItem[];
}

export interface DraftFactsParams {
  uri: string;
}
/** Request (client -> server): the facts of the last analysis of a document; null when it is not analysed. */
export const DraftFactsRequest = new RequestType<DraftFactsParams, DraftFacts | null, void>('copydesk/draftFacts');

/** Notification (server -> client): a document's analysis finished and its diagnostics are published. */
export const DraftSummaryNotification = new NotificationType<DraftSummary>('copydesk/draftSummaryChanged');

/** Notification (server -> client), only while the client wants them (DraftFactsWantedNotification): a document's
 * facts, the same payload as the request. On a long draft they wait for a pause in typing. */
export const DraftFactsNotification = new NotificationType<DraftFacts>('copydesk/draftFactsChanged');

export interface DraftFactsWantedParams {
  /** The client shows every quote and name (its views are open): send the full facts after each analysis. */
  wanted: boolean;
}
/** Notification (client -> server). A client that never sends it gets summaries only: the quote ledger and the
 * name sheet of a long draft take milliseconds to work out and a megabyte to send on every keystroke. */
export const DraftFactsWantedNotification = new NotificationType<DraftFactsWantedParams>('copydesk/draftFactsWanted');

export interface CheckDocumentParams {
  uri: string;
}
/** Request (client -> server): analyse a document now, whatever `copydesk.run` says (and a draft left unchecked
 * for taking too long is tried again); answers with its facts. */
export const CheckDocumentRequest = new RequestType<CheckDocumentParams, DraftFacts | null, void>('copydesk/checkDocument');

export { IgnoreFindingCommand, RecordPreferredNameCommand } from './serverCommands';

export interface DraftReportParams {
  uri: string;
  nonce: string;
}
/** Request (client -> server): the Draft report of a document as one self-contained HTML page (no script; styles
 * allowed by the nonce given), or null when the document is not checked. */
export const DraftReportRequest = new RequestType<DraftReportParams, { html: string } | null, void>('copydesk/draftReport');

export interface CheckFilesParams {
  /** Files on disk (file: URIs) to check as they are saved. */
  uris: string[];
}
export interface CheckFilesResult {
  /** Files checked, their findings published. A file open in the editor keeps its own, live check (counted). */
  checked: number;
  /** Files not checked, and why (each also gets one diagnostic saying so). */
  notChecked: { uri: string; reason: string }[];
  /** Findings published, by severity. */
  counts: { error: number; warning: number; info: number; hint: number };
}
/** Request (client -> server): check files that are not open (Copydesk: Check All Drafts in Workspace), on as many
 * threads as there are cores, and publish their diagnostics; the client sends the workspace's drafts in batches, to
 * show progress and to stop on cancellation. Opening and editing a file replaces its results with the live ones. */
export const CheckFilesRequest = new RequestType<CheckFilesParams, CheckFilesResult, void>('copydesk/checkFiles');
