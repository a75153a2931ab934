import type { Check } from '../../pipeline';
import { quoteFactsOf, quoteSpansOf, scareQuoteSpansOf, type ParagraphQuoteFacts } from '.';
import { resolveQuotes, type QuoteRecord } from './resolve';

export interface QuotesResult {
  quotes: QuoteRecord[];
  findings: ReturnType<typeof resolveQuotes>['findings'];
}

/** quote-unattributed, quote-floating, quote-unclosed, and the quote ledger. */
export const quotesCheck: Check<ParagraphQuoteFacts, QuotesResult> = {
  module: 'quotes',
  paragraph({ text, kind, tokens }) {
    const facts = quoteFactsOf({ text, kind, tokens });
    return { facts, quoteSpans: quoteSpansOf(facts), scareQuoteSpans: scareQuoteSpansOf(facts), quotes: facts };
  },
  document: (paragraphs) => resolveQuotes(paragraphs),
  failed: { quotes: [], findings: [] },
};
