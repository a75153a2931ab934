import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { ServerSettings } from '../editorSettings';
import type { ResolvedOptions } from '../engine/config';
import type { StyleFile } from '../engine/houseStyleLookup';
import type { TranscriptSource } from '../engine/rules/transcripts/mismatch';
import type { DocumentFormat } from '../engine/types';
import type { LaneDraft } from './lanes';
import type { DraftSummary } from '../protocol';

/** Everything the protocol thread keeps for one open document; it all goes when the document closes. */
export class DocumentState implements LaneDraft {
  doc: TextDocument;
  /** A pending check: a timer for a debounce, an immediate for none. */
  pending: { cancel(): void } | undefined;
  /** The document's settings, asked for once until they change. */
  settings: Promise<ServerSettings> | undefined;
  /** The options last resolved, kept while settings and house style stay the same (the engine keys caches by
   * them), with the number the analysis workers know them by. */
  options:
    | {
        format: DocumentFormat;
        settings: ServerSettings;
        style: StyleFile | null;
        transcripts: TranscriptSource[] | null;
        resolved: ResolvedOptions;
        id: number;
      }
    | undefined;
  /** The version the analysis worker last checked (its findings answer code actions, hovers and facts). */
  analysedVersion: number | undefined;
  /** What the last published analysis sent the client (its counts are the published diagnostics'). */
  summary: DraftSummary | undefined;
  /** Checked at least once (asking for facts is not checking). */
  everChecked = false;
  /** Left unchecked (a check ran past its budget or its worker failed): not tried again on every keystroke, only
   * when asked to or once its length has changed by a tenth. */
  notChecked: { length: number; code: string; message: string } | undefined;

  constructor(uri: string, languageId: string, version: number, text: string) {
    this.doc = TextDocument.create(uri, languageId, version, text);
  }

  get uri(): string {
    return this.doc.uri;
  }

  get version(): number {
    return this.doc.version;
  }

  get languageId(): string {
    return this.doc.languageId;
  }

  text(): string {
    return this.doc.getText();
  }

  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    this.doc = TextDocument.update(this.doc, changes, version);
  }

  get format(): DocumentFormat {
    return formatOfDocument(this.languageId, this.uri);
  }

  /** Still left unchecked: its length is within a tenth of what it was. */
  stillNotChecked(): boolean {
    const n = this.notChecked;
    return n !== undefined && Math.abs(this.text().length - n.length) < n.length / 10;
  }

  dispose(): void {
    this.pending?.cancel();
    this.pending = undefined;
  }
}

/** How the engine reads a document: by its language, else by its file name (HTML only when the user lets Copydesk
 * check the html language: copydesk.languages). */
export function formatOfDocument(languageId: string, uri: string): DocumentFormat {
  if (languageId === 'markdown' || /\.(md|markdown)$/i.test(uri)) return 'markdown';
  if (languageId === 'html' || /\.(html?|xhtml)$/i.test(uri)) return 'html';
  return 'plaintext';
}
