// The checks, as an ordered pipeline. Each check reads one paragraph at a time (its facts are cached by the
// paragraph's text) and then the whole draft through those facts. A check that throws loses only its own findings.
// A new check is one module exporting a Check, one line here, and its rules in rules/registry.ts.
import type { Root } from 'nlcst';
import type { ParagraphCache } from './cache';
import type { EngineOptions } from './config';
import { figuresCheck } from './rules/figures/check';
import { guideCheck } from './rules/guide/check';
import { namesCheck } from './rules/names/check';
import type { ParagraphQuoteFacts } from './rules/quotes';
import { quotesCheck } from './rules/quotes/check';
import type { CheckModule } from './rules/registry';
import { sourcingCheck } from './rules/sourcing/check';
import { styleCheck } from './rules/style/check';
import { termsCheck } from './rules/terms-check';
import type { BlockKind, Finding, ParagraphTokens, Span } from './types';

export type { CheckModule } from './rules/registry';

export interface ParagraphContext {
  text: string;
  kind: BlockKind;
  tokens: ParagraphTokens;
  tree: Root;
  options: EngineOptions;
  /** Quoted speech in the paragraph (paragraph-relative, marks included), once the quotes check has run. */
  quoteSpans: Span[];
  /** The quotes check's facts for the paragraph (quotes, their cues, speech cues), once it has run; null if it threw. */
  quotes: ParagraphQuoteFacts | null;
  /** Other words in quotation marks (a title, a label, a phrase held at arm's length), once the quotes check has run. */
  scareQuoteSpans: Span[];
}

export interface ParagraphOutput<F> {
  facts: F;
  /** Findings that need nothing beyond this paragraph, with paragraph-relative offsets. */
  findings?: Finding[];
  /** The quotes check's spans of quoted speech, for the checks after it. */
  quoteSpans?: Span[];
  /** The quotes check's facts, for the checks after it that read cues and speakers. */
  quotes?: ParagraphQuoteFacts;
  scareQuoteSpans?: Span[];
}

/** One paragraph as a document pass reads it: where it starts and the facts its check kept. */
export interface PassParagraph<F> {
  start: number;
  kind: BlockKind;
  facts: F;
}

export interface DocumentContext {
  options: EngineOptions;
  cache: ParagraphCache;
  /** Others' words in the draft (readers' letters and comments, a transcript's answers), as the names pass found
   * them: set once it has run, for the passes after it. */
  othersWords?: (offset: number) => boolean;
}

export interface PassResult {
  /** Document offsets. */
  findings: Finding[];
}

export interface Check<F, R extends PassResult> {
  readonly module: CheckModule;
  paragraph(ctx: ParagraphContext): ParagraphOutput<F>;
  document(paragraphs: PassParagraph<F>[], ctx: DocumentContext): R;
  /** What the document pass stands for when it throws. */
  readonly failed: R;
}

/** The checks in the order they run: quotes first, since the others leave quoted speech alone. */
export const PIPELINE = {
  quotes: quotesCheck,
  names: namesCheck,
  style: styleCheck,
  terms: termsCheck,
  figures: figuresCheck,
  guide: guideCheck,
  sourcing: sourcingCheck,
};

export type Pipeline = typeof PIPELINE;

type FactsOf<C> = C extends Check<infer F, PassResult> ? F : never;

/** Each check's document result, by check. */
export type PipelineResults = { [K in keyof Pipeline]: ReturnType<Pipeline[K]['document']> };

/** Each check's paragraph facts; missing when the check threw on this paragraph. */
export type CheckFacts = { [K in keyof Pipeline]?: FactsOf<Pipeline[K]> };
