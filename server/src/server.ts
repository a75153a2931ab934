import { Console } from 'node:console';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type MessageReader,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, type Analysis } from './engine/analyse';
import { ParagraphCache } from './engine/cache';
import { HOUSE_STYLE_FILE, resolveOptions, type ConfigProblem, type HouseStyle, type ResolvedOptions } from './engine/config';
import { addPreferredName, NEW_HOUSE_STYLE } from './engine/houseStyleEdit';
import { LineIndex } from './engine/positions';
import { reportHtml, statsMarkdown } from './engine/report';
import type { DocumentFormat } from './engine/types';
import { DocumentLines, rangeOf, toDiagnostic, toDraftFacts, type DiagnosticData } from './lsp/convert';
import { HeapPolicy } from './lsp/heapPolicy';
import { HouseStyles, uriToPath } from './lsp/houseStyle';
import { StdioMessageWriter } from './lsp/stdioWriter';
import {
  CheckDocumentRequest,
  DraftFactsNotification,
  DraftFactsRequest,
  DraftReportRequest,
  RecordPreferredNameCommand,
  type CheckDocumentParams,
  type DraftFacts,
  type DraftFactsParams,
  type DraftReportParams,
} from './protocol';
import { EDITOR_SETTINGS, sanitizeServerSettings, type ServerSettings } from './editorSettings';

const DEFAULT_DEBOUNCE_MS = EDITOR_SETTINGS.debounceMs.default;
const DEFAULT_MAX_DOCUMENT_SIZE = EDITOR_SETTINGS.maxDocumentSize.default;
/** Drafts longer than this (about 15,000 words) get their facts only once typing pauses for FACTS_QUIET_MS: at
 * 100,000 words the quote ledger and name sheet take 35 ms to work out and a megabyte to send, on every keystroke. */
const FACTS_QUIET_FROM_CHARS = 100_000;
const FACTS_QUIET_MS = 250;

interface Checked {
  version: number;
  analysis: Analysis;
  lines: LineIndex;
  /** The draft facts (quotes, name sheet, numbers), worked out on first use; null once the document's cache has
   * run again, as the name sheet is read from offsets that run moved. */
  facts(): DraftFacts | null;
  /** The sentence-length limit in force, drawn on the report's chart. */
  sentenceLimit: number;
}

const stdio = process.argv.slice(2).includes('--stdio');
const connection = stdio
  ? // A stream and a writer together are fine at run time (the stream gets the stock reader, and the server still
    // exits when standard input ends); the typings only list stream-and-stream and reader-and-writer.
    createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, new StdioMessageWriter(process.stdout))
  : createConnection(ProposedFeatures.all);
// Standard output carries the protocol: anything a library prints goes to standard error, which editors log.
if (stdio) globalThis.console = new Console(process.stderr, process.stderr);
const documents = new TextDocuments(TextDocument);
const houseStyles = new HouseStyles();
const heapPolicy = new HeapPolicy();
const caches = new Map<string, ParagraphCache>();
const checked = new Map<string, Checked>();
/** A pending check per document: a timer for a debounce, an immediate for none (a zero timer waits a millisecond). */
const timers = new Map<string, { cancel(): void }>();
const settingsCache = new Map<string, Promise<ServerSettings>>();
const reportedFailures = new Set<string>();
const reportedOverrides = new Set<string>();

function reportFailure(message: string): void {
  if (reportedFailures.has(message)) return;
  reportedFailures.add(message);
  connection.console.error(`Copydesk: ${message}`);
}

let canPullConfiguration = false;
let pushedSettings: ServerSettings = {};
let debounceOverride: number | undefined;

connection.onInitialize((params: InitializeParams): InitializeResult => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  const init = params.initializationOptions as { debounceMs?: number } | undefined;
  if (typeof init?.debounceMs === 'number') debounceOverride = init.debounceMs;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  houseStyles.setFolders(folders);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      executeCommandProvider: { commands: [RecordPreferredNameCommand] },
      hoverProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'copydesk-language-server', version: '0.1.0' },
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

function formatOf(doc: TextDocument): DocumentFormat {
  return doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri) ? 'markdown' : 'plaintext';
}

function settingsFor(uri: string): Promise<ServerSettings> {
  let settings = settingsCache.get(uri);
  if (!settings) {
    settings = canPullConfiguration
      ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'copydesk' }).then(checkedSettings, () => ({}))
      : Promise.resolve(pushedSettings);
    settingsCache.set(uri, settings);
  }
  return settings;
}

const reportedSettings = new Set<string>();

/** What the editor sent, without the values that do not fit (each named once in the output). */
function checkedSettings(raw: unknown): ServerSettings {
  const { settings, problems } = sanitizeServerSettings(raw);
  for (const problem of problems) {
    if (reportedSettings.has(problem)) continue;
    reportedSettings.add(problem);
    connection.console.warn(`Copydesk: ${problem} The default, or the house style's value, stays in force.`);
  }
  return settings;
}

type Reason = 'open' | 'change' | 'save' | 'command' | 'configuration';

async function schedule(uri: string, reason: Reason): Promise<void> {
  const settings = await settingsFor(uri);
  const run = settings.run ?? 'onType';
  if (reason === 'change' && run !== 'onType') return;
  if ((reason === 'open' || reason === 'save') && run === 'manual') return;
  timers.get(uri)?.cancel();
  const delay = reason === 'change' ? (debounceOverride ?? settings.debounceMs ?? DEFAULT_DEBOUNCE_MS) : 0;
  const check = (): void => {
    timers.delete(uri);
    // An unexpected error is logged, never left to end the server as an unhandled rejection.
    validate(uri).catch((error: unknown) => reportFailure(`the check of ${uri} failed: ${(error as Error)?.stack ?? String(error)}`));
  };
  if (delay > 0) {
    const timer = setTimeout(check, delay);
    timers.set(uri, { cancel: () => clearTimeout(timer) });
  } else {
    const immediate = setImmediate(check);
    timers.set(uri, { cancel: () => clearImmediate(immediate) });
  }
}

async function validate(uri: string): Promise<void> {
  const doc = documents.get(uri);
  if (!doc) return;
  const version = doc.version;
  const settings = await settingsFor(uri);
  const house = await houseStyles.forDocument(uri);
  if (house) publishHouseStyleProblems(house.fileUri, house.problems, house.text);
  // A newer edit arrived while settings were read: its own run will publish.
  if (documents.get(uri)?.version !== version) return;

  if (settings.enable === false) {
    checked.delete(uri);
    void connection.sendDiagnostics({ uri, version, diagnostics: [] });
    return;
  }
  const text = doc.getText();
  const limit = settings.maxDocumentSize ?? DEFAULT_MAX_DOCUMENT_SIZE;
  if (text.length > limit) {
    checked.delete(uri);
    caches.delete(uri);
    const diagnostic: Diagnostic = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: 'copydesk',
      code: 'document-too-large',
      message: `Copydesk did not check this draft: it has ${text.length.toLocaleString('en')} characters, more than copydesk.maxDocumentSize (${limit.toLocaleString('en')}).`,
    };
    void connection.sendDiagnostics({ uri, version, diagnostics: [diagnostic] });
    return;
  }

  const { options, overridden } = optionsFor(uri, formatOf(doc), settings, house?.style ?? null);
  for (const note of overridden) {
    if (!reportedOverrides.has(note)) {
      reportedOverrides.add(note);
      connection.console.info(note);
    }
  }
  const cache = caches.get(uri) ?? new ParagraphCache();
  caches.set(uri, cache);
  heapPolicy.update(openChars());
  const analysis = analyse(text, options, cache);
  for (const failure of analysis.failures) {
    const key = `${failure.module}: ${failure.message}`;
    if (!reportedFailures.has(key)) {
      reportedFailures.add(key);
      connection.console.error(`Copydesk: the ${failure.module} check failed and its findings are missing: ${failure.message}`);
    }
  }
  if (documents.get(uri)?.version !== version) return;

  // The document is at the analysed version here: its own line starts serve; a LineIndex is built only if a code
  // action or hover asks for one later.
  const positions = new DocumentLines(doc);
  const diagnostics = analysis.findings.map((f, i) => toDiagnostic(f, i, version, uri, positions));
  const generation = cache.names.generation;
  let lines: LineIndex | undefined;
  let facts: DraftFacts | null | undefined;
  const entry: Checked = {
    version,
    analysis,
    get lines() {
      return (lines ??= new LineIndex(text));
    },
    facts() {
      if (facts === undefined) {
        facts = cache.names.generation === generation ? toDraftFacts(uri, version, analysis, entry.lines) : null;
      }
      return facts;
    },
    sentenceLimit: options.style.sentenceLength.maxWords,
  };
  checked.set(uri, entry);
  // The facts (every quote and every name's ranges: a megabyte on a long draft) are worked out once the diagnostics
  // have been written, and only if no newer edit has come meanwhile. A long draft's diagnostics leave in
  // pieces as the editor drains the pipe, each piece on a turn of the event loop: working out the facts sooner held
  // the rest of them back by as long as that took.
  const sendFacts = (): void => {
    // A newer run sends its own facts, and so will one that is waiting out its debounce.
    if (checked.get(uri) !== entry || timers.has(uri)) return;
    const current = entry.facts();
    if (current) void connection.sendNotification(DraftFactsNotification, current);
  };
  const after = (): void => {
    if (text.length > FACTS_QUIET_FROM_CHARS) setTimeout(sendFacts, FACTS_QUIET_MS);
    else setImmediate(sendFacts);
  };
  connection.sendDiagnostics({ uri, version, diagnostics }).then(after, after);
}

function openChars(): number {
  let total = 0;
  for (const doc of documents.all()) total += doc.getText().length;
  return total;
}

const resolvedOptions = new Map<
  string,
  {
    format: DocumentFormat;
    settings: ServerSettings;
    style: HouseStyle | null;
    relativePath: string | undefined;
    resolved: ResolvedOptions;
  }
>();

/** A document's options, the same object while its settings and house style stay the same: the engine keys its
 * caches by them (compiled house-style terms, for one), so a fresh object on every keystroke would rebuild those. */
function optionsFor(uri: string, format: DocumentFormat, settings: ServerSettings, style: HouseStyle | null): ResolvedOptions {
  const relativePath = houseStyles.relativePath(uri);
  const last = resolvedOptions.get(uri);
  if (last && last.format === format && last.settings === settings && last.style === style && last.relativePath === relativePath) {
    return last.resolved;
  }
  const resolved = resolveOptions(format, settings, style, relativePath);
  resolvedOptions.set(uri, { format, settings, style, relativePath, resolved });
  return resolved;
}

/** The last analysis of a document at its current version, run now if there is none. */
async function current(uri: string): Promise<Checked | undefined> {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  const last = checked.get(uri);
  if (last && last.version === doc.version && last.facts() !== null) return last;
  await validate(uri);
  const fresh = checked.get(uri);
  return fresh && fresh.version === documents.get(uri)?.version ? fresh : undefined;
}

const publishedStyleProblems = new Map<string, string>();

function publishHouseStyleProblems(fileUri: string, problems: ConfigProblem[], text: string): void {
  const key = JSON.stringify(problems);
  if (publishedStyleProblems.get(fileUri) === key) return;
  publishedStyleProblems.set(fileUri, key);
  const lines = new LineIndex(text);
  void connection.sendDiagnostics({
    uri: fileUri,
    diagnostics: problems.map((p) => ({
      range: rangeOf(lines, p),
      severity: DiagnosticSeverity.Error,
      source: 'copydesk',
      code: 'house-style-file',
      message: `${HOUSE_STYLE_FILE}: ${p.message.replace(/\.$/, '')}. The last good house style stays in force.`,
    })),
  });
}

function revalidateAll(): void {
  for (const doc of documents.all()) void schedule(doc.uri, 'configuration');
}

// TextDocuments fires onDidChangeContent right after onDidOpen for the same text: count that as the open.
const justOpened = new Set<string>();
documents.onDidOpen((e) => {
  justOpened.add(e.document.uri);
  void schedule(e.document.uri, 'open');
});
documents.onDidChangeContent((e) => {
  if (justOpened.delete(e.document.uri)) return;
  void schedule(e.document.uri, 'change');
});
documents.onDidSave((e) => void schedule(e.document.uri, 'save'));
documents.onDidClose((e) => {
  const uri = e.document.uri;
  timers.get(uri)?.cancel();
  timers.delete(uri);
  caches.delete(uri);
  checked.delete(uri);
  settingsCache.delete(uri);
  resolvedOptions.delete(uri);
  heapPolicy.update(openChars());
  void connection.sendDiagnostics({ uri, diagnostics: [] });
});

connection.onDidChangeConfiguration((params) => {
  // Clients that cannot answer workspace/configuration (Neovim 0.7, for one) push their settings here instead.
  if (!canPullConfiguration) {
    pushedSettings = checkedSettings((params.settings as { copydesk?: unknown } | null)?.copydesk);
  }
  settingsCache.clear();
  revalidateAll();
});

connection.onDidChangeWatchedFiles(async (params) => {
  let changed = false;
  for (const change of params.changes) {
    if (path.basename(uriToPath(change.uri) ?? '') !== HOUSE_STYLE_FILE) continue;
    const entry = await houseStyles.reload(change.uri);
    if (entry) {
      publishHouseStyleProblems(entry.fileUri, entry.problems, entry.text);
      changed = true;
    }
  }
  if (changed) revalidateAll();
});

// A draft that was never checked (copydesk.run "manual") has no facts until it is: asking is not checking.
connection.onRequest(DraftFactsRequest, async (params: DraftFactsParams) =>
  checked.has(params.uri) ? ((await current(params.uri))?.facts() ?? null) : null,
);

connection.onRequest(CheckDocumentRequest, async (params: CheckDocumentParams) => {
  await validate(params.uri);
  return checked.get(params.uri)?.facts() ?? null;
});

connection.onRequest(DraftReportRequest, async (params: DraftReportParams) => {
  const doc = documents.get(params.uri);
  const last = await current(params.uri);
  if (!doc || !last) return null;
  const title = decodeURIComponent(params.uri.split('/').pop() ?? 'draft');
  return { html: reportHtml(title, doc.getText(), last.analysis, { nonce: params.nonce, sentenceLimit: last.sentenceLimit }) };
});

connection.onCodeAction((params) => {
  const doc = documents.get(params.textDocument.uri);
  const last = checked.get(params.textDocument.uri);
  // Fixes are offered only for the exact text they were computed on.
  if (!doc || !last || last.version !== doc.version) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    const data = diagnostic.data as DiagnosticData | undefined;
    if (diagnostic.source !== 'copydesk' || !data || data.version !== last.version) continue;
    const finding = last.analysis.findings[data.index];
    if (!finding || finding.rule !== diagnostic.code) continue;
    for (const fix of finding.fixes ?? []) {
      const edit: WorkspaceEdit = {
        documentChanges: [
          {
            textDocument: { uri: doc.uri, version: last.version },
            edits: fix.edits.map((e) => ({ range: rangeOf(last.lines, e), newText: e.newText })),
          },
        ],
      };
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit, isPreferred: fix.preferred });
    }
    if (finding.rule === 'name-inconsistent' && finding.expected[0] && houseStyles.folderOf(doc.uri)) {
      actions.push({
        title: `Record “${finding.expected[0]}” as the preferred form in ${HOUSE_STYLE_FILE}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: {
          title: 'Record preferred name',
          command: RecordPreferredNameCommand,
          arguments: [doc.uri, finding.expected[0], finding.actual],
        },
      });
    }
  }
  return actions;
});

connection.onExecuteCommand(async (params) => {
  if (params.command !== RecordPreferredNameCommand) return;
  const [documentUri, preferred, variant] = (params.arguments ?? []) as string[];
  if (typeof documentUri !== 'string' || typeof preferred !== 'string' || typeof variant !== 'string') return;
  const folder = houseStyles.folderOf(documentUri);
  if (!folder) {
    void connection.window.showWarningMessage(`Copydesk: open a folder to keep a ${HOUSE_STYLE_FILE} house style.`);
    return;
  }
  const file = path.join(folder, HOUSE_STYLE_FILE);
  const fileUri = (await houseStyles.forDocument(documentUri))?.fileUri;
  if (!fileUri) return;
  let current: string | null;
  try {
    current = documents.get(fileUri)?.getText() ?? (await fs.readFile(file, 'utf8'));
  } catch {
    current = null;
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

connection.onHover((params) => {
  const last = checked.get(params.textDocument.uri);
  const first = last?.analysis.paragraphs[0];
  if (!last || !first) return null;
  const offset = last.lines.offsetAt(params.position);
  if (offset < first.start || offset > first.end) return null;
  return { contents: { kind: 'markdown', value: statsMarkdown(last.analysis.stats) }, range: rangeOf(last.lines, first) };
});

documents.listen(connection);
connection.listen();
