// The quote attribution check: paragraph facts, quoted spans for style rules, and the document pass.

import type { Span } from '../../types';
import type { ParagraphQuoteFacts } from './paragraph';

export { quoteFactsOf } from './paragraph';
export type { CueFact, ParagraphQuoteFacts, QuoteFact } from './paragraph';
export { resolveQuotes } from './resolve';
export type { QuoteRecord, QuoteStatus } from './resolve';

/** Paragraph-relative spans of quoted speech (marks included), for style rules to skip. */
export function quoteSpansOf(facts: ParagraphQuoteFacts): Span[] {
  return facts.quotes.filter((q) => !q.scare).map((q) => ({ start: q.start, end: q.end }));
}

/** Paragraph-relative spans of other words in quotation marks: titles, labels, scare quotes. */
export function scareQuoteSpansOf(facts: ParagraphQuoteFacts): Span[] {
  return facts.quotes.filter((q) => q.scare).map((q) => ({ start: q.start, end: q.end }));
}
