// The draft's people and bodies: mentions grouped into entities (so "a shopkeeper" and "the shopkeeper" are one
// speaker, "Trump" and "Donald Trump" one name), and pronouns resolved by ranking the entities mentioned before them.
// The ranking's weights are fitted on PolNeAR train by test/eval/fit-speakers.ts and kept as data in weights.json.

import type { Mention } from './paragraph';
import { definite, type SpeakerKind } from './speakers';
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
] as const;

export type PronounFeature = (typeof PRONOUN_FEATURES)[number];

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
const RESOLVED = new Set(['he', 'she', 'they', 'it']);
const TITLE_WORDS = new Set(
  'mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. president senator governor mayor judge'.split(' '),
);
const PP_WORDS = new Set(['of', 'for', 'from', 'at']);

function bare(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’']s?$/, '')
    .replace(/\.$/, '');
}

/** Surname and first name of a name mention (`Mrs. Ann Hale` -> hale, ann). */
function nameParts(text: string): { key: string; first: string | null } {
  const tokens = text.split(/\s+/).filter((t) => t.length > 0 && !TITLE_WORDS.has(t.toLowerCase()));
  if (tokens.length === 0) return { key: bare(text), first: null };
  return { key: bare(tokens[tokens.length - 1]), first: tokens.length > 1 ? bare(tokens[0]) : null };
}

/** Head noun of a description (`a spokesman for the ministry` -> spokesman) and whether it refers back. */
function roleParts(text: string): { key: string; definite: boolean; plural: boolean } {
  const tokens = text.split(/\s+/).filter((t) => t.length > 0);
  let end = tokens.length;
  for (let i = 1; i < tokens.length; i++) {
    if (PP_WORDS.has(tokens[i].toLowerCase())) {
      end = i;
      break;
    }
  }
  const key = bare(tokens[Math.max(0, end - 1)] ?? text);
  const lead = (tokens[0] ?? '').toLowerCase();
  const refersBack = lead === 'the' || lead === 'this' || lead === 'that' || lead === 'his' || lead === 'her' || lead === 'their';
  return { key, definite: refersBack, plural: key.length > 3 && key.endsWith('s') && !key.endsWith('ss') };
}

function shown(m: Mention): string {
  return m.kind === 'role' || m.kind === 'thing' ? definite(m.text) : m.text;
}

/**
 * Walks a draft's mentions in order. Each named mention joins (or starts) an entity; each pronoun is resolved to the
 * best-ranked entity mentioned in the paragraphs before it.
 */
export class Discourse {
  private readonly entities: Entity[] = [];
  private recent: Occurrence[] = [];
  private readonly lastAntecedent = new Map<string, Entity>();
  /** The entity credited with the last quote (set by the document pass). */
  lastQuoteSpeaker: Entity | null = null;
  private paragraph = 0;

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
    if (m.kind === 'name' || m.kind === 'single') {
      const { key, first } = nameParts(m.text);
      for (let i = this.entities.length - 1; i >= 0; i--) {
        const e = this.entities[i];
        if ((e.kind !== 'name' && e.kind !== 'single') || e.key !== key) continue;
        if (first && e.first && first !== e.first) continue;
        if (m.gender && e.gender && m.gender !== e.gender) continue;
        if (first && !e.first) e.first = first;
        if (m.kind === 'name' && (e.kind === 'single' || m.text.length > e.display.length)) {
          e.display = m.text;
          e.kind = 'name';
        }
        return e;
      }
      return this.add({ display: m.text, kind: m.kind, key, first, gender: m.gender, plural: false });
    }
    if (m.kind === 'role') {
      const { key, definite: back, plural } = roleParts(m.text);
      if (back) {
        for (let i = this.recent.length - 1; i >= 0; i--) {
          const e = this.recent[i].entity;
          if (e.kind === 'role' && e.key === key) return e;
        }
      }
      return this.add({ display: shown(m), kind: 'role', key, first: null, gender: m.gender, plural });
    }
    const key = m.text.toLowerCase().replace(/^the\s+/, '');
    for (let i = this.entities.length - 1; i >= 0; i--) {
      const e = this.entities[i];
      if (e.kind === 'thing' && e.key === key) return e;
    }
    return this.add({ display: shown(m), kind: 'thing', key, first: null, gender: null, plural: false });
  }

  private add(fields: Omit<Entity, 'id' | 'mentions' | 'firstParagraph'>): Entity {
    const entity: Entity = { ...fields, id: this.entities.length, mentions: 0, firstParagraph: this.paragraph };
    this.entities.push(entity);
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
    const pronoun = m.text.toLowerCase();
    if (!RESOLVED.has(pronoun)) return null;
    const seen = new Map<Entity, { last: Occurrence; spoke: boolean }>();
    const speakers: Entity[] = [];
    let subject: Entity | null = null;
    const inParagraph = new Set<Entity>();
    const previousSentence = new Set<Entity>();
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const o = this.recent[i];
      if (o.at >= at || paragraph - o.paragraph > WINDOW) continue;
      const entry = seen.get(o.entity);
      if (entry) entry.spoke ||= o.role === 'speaker';
      else seen.set(o.entity, { last: o, spoke: o.role === 'speaker' });
      if (o.role === 'speaker' && speakers.length < 2 && !speakers.includes(o.entity)) speakers.push(o.entity);
      if (o.role !== 'other') {
        subject ??= o.entity;
        if (o.paragraph === paragraph) inParagraph.add(o.entity);
        if (o.paragraph === paragraph && o.sentence === m.sentence - 1) previousSentence.add(o.entity);
      }
    }
    const salient = { speakers, subject, inParagraph, previousSentence };
    if (seen.size === 0) return null;
    const candidates: { entity: Entity; features: number[]; score: number }[] = [];
    let rank = 0;
    for (const [entity, { last, spoke }] of seen) {
      const f = this.features(pronoun, m, paragraph, entity, last, spoke, rank++, salient);
      let score = 0;
      for (let k = 0; k < f.length; k++) score += f[k] * WEIGHTS[k];
      candidates.push({ entity, features: f, score });
    }
    // A known gender that contradicts the pronoun rules a candidate out (while any other remains).
    const mismatch = PRONOUN_FEATURES.indexOf('gender-mismatch');
    const allowed = candidates.some((c) => c.features[mismatch] === 0);
    let best = -1;
    for (let i = 0; i < candidates.length; i++) {
      if (allowed && candidates[i].features[mismatch] !== 0) continue;
      if (best < 0 || candidates[i].score > candidates[best].score) best = i;
    }
    this.trace?.({
      at,
      pronoun,
      candidates: candidates.map((c) => ({ display: c.entity.display, kind: c.entity.kind, features: c.features })),
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
  ): number[] {
    const person = e.kind === 'name' || e.kind === 'single' || (e.kind === 'role' && !e.plural);
    const wantsGender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
    const distance = paragraph - last.paragraph;
    const singular = pronoun === 'he' || pronoun === 'she';
    const values: Record<PronounFeature, number> = {
      'role-speaker': last.role === 'speaker' ? 1 : 0,
      'role-subject': last.role === 'subject' ? 1 : 0,
      'spoke-in-window': spoke ? 1 : 0,
      'kind-name': e.kind === 'name' ? 1 : 0,
      'kind-role': e.kind === 'role' ? 1 : 0,
      'kind-thing': e.kind === 'thing' ? 1 : 0,
      'kind-single': e.kind === 'single' ? 1 : 0,
      'paragraphs-0': distance === 0 ? 1 : 0,
      'paragraphs-1': distance === 1 ? 1 : 0,
      'paragraphs-2': distance === 2 ? 1 : 0,
      'rank-0': rank === 0 ? 1 : 0,
      'rank-1': rank === 1 ? 1 : 0,
      'rank-2': rank === 2 ? 1 : 0,
      'last-quote-speaker': this.lastQuoteSpeaker === e ? 1 : 0,
      possessive: last.possessive ? 1 : 0,
      object: last.object ? 1 : 0,
      'same-sentence': distance === 0 && last.sentence === m.sentence ? 1 : 0,
      'gender-match': wantsGender && e.gender === wantsGender ? 1 : 0,
      'gender-mismatch': wantsGender && e.gender && e.gender !== wantsGender ? 1 : 0,
      'number-mismatch': (singular && (e.plural || e.kind === 'thing')) || (pronoun === 'they' && person && e.kind !== 'role') ? 1 : 0,
      chain: this.lastAntecedent.get(pronoun) === e ? 1 : 0,
      'mentions-log': Math.log1p(e.mentions),
      'it-person': pronoun === 'it' && person ? 1 : 0,
      'they-thing': pronoun === 'they' && e.kind === 'thing' ? 1 : 0,
      'nearest-speaker': salient.speakers[0] === e ? 1 : 0,
      'second-speaker': salient.speakers[1] === e ? 1 : 0,
      'nearest-subject': salient.subject === e ? 1 : 0,
      'subject-in-paragraph': salient.inParagraph.has(e) ? 1 : 0,
      'previous-sentence-subject': salient.previousSentence.has(e) ? 1 : 0,
      'pronoun-is-subject': m.role === 'subject' && last.role !== 'other' ? 1 : 0,
      'subject-pronoun-x-previous-sentence': m.role === 'subject' && salient.previousSentence.has(e) ? 1 : 0,
      'speaker-pronoun-x-nearest-speaker': m.role === 'speaker' && salient.speakers[0] === e ? 1 : 0,
    };
    return PRONOUN_FEATURES.map((name) => values[name]);
  }
}
