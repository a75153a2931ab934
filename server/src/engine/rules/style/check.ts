import type { Check } from '../../pipeline';
import { resolveStyle, styleFactsOf, type ParagraphStyleFacts } from '.';
import type { DocumentStats, ParagraphStatsRecord } from './stats';

export interface StyleResult {
  findings: ReturnType<typeof resolveStyle>['findings'];
  stats: DocumentStats;
  perParagraph: ParagraphStatsRecord[];
}

const EMPTY_STATS: DocumentStats = {
  words: 0,
  sentences: 0,
  paragraphs: 0,
  ungradedLines: 0,
  averageSentenceLength: 0,
  fleschReadingEase: 0,
  fleschKincaidGrade: 0,
  readingAge: 0,
  readingScale: 'age',
  readingTimeMinutes: 0,
};

/** readability, sentence-length, paragraph-length, passive-voice, repeated-word, indefinite-article (per
 * paragraph), spelling-variant (across the draft), and the draft's statistics. */
export const styleCheck: Check<ParagraphStyleFacts, StyleResult> = {
  module: 'style',
  paragraph({ text, kind, tokens, tree, quoteSpans, options }) {
    const facts = styleFactsOf(
      { text, kind, tokens, tree, quoteSpans: options.styleInQuotes ? [] : quoteSpans, judgeQuotes: options.styleInQuotes },
      options.style,
    );
    return { facts, findings: facts.findings };
  },
  document: (paragraphs, { options, othersWords }) => resolveStyle(paragraphs, options.style, othersWords),
  failed: { findings: [], stats: EMPTY_STATS, perParagraph: [] },
};
