import type { Fix, RuleId, Severity } from '../../types';
import type { Convention, SpellingFamily } from './spelling-data';

/** A finding with paragraph-relative offsets (plain JSON). */
export interface LocalFinding {
  rule: RuleId;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  actual: string;
  expected: string[];
  fixes?: Fix[];
  inQuote: boolean;
  /** readability only: what makes the sentence hard (the message is written from it in the document pass). */
  hard?: HardSentence;
}

export interface HardSentence {
  words: number;
  clauses: number;
  longWords: string[];
  readingAge: number;
  /** The reading age above which a sentence is flagged. */
  limit: number;
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
  spelling: SpellingForm[];
  sentences: SentenceFacts[];
  /** Body prose: neither a headline, a heading nor a one-line credit; only these are judged and graded. */
  graded: boolean;
}
