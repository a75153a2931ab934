import type { BlockKind } from '../../types';
import type { ParagraphStyleFacts } from './facts';
import { isHeading } from './length';
import { fleschKincaidGrade, fleschReadingEase } from './readability';

export const WORDS_PER_MINUTE = 238;

export interface DocumentStats {
  words: number;
  sentences: number;
  /** Blocks of body text (headlines and headings are not counted here, but their words are). */
  paragraphs: number;
  averageSentenceLength: number;
  fleschReadingEase: number;
  fleschKincaidGrade: number;
  /** words / 238, to one decimal. */
  readingTimeMinutes: number;
}

export interface ParagraphStatsRecord {
  /** Index into the paragraphs given to resolveStyle. */
  paragraph: number;
  words: number;
  sentences: number;
  /** Flesch–Kincaid grade of the paragraph, to one decimal. */
  grade: number;
  /** Words in the paragraph's longest sentence. */
  longestSentence: number;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function documentStats(paragraphs: readonly { kind: BlockKind; facts: ParagraphStyleFacts }[]): {
  stats: DocumentStats;
  perParagraph: ParagraphStatsRecord[];
} {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  let bodyParagraphs = 0;
  const perParagraph: ParagraphStatsRecord[] = [];
  paragraphs.forEach(({ kind, facts }, index) => {
    let pWords = 0;
    let pSyllables = 0;
    let longest = 0;
    let pSentences = 0;
    for (const s of facts.sentences) {
      if (s.words === 0) continue;
      pSentences++;
      pWords += s.words;
      pSyllables += s.syllables;
      if (s.words > longest) longest = s.words;
    }
    if (pWords === 0) return;
    if (!isHeading(kind)) bodyParagraphs++;
    words += pWords;
    sentences += pSentences;
    syllables += pSyllables;
    perParagraph.push({
      paragraph: index,
      words: pWords,
      sentences: pSentences,
      grade: round1(fleschKincaidGrade(pWords, pSentences, pSyllables)),
      longestSentence: longest,
    });
  });
  return {
    stats: {
      words,
      sentences,
      paragraphs: bodyParagraphs,
      averageSentenceLength: sentences === 0 ? 0 : round1(words / sentences),
      fleschReadingEase: round1(fleschReadingEase(words, sentences, syllables)),
      fleschKincaidGrade: round1(fleschKincaidGrade(words, sentences, syllables)),
      readingTimeMinutes: round1(words / WORDS_PER_MINUTE),
    },
    perParagraph,
  };
}
