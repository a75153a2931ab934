import { ANALYSIS_SETTINGS } from '../registry';

/** How reading difficulty is shown: a reading age (British usage) or a US school grade (age minus five). */
export type ReadingScale = 'age' | 'grade';

export interface StyleOptions {
  readability: {
    /** A sentence whose reading age (names and numbers counted as short words) is above this is hard. */
    age: number;
    /** Sentences with fewer words are not judged (one long word skews a short sentence). */
    minimumWords: number;
    /** A hard sentence has at least this many long words that are not names: something to make plainer. */
    minimumLongWords: number;
    /** null: follow the draft's spelling (American: grades; otherwise reading ages). */
    scale: ReadingScale | null;
  };
  sentenceLength: { maxWords: number };
  paragraphLength: { maxSentences: number; maxWords: number };
  /** null: follow the draft's majority. */
  spelling: { prefer: 'british' | 'american' | null };
}

/** News defaults, chosen from the corpus rates in docs/style-defaults.md. */
export const DEFAULT_STYLE_OPTIONS: StyleOptions = {
  readability: { age: ANALYSIS_SETTINGS['readability.targetAge'].default, minimumWords: 15, minimumLongWords: 5, scale: null },
  sentenceLength: { maxWords: ANALYSIS_SETTINGS['sentenceLength.maxWords'].default },
  paragraphLength: {
    maxSentences: ANALYSIS_SETTINGS['paragraphLength.maxSentences'].default,
    maxWords: ANALYSIS_SETTINGS['paragraphLength.maxWords'].default,
  },
  spelling: { prefer: null },
};
