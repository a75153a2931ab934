import { ANALYSIS_SETTINGS } from '../registry';

export interface StyleOptions {
  readability: {
    /** Reading age the text should suit; a sentence is hard when enough formulas put it above this age. */
    age: number;
    /** Sentences with fewer words are not judged (one long word skews a short sentence). */
    minimumWords: number;
    /** How many of the seven formulas (0..7) must agree that a sentence is too hard. */
    minimumFormulas: number;
  };
  sentenceLength: { maxWords: number };
  paragraphLength: { maxSentences: number; maxWords: number };
  /** null: follow the draft's majority. */
  spelling: { prefer: 'british' | 'american' | null };
}

/** News defaults, chosen from the corpus rates in docs/style-defaults.md. */
export const DEFAULT_STYLE_OPTIONS: StyleOptions = {
  readability: { age: ANALYSIS_SETTINGS['readability.targetAge'].default, minimumWords: 12, minimumFormulas: 5 },
  sentenceLength: { maxWords: ANALYSIS_SETTINGS['sentenceLength.maxWords'].default },
  paragraphLength: {
    maxSentences: ANALYSIS_SETTINGS['paragraphLength.maxSentences'].default,
    maxWords: ANALYSIS_SETTINGS['paragraphLength.maxWords'].default,
  },
  spelling: { prefer: null },
};
