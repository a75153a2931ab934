import type { Finding } from '../../types';
import type { Convention, SpellingFamily } from './spelling-data';

/** A finding with paragraph-relative offsets (plain JSON). */
export type LocalFinding = Finding;

/** What makes a sentence hard to read. */
export interface HardSentence {
  words: number;
  clauses: number;
  longWords: string[];
  readingAge: number;
  /** The reading age above which a sentence is flagged. */
  limit: number;
}

/** A sentence the readability rule flags, paragraph-relative: the finding is made in the document pass, whose
 * message says the reading age or the grade as the draft reads. */
export interface HardSentenceFact {
  start: number;
  end: number;
  actual: string;
  inQuote: boolean;
  hard: HardSentence;
}

/** One British- or American-only spelling seen outside quoted speech. */
export interface SpellingForm {
  start: number;
  end: number;
  word: string;
  convention: Convention;
  family: SpellingFamily;
  /** The British form, lowercase: the pair's key. */
  key: string;
  /** The same word in the other convention, already in the case of `word`. */
  other: string;
}

export interface SentenceFacts {
  start: number;
  end: number;
  words: number;
  syllables: number;
  polysyllables: number;
  letters: number;
}

export interface ParagraphStyleFacts {
  findings: LocalFinding[];
  /** Sentences readability flags (their findings are made in the document pass). */
  hard: HardSentenceFact[];
  spelling: SpellingForm[];
  sentences: SentenceFacts[];
  /** Body prose: neither a headline, a heading nor a one-line credit; only these are judged and graded. */
  graded: boolean;
}
