import * as vscode from 'vscode';
import { ActiveDraft } from './activeDraft';
import { ClientHost } from './clientHost';
import { DraftPolicy } from './draftPolicy';
import { wrapPlainTextDrafts } from './wordWrap';
import { registerCommands } from './commands';
import { FactsStore } from './factsStore';
import { ReportPanel } from './reportPanel';
import { SECTION } from './settings';
import { DraftStatusBar } from './statusBar';
import { NAMES_VIEW, NamesView } from './views/namesView';
import { QUOTES_VIEW, QuotesView } from './views/quotesView';

let host: ClientHost | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Copydesk', { log: true });
  const store = new FactsStore();
  const policy = new DraftPolicy();
  host = new ClientHost(context, store, output, policy);
  const draft = new ActiveDraft(host);
  const quotes = new QuotesView(QUOTES_VIEW, draft, store, host);
  const names = new NamesView(NAMES_VIEW, draft, store, host);
  const report = new ReportPanel(host);
  context.subscriptions.push(
    report,
    store.onDidChange((uri) => {
      if (uri) void report.refreshFor(uri);
    }),
    output,
    store,
    host,
    draft,
    new DraftStatusBar(draft, store, host),
    quotes,
    names,
    policy,
    ...registerCommands({ host, store, draft, report, policy }),
    wrapPlainTextDrafts(policy),
    // Only drafts reach the server, decided when a document opens: when the drafts change, start afresh.
    policy.onDidChange(() => restartSoon(draft)),
    draft.onDidChange((document) => {
      if (!document) return;
      // The server may have analysed this draft before we looked at it (or before a restart), or while the views
      // were closed (it sent only summaries): ask once.
      const uri = host!.uriOf(document);
      const summary = store.summary(uri);
      const facts = store.get(uri);
      if (!summary || (host!.showsFacts && (!facts || facts.version < summary.version)))
        void host!.requestFacts(document).catch(() => undefined);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => store.delete(document.uri.toString())),
    vscode.workspace.onDidChangeConfiguration((event) => onConfigurationChange(event, draft)),
  );
  quotes.reload();
  names.reload();
  void vscode.commands.executeCommand('setContext', 'copydesk.activated', true);
  await policy.ready;
  await host.start();
  draft.refresh(true);
}

let restartTimer: ReturnType<typeof setTimeout> | undefined;

/** Restarts the language client once a burst of changes (a folder of house style files, several settings) is over. */
function restartSoon(draft: ActiveDraft): void {
  if (restartTimer) clearTimeout(restartTimer);
  restartTimer = setTimeout(() => {
    restartTimer = undefined;
    void host
      ?.restart()
      .then(() => draft.refresh(true))
      .catch(() => undefined);
  }, 300);
}

async function onConfigurationChange(event: vscode.ConfigurationChangeEvent, draft: ActiveDraft): Promise<void> {
  if (!host) return;
  // The document selector is fixed when a language client is created.
  if (event.affectsConfiguration(`${SECTION}.languages`)) await host.restart();
  if (event.affectsConfiguration(`${SECTION}.enable`) || event.affectsConfiguration(`${SECTION}.languages`)) {
    draft.refresh(true);
  }
}

export async function deactivate(): Promise<void> {
  await host?.stop();
  host = undefined;
}
