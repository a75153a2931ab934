import { makeFinding } from '../findings';
import type { Finding, Span } from '../types';

/** A house-style term: write `use` instead of any of `instead`. */
export interface Term {
  use: string;
  instead: string[];
  note?: string;
}

export interface TermHit extends Span {
  actual: string;
  use: string;
  note?: string;
  inQuote: boolean;
}

export interface CompiledTerms {
  pattern: RegExp | null;
  byVariant: Map<string, Term>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds one alternation for all variants. Variants written in lower case match any case ("kiev" matches
 * "Kiev"); variants with capitals match exactly. */
export function compileTerms(terms: Term[]): CompiledTerms {
  const byVariant = new Map<string, Term>();
  for (const t of terms) for (const v of t.instead) if (v.trim() !== '') byVariant.set(v.toLowerCase(), t);
  if (byVariant.size === 0) return { pattern: null, byVariant };
  const alternatives = [...byVariant.keys()].sort((a, b) => b.length - a.length).map(escape);
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
    byVariant,
  };
}

export function termHitsOf(text: string, compiled: CompiledTerms, quoteSpans: Span[]): TermHit[] {
  if (!compiled.pattern) return [];
  const hits: TermHit[] = [];
  const pattern = new RegExp(compiled.pattern);
  for (const m of text.matchAll(pattern)) {
    const term = compiled.byVariant.get(m[0].toLowerCase());
    if (!term) continue;
    const lower = m[0].toLowerCase();
    const exact = term.instead.some((v) => v === m[0] || (v === v.toLowerCase() && v === lower));
    if (!exact) continue;
    const start = m.index;
    const end = start + m[0].length;
    hits.push({
      start,
      end,
      actual: m[0],
      use: matchCase(m[0], term.use),
      note: term.note,
      inQuote: quoteSpans.some((q) => start >= q.start && end <= q.end),
    });
  }
  return hits;
}

/** "Kiev" -> "Kyiv" keeps a leading capital when the house form is written in lower case. */
function matchCase(actual: string, use: string): string {
  if (use === use.toLowerCase() && /^\p{Lu}/u.test(actual)) return use.charAt(0).toUpperCase() + use.slice(1);
  return use;
}

export function termFindings(hits: TermHit[], offset: number): Finding[] {
  return hits.map((h) =>
    makeFinding('house-style', {
      message: `“${h.actual}”: the house style writes “${h.use}”${h.note ? ` (${h.note})` : ''}`,
      start: offset + h.start,
      end: offset + h.end,
      actual: h.actual,
      expected: [h.use],
      fixes: [
        { title: `Replace with “${h.use}”`, edits: [{ start: offset + h.start, end: offset + h.end, newText: h.use }], preferred: true },
      ],
      inQuote: h.inQuote,
    }),
  );
}
