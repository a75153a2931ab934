import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { daleChall } from 'dale-chall';
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { flesch } from 'flesch';
import { gunningFog } from 'gunning-fog';
import { smogFormula } from 'smog-formula';
import { spache } from 'spache';
import { spacheFormula } from 'spache-formula';
import { syllable } from 'syllable';

// The verdict is retext-readability's (same seven formulas, same grade-to-age mapping, same counts), computed
// here from the paragraph's tokens because the plugin looks every word up in two word lists with Array#includes,
// which alone runs slower than the whole engine may. A unit test checks that both agree.

const EASY_WORDS: ReadonlySet<string> = new Set(daleChall);
const FAMILIAR_WORDS: ReadonlySet<string> = new Set(spache);

const SYLLABLE_CACHE_LIMIT = 50_000;
const syllableCache = new Map<string, number>();

export function syllablesOf(word: string): number {
  let count = syllableCache.get(word);
  if (count === undefined) {
    count = syllable(word);
    if (syllableCache.size >= SYLLABLE_CACHE_LIMIT) syllableCache.clear();
    syllableCache.set(word, count);
  }
  return count;
}

export interface SentenceCounts {
  words: number;
  syllables: number;
  polysyllables: number;
  letters: number;
  /** Polysyllables that do not start with a capital (Gunning fog's "complex words"). */
  complexPolysyllables: number;
  /** Distinct words on the Dale–Chall easy list. */
  easyWords: number;
  /** Distinct words on the Spache familiar list. */
  familiarWords: number;
}

export function countSentence(words: readonly string[], lower: readonly string[], from: number, to: number): SentenceCounts {
  let syllables = 0;
  let polysyllables = 0;
  let complexPolysyllables = 0;
  let letters = 0;
  const easy = new Set<string>();
  const familiar = new Set<string>();
  for (let i = from; i < to; i++) {
    const value = words[i];
    const caseless = lower[i];
    const count = syllablesOf(value);
    syllables += count;
    letters += value.length;
    if (count >= 3) {
      polysyllables++;
      if (value.charCodeAt(0) === caseless.charCodeAt(0)) complexPolysyllables++;
    }
    if (FAMILIAR_WORDS.has(caseless)) familiar.add(caseless);
    if (EASY_WORDS.has(caseless)) easy.add(caseless);
  }
  return {
    words: to - from,
    syllables,
    polysyllables,
    letters,
    complexPolysyllables,
    easyWords: easy.size,
    familiarWords: familiar.size,
  };
}

export interface ReadabilityVerdict {
  /** Formulas (of seven) that put the sentence above the target age. */
  agreeing: number;
  /** Flesch reading ease of the sentence. */
  fleschReadingEase: number;
  /** Flesch–Kincaid grade of the sentence. */
  grade: number;
}

export const FORMULA_COUNT = 7;

export function judgeSentence(c: SentenceCounts, age: number): ReadabilityVerdict {
  const counts = {
    character: c.letters,
    complexPolysillabicWord: c.complexPolysyllables,
    difficultWord: c.words - c.easyWords,
    letter: c.letters,
    polysillabicWord: c.polysyllables,
    sentence: 1,
    syllable: c.syllables,
    unfamiliarWord: c.words - c.familiarWords,
    word: c.words,
  };
  const ease = flesch(counts);
  const ages = [
    gradeToAge(automatedReadability(counts)),
    gradeToAge(colemanLiau(counts)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]),
    20 - Math.floor(ease / 10),
    gradeToAge(gunningFog(counts)),
    Math.ceil(Math.sqrt(smogFormula(counts)) + 2.5),
    gradeToAge(spacheFormula(counts)),
  ];
  let agreeing = 0;
  for (const value of ages) if (value > age) agreeing++;
  return { agreeing, fleschReadingEase: ease, grade: fleschKincaidGrade(c.words, 1, c.syllables) };
}

function gradeToAge(grade: number): number {
  return Math.round(grade + 5);
}

export function fleschReadingEase(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
}

export function fleschKincaidGrade(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}
