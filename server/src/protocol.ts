// Custom messages shared by the language server and the VS Code client, so the two sides cannot disagree on a
// name or a field. Only plain types here: no import from vscode or vscode-languageserver.

import type { Statistics } from './engine/analyse';

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

export interface DraftFacts {
  uri: string;
  version: number;
  quotes: QuoteItem[];
  names: NameItem[];
  stats: DraftStats;
  /** Findings per severity, after configuration. */
  counts: { error: number; warning: number; info: number; hint: number };
}

/** Request (client -> server): the facts of the last analysis of a document; null when it is not analysed. */
export const DraftFactsRequest = 'copydesk/draftFacts';
export interface DraftFactsParams {
  uri: string;
}

/** Notification (server -> client): a document's analysis finished; carries the same payload as the request. */
export const DraftFactsNotification = 'copydesk/draftFactsChanged';

/** Request (client -> server): analyse a document now, whatever `copydesk.run` says. */
export const CheckDocumentRequest = 'copydesk/checkDocument';
export interface CheckDocumentParams {
  uri: string;
}

/** Command (executed on the server through workspace/executeCommand): record a preferred name in the house style
 * file. Arguments: [uri of the draft, preferred form, variant form]. */
export const RecordPreferredNameCommand = 'copydesk.recordPreferredName';

/** Request (client -> server): the Draft report of a document as one self-contained HTML page (no script; styles
 * allowed by the nonce given), or null when the document is not checked. */
export const DraftReportRequest = 'copydesk/draftReport';
export interface DraftReportParams {
  uri: string;
  nonce: string;
}
