import type { Check } from '../../pipeline';
import { nameFactsOf, type ParagraphNameFacts } from './mentions';
import { resolveNames, type ResolvedNames } from './resolve';

/** name-inconsistent, acronym-undefined, and the name sheet. */
export const namesCheck: Check<ParagraphNameFacts, ResolvedNames> = {
  module: 'names',
  paragraph: ({ text, kind, tokens, quoteSpans }) => ({ facts: nameFactsOf({ text, kind, tokens, quoteSpans }) }),
  document: (paragraphs, { options, cache }) => resolveNames(paragraphs, options.names, cache.names),
  failed: { findings: [], entities: () => [] },
};
