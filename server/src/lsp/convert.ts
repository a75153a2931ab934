import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
} from 'vscode-languageserver';
import type { Analysis } from '../engine/analyse';
import { LineIndex } from '../engine/positions';
import { ruleDocUrl } from '../engine/ruleDocs';
import type { Finding, Severity, Span } from '../engine/types';
import type { DraftFacts, NameItem, QuoteItem } from '../protocol';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function rangeOf(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

/** What a diagnostic carries back to the server for its code actions. */
export interface DiagnosticData {
  version: number;
  index: number;
}

export function toDiagnostic(f: Finding, index: number, version: number, uri: string, lines: LineIndex): Diagnostic {
  const related: DiagnosticRelatedInformation[] | undefined = f.related?.map((r) => ({
    location: { uri, range: rangeOf(lines, r) },
    message: r.message,
  }));
  const data: DiagnosticData = { version, index };
  return {
    range: rangeOf(lines, f),
    severity: SEVERITY[f.severity],
    source: 'copydesk',
    code: f.rule,
    codeDescription: { href: ruleDocUrl(f.rule) },
    message: f.message,
    ...(related && related.length > 0 ? { relatedInformation: related } : {}),
    data,
  };
}

const MAX_QUOTE_CHARS = 120;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_QUOTE_CHARS ? flat : `${flat.slice(0, MAX_QUOTE_CHARS - 1)}…`;
}

export function toDraftFacts(uri: string, version: number, analysis: Analysis, lines: LineIndex): DraftFacts {
  const quotes: QuoteItem[] = analysis.quotes.map((q) => ({
    range: rangeOf(lines, q),
    text: shorten(q.text),
    speaker: q.speaker,
    status: q.status,
  }));
  const names: NameItem[] = analysis.names.map((e) => ({
    canonical: e.canonical,
    kind: e.kind,
    forms: e.forms.map((f) => ({ text: f.text, count: f.count, variant: f.variant, ranges: f.spans.map((s) => rangeOf(lines, s)) })),
  }));
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of analysis.findings) counts[f.severity]++;
  return {
    uri,
    version,
    quotes,
    names,
    stats: analysis.stats,
    counts,
  };
}
