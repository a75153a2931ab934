import type { EngineOptions } from './config';
import { failIfArmed } from './faults';
import { nameFactsOf, type ParagraphNameFacts } from './rules/names';
import { quoteFactsOf, quoteSpansOf, type ParagraphQuoteFacts } from './rules/quotes';
import { styleFactsOf, type ParagraphStyleFacts } from './rules/style';
import { compileTerms, termHitsOf, type CompiledTerms, type TermHit } from './rules/terms';
import { parseParagraph, tokensOf } from './tokens';
import type { BlockKind, Span } from './types';

/** The checks that run per paragraph; a check that throws loses only its own findings. */
export type CheckModule = 'quotes' | 'names' | 'style' | 'terms';

export interface ModuleFailure {
  module: CheckModule;
  message: string;
}

/** Everything the document passes need from one paragraph: plain data, no syntax tree. */
export interface ParagraphFacts {
  quotes: ParagraphQuoteFacts | null;
  quoteSpans: Span[];
  names: ParagraphNameFacts | null;
  style: ParagraphStyleFacts | null;
  terms: TermHit[];
  failures: ModuleFailure[];
}

const compiledTerms = new WeakMap<EngineOptions, CompiledTerms>();

function termsOf(options: EngineOptions): CompiledTerms {
  let compiled = compiledTerms.get(options);
  if (!compiled) {
    compiled = compileTerms(options.terms);
    compiledTerms.set(options, compiled);
  }
  return compiled;
}

export function analyseParagraph(text: string, kind: BlockKind, options: EngineOptions): ParagraphFacts {
  const failures: ModuleFailure[] = [];
  const guard = <T>(module: CheckModule, run: () => T, fallback: T): T => {
    try {
      failIfArmed(module);
      return run();
    } catch (error) {
      failures.push({ module, message: error instanceof Error ? error.message : String(error) });
      return fallback;
    }
  };

  const tree = parseParagraph(text);
  const tokens = tokensOf(tree, text);
  const quotes = guard('quotes', () => quoteFactsOf({ text, kind, tokens }), null);
  const quoteSpans = quotes ? guard('quotes', () => quoteSpansOf(quotes), []) : [];
  const names = guard('names', () => nameFactsOf({ text, kind, tokens, quoteSpans }), null);
  const style = guard(
    'style',
    () =>
      styleFactsOf(
        { text, kind, tokens, tree, quoteSpans: options.styleInQuotes ? [] : quoteSpans, judgeQuotes: options.styleInQuotes },
        options.style,
      ),
    null,
  );
  const terms = guard('terms', () => termHitsOf(text, termsOf(options), quoteSpans), []);
  return { quotes, quoteSpans, names, style, terms, failures };
}
