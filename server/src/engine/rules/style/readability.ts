import { daleChall } from 'dale-chall';
import { spache } from 'spache';
import { syllable } from 'syllable';

// A sentence's reading age is its Flesch–Kincaid grade plus five (the usual grade-to-age step), worked out with
// proper names and numbers counted as one-syllable words: a reader who meets "Hamdullah Mokhlis" or "1,444" reads
// it as one unit, so a name must not make a plain sentence look hard. What the message names as hard is what a
// writer can change: the length, the clauses and the long words that are not names.

/** Words a young reader knows (Dale–Chall's easy words and Spache's familiar words), in lower case. */
const COMMON_WORDS: ReadonlySet<string> = new Set([...daleChall, ...spache]);

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
}

/** Plain counts of words [from, to), as the document statistics and the report use them. */
export function countSentence(words: readonly string[], syllables: readonly number[], from: number, to: number): SentenceCounts {
  let total = 0;
  let polysyllables = 0;
  let letters = 0;
  for (let i = from; i < to; i++) {
    const count = syllables[i];
    total += count;
    letters += words[i].length;
    if (count >= 3) polysyllables++;
  }
  return { words: to - from, syllables: total, polysyllables, letters };
}

// Inflections stripped to find a common word's base form: "companies" -> "company", "voted" -> "vote".
const ENDINGS: readonly (readonly [string, string])[] = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['d', ''],
  ['ing', ''],
  ['ing', 'e'],
  ['ly', ''],
  ['er', ''],
  ['ers', ''],
];

const COMMON_CACHE_LIMIT = 20_000;
const commonCache = new Map<string, boolean>();

function isCommon(lower: string): boolean {
  let common = commonCache.get(lower);
  if (common === undefined) {
    common = COMMON_WORDS.has(lower);
    for (let k = 0; !common && k < ENDINGS.length; k++) {
      const [ending, base] = ENDINGS[k];
      common = lower.length > ending.length + 2 && lower.endsWith(ending) && COMMON_WORDS.has(lower.slice(0, -ending.length) + base);
    }
    if (commonCache.size >= COMMON_CACHE_LIMIT) commonCache.clear();
    commonCache.set(lower, common);
  }
  return common;
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Words that open a clause inside a sentence (besides ; : ( and dashes). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(
  'which who whom whose although though because while whilst whereas unless whether if when where'.split(' '),
);

export interface SentenceLoad {
  words: number;
  /** Syllables, with names and numbers counted as one each. */
  syllables: number;
  clauses: number;
  /** Words of three syllables or more (in any part of a hyphenated word) that are neither names nor common words,
   * in order, each once. */
  longWords: string[];
  /** Flesch–Kincaid grade plus five, rounded. */
  readingAge: number;
}

/** What makes a sentence hard to read: words [from, to) of `text`, the sentence spanning [start, end) of it, with each
 * word's syllables in `syllables` and its lower case in `lower`. */
export function sentenceLoad(
  words: readonly string[],
  lower: readonly string[],
  syllables: readonly number[],
  from: number,
  to: number,
  text: string,
  start: number,
  end: number,
): SentenceLoad {
  let total = 0;
  let clauses = 1;
  const longWords: string[] = [];
  for (let i = from; i < to; i++) {
    const value = words[i];
    const caseless = lower[i];
    if (i > from && CLAUSE_WORDS.has(caseless)) clauses++;
    const capitalised = value.charCodeAt(0) !== caseless.charCodeAt(0);
    const acronym = capitalised && value.length > 1 && value === value.toUpperCase();
    // a capital opens every sentence: there it marks a name only when the next word has one too ("Hillary Clinton")
    const nameStart = i === from && i + 1 < to && words[i + 1].charCodeAt(0) !== lower[i + 1].charCodeAt(0);
    if (hasDigit(value) || (capitalised && (i > from || acronym || nameStart))) {
      total++;
      continue;
    }
    let count = syllables[i];
    let longest = count;
    if (caseless.includes('-')) {
      // "now-ousted" is two short words, not one long one
      count = 0;
      longest = 0;
      for (const part of caseless.split('-')) {
        if (part === '') continue;
        const n = syllablesOf(part);
        count += n;
        if (n > longest) longest = n;
      }
    }
    total += Math.max(1, count);
    if (longest >= 3 && !isCommon(caseless) && !longWords.includes(value)) longWords.push(value);
  }
  let dashes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 58 || c === 40)
      clauses++; // ; : (
    else if (c === 0x2014 || c === 0x2013 || (c === 45 && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32)) dashes++;
  }
  clauses += Math.ceil(dashes / 2);
  const n = to - from;
  return {
    words: n,
    syllables: total,
    clauses,
    longWords,
    readingAge: n === 0 ? 0 : Math.round(fleschKincaidGrade(n, 1, total) + AGE_OF_GRADE),
  };
}

/** A reading age is the school grade plus this (grade 1 at age 6). */
export const AGE_OF_GRADE = 5;

export function fleschReadingEase(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
}

export function fleschKincaidGrade(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}
