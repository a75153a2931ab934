import type { Finding } from '../../types';
import type { Convention, SpellingFamily } from './spelling-data';

/** A finding with paragraph-relative offsets (plain JSON). */
export type LocalFinding = Finding;

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
}
