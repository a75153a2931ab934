import * as vscode from 'vscode';
import type { DraftFacts, DraftSummary } from '../../server/src/protocol';

/** What the server last sent per document, keyed by the document URI string: the summary after every analysis
 * (the status bar, the views' badges) and the full facts while the Quotes or Names view is open. */
export class FactsStore implements vscode.Disposable {
  private readonly facts = new Map<string, DraftFacts>();
  private readonly summaries = new Map<string, DraftSummary>();
  private readonly emitter = new vscode.EventEmitter<string | undefined>();
  /** Fires with the URI whose summary or facts changed, or undefined when everything was dropped. */
  readonly onDidChange = this.emitter.event;

  /** The full facts last sent (possibly of an older version than the summary, while the views were closed). */
  get(uri: string): DraftFacts | undefined {
    return this.facts.get(key(uri));
  }

  /** The newest summary: from a summary or from full facts, whichever is newer. */
  summary(uri: string): DraftSummary | undefined {
    return this.summaries.get(key(uri));
  }

  set(facts: DraftFacts): void {
    const k = key(facts.uri);
    const previous = this.facts.get(k);
    // Notifications and request answers can cross: never replace newer facts with older ones.
    if (previous && previous.version > facts.version) return;
    this.facts.set(k, facts);
    this.keepSummary(k, facts);
    this.emitter.fire(k);
  }

  setSummary(summary: DraftSummary): void {
    const k = key(summary.uri);
    if (this.keepSummary(k, summary)) this.emitter.fire(k);
  }

  private keepSummary(k: string, summary: DraftSummary): boolean {
    const previous = this.summaries.get(k);
    if (previous && previous.version > summary.version) return false;
    this.summaries.set(k, summary);
    return true;
  }

  delete(uri: string): void {
    const k = key(uri);
    const had = this.summaries.delete(k);
    if (this.facts.delete(k) || had) this.emitter.fire(k);
  }

  clear(): void {
    this.facts.clear();
    this.summaries.clear();
    this.emitter.fire(undefined);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/** The server may spell a URI differently (percent-encoding of ':' and the drive letter); parse both sides. */
export function key(uri: string): string {
  try {
    return vscode.Uri.parse(uri, true).toString();
  } catch {
    return uri;
  }
}
