// What kind of entity a name on the sheet names, from the draft's own evidence: a title or a role before a
// person's name, a preposition of place or "province" around a place, an organisation's word inside its name.

import { DEMONYMS, KNOWN_CITIES, KNOWN_PLACES, ORGANISATION_WORDS, PLACE_WORDS, THING_WORDS, TITLES } from './data';
import type { RunOccurrence } from './occurrences';

export type EntityKind = 'person' | 'organisation' | 'place' | 'group' | 'other';

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const lower = (set: ReadonlySet<string>): Set<string> => new Set([...set].map((w) => w.toLowerCase()));

/** Lower-case nouns for what a person does, written before the name ("researcher Abdul Sayed"). */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  ...lower(TITLES),
  ...words(`
  researcher analyst spokesman spokeswoman spokesperson guard chief commander leader minister director
  professor expert official officer adviser advisor aide lawyer attorney judge founder chairman chairwoman
  executive economist author writer journalist reporter correspondent editor columnist actor actress singer
  player striker midfielder defender goalkeeper keeper coach manager captain winger lock fly-half scrum-half
  candidate nominee senator governor mayor president secretary rep envoy ambassador diplomat activist student
  teacher doctor nurse farmer resident shopkeeper witness victim suspect defendant mother father son daughter
  wife husband brother sister cousin uncle aunt nephew niece friend colleague partner boss owner host presenter
  comedian star singer-songwriter rapper artist designer chef novelist poet economist strategist pollster
  `),
]);

/** Verbs of speech right before or after a name: a person (or a body that speaks for itself). */
const SPEECH_VERBS: ReadonlySet<string> = new Set(
  words('said says told tells added adds explained explains wrote writes asked asks argued argues warned warns insisted'),
);

/** Prepositions of place written right before a name ("in Kabul", "from Jowzjan"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  words('in at from near across outside inside around throughout into via towards toward through'),
);

/** Lower-case words right after a name that make it an organisation's ("the Haqqani network"). */
const ORGANISATION_AFTER: ReadonlySet<string> = new Set([
  ...lower(ORGANISATION_WORDS),
  ...words('network group movement government militants fighters fighter forces officials spokesman spokeswoman party firm company'),
]);

const PLACE_AFTER: ReadonlySet<string> = lower(PLACE_WORDS);

/** Acronyms that name countries. */
const PLACE_ACRONYMS: ReadonlySet<string> = new Set(words('US USA UK UAE DRC PRC DPRK ROK'));

/** A plural of a demonym or believer ("Afghans", "Shias", "Islamists"): a group of people. */
export function isGroupNoun(text: string): boolean {
  if (text.includes(' ') || !text.endsWith('s')) return false;
  return DEMONYMS.has(text.slice(0, -1)) || (text.endsWith('es') && DEMONYMS.has(text.slice(0, -2)));
}

/** Every word an adjective of nationality, religion or party ("French", "Sunni Islamist"): no entity. */
export function isAdjectiveOnly(text: string): boolean {
  return text.split(' ').every((w) => DEMONYMS.has(w));
}

export interface KindInput {
  /** The entity's forms as written. */
  texts: string[];
  /** The runs its forms were written in. */
  runs: RunOccurrence[];
  acronym: boolean;
  /** It has a short form on the sheet (a surname written alone). */
  shortened: boolean;
}

/** The entity kind with the most evidence; without any, "other". */
export function entityKindOf({ texts, runs, acronym, shortened }: KindInput): EntityKind {
  const score: Record<EntityKind, number> = { person: 0, organisation: 0, place: 0, group: 0, other: 0 };
  for (const text of texts) {
    const parts = text.split(' ');
    const last = parts[parts.length - 1];
    if (KNOWN_PLACES.has(text) || KNOWN_CITIES.has(text) || PLACE_ACRONYMS.has(text)) score.place += 5;
    if (isGroupNoun(text)) score.group += 5;
    if (parts.length > 1 && PLACE_WORDS.has(last)) score.place += 3;
    if (parts.some((p) => ORGANISATION_WORDS.has(p))) score.organisation += 3;
    if (parts.length > 1 && THING_WORDS.has(last)) score.other += 3;
  }
  let titled = false;
  let the = false;
  for (const run of runs) {
    if (run.titled) titled = true;
    if (run.before === 'the') the = true;
    if (run.before !== undefined) {
      if (ROLE_WORDS.has(run.before)) score.person += 2;
      if (SPEECH_VERBS.has(run.before) && !acronym) score.person += 1;
      if (PLACE_PREPOSITIONS.has(run.before)) score.place += 2;
    }
    if (run.after !== undefined) {
      if (PLACE_AFTER.has(run.after)) score.place += 3;
      if (ORGANISATION_AFTER.has(run.after)) score.organisation += 2;
      if (SPEECH_VERBS.has(run.after) && !acronym) score.person += 1;
    }
  }
  if (titled) score.person += 3;
  if (the) score.organisation += 1;
  if (acronym) score.organisation += 1;
  // a name of two or three words with no organisation's, place's or thing's word, never "the ...", not opening
  // with a nationality: a person
  const full = texts.find((t) => t.includes(' '));
  const plainName = full !== undefined && full.split(' ').length <= 3 && !DEMONYMS.has(full.split(/[ -]/)[0]) && score.other === 0;
  if (plainName && !the && score.organisation === 0 && score.place === 0) score.person += 1;
  if (shortened) score.person += 1;
  let best: EntityKind = 'other';
  for (const kind of ['person', 'organisation', 'place', 'group'] as const) if (score[kind] > score[best]) best = kind;
  return best;
}
