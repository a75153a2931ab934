import * as vscode from 'vscode';
import { ActiveDraft } from './activeDraft';
import { ClientHost } from './clientHost';
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
  host = new ClientHost(context, store, output);
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
    ...registerCommands({ host, store, draft, report }),
    draft.onDidChange((document) => {
      // The server may have analysed this draft before we looked at it (or before a restart): ask once.
      if (document && !store.get(host!.uriOf(document))) void host!.requestFacts(document).catch(() => undefined);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => store.delete(document.uri.toString())),
    vscode.workspace.onDidChangeConfiguration((event) => onConfigurationChange(event, draft)),
  );
  quotes.reload();
  names.reload();
  void vscode.commands.executeCommand('setContext', 'copydesk.activated', true);
  await host.start();
  draft.refresh(true);
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
