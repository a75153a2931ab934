// The draft's people and bodies: mentions grouped into entities (so "a shopkeeper" and "the shopkeeper" are one
// speaker, "Trump" and "Donald Trump" one name), and pronouns resolved by ranking the entities mentioned before them.
// The ranking's weights are fitted on PolNeAR train by test/eval/fit-speakers.ts and kept as data in weights.json.

import type { Mention } from './paragraph';
import { definite, lowerCase, personHead, type SpeakerKind, type SpeakerRef } from './speakers';
import { FIRST_NAME_GENDER } from './firstNames';
import fitted from './weights.json';

export interface Entity {
  id: number;
  /** How the ledger shows it: the fullest name seen, or a description as first introduced, made definite. */
  display: string;
  kind: SpeakerKind;
  /** Lower-case surname (names) or head noun (descriptions), or the whole phrase (bodies). */
  key: string;
  /** Lower-case first name, when a mention gave one. */
  first: string | null;
  gender: 'm' | 'f' | null;
  plural: boolean;
  /** A description whose head noun names a person (`the spokesman`), not a thing (`the event`). */
  person: boolean;
  mentions: number;
  /** The paragraph of its first mention. */
  firstParagraph: number;
}

interface Occurrence {
  entity: Entity;
  paragraph: number;
  /** Document offset. */
  at: number;
  sentence: number;
  role: Mention['role'];
  possessive: boolean;
  object: boolean;
}

/** The features the ranking weighs, in the order of the weights in weights.json. */
export const PRONOUN_FEATURES = [
  'role-speaker',
  'role-subject',
  'spoke-in-window',
  'kind-name',
  'kind-role',
  'kind-thing',
  'kind-single',
  'paragraphs-0',
  'paragraphs-1',
  'paragraphs-2',
  'rank-0',
  'rank-1',
  'rank-2',
  'last-quote-speaker',
  'possessive',
  'object',
  'same-sentence',
  'gender-match',
  'gender-mismatch',
  'number-mismatch',
  'chain',
  'mentions-log',
  'it-person',
  'they-thing',
  'nearest-speaker',
  'second-speaker',
  'nearest-subject',
  'subject-in-paragraph',
  'previous-sentence-subject',
  'pronoun-is-subject',
  'subject-pronoun-x-previous-sentence',
  'speaker-pronoun-x-nearest-speaker',
  'role-person',
  'speaker-pronoun-x-previous-sentence',
] as const;

export type PronounFeature = (typeof PRONOUN_FEATURES)[number];

/** A named person or a description whose head names a person (`the spokesman`, not `the event`). */
function isPerson(e: Entity): boolean {
  return ((e.kind === 'name' || e.kind === 'single') && !e.plural) || (e.kind === 'role' && e.person && !e.plural);
}

/** The index of `gender-mismatch` in a feature vector (a known mismatch, or a non-person for he/she, rules a
 * candidate out). */
const GENDER_MISMATCH = PRONOUN_FEATURES.indexOf('gender-mismatch');

/** A pronoun's candidates as the ranking saw them (for the fitting script). */
export interface PronounEvent {
  /** Document offset of the pronoun. */
  at: number;
  pronoun: string;
  candidates: { display: string; kind: SpeakerKind; features: number[] }[];
  chosen: number;
}

const WEIGHTS: readonly number[] = PRONOUN_FEATURES.map((name) => (fitted.weights as Record<string, number>)[name] ?? 0);
/** Paragraphs a pronoun looks back over. */
const WINDOW = 5;
const MAX_OCCURRENCES = 120;
/** Entities a pronoun is ranked against: the most recently mentioned ones. */
const MAX_CANDIDATES = 24;
const RESOLVED = new Set(['he', 'she', 'they', 'it']);
const TITLE_WORDS = new Set(
  'mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. president senator governor mayor judge'.split(' '),
);
const PP_WORDS = new Set(['of', 'for', 'from', 'at']);
/** Plural heads without an -s, and groups of people (`the crowd`, `the audience`): never `he` or `she`. */
const PLURAL_HEADS = new Set(['people', 'men', 'women', 'children', 'crowd', 'audience', 'police', 'couple', 'family', 'staff']);

/** A lower-case word without an owner's `’s` (or a bare `’`) and then a final period. */
function bare(lower: string): string {
  let word = lower;
  if (word.endsWith('’s') || word.endsWith("'s")) word = word.slice(0, -2);
  else if (word.endsWith('’') || word.endsWith("'")) word = word.slice(0, -1);
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** The words of a mention, lower case (the text is lower-cased once, not word by word). */
function lowerWords(text: string): string[] {
  return lowerCase(text)
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

/** Surname and first name of a name mention (`Mrs. Ann Hale` -> hale, ann). */
function nameParts(text: string): { key: string; first: string | null } {
  const tokens = lowerWords(text).filter((t) => !TITLE_WORDS.has(t));
  if (tokens.length === 0) return { key: bare(lowerCase(text)), first: null };
  return { key: bare(tokens[tokens.length - 1]), first: tokens.length > 1 ? bare(tokens[0]) : null };
}

/** Head noun of a description (`a spokesman for the ministry` -> spokesman) and whether it refers back. */
function roleParts(text: string): { key: string; definite: boolean; plural: boolean } {
  const tokens = lowerWords(text);
  let end = tokens.length;
  for (let i = 1; i < tokens.length; i++) {
    if (PP_WORDS.has(tokens[i])) {
      end = i;
      break;
    }
  }
  const key = bare(tokens[Math.max(0, end - 1)] ?? lowerCase(text));
  const lead = tokens[0] ?? '';
  const refersBack = lead === 'the' || lead === 'this' || lead === 'that' || lead === 'his' || lead === 'her' || lead === 'their';
  return { key, definite: refersBack, plural: (key.length > 3 && key.endsWith('s') && !key.endsWith('ss')) || PLURAL_HEADS.has(key) };
}

/** What the discourse needs to group a mention into an entity, worked out once per paragraph (cached with its
 * facts): the key it is looked up by, a first name, whether a description refers back, and how it is shown. */
export interface Identity {
  readonly key: string;
  /** A description whose head names a person. */
  readonly person: boolean;
  readonly first: string | null;
  readonly refersBack: boolean;
  readonly plural: boolean;
  readonly display: string;
}

/** A named person or a description of one (`Ann Hale`, `the harbour master`), not a thing or a time. */
export function isPersonRef(ref: SpeakerRef): boolean {
  return ref.kind === 'name' || (ref.kind === 'role' && identityOf(ref.text, 'role').person);
}

/** Identities by kind, then text: the same names and descriptions come back paragraph after paragraph. An identity
 * is never changed once made, so one object serves every mention. */
const IDENTITY_CACHE_LIMIT = 20_000;
const identities = new Map<SpeakerKind, Map<string, Identity>>();

export function identityOf(text: string, kind: SpeakerKind): Identity {
  let byText = identities.get(kind);
  if (byText === undefined) identities.set(kind, (byText = new Map()));
  let identity = byText.get(text);
  if (identity === undefined) {
    identity = makeIdentity(text, kind);
    if (byText.size >= IDENTITY_CACHE_LIMIT) byText.clear();
    byText.set(text, identity);
  }
  return identity;
}

function makeIdentity(text: string, kind: SpeakerKind): Identity {
  if (kind === 'name' || kind === 'single') {
    const { key, first } = nameParts(text);
    // `Ann Hale and Ivo Tamm`: two people, they.
    return { key, first, person: true, refersBack: false, plural: text.includes(' and '), display: text };
  }
  if (kind === 'role') {
    const { key, definite: back, plural } = roleParts(text);
    return { key, first: null, person: personHead(key), refersBack: back, plural, display: definite(text) };
  }
  if (kind === 'thing')
    return {
      key: withoutThe(lowerCase(text)),
      first: null,
      person: false,
      refersBack: false,
      plural: false,
      display: definite(text),
    };
  return { key: lowerCase(text), first: null, person: false, refersBack: false, plural: false, display: text };
}

function withoutThe(lower: string): string {
  return lower.startsWith('the') ? lower.replace(/^the\s+/, '') : lower;
}

/**
 * Walks a draft's mentions in order. Each named mention joins (or starts) an entity; each pronoun is resolved to the
 * best-ranked entity mentioned in the paragraphs before it.
 */
export class Discourse {
  private readonly entities: Entity[] = [];
  /** Named people and bodies by key (`hale`, `ferry board`), oldest first. */
  private readonly names = new Map<string, Entity[]>();
  private readonly things = new Map<string, Entity[]>();
  private recent: Occurrence[] = [];
  private readonly lastAntecedent = new Map<string, Entity>();
  /** The entity credited with the last quote (set by the document pass). */
  lastQuoteSpeaker: Entity | null = null;
  private paragraph = 0;
  private readonly scratch = new Float64Array(PRONOUN_FEATURES.length);

  constructor(private readonly trace?: (event: PronounEvent) => void) {}

  /** A heading: pronouns after it do not reach back past it. */
  heading(): void {
    this.recent = [];
    this.lastQuoteSpeaker = null;
    this.lastAntecedent.clear();
  }

  /** Records a mention at document offset `at` in paragraph `paragraph`; returns its entity (null for a pronoun
   * nothing fits). */
  mention(m: Mention, paragraph: number, at: number): Entity | null {
    this.paragraph = paragraph;
    const entity = m.kind === 'pronoun' ? this.resolve(m, paragraph, at) : this.entityFor(m);
    if (!entity) return null;
    if (
      m.gender &&
      !entity.gender &&
      (m.kind !== 'pronoun' || entity.kind === 'name' || entity.kind === 'single' || entity.kind === 'role')
    )
      entity.gender = m.gender;
    entity.mentions++;
    this.recent.push({
      entity,
      paragraph,
      at,
      sentence: m.sentence,
      role: m.role,
      possessive: m.possessive,
      object: m.object,
    });
    if (this.recent.length > MAX_OCCURRENCES) this.recent = this.recent.slice(-MAX_OCCURRENCES / 2);
    return entity;
  }

  /** The entity a named mention belongs to, made if new. */
  private entityFor(m: Mention): Entity {
    const id = m.identity;
    // `Ann Hale and Ivo Tamm`: the pair is an entity of its own, neither of the two.
    if (m.kind === 'name' && id.plural) return this.add(id.display, 'name', id.display.toLowerCase(), null, null, true, true, null);
    if (m.kind === 'name' || m.kind === 'single') {
      const same = this.names.get(id.key);
      if (same) {
        // A bare surname shared by two people (`Trump` after `Donald Trump` and `Ivanka Trump`) is the one the
        // copy has mentioned most (the first of equals): news copy calls the other by a first or a full name.
        let pick: Entity | null = null;
        for (let i = same.length - 1; i >= 0; i--) {
          const e = same[i];
          if (id.first && e.first && id.first !== e.first) continue;
          if (m.gender && e.gender && m.gender !== e.gender) continue;
          // With a first name the latest that fits; a bare surname the most mentioned (the earliest of equals).
          if (id.first) {
            pick = e;
            break;
          }
          if (!pick || e.mentions >= pick.mentions) pick = e;
        }
        if (pick) {
          const e = pick;
          if (id.first && !e.first) {
            e.first = id.first;
            e.gender ??= FIRST_NAME_GENDER.get(id.first) ?? null;
          }
          if (m.kind === 'name' && (e.kind === 'single' || m.text.length > e.display.length)) {
            e.display = m.text;
            e.kind = 'name';
          }
          return e;
        }
      }
      const gender = m.gender ?? (id.first ? (FIRST_NAME_GENDER.get(id.first) ?? null) : null);
      return this.add(id.display, m.kind, id.key, id.first, gender, false, true, this.names);
    }
    if (m.kind === 'role') {
      if (id.refersBack) {
        for (let i = this.recent.length - 1; i >= 0; i--) {
          const e = this.recent[i].entity;
          if (e.kind === 'role' && e.key === id.key) return e;
        }
      }
      return this.add(id.display, 'role', id.key, null, m.gender, id.plural, id.person, null);
    }
    const same = this.things.get(id.key);
    if (same) return same[same.length - 1];
    return this.add(id.display, 'thing', id.key, null, null, false, false, this.things);
  }

  private add(
    display: string,
    kind: SpeakerKind,
    key: string,
    first: string | null,
    gender: Entity['gender'],
    plural: boolean,
    person: boolean,
    index: Map<string, Entity[]> | null,
  ): Entity {
    const entity: Entity = {
      id: this.entities.length,
      display,
      kind,
      key,
      first,
      gender,
      plural,
      person,
      mentions: 0,
      firstParagraph: this.paragraph,
    };
    this.entities.push(entity);
    if (index) {
      const list = index.get(key);
      if (list) list.push(entity);
      else index.set(key, [entity]);
    }
    return entity;
  }

  /** The person an article features: the most mentioned named person first mentioned within `within` paragraphs
   * of the top (the headline counts), or null. */
  featured(within: number): Entity | null {
    let best: Entity | null = null;
    for (const e of this.entities) {
      if (e.kind !== 'name' || e.firstParagraph > within) continue;
      if (!best || e.mentions > best.mentions) best = e;
    }
    return best;
  }

  /** Ranks the entities mentioned before a pronoun; the best one stands for it. */
  private resolve(m: Mention, paragraph: number, at: number): Entity | null {
    const pronoun = lowerCase(m.text);
    if (!RESOLVED.has(pronoun)) return null;
    const seen = new Map<Entity, { last: Occurrence; spoke: boolean }>();
    const speakers: Entity[] = [];
    let subject: Entity | null = null;
    const inParagraph = new Set<Entity>();
    const previousSentence = new Set<Entity>();
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const o = this.recent[i];
      // Occurrences are kept in document order: past the window, so is everything before.
      if (paragraph - o.paragraph > WINDOW) break;
      if (o.at >= at) continue;
      const entry = seen.get(o.entity);
      if (entry) entry.spoke ||= o.role === 'speaker';
      else if (seen.size < MAX_CANDIDATES) seen.set(o.entity, { last: o, spoke: o.role === 'speaker' });
      if (o.role === 'speaker' && speakers.length < 2 && !speakers.includes(o.entity)) speakers.push(o.entity);
      if (o.role !== 'other') {
        subject ??= o.entity;
        if (o.paragraph === paragraph) inParagraph.add(o.entity);
        if (o.paragraph === paragraph && o.sentence === m.sentence - 1) previousSentence.add(o.entity);
      }
    }
    const salient = { speakers, subject, inParagraph, previousSentence };
    if (seen.size === 0) return null;
    const candidates: { entity: Entity; mismatch: boolean; score: number; features: number[] | null }[] = [];
    let rank = 0;
    for (const [entity, { last, spoke }] of seen) {
      const f = this.features(pronoun, m, paragraph, entity, last, spoke, rank++, salient);
      let score = 0;
      for (let k = 0; k < f.length; k++) score += f[k] * WEIGHTS[k];
      candidates.push({
        entity,
        mismatch: f[GENDER_MISMATCH] !== 0,
        score,
        features: this.trace ? Array.from(f) : null,
      });
    }
    // A known gender that contradicts the pronoun rules a candidate out (while any other remains).
    const allowed = candidates.some((c) => !c.mismatch);
    let best = -1;
    for (let i = 0; i < candidates.length; i++) {
      if (allowed && candidates[i].mismatch) continue;
      if (best < 0 || candidates[i].score > candidates[best].score) best = i;
    }
    this.trace?.({
      at,
      pronoun,
      candidates: candidates.map((c) => ({ display: c.entity.display, kind: c.entity.kind, features: c.features ?? [] })),
      chosen: best,
    });
    const chosen = candidates[best].entity;
    this.lastAntecedent.set(pronoun, chosen);
    return chosen;
  }

  private features(
    pronoun: string,
    m: Mention,
    paragraph: number,
    e: Entity,
    last: Occurrence,
    spoke: boolean,
    rank: number,
    salient: { speakers: Entity[]; subject: Entity | null; inParagraph: Set<Entity>; previousSentence: Set<Entity> },
  ): Float64Array {
    const person = ((e.kind === 'name' || e.kind === 'single') && !e.plural) || (e.kind === 'role' && !e.plural);
    const wantsGender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
    const distance = paragraph - last.paragraph;
    const singular = pronoun === 'he' || pronoun === 'she';
    const previous = salient.previousSentence.has(e);
    // In the order of PRONOUN_FEATURES (the weights' order), into one scratch vector: no allocation per candidate.
    const f = this.scratch;
    let k = 0;
    f[k++] = +(last.role === 'speaker'); // role-speaker
    f[k++] = +(last.role === 'subject'); // role-subject
    f[k++] = +spoke; // spoke-in-window
    f[k++] = +(e.kind === 'name'); // kind-name
    f[k++] = +(e.kind === 'role'); // kind-role
    f[k++] = +(e.kind === 'thing'); // kind-thing
    f[k++] = +(e.kind === 'single'); // kind-single
    f[k++] = +(distance === 0); // paragraphs-0
    f[k++] = +(distance === 1); // paragraphs-1
    f[k++] = +(distance === 2); // paragraphs-2
    f[k++] = +(rank === 0); // rank-0
    f[k++] = +(rank === 1); // rank-1
    f[k++] = +(rank === 2); // rank-2
    f[k++] = +(this.lastQuoteSpeaker === e); // last-quote-speaker
    f[k++] = +last.possessive; // possessive
    f[k++] = +last.object; // object
    f[k++] = +(distance === 0 && last.sentence === m.sentence); // same-sentence
    f[k++] = +(wantsGender !== null && e.gender === wantsGender); // gender-match
    // `he` and `she` want a person: another gender, a thing or a description of one (`the event`) is ruled out.
    f[k++] = +(wantsGender !== null && ((e.gender !== null && e.gender !== wantsGender) || !isPerson(e))); // gender-mismatch
    f[k++] = +((singular && (e.plural || e.kind === 'thing')) || (pronoun === 'they' && person && e.kind !== 'role')); // number-mismatch
    f[k++] = +(this.lastAntecedent.get(pronoun) === e); // chain
    f[k++] = Math.log1p(e.mentions); // mentions-log
    f[k++] = +(pronoun === 'it' && person); // it-person
    f[k++] = +(pronoun === 'they' && e.kind === 'thing'); // they-thing
    f[k++] = +(salient.speakers[0] === e); // nearest-speaker
    f[k++] = +(salient.speakers[1] === e); // second-speaker
    f[k++] = +(salient.subject === e); // nearest-subject
    f[k++] = +salient.inParagraph.has(e); // subject-in-paragraph
    f[k++] = +previous; // previous-sentence-subject
    f[k++] = +(m.role === 'subject' && last.role !== 'other'); // pronoun-is-subject
    f[k++] = +(m.role === 'subject' && previous); // subject-pronoun-x-previous-sentence
    f[k++] = +(m.role === 'speaker' && salient.speakers[0] === e); // speaker-pronoun-x-nearest-speaker
    f[k++] = +(e.kind === 'role' && e.person); // role-person
    // `Tamm was just as blunt. “...,” he said.`: the one the paragraph's previous sentence is about speaks.
    f[k] = +(m.role === 'speaker' && previous); // speaker-pronoun-x-previous-sentence
    return f;
  }
}
