import type { BlockKind } from '../../types';
import type { ParagraphStyleFacts } from './facts';
import type { ReadingScale } from './options';
import { AGE_OF_GRADE, fleschKincaidGrade, fleschReadingEase } from './readability';

export const WORDS_PER_MINUTE = 238;

export interface DocumentStats {
  /** Every word, headlines and headings included. */
  words: number;
  /** Sentences of the graded paragraphs. */
  sentences: number;
  /** Graded paragraphs: body prose, not headlines, headings or one-line credits. */
  paragraphs: number;
  /** Headlines, headings and one-line credits: counted in the words, never graded. */
  ungradedLines: number;
  averageSentenceLength: number;
  fleschReadingEase: number;
  /** Flesch–Kincaid grade of the graded paragraphs, never below 0. */
  fleschKincaidGrade: number;
  /** The grade plus five, never below 5. */
  readingAge: number;
  /** How the draft reads difficulty: reading ages (British usage) or grades (American). */
  readingScale: ReadingScale;
  /** words / 238, to one decimal. */
  readingTimeMinutes: number;
}

export interface ParagraphStatsRecord {
  /** Index into the paragraphs given to resolveStyle. */
  paragraph: number;
  words: number;
  sentences: number;
  /** Flesch–Kincaid grade of the paragraph, to one decimal, never below 0. */
  grade: number;
  /** Words in the paragraph's longest sentence. */
  longestSentence: number;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** A grade below 0 (a very short plain line) says no more than "grade 0". */
const gradeOf = (words: number, sentences: number, syllables: number): number =>
  Math.max(0, round1(fleschKincaidGrade(words, sentences, syllables)));

/** The draft's numbers. The per-paragraph records are exactly the graded paragraphs, so their count is `paragraphs`. */
export function documentStats(
  paragraphs: readonly { kind: BlockKind; facts: ParagraphStyleFacts }[],
  readingScale: ReadingScale = 'age',
): {
  stats: DocumentStats;
  perParagraph: ParagraphStatsRecord[];
} {
  let words = 0;
  let gradedWords = 0;
  let sentences = 0;
  let syllables = 0;
  let ungradedLines = 0;
  const perParagraph: ParagraphStatsRecord[] = [];
  paragraphs.forEach(({ facts }, index) => {
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
    words += pWords;
    if (!facts.graded) {
      ungradedLines++;
      return;
    }
    gradedWords += pWords;
    sentences += pSentences;
    syllables += pSyllables;
    perParagraph.push({
      paragraph: index,
      words: pWords,
      sentences: pSentences,
      grade: gradeOf(pWords, pSentences, pSyllables),
      longestSentence: longest,
    });
  });
  const grade = gradeOf(gradedWords, sentences, syllables);
  return {
    stats: {
      words,
      sentences,
      paragraphs: perParagraph.length,
      ungradedLines,
      averageSentenceLength: sentences === 0 ? 0 : round1(gradedWords / sentences),
      fleschReadingEase: round1(fleschReadingEase(gradedWords, sentences, syllables)),
      fleschKincaidGrade: grade,
      readingAge: round1(grade + AGE_OF_GRADE),
      readingScale,
      readingTimeMinutes: round1(words / WORDS_PER_MINUTE),
    },
    perParagraph,
  };
}
