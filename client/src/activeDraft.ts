import * as vscode from 'vscode';
import type { ClientHost } from './clientHost';

/** The draft the status bar and the views describe: the active editor's document when Copydesk checks it. When focus
 * moves to something that is not a text editor (a view, the panel, a webview), the last draft stays current as long as
 * it is open, so the views do not empty themselves under the user's click. */
export class ActiveDraft implements vscode.Disposable {
  private current: vscode.TextDocument | undefined;
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument | undefined>();
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly host: ClientHost) {
    this.subscriptions = [
      this.emitter,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.current) this.refresh(true);
      }),
      // A language mode change (plaintext -> news-draft) closes and reopens the document under the same URI.
      vscode.workspace.onDidOpenTextDocument(() => this.refresh()),
      host.onDidChangeState(() => this.refresh()),
    ];
    this.refresh();
  }

  get document(): vscode.TextDocument | undefined {
    return this.current;
  }

  /** Recomputes the current draft; call after a setting that decides what is checked has changed. */
  refresh(force = false): void {
    const editor = vscode.window.activeTextEditor;
    let next: vscode.TextDocument | undefined;
    if (editor) next = this.host.isChecked(editor.document) ? editor.document : undefined;
    else next = this.current && !this.current.isClosed && this.host.isChecked(this.current) ? this.current : undefined;
    if (next === this.current && !force) return;
    this.current = next;
    void vscode.commands.executeCommand('setContext', 'copydesk.hasDraft', next !== undefined);
    this.emitter.fire(next);
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
