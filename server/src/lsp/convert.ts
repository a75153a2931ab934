import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine/analyse';
import { skippedMessage, type Skipped } from '../engine/limits';
import type { CheckModule } from '../engine/paragraph';
import type { LineColumn } from '../engine/positions';
import { baselineEntries, entryDigest } from '../engine/baseline';
import { ruleDocUrl } from '../engine/ruleDocs';
import type { Finding, Severity, Span } from '../engine/types';
import type { DraftBadges, DraftFacts, DraftSummary, NameItem, QuoteItem } from '../protocol';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Offset to line/column: a LineIndex, or DocumentLines. */
export interface Positions {
  positionAt(offset: number): LineColumn;
}

/** Positions with the LineIndex rules, read from the line starts the editor's TextDocument already keeps up to date
 * edit by edit (no pass over the whole text). Valid only while the document is at the version analysed. */
export class DocumentLines implements Positions {
  private readonly length: number;
  private readonly lines: number;

  constructor(private readonly doc: TextDocument) {
    this.length = doc.getText().length;
    this.lines = doc.lineCount;
  }

  positionAt(offset: number): LineColumn {
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.lines - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStart(mid) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.lineStart(lo) };
  }

  private lineStart(line: number): number {
    return this.doc.offsetAt({ line, character: 0 });
  }
}

export function rangeOf(lines: Positions, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

/** What a diagnostic carries back to the server for its code actions. */
export interface DiagnosticData {
  version: number;
  index: number;
  /** The entryDigest of how a baseline records the finding (rule, text, paragraph fingerprint). */
  entry?: string;
  /** The baseline records it: shown as a hint. */
  baselined?: boolean;
}

/** An editor lists related places under the finding: past a few they push every other problem off the screen (a
 * name used 18 times). The last one shown counts the rest; the Names view has every mention. */
export const MAX_RELATED_SHOWN = 3;

export function toDiagnostic(f: Finding, index: number, version: number, uri: string, lines: Positions): Diagnostic {
  const all = f.related ?? [];
  const rest = all.length - MAX_RELATED_SHOWN;
  const related: DiagnosticRelatedInformation[] = all.slice(0, MAX_RELATED_SHOWN).map((r, i) => ({
    location: { uri, range: rangeOf(lines, r) },
    message: rest > 0 && i === MAX_RELATED_SHOWN - 1 ? `${r.message} (and ${rest} more: see the Names view)` : r.message,
  }));
  const data: DiagnosticData = { version, index };
  return {
    range: rangeOf(lines, f),
    severity: SEVERITY[f.severity],
    source: 'copydesk',
    code: f.rule,
    codeDescription: { href: ruleDocUrl(f.rule) },
    message: f.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    data,
  };
}

const TOP: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A check that threw: one diagnostic at the top of the draft naming it, since its findings are missing. */
export function failureDiagnostic(failure: { module: CheckModule; message: string }): Diagnostic {
  return {
    range: TOP,
    severity: DiagnosticSeverity.Warning,
    source: 'copydesk',
    code: 'check-failed',
    message: `Copydesk's ${failure.module} check failed on this draft, so its findings are missing: ${failure.message}`,
  };
}

/** A paragraph (or the rest of the draft) that the limits left out: said where it starts. */
export function skippedDiagnostic(skipped: Skipped, lines: Positions): Diagnostic {
  const start = lines.positionAt(skipped.start);
  return {
    range: { start, end: start },
    severity: DiagnosticSeverity.Information,
    source: 'copydesk',
    code: skipped.reason === 'count' ? 'draft-truncated' : 'paragraph-skipped',
    message: skippedMessage(skipped),
  };
}

/** A draft left unchecked, with the reason: one diagnostic at its top. */
export function draftNotCheckedDiagnostic(code: string, message: string): Diagnostic {
  return { range: TOP, severity: DiagnosticSeverity.Information, source: 'copydesk', code, message };
}

/** Everything an analysis publishes: failed checks first, then what the limits left out, then the findings (whose
 * data carries their index for code actions). */
export function diagnosticsOf(analysis: Analysis, version: number, uri: string, lines: Positions): Diagnostic[] {
  const diagnostics: Diagnostic[] = analysis.failures.map(failureDiagnostic);
  for (const s of analysis.skipped) diagnostics.push(skippedDiagnostic(s, lines));
  const entries = baselineEntries(analysis.findings, analysis.paragraphs);
  analysis.findings.forEach((f, i) => {
    const d = toDiagnostic(f, i, version, uri, lines);
    (d.data as DiagnosticData).entry = entryDigest(entries[i]);
    diagnostics.push(d);
  });
  return diagnostics;
}

const MAX_QUOTE_CHARS = 120;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_QUOTE_CHARS ? flat : `${flat.slice(0, MAX_QUOTE_CHARS - 1)}…`;
}

export function toDraftFacts(uri: string, version: number, analysis: Analysis, lines: Positions): DraftFacts {
  const kinds = new Map(analysis.sourcing.sources.map((s) => [s.name, s.kind]));
  const quotes: QuoteItem[] = analysis.quotes.map((q) => {
    const item: QuoteItem = { range: rangeOf(lines, q), text: shorten(q.text), speaker: q.speaker, status: q.status };
    const kind = q.speaker !== null && q.status !== 'scare' && q.status !== 'unattributed' ? kinds.get(q.speaker) : undefined;
    if (kind) item.sourceKind = kind;
    return item;
  });
  const names: NameItem[] = analysis.names.map((e) => ({
    canonical: e.canonical,
    kind: e.kind,
    entity: e.entity,
    forms: e.forms.map((f) => ({ text: f.text, count: f.count, variant: f.variant, ranges: f.spans.map((s) => rangeOf(lines, s)) })),
  }));
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of analysis.findings) counts[f.severity]++;
  return { uri, version, quotes, names, stats: analysis.stats, counts, ...badges(analysis) };
}

export function badges(analysis: Analysis): DraftBadges {
  let unattributed = 0;
  for (const q of analysis.quotes) if (q.speaker === null && q.status !== 'scare') unattributed++;
  const usual = new Set<string>();
  for (const f of analysis.findings) if (f.rule === 'name-inconsistent') usual.add(f.expected[0] ?? f.actual);
  return { unattributedQuotes: unattributed, namesSpelledTwoWays: usual.size };
}

const SEVERITY_KEY: Record<DiagnosticSeverity, keyof DraftSummary['counts']> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** Findings per severity as published: what the Problems panel shows (notes on the checking itself, such as a
 * skipped paragraph, are not findings). */
export function publishedCounts(diagnostics: Diagnostic[]): DraftSummary['counts'] {
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const d of diagnostics) {
    if (typeof (d.data as DiagnosticData | undefined)?.index === 'number') counts[SEVERITY_KEY[d.severity ?? DiagnosticSeverity.Error]]++;
  }
  return counts;
}
