import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { ClientHost } from './clientHost';

/** The Draft report: one webview that shows the server's self-contained HTML page for a draft. Scripts are off and
 * the page's own content security policy allows only its nonce'd style, so it renders offline and runs nothing. */
export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;

  constructor(private readonly host: ClientHost) {}

  async show(document: vscode.TextDocument): Promise<void> {
    this.document = document;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('copydesk.report', 'Draft report', vscode.ViewColumn.Beside, {
        enableScripts: false,
        enableFindWidget: true,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.document = undefined;
      });
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    await this.refresh();
  }

  /** Re-renders after the shown draft was checked again. */
  async refreshFor(uri: string): Promise<void> {
    if (this.panel && this.document && this.host.uriOf(this.document) === uri) await this.refresh();
  }

  private async refresh(): Promise<void> {
    const panel = this.panel;
    const document = this.document;
    if (!panel || !document) return;
    const name = document.uri.path.split('/').pop() ?? 'draft';
    panel.title = `Draft report · ${name}`;
    const html = await this.host.requestReport(document, randomBytes(16).toString('base64')).catch(() => null);
    if (this.panel !== panel) return;
    panel.webview.html =
      html ??
      `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none';"></head><body><p>Copydesk has not checked this draft yet (or it is not a draft Copydesk checks).</p></body></html>`;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
