import * as vscode from 'vscode';
import type { ActiveDraft } from './activeDraft';
import type { ClientHost } from './clientHost';
import { CHECK_THIS_FILE } from './commands';
import { key, type FactsStore } from './factsStore';
import { statsTooltip, statusText } from './format';
import { maxDocumentSizeFor, runModeFor } from './settings';

export class DraftStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly draft: ActiveDraft,
    private readonly store: FactsStore,
    private readonly host: ClientHost,
  ) {
    this.item = vscode.window.createStatusBarItem('copydesk.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Copydesk';
    this.item.command = 'copydesk.showReport';
    this.subscriptions = [
      this.item,
      draft.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      store.onDidChange((uri) => {
        const document = this.draft.document;
        if (document && (uri === undefined || uri === key(this.host.uriOf(document)))) this.update();
      }),
    ];
    this.update();
  }

  update(): void {
    const document = this.draft.document;
    if (!document) {
      this.offerCheck();
      return;
    }
    this.item.command = 'copydesk.showReport';
    const fileName = document.uri.path.split('/').pop() ?? document.uri.toString();
    const facts = this.store.summary(this.host.uriOf(document));
    if (facts) {
      this.item.text = statusText(facts);
      const tooltip = new vscode.MarkdownString(statsTooltip(facts, fileName));
      tooltip.supportThemeIcons = true;
      this.item.tooltip = tooltip;
    } else {
      this.item.text = '$(book) Copydesk';
      this.item.tooltip = notCheckedReason(document);
    }
    this.item.show();
  }

  /** A file Copydesk could check but does not (not a draft): the item offers to check it. */
  private offerCheck(): void {
    const active = vscode.window.activeTextEditor?.document;
    if (!active || !this.host.couldCheck(active) || this.host.isChecked(active)) {
      this.item.hide();
      return;
    }
    this.item.text = '$(book) Check this file';
    this.item.command = CHECK_THIS_FILE;
    this.item.tooltip =
      'Copydesk checks news drafts (.draft files), files in a folder with a .copydesk.json, and files listed in copydesk.include. ' +
      'Click to add this file to copydesk.include and check it.';
    this.item.show();
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}

function notCheckedReason(document: vscode.TextDocument): string {
  if (document.getText().length > maxDocumentSizeFor(document.uri)) {
    return 'Copydesk: this draft is larger than copydesk.maxDocumentSize and is not analysed.';
  }
  switch (runModeFor(document.uri)) {
    case 'manual':
      return 'Copydesk: not checked yet. Run "Copydesk: Check Document" (copydesk.run is "manual").';
    case 'onSave':
      return 'Copydesk: not checked yet. Save the draft or run "Copydesk: Check Document".';
    default:
      return 'Copydesk: checking…';
  }
}
