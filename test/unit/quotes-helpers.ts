// Shared helpers for the quote tests: run the quote check alone on paragraphs joined by newlines.
import { quoteFactsOf, resolveQuotes, type QuoteRecord } from '../../server/src/engine/rules/quotes';
import { tokenize } from '../../server/src/engine/tokens';
import type { BlockKind, Finding } from '../../server/src/engine/types';

export function check(...paragraphs: (string | [BlockKind, string])[]): { text: string; quotes: QuoteRecord[]; findings: Finding[] } {
  let offset = 0;
  const input = paragraphs.map((p) => {
    const [kind, text] = typeof p === 'string' ? (['paragraph', p] as [BlockKind, string]) : p;
    const entry = { start: offset, kind, facts: quoteFactsOf({ text, kind, tokens: tokenize(text) }) };
    offset += text.length + 1;
    return entry;
  });
  const text = paragraphs.map((p) => (typeof p === 'string' ? p : p[1])).join('\n');
  return { text, ...resolveQuotes(input) };
}

/** Status, speaker and cue of every quote, in order. */
export function credits(r: { quotes: QuoteRecord[] }): [string, string | null, string | null][] {
  return r.quotes.map((q) => [q.status, q.speaker, q.cue]);
}

/** Rule and range of every finding. */
export function rules(r: { findings: Finding[] }): [string, number, number][] {
  return r.findings.map((f) => [f.rule, f.start, f.end]);
}
