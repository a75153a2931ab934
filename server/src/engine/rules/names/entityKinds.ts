// What kind of entity a name on the sheet names, from the draft's own evidence: a title or a role before a
// person's name, a preposition of place or "province" around a place, an organisation's word inside its name.

import { DEMONYMS, KNOWN_CITIES, KNOWN_PLACES, ORGANISATION_WORDS, PLACE_WORDS, ROLE_WORDS, THING_WORDS } from './data';
import type { RunOccurrence } from './occurrences';

export type EntityKind = 'person' | 'organisation' | 'place' | 'group' | 'other';

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const lower = (set: ReadonlySet<string>): Set<string> => new Set([...set].map((w) => w.toLowerCase()));

/** Verbs of speech right before or after a name: a person (or a body that speaks for itself). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
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
  const space = text.indexOf(' ');
  if (!DEMONYMS.has(space < 0 ? text : text.slice(0, space))) return false;
  return space < 0 || text.split(' ').every((w) => DEMONYMS.has(w));
}

type Scores = Record<EntityKind, number>;

const zero = (): Scores => ({ person: 0, organisation: 0, place: 0, group: 0, other: 0 });

/** What a form's own words say (kept per text: drafts repeat their names). */
const textScores = new Map<string, Scores>();
const MAX_TEXTS = 50_000;

function scoresOfText(text: string): Scores {
  let score = textScores.get(text);
  if (score !== undefined) return score;
  score = zero();
  const parts = text.split(' ');
  const last = parts[parts.length - 1];
  if (KNOWN_PLACES.has(text) || KNOWN_CITIES.has(text) || PLACE_ACRONYMS.has(text)) score.place += 5;
  if (isGroupNoun(text)) score.group += 5;
  if (parts.length > 1 && PLACE_WORDS.has(last)) score.place += 3;
  if (parts.some((p) => ORGANISATION_WORDS.has(p))) score.organisation += 3;
  if (parts.length > 1 && THING_WORDS.has(last)) score.other += 3;
  if (textScores.size >= MAX_TEXTS) textScores.clear();
  textScores.set(text, score);
  return score;
}

/** What the words around the runs of one entity say, added up run by run. */
export interface RunEvidence {
  scores: Scores;
  titled: boolean;
  the: boolean;
  /** Speech verbs around it, which count for a person unless the entity is an acronym. */
  speech: number;
}

export const noEvidence = (): RunEvidence => ({ scores: zero(), titled: false, the: false, speech: 0 });

/** What the words around one run say (kept per run: a run lives as long as its paragraph is unchanged). */
const runScores = new WeakMap<RunOccurrence, RunEvidence>();

function scoresOfRun(run: RunOccurrence): RunEvidence {
  let cached = runScores.get(run);
  if (cached !== undefined) return cached;
  const scores = zero();
  let speech = 0;
  if (run.before !== undefined) {
    if (ROLE_WORDS.has(run.before)) scores.person += 2;
    if (SPEECH_VERBS.has(run.before)) speech++;
    if (PLACE_PREPOSITIONS.has(run.before)) scores.place += 2;
  }
  if (run.after !== undefined) {
    if (PLACE_AFTER.has(run.after)) scores.place += 3;
    if (ORGANISATION_AFTER.has(run.after)) scores.organisation += 2;
    if (SPEECH_VERBS.has(run.after)) speech++;
  }
  cached = { scores, titled: run.titled, the: run.before === 'the', speech };
  runScores.set(run, cached);
  return cached;
}

function addScores(to: Scores, s: Scores): void {
  to.person += s.person;
  to.organisation += s.organisation;
  to.place += s.place;
  to.group += s.group;
  to.other += s.other;
}

/** Adds one run's evidence (or another entity's total) to a total. */
export function addEvidence(to: RunEvidence, from: RunOccurrence | RunEvidence): void {
  const e = 'scores' in from ? from : scoresOfRun(from);
  addScores(to.scores, e.scores);
  to.speech += e.speech;
  if (e.titled) to.titled = true;
  if (e.the) to.the = true;
}

export interface KindInput {
  /** The entity's forms as written. */
  texts: string[];
  /** What its runs' surroundings say. */
  evidence: RunEvidence;
  acronym: boolean;
  /** It has a short form on the sheet (a surname written alone). */
  shortened: boolean;
}

/** The entity kind with the most evidence; without any, "other". */
export function entityKindOf({ texts, evidence, acronym, shortened }: KindInput): EntityKind {
  const score = zero();
  for (const text of texts) addScores(score, scoresOfText(text));
  addScores(score, evidence.scores);
  if (!acronym) score.person += evidence.speech;
  if (evidence.titled) score.person += 3;
  if (evidence.the) score.organisation += 1;
  if (acronym) score.organisation += 1;
  // a name of two or three words with no organisation's, place's or thing's word, never "the ...", not opening
  // with a nationality: a person
  const full = texts.find((t) => t.includes(' '));
  const plainName = full !== undefined && full.split(' ').length <= 3 && !DEMONYMS.has(full.split(/[ -]/)[0]) && score.other === 0;
  if (plainName && !evidence.the && score.organisation === 0 && score.place === 0) score.person += 1;
  if (shortened) score.person += 1;
  let best: EntityKind = 'other';
  for (const kind of ['person', 'organisation', 'place', 'group'] as const) if (score[kind] > score[best]) best = kind;
  return best;
}
