import type { EngineOptions } from '../config';
import type { Check } from '../pipeline';
import { compileTerms, termFindings, termHitsOf, type CompiledTerms } from './terms';

const compiled = new WeakMap<EngineOptions, CompiledTerms>();

/** The house style's terms, compiled once per set of options. */
function termsOf(options: EngineOptions): CompiledTerms {
  let terms = compiled.get(options);
  if (!terms) {
    terms = compileTerms(options.terms);
    compiled.set(options, terms);
  }
  return terms;
}

/** house-style: terms the house style replaces, found paragraph by paragraph. */
export const termsCheck: Check<null, { findings: [] }> = {
  module: 'terms',
  paragraph: ({ text, options, quoteSpans }) => ({
    facts: null,
    findings: termFindings(termHitsOf(text, termsOf(options), quoteSpans), 0),
  }),
  document: () => ({ findings: [] }),
  failed: { findings: [] },
};
