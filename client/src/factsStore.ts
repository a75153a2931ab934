import * as vscode from 'vscode';
import type { DraftFacts } from '../../server/src/protocol';

/** The last DraftFacts the server sent per document, keyed by the document URI string. */
export class FactsStore implements vscode.Disposable {
  private readonly byUri = new Map<string, DraftFacts>();
  private readonly emitter = new vscode.EventEmitter<string | undefined>();
  /** Fires with the URI whose facts changed, or undefined when everything was dropped. */
  readonly onDidChange = this.emitter.event;

  get(uri: string): DraftFacts | undefined {
    return this.byUri.get(key(uri));
  }

  set(facts: DraftFacts): void {
    const k = key(facts.uri);
    const previous = this.byUri.get(k);
    // Notifications and request answers can cross: never replace newer facts with older ones.
    if (previous && previous.version > facts.version) return;
    this.byUri.set(k, facts);
    this.emitter.fire(k);
  }

  delete(uri: string): void {
    if (this.byUri.delete(key(uri))) this.emitter.fire(key(uri));
  }

  clear(): void {
    this.byUri.clear();
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
