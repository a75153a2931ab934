// An analysis worker: a thread that checks drafts for the language server, so that a slow draft never holds up the
// thread that answers the editor. It keeps each draft it is given (kept up to date edit by edit), the engine's
// caches for it and its last analysis.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
// the protocol's plain values from its types package: the whole of vscode-languageserver would add a third to this
// worker's bundle and a tenth of a second to its start
import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, type Analysis } from '../engine/analyse';
import { ParagraphCache } from '../engine/cache';
import { defaultOptions, HOUSE_STYLE_FILE, type EngineOptions } from '../engine/config';
import { fixedSkip, MAX_PARAGRAPH_CHARS, type AnalysisLimits } from '../engine/limits';
import { LineIndex } from '../engine/positions';
import { reportHtml, statsMarkdown } from '../engine/report';
import type { Paragraph } from '../engine/types';
import type { DraftFacts } from '../protocol';
import { IgnoreFindingCommand, RecordPreferredNameCommand } from '../serverCommands';
import { BASELINE_FILE, baselineEntries } from '../engine/baseline';
import { diagnosticsOf, DocumentLines, rangeOf, toDraftFacts, badges, type DiagnosticData } from './convert';
import { ANALYSIS_WORKER_ROLE, type FromWorker, type Query, type QueryAnswers, type RunResult, type ToWorker } from './workerProtocol';

/** A paragraph that takes longer than this to analyse lowers the length of paragraphs analysed in its draft. */
export const PARAGRAPH_BUDGET_MS = 500;
/** ...never below this length: a short paragraph that was slow met a busy machine, not a hostile shape. */
export const MIN_SLOW_LIMIT = 5_000;

class Abandoned extends Error {}

/**
 * The limits for one draft: the engine's fixed ones, plus a length learnt from this draft's slow paragraphs (a
 * paragraph that took over PARAGRAPH_BUDGET_MS sets the length that would take about 90 % of it, so that an edit
 * to it, or to one like it, is skipped instead of costing as much again). Paragraphs whose facts are cached are
 * always used. Between two paragraphs a run is given up when the protocol thread asks (a newer version waits).
 */
export class DraftLimits implements AnalysisLimits {
  slowLimit = Infinity;
  private generation = 0;

  constructor(private readonly cancel: Int32Array | null) {}

  begin(): void {
    if (this.cancel) this.generation = Atomics.load(this.cancel, 0);
  }

  skip(paragraph: Paragraph, index: number, cached: boolean) {
    if (this.cancel && Atomics.load(this.cancel, 0) !== this.generation) throw new Abandoned();
    const fixed = fixedSkip(paragraph, index);
    if (fixed) return fixed;
    const length = paragraph.end - paragraph.start;
    if (!cached && length > this.slowLimit) return { reason: 'slow' as const, size: length, limit: this.slowLimit };
    return undefined;
  }

  took(paragraph: Paragraph, ms: number): void {
    if (ms <= PARAGRAPH_BUDGET_MS) return;
    const length = paragraph.end - paragraph.start;
    const limit = Math.max(MIN_SLOW_LIMIT, Math.floor(((length * PARAGRAPH_BUDGET_MS) / ms) * 0.9));
    if (limit < length) this.slowLimit = Math.min(this.slowLimit, limit, MAX_PARAGRAPH_CHARS);
  }
}

interface Checked {
  version: number;
  analysis: Analysis;
  lines: LineIndex;
  /** The facts, worked out on first use; null once the draft's cache has run again (the name sheet reads offsets
   * that run moved). */
  facts(): DraftFacts | null;
  sentenceLimit: number;
}

interface Draft {
  doc: TextDocument;
  cache: ParagraphCache;
  limits: DraftLimits;
  checked?: Checked;
}

/** The analysis side, apart from the thread plumbing (tests drive it directly). */
export class AnalysisHost {
  private readonly drafts = new Map<string, Draft>();
  private readonly options = new Map<number, EngineOptions>();

  constructor(
    private readonly post: (message: FromWorker) => void,
    private readonly cancel: Int32Array | null,
  ) {}

  handle(message: ToWorker): void {
    switch (message.type) {
      case 'open':
        this.drafts.set(message.uri, {
          doc: TextDocument.create(message.uri, 'plaintext', message.version, message.text),
          cache: new ParagraphCache(),
          limits: new DraftLimits(this.cancel),
        });
        break;
      case 'change': {
        const draft = this.drafts.get(message.uri);
        if (draft) draft.doc = TextDocument.update(draft.doc, message.changes as TextDocumentContentChangeEvent[], message.version);
        break;
      }
      case 'close':
        this.drafts.delete(message.uri);
        break;
      case 'options':
        this.options.set(message.id, message.options);
        break;
      case 'forgetOptions':
        this.options.delete(message.id);
        break;
      case 'run':
        this.run(message.job, message.uri, message.optionsId, message.sentenceLimit);
        break;
      case 'query':
        this.post({ type: 'answer', id: message.id, result: this.answer(message.uri, message.version, message.query) });
        break;
      case 'warm':
        warmUp();
        this.post({ type: 'ready' });
        break;
    }
  }

  private run(job: number, uri: string, optionsId: number, sentenceLimit: number): void {
    const draft = this.drafts.get(uri);
    const options = this.options.get(optionsId);
    if (!draft || !options) {
      this.post({ type: 'failed', job, message: `the worker has no ${draft ? 'options' : 'copy'} of ${uri}` });
      return;
    }
    const started = performance.now();
    const { doc, cache, limits } = draft;
    const text = doc.getText();
    let analysis: Analysis;
    limits.begin();
    try {
      analysis = analyse(text, options, cache, undefined, limits);
    } catch (error) {
      if (error instanceof Abandoned) this.post({ type: 'abandoned', job });
      else this.post({ type: 'failed', job, message: (error as Error)?.stack ?? String(error) });
      return;
    }
    const version = doc.version;
    // The draft is at the analysed version here: its own line starts serve; a LineIndex is built only if a code
    // action or hover asks for one later.
    const diagnostics = diagnosticsOf(analysis, version, uri, new DocumentLines(doc));
    const generation = cache.names.generation;
    let lines: LineIndex | undefined;
    let facts: DraftFacts | null | undefined;
    const checked: Checked = {
      version,
      analysis,
      get lines() {
        return (lines ??= new LineIndex(text));
      },
      facts() {
        if (facts === undefined) facts = cache.names.generation === generation ? toDraftFacts(uri, version, analysis, checked.lines) : null;
        return facts;
      },
      sentenceLimit,
    };
    draft.checked = checked;
    const result: RunResult = {
      uri,
      version,
      diagnostics,
      failures: analysis.failures,
      ms: performance.now() - started,
      stats: analysis.stats,
      badges: badges(analysis),
    };
    this.post({ type: 'ran', job, result });
  }

  private answer(uri: string, version: number, query: Query): QueryAnswers[Query['kind']] {
    const draft = this.drafts.get(uri);
    const checked = draft?.checked;
    const current = checked && checked.version === version && draft.doc.version === version ? checked : undefined;
    switch (query.kind) {
      case 'facts':
        return current?.facts() ?? null;
      case 'codeActions':
        return current ? codeActions(uri, current, query.diagnostics, query.canRecord) : [];
      case 'hover': {
        const first = current?.analysis.paragraphs[0];
        if (!current || !first) return null;
        const offset = current.lines.offsetAt(query.position);
        if (offset < first.start || offset > first.end) return null;
        return { contents: { kind: 'markdown', value: statsMarkdown(current.analysis.stats) }, range: rangeOf(current.lines, first) };
      }
      case 'report':
        if (!current) return null;
        return {
          html: reportHtml(query.title, draft!.doc.getText(), current.analysis, {
            nonce: query.nonce,
            sentenceLimit: current.sentenceLimit,
          }),
        };
    }
  }
}

/** Fixes are offered only for the exact text they were computed on. */
function codeActions(uri: string, last: Checked, diagnostics: Diagnostic[], canRecord: boolean): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const data = diagnostic.data as DiagnosticData | undefined;
    if (diagnostic.source !== 'copydesk' || !data || data.version !== last.version) continue;
    const finding = last.analysis.findings[data.index];
    if (!finding || finding.rule !== diagnostic.code) continue;
    for (const fix of finding.fixes ?? []) {
      const edit: WorkspaceEdit = {
        documentChanges: [
          {
            textDocument: { uri, version: last.version },
            edits: fix.edits.map((e) => ({ range: rangeOf(last.lines, e), newText: e.newText })),
          },
        ],
      };
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit, isPreferred: fix.preferred });
    }
    if (finding.rule === 'name-inconsistent' && finding.expected[0] && canRecord) {
      actions.push({
        title: `Record “${finding.expected[0]}” as the preferred form in ${HOUSE_STYLE_FILE}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: {
          title: 'Record preferred name',
          command: RecordPreferredNameCommand,
          arguments: [uri, finding.expected[0], finding.actual],
        },
      });
    }
    if (data.entry && !data.baselined && canRecord) {
      actions.push({
        title: `Ignore this finding (record it in ${BASELINE_FILE})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: {
          title: 'Ignore this finding',
          command: IgnoreFindingCommand,
          arguments: [uri, baselineEntries([finding], last.analysis.paragraphs)[0]],
        },
      });
    }
  }
  return actions;
}

/** A short draft through every check, so that a fresh worker's first real run is not also its slowest. */
function warmUp(): void {
  const text =
    'Harbour fares rise\n\nThe council said on Monday that fares would rise. “We had no choice,” said Ann Marlow, who chairs the board.\n\n' +
    'Marlowe said the ferry was repaired by the city. The NHS was not consulted.';
  analyse(text, { ...defaultOptions('markdown'), terms: [{ use: 'Kyiv', instead: ['Kiev'] }] });
}

export function isAnalysisWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === ANALYSIS_WORKER_ROLE;
}

/** Serves the protocol thread's messages until the worker is stopped. */
export function serveAnalysis(): void {
  const port = parentPort!;
  const cancel = (workerData as { cancel?: SharedArrayBuffer }).cancel;
  const host = new AnalysisHost((message) => port.postMessage(message), cancel ? new Int32Array(cancel) : null);
  port.on('message', (message: ToWorker) => host.handle(message));
}
