import type { Check } from '../../pipeline';
import { nameFactsOf, type ParagraphNameFacts } from './mentions';
import { resolveNames, type ResolvedNames } from './resolve';

/** name-inconsistent, acronym-undefined, and the name sheet. */
export const namesCheck: Check<ParagraphNameFacts, ResolvedNames> = {
  module: 'names',
  // a name in any quotation marks (speech, a title, a label) is written as someone else wrote it
  paragraph: ({ text, kind, tokens, quoteSpans, scareQuoteSpans }) => ({
    facts: nameFactsOf({
      text,
      kind,
      tokens,
      quoteSpans: scareQuoteSpans.length === 0 ? quoteSpans : [...quoteSpans, ...scareQuoteSpans],
      speech: quoteSpans.length > 0,
    }),
  }),
  document: (paragraphs, { options, cache }) => resolveNames(paragraphs, options.names, cache.names),
  failed: { findings: [], entities: () => [] },
};
