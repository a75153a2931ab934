import * as vscode from 'vscode';
import type { DraftFacts, DraftSummary, LspRange } from '../../../server/src/protocol';
import type { ActiveDraft } from '../activeDraft';
import type { ClientHost } from '../clientHost';
import { key, type FactsStore } from '../factsStore';

export const REVEAL_COMMAND = 'copydesk.revealRange';

/** Arguments of copydesk.revealRange: the document URI string and an LSP range. */
export function revealCommand(uri: string, range: LspRange, title = 'Reveal in Editor'): vscode.Command {
  return { command: REVEAL_COMMAND, title, arguments: [uri, range] };
}

/** A tree view that shows something of the current draft's facts and rebuilds when those facts or the draft change. */
export abstract class DraftTree<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<T | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  protected readonly view: vscode.TreeView<T>;
  protected facts: DraftFacts | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    viewId: string,
    private readonly draft: ActiveDraft,
    private readonly store: FactsStore,
    private readonly host: ClientHost,
  ) {
    this.view = vscode.window.createTreeView(viewId, { treeDataProvider: this, showCollapseAll: true });
    host.setShowingFacts(this, this.view.visible);
    this.subscriptions = [
      this.view,
      this.changeEmitter,
      // The full facts come only while a view that lists them is on screen (a collapsed view is not).
      this.view.onDidChangeVisibility(({ visible }) => {
        this.host.setShowingFacts(this, visible);
        if (visible) this.reload();
      }),
      draft.onDidChange(() => this.reload()),
      store.onDidChange((uri) => {
        const document = this.draft.document;
        if (document && (uri === undefined || uri === key(this.host.uriOf(document)))) this.reload();
      }),
    ];
  }

  /** Fills the view; called once the subclass is constructed (its fields do not exist during this constructor).
   * Off screen only the badge follows the draft. */
  reload(): void {
    const document = this.draft.document;
    const uri = document ? this.host.uriOf(document) : undefined;
    const summary = uri ? this.store.summary(uri) : undefined;
    this.view.badge = summary ? this.badge(summary) : undefined;
    if (!this.view.visible) return;
    this.facts = uri ? this.store.get(uri) : undefined;
    this.view.description = document ? document.uri.path.split('/').pop() : undefined;
    this.rebuild(this.facts);
    // With no draft the view's welcome content speaks; with a draft that has nothing to list, the message does.
    if (!document) this.view.message = undefined;
    else if (this.facts) this.view.message = this.emptyMessage(this.facts);
    else this.view.message = summary ? 'Listing this draft…' : 'This draft has not been checked yet.';
    this.changeEmitter.fire(undefined);
  }

  /** Precomputes the tree for these facts (undefined: nothing to show). */
  protected abstract rebuild(facts: DraftFacts | undefined): void;
  /** The message to show above the tree for the current draft, or undefined when the tree has content. */
  protected abstract emptyMessage(facts: DraftFacts): string | undefined;
  /** The badge on the view (and its container) for the draft's summary. */
  protected abstract badge(summary: DraftSummary): vscode.ViewBadge | undefined;
  abstract getTreeItem(element: T): vscode.TreeItem;
  abstract getChildren(element?: T): T[];

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
