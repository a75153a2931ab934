// The speaker ranking of the paragraph pass: once the cues have credited a quote, the people and bodies its
// paragraph mentions near it are ranked as its speaker, the cue's own choice among them. The ranking's weights are
// fitted on PolNeAR train by test/eval/fit-speakers.ts (`--quotes`) and kept as data in quote-weights.json: the cue's
// choice weighs most, and the other features say when a nearby mention is the better speaker (the cue's phrase is a
// thing or a stray word, the cue sits in a relative clause, a full name stands close by).

import type { CueFact, Mention, QuoteFact } from './paragraph';
import { NON_SPEECH_LEMMAS, SPEECH_NOUNS, WEAK_LEMMAS } from './cues';
import { FIRST_NAME_GENDER } from './firstNames';
import { isPersonRef } from './discourse';
import { DETERMINERS, capitalLetters, lowerCase, sentenceIndexAt, wordIndexAt, type OutsideWord, type SpeakerRef } from './speakers';
import fitted from './quote-weights.json';

/** The features the ranking weighs, in the order of the weights in quote-weights.json. */
export const SPEAKER_FEATURES = [
  'cue-choice',
  'kind-name',
  'kind-single',
  'kind-role',
  'kind-thing',
  'kind-pronoun',
  'person',
  'role-speaker',
  'role-subject',
  'possessive',
  'object',
  'same-sentence',
  'previous-sentence',
  'next-sentence',
  'before-quote',
  'near',
  'mid',
  'nearest-speaker',
  'sentence-subject',
  'strong-cue',
  'weak-cue',
  'noun-cue',
  'relative-after',
  'lower-start',
  'first-name',
  'words-log',
  'cue-choice-x-weak',
  'cue-choice-x-thing',
  'cue-choice-x-paragraph',
  'cue-choice-x-colon',
  'cue-choice-x-lower-start',
  'capitals',
  'sentence-opener',
  'non-person-role',
  'cue-choice-x-non-person',
  'cue-choice-x-pronoun',
  'cue-choice-x-sentence-subject',
  'verb-next',
  'after-quote-x-quote-opens',
  'cue-choice-x-object',
  'cue-choice-x-after-cue',
  'previous-quote-speaker',
  'before-colon',
  'cue-choice-x-verb-next',
  'cue-choice-x-strong',
  'cue-choice-x-according',
] as const;

export type SpeakerFeature = (typeof SPEAKER_FEATURES)[number];

/** One quote's candidates as the ranking saw them (for the fitting script). */
export interface SpeakerEvent {
  /** Paragraph-relative offsets of the quote. */
  start: number;
  end: number;
  candidates: { text: string; kind: SpeakerRef['kind']; at: number; features: number[] }[];
  chosen: number;
}

const WEIGHTS: readonly number[] = SPEAKER_FEATURES.map((name) => (fitted.weights as Record<string, number>)[name] ?? 0);
/** Candidates ranked for one quote: the mentions nearest to it. */
const MAX_CANDIDATES = 12;
const NEAR = 40;
const MID = 120;
const RELATIVES = new Set(['who', 'that', 'which', 'whom', 'whose']);
const OWNERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** One candidate's features, filled in full before each score: a typed array is slow to allocate (its memory lives
 * outside the heap), and a paragraph pass allocating one per paragraph spent more time there than in the scoring. */
const FEATURES = new Float64Array(SPEAKER_FEATURES.length);

interface Candidate {
  ref: SpeakerRef;
  mention: Mention | null;
  cue: CueFact | null;
  traits: RefTraits;
}

/** What a candidate's features read off its phrase and the words around it: the same for every quote the candidate
 * is ranked for, so read once per mention. */
interface RefTraits {
  /** A name, or a description whose head names a person. */
  person: boolean;
  lowerStart: boolean;
  firstName: boolean;
  wordsLog: number;
  capitals: boolean;
  relativeAfter: boolean;
  /** The phrase opens its sentence. */
  opener: boolean;
}

function traitsOf(ref: SpeakerRef, words: OutsideWord[]): RefTraits {
  const space = ref.text.indexOf(' ');
  const first = space < 0 ? ref.text : ref.text.slice(0, space);
  const firstLower = lowerCase(first);
  const last = wordIndexAt(words, ref.at + ref.text.length);
  const after = last < words.length && words[last].gapBefore === '' ? words[last].lower : '';
  const at = wordIndexAt(words, ref.at);
  return {
    person: isPersonRef(ref),
    lowerStart:
      first.length > 0 && first === firstLower && !DETERMINERS.has(firstLower) && !OWNERS.has(firstLower) && ref.kind !== 'pronoun',
    firstName: ref.kind === 'name' && FIRST_NAME_GENDER.has(firstLower),
    wordsLog: Math.log1p(wordsIn(ref.text)),
    capitals: capitals(ref.text),
    relativeAfter: RELATIVES.has(after),
    opener: at < words.length && (at === 0 || words[at - 1].sentence !== words[at].sentence),
  };
}

/**
 * Ranks the speakers of the credited quotes of one paragraph and gives each quote the best one (a copy of its
 * attribution with that speaker). A quote whose cue names nobody is left as it is: the ranking picks among people,
 * it does not credit a quote.
 */
export function rankSpeakers(
  text: string,
  words: OutsideWord[],
  breaks: number[],
  quotes: QuoteFact[],
  cues: CueFact[],
  mentions: Mention[],
  trace?: (event: SpeakerEvent) => void,
): void {
  if (mentions.length === 0) return;
  const cueBySpeaker = new Map<number, CueFact>();
  for (const c of cues) if (c.speaker && !cueBySpeaker.has(c.speaker.at)) cueBySpeaker.set(c.speaker.at, c);
  const features = FEATURES;
  // Each mention's traits, read the first time it is a candidate.
  const traits: (RefTraits | undefined)[] = new Array<RefTraits | undefined>(mentions.length);
  // The quote before, in this paragraph: its speaker (as ranked) is a candidate's feature.
  let prior: QuoteFact | null = null;
  for (const q of quotes) {
    if (q.scare) continue;
    const previous = prior?.attribution?.speaker ?? null;
    prior = q;
    const attribution = q.attribution;
    if (!attribution) continue;
    const sentence = sentenceIndexAt(breaks, q.start);
    // A cue that names nobody (`was prompted to say`, `Adding,`): the people around the quote are ranked all the same.
    const own = attribution.speaker;
    const candidates: Candidate[] = [];
    let ownFound = false;
    for (let mi = 0; mi < mentions.length; mi++) {
      const m = mentions[mi];
      const near = Math.abs(m.sentence - sentence) <= 1;
      if (!near && (m.role !== 'speaker' || !own)) continue;
      const mt = (traits[mi] ??= traitsOf(m, words));
      if (m.at === own?.at) ownFound = true;
      // `FERRY BACK IN SERVICE “...”`: words in capitals before a round-up's excerpt are its headline, not a speaker.
      else if (mt.capitals) continue;
      candidates.push({ ref: m, mention: m, cue: m.at === own?.at ? attribution : (cueBySpeaker.get(m.at) ?? null), traits: mt });
    }
    const ownTraits = own && !ownFound ? traitsOf(own, words) : null;
    if (own && ownTraits) candidates.push({ ref: own, mention: null, cue: attribution, traits: ownTraits });
    if (candidates.length < (own ? 2 : 1)) continue;
    if (candidates.length > MAX_CANDIDATES) {
      candidates.sort((a, b) => gap(a.ref, q) - gap(b.ref, q));
      candidates.length = MAX_CANDIDATES;
      if (own && !candidates.some((c) => c.ref.at === own.at))
        candidates[MAX_CANDIDATES - 1] = { ref: own, mention: null, cue: attribution, traits: ownTraits ?? traitsOf(own, words) };
    }
    let nearestSpeaker = -1;
    let nearestGap = Infinity;
    let subject = -1;
    for (let i = 0; i < candidates.length; i++) {
      const m = candidates[i].mention;
      if (!m) continue;
      if (m.role === 'speaker' && m.sentence === sentence && gap(m, q) < nearestGap) {
        nearestGap = gap(m, q);
        nearestSpeaker = i;
      }
      if (subject < 0 && m.role !== 'other' && m.sentence === sentence && m.kind !== 'thing') subject = i;
    }
    const before = wordIndexAt(words, q.start) - 1;
    const opens = before < 0 || words[before].sentence !== sentence;
    const colon = colonBefore(text, q.start);
    const ownWeak = WEAK_LEMMAS.has(attribution.lemma) || NON_SPEECH_LEMMAS.has(attribution.lemma) || attribution.lemma === 'document';
    let best = -1;
    let bestScore = -Infinity;
    const traced: SpeakerEvent['candidates'] = [];
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      fill(features, c, own, attribution, q, sentence, i === nearestSpeaker, i === subject, ownWeak, opens, previous, colon);
      let score = 0;
      for (let k = 0; k < features.length; k++) score += features[k] * WEIGHTS[k];
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
      if (trace) traced.push({ text: c.ref.text, kind: c.ref.kind, at: c.ref.at, features: Array.from(features) });
    }
    trace?.({ start: q.start, end: q.end, candidates: traced, chosen: best });
    const chosen = candidates[best].ref;
    if (chosen.at !== own?.at) q.attribution = { ...attribution, speaker: { text: chosen.text, kind: chosen.kind, at: chosen.at } };
  }
}

/** Characters between a mention and a quote. */
function gap(ref: SpeakerRef, q: QuoteFact): number {
  const end = ref.at + ref.text.length;
  return end <= q.start ? q.start - end : ref.at >= q.end ? ref.at - q.end : 0;
}

function fill(
  f: Float64Array,
  c: Candidate,
  own: SpeakerRef | null,
  attribution: CueFact,
  q: QuoteFact,
  sentence: number,
  nearestSpeaker: boolean,
  subject: boolean,
  ownWeak: boolean,
  opens: boolean,
  previous: SpeakerRef | null,
  colon: number,
): void {
  const { ref, mention, cue, traits } = c;
  const chosen = ref.at === own?.at;
  const end = ref.at + ref.text.length;
  const d = gap(ref, q);
  const s = mention ? mention.sentence : sentence;
  const lowerStart = traits.lowerStart;
  const lemma = cue?.lemma ?? '';
  let k = 0;
  f[k++] = +chosen; // cue-choice
  f[k++] = +(ref.kind === 'name'); // kind-name
  f[k++] = +(ref.kind === 'single'); // kind-single
  f[k++] = +(ref.kind === 'role'); // kind-role
  f[k++] = +(ref.kind === 'thing'); // kind-thing
  f[k++] = +(ref.kind === 'pronoun'); // kind-pronoun
  f[k++] = +(ref.kind !== 'pronoun' && traits.person); // person
  f[k++] = +(mention?.role === 'speaker'); // role-speaker
  f[k++] = +(mention?.role === 'subject'); // role-subject
  f[k++] = +(mention?.possessive ?? false); // possessive
  f[k++] = +(mention?.object ?? false); // object
  f[k++] = +(s === sentence); // same-sentence
  f[k++] = +(s === sentence - 1); // previous-sentence
  f[k++] = +(s === sentence + 1); // next-sentence
  f[k++] = +(ref.at < q.start); // before-quote
  f[k++] = +(d < NEAR); // near
  f[k++] = +(d >= NEAR && d < MID); // mid
  f[k++] = +nearestSpeaker; // nearest-speaker
  f[k++] = +subject; // sentence-subject
  f[k++] = +(cue !== null && cue.reach === 'next'); // strong-cue
  f[k++] = +(cue !== null && (WEAK_LEMMAS.has(lemma) || NON_SPEECH_LEMMAS.has(lemma))); // weak-cue
  f[k++] = +(cue !== null && SPEECH_NOUNS.has(lemma)); // noun-cue
  f[k++] = +traits.relativeAfter; // relative-after
  f[k++] = +lowerStart; // lower-start
  f[k++] = +traits.firstName; // first-name
  f[k++] = traits.wordsLog; // words-log
  f[k++] = +(chosen && ownWeak); // cue-choice-x-weak
  f[k++] = +(chosen && ref.kind === 'thing'); // cue-choice-x-thing
  f[k++] = +(chosen && q.via === 'paragraph'); // cue-choice-x-paragraph
  f[k++] = +(chosen && attribution.cue.endsWith(':')); // cue-choice-x-colon
  f[k++] = +(chosen && lowerStart); // cue-choice-x-lower-start
  f[k++] = +traits.capitals; // capitals
  const opener = traits.opener;
  f[k++] = +(opener && ref.kind === 'single'); // sentence-opener
  const nonPerson = ref.kind === 'role' && !traits.person;
  f[k++] = +nonPerson; // non-person-role
  f[k++] = +(chosen && (nonPerson || (opener && ref.kind === 'single'))); // cue-choice-x-non-person
  f[k++] = +(chosen && ref.kind === 'pronoun'); // cue-choice-x-pronoun
  f[k++] = +(chosen && subject); // cue-choice-x-sentence-subject
  // `Hale slammed ...`: the phrase is right before its cue, a verb's subject.
  f[k++] = +(cue !== null && cue.start >= end && cue.start - end < 3); // verb-next
  f[k++] = +(ref.at >= q.end && opens); // after-quote-x-quote-opens
  f[k++] = +(chosen && (mention?.object ?? false)); // cue-choice-x-object
  f[k++] = +(chosen && ref.at > attribution.start); // cue-choice-x-after-cue
  f[k++] = +(previous !== null && previous.at === ref.at); // previous-quote-speaker
  // `... doesn't surprise pollster Ann Hale: “...”`: the phrase that ends at the colon opening the quote.
  f[k++] = +(colon >= 0 && end <= colon && colon - end < 3); // before-colon
  f[k++] = +(chosen && attribution.start >= end && attribution.start - end < 3); // cue-choice-x-verb-next
  f[k++] = +(chosen && attribution.reach === 'next' && !ownWeak); // cue-choice-x-strong
  f[k] = +(chosen && (attribution.lemma === 'according to' || attribution.lemma === 'attributed to')); // cue-choice-x-according
}

/** The words of a phrase as `text.split(' ').length` counts them, without building the array. */
function wordsIn(text: string): number {
  let n = 1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

/** Where the colon right before a quote is (`Hale: “...”`; paragraph offsets), or -1. */
function colonBefore(text: string, start: number): number {
  let i = start - 1;
  while (i >= 0 && start - i < 4 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i--;
  return i >= 0 && text.charCodeAt(i) === 0x3a ? i : -1;
}

/** Words in capitals longer than an acronym (`EXPECTED TURNOUT`, `SENATE VOTES`): a headline's, not a name. */
function capitals(text: string): boolean {
  return capitalLetters(text) > 4;
}
