// Who bears a surname: the draft's own evidence that one surname names two or more people (spouses, parents and
// children, two unrelated people with one name). A surname alone is then ambiguous, and name-reference says nothing
// that relies on it. Read from the paragraphs' name runs and lower-case words only.

import { FIRST_NAME_GENDER } from '../quotes/firstNames';
import { FEMALE_TITLES, MALE_TITLES } from '../../lexicon/words';
import { FAMILY_WORDS, FEMALE_NOUNS, KIN_WORDS, MALE_NOUNS } from './data';
import { LOWER_QUOTED, LOWER_WEAK, type ParagraphNameFacts } from './mentions';

export type Gender = 'm' | 'f';

const HE = new Set(['he', 'him', 'his', 'himself']);
const SHE = new Set(['she', 'her', 'hers', 'herself']);
const IT = new Set(['its', 'itself']);
/** Lower-case words after a name that a pronoun is looked for among, within its sentence (a bound on the work:
 * sentences end sooner). Read to the sentence's end, the pronoun agrees with the first name's gender 438 times in 474
 * on the published corpus (395 in 429 within ten words). */
const PRONOUN_WINDOW = 40;

export function titleGender(title: string | undefined): Gender | undefined {
  if (title === undefined) return undefined;
  const t = title.toLowerCase();
  return MALE_TITLES.has(t) ? 'm' : FEMALE_TITLES.has(t) ? 'f' : undefined;
}

/** The lower-case words of a paragraph from `from` up to `to` (offsets), in order: a binary search for the first. */
function lowerBetween(facts: ParagraphNameFacts, from: number, to: number): ParagraphNameFacts['lower'] {
  const lower = facts.lower;
  let lo = 0;
  let hi = lower.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lower[mid][1] < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < lower.length && lower[end][1] < to) end++;
  return lower.slice(lo, end);
}

/** The first he/his or she/her after a run, in its sentence and before the next name: whom the sentence says the
 * name is ("Ann Hale spoke of her plans"). A new sentence, a quotation, a word for a person or another name ends
 * the search, so another person's pronoun is not taken. */
function pronounAfter(facts: ParagraphNameFacts, i: number): Gender | undefined {
  const run = facts.runs[i];
  const from = run.words[run.words.length - 1].end;
  const to = i + 1 < facts.runs.length ? facts.runs[i + 1].words[0].start : Number.MAX_SAFE_INTEGER;
  const words = lowerBetween(facts, from, to);
  for (let k = 0; k < words.length && k < PRONOUN_WINDOW; k++) {
    const [text, , flags] = words[k];
    if ((flags & (LOWER_WEAK | LOWER_QUOTED)) !== 0 || FEMALE_NOUNS.has(text) || MALE_NOUNS.has(text) || KIN_WORDS.has(text))
      return undefined;
    if (HE.has(text)) return 'm';
    if (SHE.has(text)) return 'f';
  }
  return undefined;
}

/** The lower-case word right before run `i`, with no name between ("his wife, Ann Hale" gives "wife"). */
function wordBefore(facts: ParagraphNameFacts, i: number): string | undefined {
  const runs = facts.runs;
  const prevEnd = i > 0 ? runs[i - 1].words[runs[i - 1].words.length - 1].end : 0;
  const before = lowerBetween(facts, prevEnd, runs[i].words[0].start);
  return before.length > 0 ? before[before.length - 1][0] : undefined;
}

/** "its" right after a run or its verb ("Hale says its figures", "Hale's own figures" aside): the name stands for a
 * firm, a paper or a place there, not the person. */
function itsAfter(facts: ParagraphNameFacts, i: number): boolean {
  const runs = facts.runs;
  const nextStart = i + 1 < runs.length ? runs[i + 1].words[0].start : Number.MAX_SAFE_INTEGER;
  return lowerBetween(facts, runs[i].words[runs[i].words.length - 1].end, nextStart)
    .slice(0, 2)
    .some(([text, , flags]) => IT.has(text) && (flags & LOWER_QUOTED) === 0);
}

/** A relative's word right before or after runs `first` to `last`, with no other name between ("his wife, Ann
 * Hale", "Ann Hale and her son", "Hale's widow"). */
function nextToKin(facts: ParagraphNameFacts, first: number, last: number): boolean {
  const runs = facts.runs;
  const prevEnd = first > 0 ? runs[first - 1].words[runs[first - 1].words.length - 1].end : 0;
  const before = lowerBetween(facts, prevEnd, runs[first].words[0].start).slice(-2);
  const nextStart = last + 1 < runs.length ? runs[last + 1].words[0].start : Number.MAX_SAFE_INTEGER;
  const after = lowerBetween(facts, runs[last].words[runs[last].words.length - 1].end, nextStart).slice(0, 3);
  return [...before, ...after].some(([text]) => KIN_WORDS.has(text));
}

/** Counts of evidence for a man and a woman, by strength: [explicit m, f, first name m, f, pronoun m, f]. */
type GenderVotes = [number, number, number, number, number, number];
const EXPLICIT = 0;
const FIRST_NAME = 1;
const PRONOUN = 2;

/** The gender the strongest evidence gives, by majority at that strength (a tie says nothing). A pronoun is wrong
 * about one time in thirteen: weak, but often all there is, and a wrong doubt costs a finding, not a false one. */
function genderOf(votes: GenderVotes): Gender | undefined {
  for (let k = 0; k < votes.length; k += 2) {
    if (votes[k] > votes[k + 1]) return 'm';
    if (votes[k + 1] > votes[k]) return 'f';
  }
  return undefined;
}

/** What one mention says about its bearer, read from its paragraph alone: worked out once per paragraph text (the
 * facts are cached by it), so an edit elsewhere reads it again for nothing. */
interface FullEvidence {
  family: boolean;
  votes: GenderVotes;
}
interface AloneEvidence {
  gender: Gender | undefined;
  family: boolean;
  thing: boolean;
}
const fullSeen = new WeakMap<ParagraphNameFacts, Map<number, FullEvidence>>();
const aloneSeen = new WeakMap<ParagraphNameFacts, Map<number, AloneEvidence>>();

function cached<T>(cache: WeakMap<ParagraphNameFacts, Map<number, T>>, facts: ParagraphNameFacts, key: number, make: () => T): T {
  let byKey = cache.get(facts);
  if (byKey === undefined) cache.set(facts, (byKey = new Map()));
  let value = byKey.get(key);
  if (value === undefined) byKey.set(key, (value = make()));
  return value;
}

/** A full name in runs `first` to `last`: a relative beside it, and the draft's word for its bearer's gender, strongest
 * first: a title or a noun before the name ("Mrs", "his wife"), the first name as copy uses it, then the pronoun after
 * it. `given` and `title` come from the same runs, so the runs are the key. */
function fullEvidence(facts: ParagraphNameFacts, first: number, last: number, given: string[], title: string | undefined): FullEvidence {
  return cached(fullSeen, facts, first * facts.runs.length + last, () => {
    const votes: GenderVotes = [0, 0, 0, 0, 0, 0];
    const vote = (g: Gender | undefined, strength: number): void => {
      if (g !== undefined) votes[strength * 2 + (g === 'm' ? 0 : 1)]++;
    };
    vote(titleGender(title), EXPLICIT);
    const noun = wordBefore(facts, first);
    if (noun !== undefined) vote(FEMALE_NOUNS.has(noun) ? 'f' : MALE_NOUNS.has(noun) ? 'm' : undefined, EXPLICIT);
    vote(FIRST_NAME_GENDER.get(given[0].toLowerCase()), FIRST_NAME);
    vote(pronounAfter(facts, last), PRONOUN);
    return { family: nextToKin(facts, first, last), votes };
  });
}

/** The surname alone in run `i`: its courtesy title's gender, a relative or "family" beside it, "its" after it. */
function aloneEvidence(facts: ParagraphNameFacts, i: number): AloneEvidence {
  return cached(aloneSeen, facts, i, () => {
    const run = facts.runs[i];
    return {
      gender: titleGender(run.title?.text),
      family: (run.after !== undefined && FAMILY_WORDS.has(run.after)) || nextToKin(facts, i, i),
      thing: itsAfter(facts, i),
    };
  });
}

/** The evidence about one surname's bearers, gathered mention by mention. */
export class SurnameBearers {
  /** People named in full: their first words (without initials), and the gender the draft gives each. */
  private people: { given: string[]; votes: GenderVotes }[] = [];
  /** Genders of the courtesy titles on the surname alone ("Mr Hale", "Mrs Hale"). */
  private aloneGenders = new Set<Gender>();
  /** A relative or a family beside a mention ("his wife, Ann Hale", "the Hales", "the Hale family"). */
  private family = false;
  /** The surname alone used for a thing ("Hale says its figures"): a firm or a paper named after the person. */
  private thing = false;

  /** A full name ending in the surname, written in runs `first` to `last` (two when split after an initial):
   * `given` its first words, initials left out. */
  addFull(facts: ParagraphNameFacts, first: number, last: number, given: string[], title: string | undefined): void {
    const seen = fullEvidence(facts, first, last, given, title);
    if (seen.family) this.family = true;
    // the same person written twice ("Ann Hale", "Ann B. Hale"; "Hillary Rodham Clinton", "Hillary Clinton")
    const same = this.people.find((p) => p.given.includes(given[0]) || given.includes(p.given[0]));
    if (same === undefined) this.people.push({ given, votes: [...seen.votes] });
    else for (let k = 0; k < seen.votes.length; k++) same.votes[k] += seen.votes[k];
  }

  /** The surname alone (`i` the run's index): its courtesy title, and a relative or "family" beside it. */
  addAlone(facts: ParagraphNameFacts, i: number): void {
    const seen = aloneEvidence(facts, i);
    if (seen.gender !== undefined) this.aloneGenders.add(seen.gender);
    if (seen.family) this.family = true;
    if (seen.thing) this.thing = true;
  }

  /** The plural surname ("the Hales"): a family. */
  addPlural(): void {
    this.family = true;
  }

  /** Why the surname alone may mean more than one person, or undefined when the draft names one bearer only. */
  ambiguity(): string | undefined {
    if (this.people.length > 1) return 'two full names';
    if (this.family) return 'a family';
    if (this.aloneGenders.size > 1) return 'titles of both genders';
    if (this.thing) return 'also a thing';
    const person = this.people[0];
    // "Mr. Hale" when the one full name is a woman's: another Hale, never named in full
    const g = person === undefined ? undefined : genderOf(person.votes);
    if (g !== undefined && this.aloneGenders.size === 1 && !this.aloneGenders.has(g)) return 'a title of the other gender';
    return undefined;
  }
}
