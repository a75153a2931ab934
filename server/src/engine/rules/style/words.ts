import { foldApostrophes } from '../../lexicon/characters';
import { syllablesOf } from './readability';
import { SPELLING_TABLE, type SpellingEntry } from './spelling-data';

/** What the style rules read of a word, the same wherever it occurs. */
interface WordFacts {
  /** Lower case, with its apostrophes folded to `'`. */
  lower: string;
  syllables: number;
  /** The British- or American-only spelling the word is, if any. */
  spelling: SpellingEntry | undefined;
}

// One lookup per word instead of a lower-casing, an apostrophe fold and two table lookups: fresh word strings are
// hashed once, and the lower-case forms handed on are the cached ones, whose hashes are already known.
const WORD_CACHE_LIMIT = 50_000;
const wordCache = new Map<string, WordFacts>();

function factsOf(word: string): WordFacts {
  let facts = wordCache.get(word);
  if (facts === undefined) {
    const lower = foldApostrophes(word.toLowerCase());
    facts = { lower, syllables: syllablesOf(word), spelling: SPELLING_TABLE.get(lower) };
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(word, facts);
  }
  return facts;
}

/** A paragraph's words, index by index. */
export interface ParagraphWords {
  lower: string[];
  syllables: number[];
  spelling: (SpellingEntry | undefined)[];
}

export function paragraphWords(texts: readonly string[]): ParagraphWords {
  const lower: string[] = [];
  const syllables: number[] = [];
  const spelling: (SpellingEntry | undefined)[] = [];
  for (let i = 0; i < texts.length; i++) {
    const facts = factsOf(texts[i]);
    lower.push(facts.lower);
    syllables.push(facts.syllables);
    spelling.push(facts.spelling);
  }
  return { lower, syllables, spelling };
}
