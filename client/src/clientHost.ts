import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  CheckDocumentRequest,
  DraftFactsNotification,
  DraftFactsRequest,
  DraftFactsWantedNotification,
  DraftReportRequest,
  DraftSummaryNotification,
  type CheckDocumentParams,
  type DraftFacts,
  type DraftFactsParams,
  type DraftReportParams,
} from '../../server/src/protocol';
import { serverNodeFlags } from '../../server/src/lsp/launch';
import type { DraftPolicy } from './draftPolicy';
import type { FactsStore } from './factsStore';
import { SCHEMES, SECTION, configuredLanguages, isEnabledFor } from './settings';

const CLIENT_ID = 'copydesk';
const HOUSE_STYLE_GLOB = '**/.copydesk.json';
/** The baseline of ignored findings, read at the root of a workspace folder (server/src/lsp/baselines.ts). */
const BASELINE_GLOB = '**/.copydesk-baseline.json';

/** Owns the language client: starts it, restarts it (a new one when copydesk.languages changes, since the document
 * selector is fixed at creation), and answers "is this document checked?" with the selector the client runs with. */
export class ClientHost implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private languages = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly stateEmitter = new vscode.EventEmitter<void>();
  /** Fires when a client starts or stops. */
  readonly onDidChangeState = this.stateEmitter.event;
  /** The views on screen that show every quote or name: while there is one, the server sends the full facts. */
  private readonly showingFacts = new Set<object>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly store: FactsStore,
    // One channel for the whole session: a restart must not leave a trail of "Copydesk" channels behind.
    private readonly output: vscode.LogOutputChannel,
    private readonly policy: DraftPolicy,
  ) {}

  get running(): LanguageClient | undefined {
    return this.client?.state === State.Running ? this.client : undefined;
  }

  /** True when the running client's selector covers the document, copydesk.enable is on for it and it is a draft. */
  isChecked(document: vscode.TextDocument): boolean {
    return this.couldCheck(document) && this.policy.isDraft(document);
  }

  /** True when the document is of a language and scheme Copydesk checks, draft or not ("Check this file" is offered). */
  couldCheck(document: vscode.TextDocument): boolean {
    return SCHEMES.includes(document.uri.scheme) && this.languages.has(document.languageId) && isEnabledFor(document.uri);
  }

  uriOf(document: vscode.TextDocument): string {
    return this.client ? this.client.code2ProtocolConverter.asUri(document.uri) : document.uri.toString();
  }

  async start(): Promise<void> {
    const serverModule = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: serverNodeFlags() } },
      debug: {
        module: serverModule,
        transport: TransportKind.ipc,
        options: { execArgv: [...serverNodeFlags(), '--nolazy', '--inspect=6009'] },
      },
    };
    const languages = configuredLanguages();
    const watchers = [vscode.workspace.createFileSystemWatcher(HOUSE_STYLE_GLOB), vscode.workspace.createFileSystemWatcher(BASELINE_GLOB)];
    const clientOptions: LanguageClientOptions = {
      documentSelector: languages.flatMap((language) => SCHEMES.map((scheme) => ({ scheme, language }))),
      synchronize: { configurationSection: SECTION, fileEvents: watchers },
      outputChannelName: 'Copydesk',
      outputChannel: this.output,
      // Only drafts reach the server; a change of which files are drafts restarts the client (see extension.ts).
      middleware: {
        didOpen: (document, next) => (this.policy.isDraft(document) ? next(document) : Promise.resolve()),
        didChange: (event, next) => (this.policy.isDraft(event.document) ? next(event) : Promise.resolve()),
        willSave: (event, next) => (this.policy.isDraft(event.document) ? next(event) : Promise.resolve()),
        didSave: (document, next) => (this.policy.isDraft(document) ? next(document) : Promise.resolve()),
        didClose: (document, next) => (this.policy.isDraft(document) ? next(document) : Promise.resolve()),
      },
    };
    const client = new LanguageClient(CLIENT_ID, 'Copydesk', serverOptions, clientOptions);
    this.client = client;
    this.languages = new Set(languages);
    this.subscriptions.push(
      ...watchers,
      client.onNotification(DraftFactsNotification, (facts) => this.store.set(facts)),
      client.onNotification(DraftSummaryNotification, (summary) => this.store.setSummary(summary)),
      client.onDidChangeState(() => this.stateEmitter.fire()),
    );
    try {
      await client.start();
      if (this.showsFacts) await client.sendNotification(DraftFactsWantedNotification, { wanted: true });
    } catch (error) {
      this.output.error(`Copydesk language server did not start: ${String(error)}`);
      void vscode.window
        .showErrorMessage('Copydesk: the language server did not start. See the Copydesk output.', 'Show Output')
        .then((choice) => choice && this.output.show());
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.languages = new Set();
    for (const d of this.subscriptions.splice(0)) d.dispose();
    this.store.clear();
    this.stateEmitter.fire();
    if (client?.needsStop()) await client.stop();
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** A view that lists every quote or name is on screen. */
  get showsFacts(): boolean {
    return this.showingFacts.size > 0;
  }

  /** A view that lists every quote or name came on screen or went: the server sends full facts while one shows. */
  setShowingFacts(view: object, showing: boolean): void {
    const before = this.showsFacts;
    if (showing) this.showingFacts.add(view);
    else this.showingFacts.delete(view);
    const wanted = this.showsFacts;
    if (wanted !== before) void this.running?.sendNotification(DraftFactsWantedNotification, { wanted }).catch(() => undefined);
  }

  async requestFacts(document: vscode.TextDocument): Promise<DraftFacts | null> {
    const client = this.running;
    if (!client || !this.isChecked(document)) return null;
    const params: DraftFactsParams = { uri: this.uriOf(document) };
    const facts = await client.sendRequest(DraftFactsRequest, params);
    if (facts) this.store.set(facts);
    return facts;
  }

  /** The Draft report page for a document, or null when the server has none. */
  async requestReport(document: vscode.TextDocument, nonce: string): Promise<string | null> {
    const client = this.running;
    if (!client || !this.isChecked(document)) return null;
    const params: DraftReportParams = { uri: this.uriOf(document), nonce };
    const result = await client.sendRequest(DraftReportRequest, params);
    return result?.html ?? null;
  }

  /** Asks the server to analyse now; the facts come back through the notification, and are fetched as well in case
   * the server answers before or instead of notifying. */
  async checkNow(document: vscode.TextDocument): Promise<DraftFacts | null> {
    const client = this.running;
    if (!client) throw new Error('the Copydesk language server is not running');
    const params: CheckDocumentParams = { uri: this.uriOf(document) };
    await client.sendRequest(CheckDocumentRequest, params);
    return this.requestFacts(document);
  }

  dispose(): void {
    void this.stop();
    this.stateEmitter.dispose();
  }
}
