// The language server's protocol thread: it keeps the open documents, settings and house styles, decides when to
// check, and publishes. The checking itself runs on analysis workers (lanes.ts), so this thread answers the editor
// however long a draft takes.
import { Console } from 'node:console';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  StreamMessageReader,
  TextDocumentSyncKind,
  createConnection,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { version as VERSION } from '../../../package.json';
import { HOUSE_STYLE_FILE, HOUSE_STYLE_MAX_BYTES, type ConfigProblem } from '../engine/config';
import { optionsForDraft, type StyleFile } from '../engine/houseStyleLookup';
import type { TranscriptSource } from '../engine/rules/transcripts/mismatch';
import { addPreferredName, NEW_HOUSE_STYLE } from '../engine/houseStyleEdit';
import { LineIndex } from '../engine/positions';
import {
  CheckDocumentRequest,
  CheckFilesRequest,
  DraftFactsNotification,
  DraftFactsRequest,
  DraftFactsWantedNotification,
  DraftReportRequest,
  DraftSummaryNotification,
  IgnoreFindingCommand,
  RecordPreferredNameCommand,
  type CheckFilesResult,
  type DraftFacts,
  type DraftSummary,
} from '../protocol';
import { BASELINE_MAX_BYTES, type BaselineEntry } from '../engine/baseline';
import { Baselines, markBaselined, withEntry } from './baselines';
import { readRegularFile } from '../readFile';
import { draftNotCheckedDiagnostic, publishedCounts, rangeOf } from './convert';
import { EDITOR_SETTINGS, sanitizeServerSettings, type ServerSettings } from '../editorSettings';
import { DocumentState, formatOfDocument } from './documentState';
import { FileCheckPool } from './fileChecks';
import { HeapPolicy } from './heapPolicy';
import { HouseStyles, uriToPath, writableStyleFile } from './houseStyle';
import { TranscriptFiles } from './transcripts';
import { WORKER_SCRIPT } from './workerScript';
import { AnalysisPool } from './lanes';
import type { Query, QueryAnswers } from './workerProtocol';
import { StdioMessageWriter } from './stdioWriter';

const DEFAULT_DEBOUNCE_MS = EDITOR_SETTINGS.debounceMs.default;
const DEFAULT_MAX_DOCUMENT_SIZE = EDITOR_SETTINGS.maxDocumentSize.default;
/** Drafts longer than this (about 15,000 words) get their facts only once typing pauses for FACTS_QUIET_MS: at
 * 100,000 words the quote ledger and name sheet take 35 ms to work out and a megabyte to send, on every keystroke. */
const FACTS_QUIET_FROM_CHARS = 100_000;
const FACTS_QUIET_MS = 250;

type Reason = 'open' | 'change' | 'save' | 'command' | 'configuration';

/** Over stdio, a framing error (a stray line break between messages, a short Content-Length, garbage) leaves the
 * stream unreadable from there on: the server says so on standard error and exits non-zero, so the editor restarts
 * it, instead of staying deaf. */
function stdioConnection(): Connection {
  const reader = new StreamMessageReader(process.stdin);
  let shutdown = false;
  reader.onError((error) => {
    process.stderr.write(`Copydesk: the language server cannot read the editor's messages and exits: ${error.message}\n`);
    process.exit(1);
  });
  // The stock stdio setup exits when standard input ends; with a reader of its own the server says so itself.
  const end = () => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  const connection = createConnection(ProposedFeatures.all, reader, new StdioMessageWriter(process.stdout));
  connection.onShutdown(() => {
    shutdown = true;
  });
  // Standard output carries the protocol: anything a library prints goes to standard error, which editors log.
  globalThis.console = new Console(process.stderr, process.stderr);
  return connection;
}

export function startLanguageServer(): void {
  const connection = process.argv.slice(2).includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
  const docs = new Map<string, DocumentState>();
  const houseStyles = new HouseStyles();
  const baselines = new Baselines();
  // The editor watches .copydesk.json files and the baseline; a shared file named in "extends" is watched once read.
  let canWatchFiles = false;
  houseStyles.onSharedFile = (file) => {
    if (!canWatchFiles) return;
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: { baseUri: pathToUri(path.dirname(file)), pattern: path.basename(file) } }],
      })
      .catch(() => undefined);
  };
  const transcriptFiles = new TranscriptFiles(() => revalidateAll());
  const heapPolicy = new HeapPolicy();
  const reported = new Set<string>();
  const logOnce = (message: string, level: 'error' | 'warn' | 'info' = 'error') => {
    if (reported.has(message)) return;
    reported.add(message);
    connection.console[level](message);
  };
  let pool: AnalysisPool | undefined;
  const optionIds = new WeakMap<object, number>();
  let nextOptionsId = 1;

  let canPullConfiguration = false;
  let pushedSettings: ServerSettings = {};
  let debounceOverride: number | undefined;
  /** The client shows the full facts (DraftFactsWantedNotification); until it says so, it gets summaries. */
  let factsWanted = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const init = params.initializationOptions as { debounceMs?: number; checkBudgetMs?: number } | undefined;
    if (typeof init?.debounceMs === 'number') debounceOverride = init.debounceMs;
    pool = new AnalysisPool({
      script: WORKER_SCRIPT,
      budgetMs: typeof init?.checkBudgetMs === 'number' ? init.checkBudgetMs : undefined,
      log: (message) => connection.console.info(message),
    });
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    houseStyles.setFolders(folders);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: [RecordPreferredNameCommand, IgnoreFindingCommand] },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'copydesk-language-server', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    void connection.workspace.onDidChangeWorkspaceFolders?.(async () => {
      const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
      houseStyles.setFolders(folders.map((f) => f.uri));
      revalidateAll();
    });
  });

  let fileChecks: FileCheckPool | undefined;
  connection.onShutdown(() => {
    pool?.dispose();
    fileChecks?.dispose();
  });

  function settingsFor(state: DocumentState): Promise<ServerSettings> {
    state.settings ??= canPullConfiguration
      ? connection.workspace.getConfiguration({ scopeUri: state.uri, section: 'copydesk' }).then(checkedSettings, () => ({}))
      : Promise.resolve(pushedSettings);
    return state.settings;
  }

  /** What the editor sent, without the values that do not fit (each named once in the output). */
  function checkedSettings(raw: unknown): ServerSettings {
    const { settings, problems } = sanitizeServerSettings(raw);
    for (const problem of problems) logOnce(`Copydesk: ${problem} The default, or the house style's value, stays in force.`, 'warn');
    return settings;
  }

  async function schedule(state: DocumentState, reason: Reason): Promise<void> {
    const settings = await settingsFor(state);
    if (docs.get(state.uri) !== state) return;
    const run = settings.run ?? 'onType';
    if (reason === 'change' && run !== 'onType') return;
    if ((reason === 'open' || reason === 'save') && run === 'manual') return;
    state.pending?.cancel();
    const delay =
      reason === 'change' ? (debounceOverride ?? (typeof settings.debounceMs === 'number' ? settings.debounceMs : DEFAULT_DEBOUNCE_MS)) : 0;
    const check = (): void => {
      state.pending = undefined;
      // An unexpected error is logged, never left to end the server as an unhandled rejection.
      validate(state, false).catch((error: unknown) =>
        logOnce(`Copydesk: the check of ${state.uri} failed: ${(error as Error)?.stack ?? String(error)}`),
      );
    };
    if (delay > 0) {
      const timer = setTimeout(check, delay);
      state.pending = { cancel: () => clearTimeout(timer) };
    } else {
      const immediate = setImmediate(check);
      state.pending = { cancel: () => clearImmediate(immediate) };
    }
  }

  function publish(state: DocumentState, diagnostics: Diagnostic[]): Promise<void> {
    return connection.sendDiagnostics({ uri: state.uri, version: state.version, diagnostics });
  }

  async function validate(state: DocumentState, explicit: boolean): Promise<void> {
    const version = state.version;
    const settings = await settingsFor(state);
    const style = await houseStyles.forDocument(state.uri);
    if (style) publishHouseStyleProblems(style);
    // A newer edit arrived while settings were read: its own run will publish.
    if (docs.get(state.uri) !== state || state.version !== version) return;

    if (settings.enable === false) {
      state.analysedVersion = undefined;
      pool!.release(state);
      void publish(state, []);
      return;
    }
    const length = state.text().length;
    const limit = settings.maxDocumentSize ?? DEFAULT_MAX_DOCUMENT_SIZE;
    if (length > limit) {
      state.analysedVersion = undefined;
      pool!.release(state);
      const n = (x: number) => x.toLocaleString('en');
      void publish(state, [
        draftNotCheckedDiagnostic(
          'document-too-large',
          `Copydesk did not check this draft: it has ${n(length)} characters, more than copydesk.maxDocumentSize (${n(limit)}).`,
        ),
      ]);
      return;
    }
    if (!explicit && state.stillNotChecked()) {
      void publish(state, [draftNotCheckedDiagnostic(state.notChecked!.code, state.notChecked!.message)]);
      return;
    }

    const transcripts = await transcriptFiles.forStyle(style);
    if (docs.get(state.uri) !== state || state.version !== version) return;
    const options = optionsFor(state, settings, style, transcripts);
    for (const note of options.resolved.overridden) logOnce(note, 'info');
    heapPolicy.update(openChars());
    // The baseline file is looked up (a stat of the file) while the worker runs, not after.
    const folder = houseStyles.folderOf(state.uri);
    const baselineLookup = folder ? baselines.forFolder(folder) : null;
    // A run that publishes nothing drops the lookup: its failure is reported only where it is awaited.
    baselineLookup?.catch(() => undefined);
    const outcome = await pool!.run(state, options.id, options.resolved.options, options.resolved.options.style.sentenceLength.maxWords);
    if (docs.get(state.uri) !== state) return;
    if (outcome.kind === 'superseded' || outcome.kind === 'abandoned') return;
    if (outcome.kind === 'overBudget' || outcome.kind === 'failed') {
      const seconds = outcome.kind === 'overBudget' ? (outcome.budgetMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 }) : '';
      const message =
        outcome.kind === 'overBudget'
          ? `Copydesk stopped checking this draft: the check took longer than ${seconds} s. It is tried again when the draft's length changes by a tenth, or on "Copydesk: Check Document".`
          : `Copydesk could not check this draft: its analysis stopped (${outcome.message}). It is tried again when the draft's length changes by a tenth, or on "Copydesk: Check Document".`;
      const code = outcome.kind === 'overBudget' ? 'draft-too-slow' : 'draft-not-checked';
      state.notChecked = { length, code, message };
      state.analysedVersion = undefined;
      void publish(state, [draftNotCheckedDiagnostic(code, message)]);
      return;
    }
    const { result } = outcome;
    state.notChecked = undefined;
    state.everChecked = true;
    state.analysedVersion = result.version;
    for (const failure of result.failures) {
      logOnce(`Copydesk: the ${failure.module} check failed and its findings are missing: ${failure.message}`);
    }
    // A newer version waits for its own run: it publishes.
    if (result.version !== state.version) return;
    const baseline = await baselineLookup;
    if (baseline?.error) logOnce(`Copydesk: ${baselines.fileFor(folder!)} is not used: ${baseline.error}`);
    if (docs.get(state.uri) !== state || state.version !== result.version) return;
    const diagnostics = baseline ? markBaselined(result.diagnostics, baseline.baseline, baselines.fileFor(folder!)) : result.diagnostics;
    const summary: DraftSummary = {
      uri: state.uri,
      version: result.version,
      stats: result.stats,
      counts: publishedCounts(diagnostics),
      ...result.badges,
    };
    state.summary = summary;
    const after = (): void => {
      void connection.sendNotification(DraftSummaryNotification, summary);
      if (!factsWanted) return;
      if (length > FACTS_QUIET_FROM_CHARS) setTimeout(() => sendFacts(state, result.version), FACTS_QUIET_MS);
      else setImmediate(() => sendFacts(state, result.version));
    };
    connection.sendDiagnostics({ uri: state.uri, version: result.version, diagnostics }).then(after, after);
  }

  /** The facts (every quote and every name's ranges: a megabyte on a long draft), for a client that shows them,
   * worked out once the diagnostics have been written and only if no newer edit has come meanwhile. */
  function sendFacts(state: DocumentState, version: number | undefined): void {
    if (!factsWanted || docs.get(state.uri) !== state || state.pending || version === undefined) return;
    if (state.analysedVersion !== version || state.version !== version) return;
    void pool!.query(state, version, { kind: 'facts' }).then((facts) => {
      if (facts && factsWanted && docs.get(state.uri) === state && state.version === version)
        void connection.sendNotification(DraftFactsNotification, asPublished(state, facts));
    });
  }

  /** Facts with the counts as published (the worker's count findings before the baseline turns some to hints). */
  function asPublished(state: DocumentState, facts: DraftFacts): DraftFacts {
    const summary = state.summary;
    return summary && summary.version === facts.version ? { ...facts, counts: summary.counts } : facts;
  }

  function openChars(): number {
    let total = 0;
    for (const state of docs.values()) total += state.text().length;
    return total;
  }

  /** A document's options, the same object while its settings and house style stay the same. */
  function optionsFor(state: DocumentState, settings: ServerSettings, style: StyleFile | null, transcripts: TranscriptSource[] | null) {
    const format = state.format;
    const last = state.options;
    if (last && last.format === format && last.settings === settings && last.style === style && last.transcripts === transcripts)
      return last;
    const drafted = optionsForDraft(format, settings, style, uriToPath(state.uri) ?? undefined);
    const resolved = transcripts ? { ...drafted, options: { ...drafted.options, transcripts } } : drafted;
    let id = optionIds.get(resolved);
    if (id === undefined) optionIds.set(resolved, (id = nextOptionsId++));
    state.options = { format, settings, style, transcripts, resolved, id };
    return state.options;
  }

  /**
   * Asks the worker that holds the document's last analysis. With `check`, a document not analysed at its current
   * version is checked first; without, it gets no answer (fixes apply only to the text they were computed on). A
   * document whose worker was given up or split off since is checked again there.
   */
  async function ask<K extends Query['kind']>(
    state: DocumentState,
    query: Extract<Query, { kind: K }>,
    check: boolean,
  ): Promise<QueryAnswers[K] | undefined> {
    if (state.analysedVersion === state.version) {
      const answer = await pool!.query(state, state.version, query);
      if (answer !== undefined) return answer;
    } else if (!check) return undefined;
    await validate(state, false);
    if (docs.get(state.uri) !== state || state.analysedVersion !== state.version) return undefined;
    return pool!.query(state, state.version, query);
  }

  const publishedStyleProblems = new Map<string, string>();

  function publishHouseStyleProblems(style: StyleFile): void {
    const fileUri = pathToUri(style.file);
    const key = JSON.stringify(style.problems);
    if (publishedStyleProblems.get(fileUri) === key) return;
    publishedStyleProblems.set(fileUri, key);
    const lines = new LineIndex(style.text);
    void connection.sendDiagnostics({
      uri: fileUri,
      diagnostics: style.problems.map((p: ConfigProblem) => ({
        range: rangeOf(lines, p),
        severity: DiagnosticSeverity.Error,
        source: 'copydesk',
        code: 'house-style-file',
        message: `${HOUSE_STYLE_FILE}: ${p.message.replace(/\.$/, '')}. The last good house style stays in force.`,
      })),
    });
  }

  function revalidateAll(): void {
    for (const state of docs.values()) void schedule(state, 'configuration');
  }

  connection.onDidOpenTextDocument(({ textDocument: d }) => {
    docs.get(d.uri)?.dispose();
    const state = new DocumentState(d.uri, d.languageId, d.version, d.text);
    docs.set(d.uri, state);
    void schedule(state, 'open');
  });

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    const state = docs.get(textDocument.uri);
    if (!state) return;
    // A version that does not move forward is a confused client: applying it would publish findings for a text
    // the editor does not show.
    if (textDocument.version <= state.version) {
      logOnce(
        `Copydesk: ignored an edit to ${textDocument.uri} numbered ${textDocument.version}, not after the version ${state.version} it already has.`,
      );
      return;
    }
    state.update(contentChanges, textDocument.version);
    pool?.changed(state, contentChanges);
    void schedule(state, 'change');
  });

  connection.onDidSaveTextDocument(({ textDocument }) => {
    const state = docs.get(textDocument.uri);
    if (state) void schedule(state, 'save');
  });

  connection.onDidCloseTextDocument(({ textDocument }) => {
    const state = docs.get(textDocument.uri);
    if (!state) return;
    state.dispose();
    docs.delete(textDocument.uri);
    pool?.release(state);
    heapPolicy.update(openChars());
    void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((params) => {
    // Clients that cannot answer workspace/configuration (Neovim 0.7, for one) push their settings here instead.
    if (!canPullConfiguration) pushedSettings = checkedSettings((params.settings as { copydesk?: unknown } | null)?.copydesk);
    for (const state of docs.values()) state.settings = undefined;
    revalidateAll();
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    let changed = false;
    for (const change of params.changes) {
      if (baselines.changed(change.uri)) {
        changed = true;
        continue;
      }
      const file = houseStyles.changed(change.uri);
      if (!file) continue;
      changed = true;
      const now = await houseStyles.reread(file);
      if (now) publishHouseStyleProblems(now);
      else if (publishedStyleProblems.has(pathToUri(file))) publishHouseStyleProblems({ file, style: null, problems: [], text: '' });
    }
    if (changed) revalidateAll();
  });

  // A draft that was never checked (copydesk.run "manual") has no facts until it is: asking is not checking.
  connection.onRequest(DraftFactsRequest, async (params) => {
    const state = docs.get(params.uri);
    if (!state?.everChecked) return null;
    const facts = await ask(state, { kind: 'facts' }, true);
    return facts ? asPublished(state, facts) : null;
  });

  connection.onNotification(DraftFactsWantedNotification, (params) => {
    const wanted = params?.wanted === true;
    if (wanted === factsWanted) return;
    factsWanted = wanted;
    // The views just opened: every checked draft's facts, as they would have come after its last analysis.
    if (wanted) for (const state of docs.values()) sendFacts(state, state.analysedVersion);
  });

  connection.onRequest(CheckDocumentRequest, async (params) => {
    const state = docs.get(params.uri);
    if (!state) return null;
    await validate(state, true);
    if (docs.get(params.uri) !== state || state.analysedVersion !== state.version) return null;
    const facts = await pool!.query(state, state.version, { kind: 'facts' });
    return facts ? asPublished(state, facts) : null;
  });

  // Files that are not open, checked as saved on disk, on a thread per core. A file open in the editor keeps its live
  // check; opening and editing one replaces what was published here.
  connection.onRequest(CheckFilesRequest, async (params, token) => {
    const result: CheckFilesResult = { checked: 0, notChecked: [], counts: { error: 0, warning: 0, info: 0, hint: 0 } };
    const uris = Array.isArray(params?.uris) ? params.uris.filter((u): u is string => typeof u === 'string') : [];
    if (uris.length === 0) return result;
    const settingsOf: ServerSettings[] = canPullConfiguration
      ? await connection.workspace.getConfiguration(uris.map((scopeUri) => ({ scopeUri, section: 'copydesk' }))).then(
          (list: unknown[]) => list.map(checkedSettings),
          () => uris.map(() => ({})),
        )
      : uris.map(() => pushedSettings);
    const checks = (fileChecks ??= new FileCheckPool(WORKER_SCRIPT));
    const cancelled = token.onCancellationRequested(() => checks.drop('cancelled'));
    const notChecked = (uri: string, reason: string) => {
      result.notChecked.push({ uri, reason });
      void connection.sendDiagnostics({
        uri,
        diagnostics: [draftNotCheckedDiagnostic('file-not-checked', `Copydesk did not check this file: ${reason}.`)],
      });
    };
    await Promise.all(
      uris.map(async (uri, i) => {
        if (docs.has(uri)) {
          result.checked++;
          return;
        }
        const file = uriToPath(uri);
        const settings = settingsOf[i] ?? {};
        if (!file) return notChecked(uri, 'it is not a file on disk');
        if (settings.enable === false) return;
        const style = await houseStyles.forDocument(uri);
        if (style) publishHouseStyleProblems(style);
        if (token.isCancellationRequested) return;
        const drafted = optionsForDraft(formatOfDocument('', uri), settings, style, file).options;
        const transcripts = await transcriptFiles.forStyle(style);
        const options = transcripts ? { ...drafted, transcripts } : drafted;
        const outcome = await checks.check({ uri, path: file, options, maxChars: settings.maxDocumentSize ?? DEFAULT_MAX_DOCUMENT_SIZE });
        // Cancelled, or opened meanwhile (its live check publishes).
        if (token.isCancellationRequested || docs.has(uri)) return;
        if ('error' in outcome) return notChecked(uri, outcome.error);
        result.checked++;
        const folder = houseStyles.folderOf(uri);
        const baseline = folder ? await baselines.forFolder(folder) : null;
        const diagnostics = baseline
          ? markBaselined(outcome.diagnostics, baseline.baseline, baselines.fileFor(folder!))
          : outcome.diagnostics;
        for (const d of diagnostics) {
          const severity =
            d.severity === DiagnosticSeverity.Error
              ? 'error'
              : d.severity === DiagnosticSeverity.Warning
                ? 'warning'
                : d.severity === DiagnosticSeverity.Information
                  ? 'info'
                  : 'hint';
          if (d.code !== 'file-not-checked') result.counts[severity]++;
        }
        void connection.sendDiagnostics({ uri, diagnostics });
      }),
    );
    cancelled.dispose();
    return result;
  });

  connection.onRequest(DraftReportRequest, async (params) => {
    const state = docs.get(params.uri);
    if (!state) return null;
    return (await ask(state, { kind: 'report', title: draftTitle(params.uri), nonce: params.nonce }, true)) ?? null;
  });

  connection.onCodeAction(async (params) => {
    const state = docs.get(params.textDocument.uri);
    if (!state) return [];
    const canRecord = houseStyles.folderOf(state.uri) !== null;
    return (await ask(state, { kind: 'codeActions', diagnostics: params.context.diagnostics, canRecord }, false)) ?? [];
  });

  connection.onHover(async (params) => {
    const state = docs.get(params.textDocument.uri);
    if (!state) return null;
    return (await ask(state, { kind: 'hover', position: params.position }, false)) ?? null;
  });

  async function ignoreFinding(documentUri: string, entry: BaselineEntry): Promise<void> {
    const folder = houseStyles.folderOf(documentUri);
    if (!folder) {
      void connection.window.showWarningMessage('Copydesk: open a folder to keep a baseline of ignored findings.');
      return;
    }
    const file = baselines.fileFor(folder);
    const fileUri = pathToUri(file);
    let current: string | null = docs.get(fileUri)?.text() ?? null;
    if (current === null) {
      const read = await readRegularFile(file, BASELINE_MAX_BYTES);
      if ('bytes' in read) current = read.bytes.toString('utf8');
      else if (read.code !== 'ENOENT') {
        void connection.window.showWarningMessage(`Copydesk: the finding was not recorded: ${file}: ${read.error}.`);
        return;
      }
    }
    const next = withEntry(current, entry);
    if ('error' in next) {
      void connection.window.showWarningMessage(`Copydesk: the finding was not recorded: ${file}: ${next.error}.`);
      return;
    }
    const whole = new LineIndex(current ?? '');
    const edit: WorkspaceEdit = {
      documentChanges: [
        ...(current === null ? [{ kind: 'create' as const, uri: fileUri, options: { ignoreIfExists: true } }] : []),
        {
          textDocument: { uri: fileUri, version: null },
          edits: [{ range: rangeOf(whole, { start: 0, end: (current ?? '').length }), newText: next.text }],
        },
      ],
    };
    const applied = await connection.workspace.applyEdit({ label: `Ignore this finding (record it in ${path.basename(file)})`, edit });
    if (!applied.applied) return;
    await baselines.recorded(file, next.text);
    revalidateAll();
  }

  connection.onExecuteCommand(async (params) => {
    if (params.command === IgnoreFindingCommand) {
      const [documentUri, entry] = (params.arguments ?? []) as unknown[];
      const e = entry as Partial<BaselineEntry> | null;
      if (typeof documentUri !== 'string' || typeof e?.rule !== 'string' || typeof e.text !== 'string' || typeof e.paragraph !== 'string')
        return;
      await ignoreFinding(documentUri, { rule: e.rule, text: e.text, paragraph: e.paragraph });
      return;
    }
    if (params.command !== RecordPreferredNameCommand) return;
    const [documentUri, preferred, variant] = (params.arguments ?? []) as unknown[];
    if (typeof documentUri !== 'string' || typeof preferred !== 'string' || typeof variant !== 'string') return;
    const folder = houseStyles.folderOf(documentUri);
    if (!folder) {
      void connection.window.showWarningMessage(`Copydesk: open a folder to keep a ${HOUSE_STYLE_FILE} house style.`);
      return;
    }
    const inForce = await houseStyles.forDocument(documentUri);
    const target = await writableStyleFile(inForce?.file ?? path.join(folder, HOUSE_STYLE_FILE), folder);
    if ('refused' in target) {
      void connection.window.showWarningMessage(`Copydesk: the preferred form was not recorded: ${target.refused}.`);
      return;
    }
    const fileUri = pathToUri(target.file);
    let current: string | null = docs.get(fileUri)?.text() ?? null;
    if (current === null) {
      const read = await readRegularFile(target.file, HOUSE_STYLE_MAX_BYTES);
      if ('bytes' in read) current = read.bytes.toString('utf8');
      else if (read.code !== 'ENOENT') {
        void connection.window.showWarningMessage(`Copydesk: the preferred form was not recorded: ${target.file}: ${read.error}.`);
        return;
      }
    }
    const next = addPreferredName(current ?? NEW_HOUSE_STYLE, preferred, variant);
    const whole = new LineIndex(current ?? '');
    const edit: WorkspaceEdit = {
      documentChanges: [
        ...(current === null ? [{ kind: 'create' as const, uri: fileUri, options: { ignoreIfExists: true } }] : []),
        {
          textDocument: { uri: fileUri, version: null },
          edits: [{ range: rangeOf(whole, { start: 0, end: (current ?? '').length }), newText: next }],
        },
      ],
    };
    await connection.workspace.applyEdit({ label: `Record “${preferred}” in ${HOUSE_STYLE_FILE}`, edit });
  });

  connection.listen();
}

function pathToUri(file: string): string {
  return pathToFileURL(file).toString();
}

/** The report's title: the document's file name, decoded when it decodes. */
export function draftTitle(uri: string): string {
  const last = uri.split(/[/\\]/).pop() || 'draft';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
