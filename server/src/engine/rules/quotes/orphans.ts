// The weaker sources a quote can have when no speech cue credits it, read only for quotes nothing else credits (a
// handful per article), so the paragraph pass stays as cheap as before for every other quote.

import type { CueFact, ParagraphQuoteFacts, QuoteFact } from './paragraph';
import { isPersonRef } from './discourse';
import { isAcronym, speakerOf, subjectBefore, type OutsideWord, type SpeakerRef } from './speakers';

/** Verbs of wanting and intending (`Hale wants to ...`, `Hale plans to ...`): the sentence gives the subject's view,
 * and a bare quote after it reads as the subject putting that view in words. PolNeAR train marks these verbs as the
 * cue of over 150 attributions. They are not speech cues: as cues they would take quotes from nearby speech verbs. */
const ATTITUDE_FORMS: ReadonlySet<string> = new Set(
  `want wants wanted wish wishes wished plan plans planned intend intends intended aim aims aimed expect expects expected
  seek seeks sought`.split(/\s+/),
);
/** Words before an attitude form that make it no verb of the subject's (`is expected to`, `the plans`, `to want`). */
const NOT_ATTITUDE_AFTER = new Set(
  'is was are were be been being the a an their his her its our my your to this that these those'.split(' '),
);

/** Words after a quote that make it the subject of the writer's sentence (`“...” sounds great`). */
const VERB_AFTER_SUBJECT = new Set(
  `is was are were has had have will would could can may might must should does did isn't wasn't doesn't didn't
  won't can't became becomes remains remained seems seemed means meant sounds sounded`.split(/\s+/),
);

/** Nouns that say words are a slogan rather than anyone speaking (`that slogan`, `the motto`). */
const SLOGAN_NOUNS = new Set('slogan motto mantra catchphrase chant jingle tagline watchword'.split(' '));
const BACK_DETERMINERS = new Set(['that', 'this', 'the']);
/** Words of a paragraph's first sentence read for a slogan named back. */
const BACK_WINDOW = 40;

/**
 * Marks the quotes of a paragraph that nothing credits with what else the paragraph says about them:
 * - `setUp`: a person's want or plan in the quote's sentence or the one before (`Hale wants to ... . “...”`);
 * - `mentioned`: the quote is the subject of the writer's own sentence (`“...” sounds great`), words talked about.
 */
export function markUncredited(
  text: string,
  words: OutsideWord[],
  quotes: QuoteFact[],
  sentenceOf: (offset: number) => number,
  precedingIndex: (offset: number) => number,
): void {
  for (const q of quotes) {
    if (q.attribution || q.scare) continue;
    const s = sentenceOf(q.start);
    const k = precedingIndex(q.start);
    const setUp = attitudeBefore(text, words, k, s);
    if (setUp) q.setUp = setUp;
    else if (subjectOfSentence(text, words, q, k, s)) q.mentioned = true;
  }
}

/** The nearest want or plan of a person or body before the quote, in its sentence or the sentence before. */
function attitudeBefore(text: string, words: OutsideWord[], k: number, sentence: number): CueFact | null {
  for (let i = k; i >= 0 && words[i].sentence >= sentence - 1; i--) {
    const w = words[i];
    if (!ATTITUDE_FORMS.has(w.lower) || w.capital) continue;
    const prev = i > 0 && words[i - 1].sentence === w.sentence ? words[i - 1] : null;
    if (prev && prev.gapBefore === '' && NOT_ATTITUDE_AFTER.has(prev.lower)) continue;
    // `wants to`: the subject's own aim, not a noun (`any plan`) or a wish for someone else (`wants him`).
    const next = words[i + 1];
    if (!next || next.lower !== 'to' || next.gapBefore !== '' || next.sentence !== w.sentence) continue;
    const subject = subjectBefore(words, i);
    const speaker = subject ? speakerOf(text, subject) : null;
    if (speaker && isPerson(speaker)) return { cue: w.text, lemma: 'stance', start: w.start, speaker, reach: 'sentence' };
  }
  return null;
}

/** A named person or a pronoun for one: a body's plans (`the bank plans to ...`) are not anyone's words. */
function isPerson(ref: SpeakerRef): boolean {
  if (ref.kind === 'pronoun') return PERSON_PRONOUNS.has(ref.text);
  if (ref.kind === 'single') return !isAcronym(ref.text);
  return isPersonRef(ref);
}
const PERSON_PRONOUNS = new Set(['he', 'she', 'I', 'we']);

/** `“I am committed to the port” sounds fine in Dover.`: a quote opening its sentence, no stop or comma inside its
 * closing mark, and a verb straight after it. */
function subjectOfSentence(text: string, words: OutsideWord[], q: QuoteFact, k: number, sentence: number): boolean {
  if (!q.closed || (k >= 0 && words[k].sentence === sentence)) return false;
  const next = words[k + 1];
  if (!next || next.sentence !== sentence || next.capital || text.slice(q.end, next.start).trim() !== '') return false;
  let p = q.end - 1;
  while (p > q.start && (text.charCodeAt(p) === 0x22 || text.charCodeAt(p) === 0x27 || text.charCodeAt(p) === 0x201d)) p--;
  if (/[.,!?;:…]/.test(text.charAt(p))) return false;
  return VERB_AFTER_SUBJECT.has(next.lower);
}

/** `... stuck that slogan to the wall`: the paragraph's first sentence names the quote before it a slogan. */
export function namesSloganBack(words: OutsideWord[]): boolean {
  for (let i = 1; i < words.length && i < BACK_WINDOW && words[i].sentence === words[0].sentence; i++) {
    if (SLOGAN_NOUNS.has(words[i].lower) && BACK_DETERMINERS.has(words[i - 1].lower) && words[i].gapBefore === '') return true;
  }
  return false;
}

/** A straight closing mark with a space before it and a word straight after (`to "get busy"`) opens a quote: the
 * span it closes was paired wrongly, and the mark left over after it is reported as unmatched. */
export function misPaired(q: QuoteFact, facts: ParagraphQuoteFacts): boolean {
  return q.closed && q.text.endsWith(' "') && facts.strayClosers.some((m) => m.at > q.end);
}

/** Whether someone new acts before the quote in its paragraph: the speaker of a cue or the subject of a sentence. A
 * name that is only mentioned (a place, an owner, an object) leaves the previous paragraph's speaker talking. */
export function actorBefore(facts: ParagraphQuoteFacts, q: QuoteFact): boolean {
  for (const m of facts.mentions) {
    if (m.at >= q.start) break;
    if (m.kind === 'pronoun') continue;
    if (m.role === 'speaker' || (m.role === 'subject' && (m.kind === 'name' || m.kind === 'single'))) return true;
  }
  return false;
}
