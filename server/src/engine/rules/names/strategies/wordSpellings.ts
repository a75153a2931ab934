// Strategy: misspellings and transliterations of one name word ("Kowalksi"/"Kowalski", "Zelenyuk"/"Zeleniuk"),
// with the guards against look-alike names of different people, places and things.

import type { MatchContext } from '../context';
import { COMMON_CAPITALISED } from '../data';
import { isDistinctIn } from '../distinct';
import { rareFirst } from '../forms';
import { editDistance, isTransposition, phoneticKey } from '../keys';
import { shareASentence, type WordOccurrence } from '../occurrences';

/** More edits than this and two words are different words. */
const MAX_EDITS = 2;
/** Two edits only as a romanisation, and only for words at least this long. */
const MIN_LENGTH_TWO_EDITS = 6;
/** The shortest word compared: shorter for a swap, and for two titled surnames ("Mr Lee"/"Mr Lea"). */
const MIN_LENGTH = 5;
const MIN_LENGTH_SWAP = 4;
const MIN_LENGTH_TITLED = 3;
/** A rare form written more than once must be this many times rarer than the frequent one. */
const RARE_RATIO = 3;
/** On a one-to-one tie, the shortest word with a slip's shape (two letters swapped, a doubled letter single). */
const MIN_LENGTH_SLIP = 6;
/** On a one-to-one tie, the shortest word that goes by the first element of a full name. */
const MIN_LENGTH_TIE = 5;

interface PairStats {
  text: string;
  lower: string;
  count: number;
  readonly first: number;
  givenOf: Set<string>;
  surnameOf: Set<string>;
  standalone: number;
  alone: number;
  /** Occurrences that are parts of a hyphenated name: they can be misspelt, but are no evidence of the usual form. */
  parts: number;
  titled: boolean;
  /** Occurrences as an item of a list of names, and of a roster. */
  listed: number;
  roster: number;
  /** Some occurrence shares a sentence with one of the other word's (set per pair). */
  sameSentence?: boolean;
}

interface WordStats extends PairStats {
  occs: readonly WordOccurrence[];
}

/** A name word's statistics, kept with its occurrence list (a new list when the word's occurrences change). Its
 * first use is read from the occurrence itself: offsets move with edits above it. */
const wordStatsCache = new WeakMap<readonly WordOccurrence[], WordStats>();

function wordStatsOf(text: string, lower: string, occs: readonly WordOccurrence[]): WordStats {
  const cached = wordStatsCache.get(occs);
  if (cached !== undefined && cached.text === text) return cached;
  const s: WordStats = {
    text,
    lower,
    occs,
    count: occs.length,
    get first() {
      return occs[0].start;
    },
    givenOf: new Set(),
    surnameOf: new Set(),
    standalone: 0,
    alone: 0,
    parts: 0,
    titled: false,
    listed: 0,
    roster: 0,
  };
  for (const o of occs) {
    if (o.givenBefore !== undefined) s.givenOf.add(o.givenBefore);
    if (o.surnameAfter !== undefined) s.surnameOf.add(o.surnameAfter);
    if (o.givenBefore === undefined && o.surnameAfter === undefined) s.standalone++;
    if (o.alone) s.alone++;
    if (o.part) s.parts++;
    if (o.titled) s.titled = true;
    if (o.listed) s.listed++;
    if (o.roster) s.roster++;
  }
  wordStatsCache.set(occs, s);
  return s;
}

/** The decision for two words, kept while neither word's occurrences change (and the distinct names stay). */
const pairDecisions = new WeakMap<WordStats, WeakMap<WordStats, { distinct: Set<string>; same: boolean }>>();

function misspellingPair(a: WordStats, b: WordStats, distinct: Set<string>): boolean {
  let byB = pairDecisions.get(a);
  if (byB === undefined) pairDecisions.set(a, (byB = new WeakMap()));
  const known = byB.get(b);
  if (known !== undefined && known.distinct === distinct) return known.same;
  const same = isMisspellingPair(a, b, (x, y) => isDistinctIn(distinct, x, y), shareASentence(a.occs, b.occs));
  byB.set(b, { distinct, same });
  return same;
}

export function linkWordSpellings({ collected, table, distinct }: MatchContext): void {
  // several spellings of one lower-case word (case differences are handled by the same-letters strategy): the most
  // frequent speaks for it, and a tie goes to the one used first
  const spellingOf = (lower: string): { text: string; occs: readonly WordOccurrence[] } | undefined => {
    let best: { text: string; occs: readonly WordOccurrence[] } | undefined;
    for (const text of collected.spellingsOfLower.get(lower) ?? []) {
      const occs = collected.wordsOf(text);
      if (occs.length === 0) continue;
      if (best === undefined || occs.length > best.occs.length || (occs.length === best.occs.length && occs[0].start < best.occs[0].start))
        best = { text, occs };
    }
    return best;
  };
  // the statistics only for words that have a look-alike: a few among thousands
  const stats = new Map<string, WordStats>();
  const statsOf = (lower: string): WordStats | undefined => {
    const cached = stats.get(lower);
    if (cached !== undefined) return cached;
    const entry = spellingOf(lower);
    if (entry === undefined) return undefined;
    const s = wordStatsOf(entry.text, lower, entry.occs);
    stats.set(lower, s);
    return s;
  };
  for (const [x, y] of collected.lookAlikePairs()) {
    if (collected.vocabulary.has(x) || collected.vocabulary.has(y)) continue;
    const a = statsOf(x);
    const b = statsOf(y);
    if (a === undefined || b === undefined) continue;
    if (misspellingPair(a, b, distinct)) {
      const [rare, frequent] = rareFirst(a, b);
      if (ordinaryWordBefore(rare, frequent, collected.vocabulary)) continue;
      table.link(table.formWith('name', frequent.text, frequent.occs), table.formWith('name', rare.text, rare.occs));
    }
  }
}

/** The rare form only after a word the draft also writes in lower case, which the frequent form never follows:
 * a word of a longer name ("the Member States" against "the Status of Refugees"), not a first name given once. */
function ordinaryWordBefore(rare: PairStats, frequent: PairStats, vocabulary: { has(word: string): boolean }): boolean {
  if (rare.surnameOf.size === 0 || rare.standalone > 0) return false;
  return [...rare.surnameOf].every((g) => !frequent.surnameOf.has(g) && vocabulary.has(g.toLowerCase()));
}

/** Whether two name words are one name spelt two ways, with the guards against look-alike distinct names. */
function isMisspellingPair(a: PairStats, b: PairStats, isDistinct: (a: string, b: string) => boolean, sameSentence: boolean): boolean {
  const [rare, frequent] = rareFirst(a, b);
  if (isDistinct(a.text, b.text) || COMMON_CAPITALISED.has(a.lower) || COMMON_CAPITALISED.has(b.lower)) return false;
  // both written in one sentence with another first letter, or both on one list there: set side by side on
  // purpose ("Vardo's famous Fardo Hall"), not a slip (a slip keeps the first letter)
  if (sameSentence && (a.lower[0] !== b.lower[0] || (rare.listed > 0 && frequent.listed > 0))) return false;
  // a name only ever on a roster (a team sheet, fixtures): another entry of it, not a slip for a name in the text
  if (rare.roster === rare.count) return false;
  const x = rare.lower;
  const y = frequent.lower;
  const distance = editDistance(x, y, MAX_EDITS);
  if (distance > MAX_EDITS) return false;
  const phonetic = phoneticKey(x) === phoneticKey(y);
  const swap = isTransposition(x, y);
  if (distance === 2) {
    // two changes only as a romanisation: same skeleton, same last letter, long enough
    if (!phonetic || Math.min(x.length, y.length) < MIN_LENGTH_TWO_EDITS || x[x.length - 1] !== y[y.length - 1]) return false;
  }
  if (!phonetic && x[0] !== y[0]) return false;
  const shortest = Math.min(x.length, y.length);
  if (shortest < (swap ? MIN_LENGTH_SWAP : MIN_LENGTH) && !(rare.titled && frequent.titled && shortest >= MIN_LENGTH_TITLED)) return false;
  if (frequent.parts > 0 && frequent.count - frequent.parts < 2) return false;
  // counts: a rare form against a frequent one; a one-to-one tie only for a slip's own shape, or against a full
  // name given earlier
  if (rare.count > 1 && rare.count * RARE_RATIO > frequent.count) return false;
  const tie = frequent.count < 2;
  // (the tie case: a name like "Karim al-Masri", whose bearer goes by the first element, then that element alone)
  const goesByFirst = [...frequent.givenOf].some((g) => g[0] === g[0].toLowerCase());
  const slip = shortest >= MIN_LENGTH_SLIP && (swap || isDoubleDropped(x, y));
  if (tie && !slip && !(goesByFirst && rare.alone === rare.count && frequent.first < rare.first && x.length >= MIN_LENGTH_TIE))
    return false;
  // first names against other names: Linus/Linux, Corey/Comey, Tony/Tory, Eric/Erica
  const onlyGiven = (s: PairStats): boolean => s.givenOf.size > 0 && s.standalone === 0 && s.surnameOf.size === 0;
  if (onlyGiven(rare) && frequent.givenOf.size === 0) return false;
  if ((!tie || slip) && onlyGiven(frequent) && rare.givenOf.size === 0) return false;
  if (frequent.givenOf.size > 0 && rare.givenOf.size > 0) {
    for (const s of rare.givenOf) if (!frequent.givenOf.has(s)) return false;
  }
  // different people with similar surnames: each with a first name the other never has (a first name only on the
  // rare form is the full-name mention of the same person: "Adam Kowalsky", then "Kowalski" throughout)
  if (frequent.surnameOf.size > 0 || x[0] !== y[0]) for (const g of rare.surnameOf) if (!frequent.surnameOf.has(g)) return false;
  // an ending that changes the word (Israel/Israeli, Democrat/Democrats) only counts for people's surnames
  const personal = frequent.titled && rare.givenOf.size === 0;
  if (y.startsWith(x) && !personal) return false;
  if (x.startsWith(y) && !(personal && rare.titled)) return false;
  // a last letter changed to or from "s" reads as a plural (Scott/Scots)
  if (
    x.length === y.length &&
    x.slice(0, -1) === y.slice(0, -1) &&
    (x.endsWith('s') || y.endsWith('s')) &&
    !(x.endsWith('z') || y.endsWith('z')) &&
    !personal
  )
    return false;
  return true;
}

/** One word the other with a doubled letter written once ("Holinger" for "Hollinger"). */
function isDoubleDropped(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // long[i] is the extra letter: it doubles its neighbour
  return (long[i] === long[i - 1] || long[i] === long[i + 1]) && long.slice(i + 1) === short.slice(i);
}
