// Which spelling of an entity is its usual one: the house style's; a well-known acronym; else the form the draft
// uses most where its spelling is evidence; on a tie, the form other evidence favours; without evidence, none (the
// draft is then told it writes the name two ways, and no form is recommended).

import { KNOWN_PLACES, NAME_CONNECTORS } from './data';
import type { Form } from './forms';
import { acronymCore, joinKey } from './keys';
import type { Occurrence, WordOccurrence } from './occurrences';

/** The usual form, or the forms tied for it; `silent` forms were only seen where their style says nothing (a
 * headline's dots, a sentence start's capital): they are not flagged. */
export type Decision = ({ canonical: Form; tie?: undefined } | { canonical?: undefined; tie: Form[] }) & { silent: Form[] };

/** A form with capitals where names do not have them: two capitals opening a word ("HIllary"), or a capitalised
 * connector inside a longer name ("Sands Of Time"). */
export function hasOddCapitals(text: string): boolean {
  const words = text.split(' ');
  if (words.some((w) => /^\p{Lu}\p{Lu}\p{Ll}{2}/u.test(w))) return true;
  return words.some((w, i) => i > 0 && i < words.length - 1 && NAME_CONNECTORS.has(w.toLowerCase()) && w !== w.toLowerCase());
}

/** Forms that differ only in capitals, hyphens, spaces or dots (not in letters). */
const sameLetters = (members: Form[]): boolean => members.every((m) => joinKey(m.text) === joinKey(members[0].text));

const allSame = (members: Form[], key: (text: string) => string): boolean => members.every((m) => key(m.text) === key(members[0].text));

/** Title case folded away: "Mayor Of London" and "mayor of London" differ only in initials. */
export const foldInitials = (text: string): string =>
  text
    .split(' ')
    .map((w) => w.charAt(0).toLowerCase() + w.slice(1))
    .join(' ');

/** How many of a form's occurrences speak for its spelling: a capital where any word has one (a sentence start)
 * says nothing about initials, and a headline's style nothing about dots ("US" in a headline, "U.S." in the text). */
function votes(form: Form, members: Form[]): number {
  const initialsOnly = allSame(members, foldInitials);
  const dotsOnly = allSame(members, (t) => t.replace(/\./g, ''));
  if (!initialsOnly && !dotsOnly) return form.occs.length;
  let n = 0;
  for (const o of form.occs) if (!((dotsOnly && o.headline) || (initialsOnly && o.weak))) n++;
  return n;
}

/** An acronym's singular and plural ("MMORPG", "MMORPGs") are one spelling: they share a lemma. */
const lemmaOf = (form: Form): string => (form.kind === 'acronym' && /[\p{Lu}\d.]s$/u.test(form.text) ? form.text.slice(0, -1) : form.text);

/** What the draft says beyond the cluster's own forms. */
export interface Evidence {
  /** A well-known acronym (built in or the house style's). */
  isKnown(text: string): boolean;
  /** Quoted: in quotation marks, or in others' words (letters, comments). */
  quoted(o: Occurrence): boolean;
  /** How often the draft writes a name word, in any capitals. */
  wordCount(word: string): number;
}

/** For two names that differ in one word, the one whose word the draft writes more often elsewhere ("Chorlton" in
 * "Chorlton and the Wheelies" and "Chorlton And The Wheelies", against one "Chorton"). */
function byWordCounts(leaders: Form[], wordCount: (word: string) => number): Form | undefined {
  if (leaders.length !== 2) return undefined;
  const [a, b] = leaders.map((f) => f.text.split(' '));
  if (a.length !== b.length || a.length < 2) return undefined;
  const differ = a.map((_, i) => i).filter((i) => a[i].toLowerCase() !== b[i].toLowerCase());
  if (differ.length !== 1) return undefined;
  const [ca, cb] = [wordCount(a[differ[0]]), wordCount(b[differ[0]])];
  return ca > cb ? leaders[0] : cb > ca ? leaders[1] : undefined;
}

/** Evidence that breaks a tie, each taken in turn while it leaves at least one form. */
function tieBreakers(styleOnly: boolean, isKnown: (text: string) => boolean, quoted: (o: Occurrence) => boolean): ((f: Form) => boolean)[] {
  const narrative = (f: Form): boolean => f.occs.some((o: Occurrence) => !quoted(o));
  const fullName = (f: Form): boolean =>
    f.occs.some((o) => (o as WordOccurrence).givenBefore !== undefined || (o as WordOccurrence).surnameAfter !== undefined);
  const breakers: ((f: Form) => boolean)[] = [
    (f) => !hasOddCapitals(f.text),
    (f) => f.kind === 'acronym' && isKnown(f.text),
    (f) => KNOWN_PLACES.has(f.text),
    // what the editor wrote, against what someone said or wrote
    narrative,
  ];
  // the careful first mention of a person, for a spelling (not for hyphens or capitals, which vary by style)
  if (!styleOnly) breakers.push(fullName);
  return breakers;
}

export function decideCanonical(members: Form[], evidence: Evidence): Decision {
  const isKnown = (text: string): boolean => evidence.isKnown(text);
  const preferred = members.find((m) => m.housePreferred);
  if (preferred !== undefined) return { canonical: preferred, silent: [] };
  const known = members.filter((m) => m.kind === 'acronym' && isKnown(m.text));
  if (
    known.length === 1 &&
    members.every((m) => m.kind === 'acronym') &&
    members.filter((m) => acronymCore(m.text) === acronymCore(known[0].text)).length === 1
  ) {
    return { canonical: known[0], silent: [] };
  }
  const styleOnly = sameLetters(members);
  // votes by lemma; each lemma is represented by its most used form
  const lemmas = new Map<string, { form: Form; n: number; forms: Form[] }>();
  for (const m of members) {
    const n = votes(m, members);
    const key = lemmaOf(m);
    const entry = lemmas.get(key);
    if (entry === undefined) lemmas.set(key, { form: m, n, forms: [m] });
    else {
      entry.n += n;
      entry.forms.push(m);
      if (m.occs.length > entry.form.occs.length) entry.form = m;
    }
  }
  let counted = [...lemmas.values()];
  // forms seen only where their style says nothing are no evidence, unless no form is anything else
  if (counted.every((c) => c.n === 0)) counted = counted.map((c) => ({ ...c, n: c.forms.reduce((k, f) => k + f.occs.length, 0) }));
  const voted = counted.filter((c) => c.n > 0);
  const silent = counted.filter((c) => c.n === 0).flatMap((c) => c.forms);
  const top = Math.max(...voted.map((c) => c.n));
  let leaders = voted.filter((c) => c.n === top).map((c) => c.form);
  if (leaders.length === 1) return { canonical: leaders[0], silent };
  for (const breaker of tieBreakers(styleOnly, isKnown, (o) => evidence.quoted(o))) {
    const kept = leaders.filter(breaker);
    if (kept.length > 0) leaders = kept;
    if (leaders.length === 1) return { canonical: leaders[0], silent };
  }
  const byWords = byWordCounts(leaders, (w) => evidence.wordCount(w));
  if (byWords !== undefined) return { canonical: byWords, silent };
  return { tie: voted.flatMap((c) => c.forms), silent };
}
