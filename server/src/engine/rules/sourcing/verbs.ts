// attribution-verb: the speech verbs of a paragraph's attributions (the cue of each quote, and reported speech:
// `X claimed that ...`), each with whether "said" can stand in its place. Which verbs are loaded is decided in the
// document pass, from the built-in list and the house style, so these facts do not depend on the options.

import type { ParagraphQuoteFacts } from '../quotes';
import type { CueFact } from '../quotes/paragraph';
import { CUE_VERBS, type CueForm } from '../quotes/cues';

export interface AttributionVerb {
  /** Paragraph-relative span of the verb as written. */
  start: number;
  end: number;
  lemma: string;
  form: CueForm;
  /** "said" (in the verb's form) can replace the verb as it stands: it ends the clause, opens a that-clause or a
   * quote, or comes right before its speaker. Not so for `slammed the plan as "..."`. */
  replaceable: boolean;
}

/** Auxiliaries and modals that show a clause after the verb has its own finite verb (`insisted it had ...`). */
const FINITE = new Set(
  `is was were are am has had have would will could can should might may must did does do 's 'd ’s ’d isn't wasn't weren't
  hadn't hasn't haven't wouldn't won't couldn't can't didn't doesn't don't`.split(/\s+/),
);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'that']);
/** Words that end a noun phrase before any finite verb of a that-less clause could come. */
const PHRASE_BREAKS = new Set(
  `and but or nor at in on for from with by after before during since until of to into over under about against
  as than who which when where while because if though although`.split(/\s+/),
);
const DETERMINERS = new Set('a an the his her their its our my your this that these those'.split(' '));
const OPENING_MARKS = /^\s*[,:]?\s*["“‘«']/;
/** The verb ends its clause: `..., she admitted.` */
const CLAUSE_END = /^\s*(?:[,.;:!?)]|—|–|$)/;

function reportedClauseFollows(after: string): boolean {
  if (/^\s+that\b/i.test(after)) return true;
  // A that-less clause: a subject (pronoun, or a short noun phrase) and then a finite verb, before any break.
  const words = after.slice(0, 120).split(/\s+/).filter(Boolean);
  for (let i = 0; i < Math.min(words.length, 7); i++) {
    const raw = words[i];
    const w = raw.toLowerCase().replace(/[,.;:!?)"”’]+$/, '');
    if (i === 0 && !SUBJECT_PRONOUNS.has(w) && !DETERMINERS.has(w) && !/^[A-Z]/.test(raw)) return false;
    if (i > 0 && FINITE.has(w)) return true;
    if (i === 0 && SUBJECT_PRONOUNS.has(w) && words[1] !== undefined) {
      const next = words[1].toLowerCase();
      return FINITE.has(next) || /^[a-z]+ed$/.test(next);
    }
    if (PHRASE_BREAKS.has(w) || /[,.;:!?]$/.test(raw)) return false;
  }
  return false;
}

/** `insisted manager Owen Petrakis`: the speaker comes right after the verb, a title or two before the name. */
function speakerRightAfter(cue: CueFact, end: number, text: string): boolean {
  const at = cue.speaker?.at;
  if (at === undefined || at < end || at - end > 30) return false;
  return /^\s+(?:[\w.’'-]+\s+){0,3}$/.test(text.slice(end, at));
}

/** `…, insisted the operator.`: after a comma, the verb and a short subject end the sentence. */
function invertedAtEnd(text: string, start: number, after: string): boolean {
  return /,\s*$/.test(text.slice(Math.max(0, start - 4), start)) && /^\s+(?:[\w.’'-]+\s+){0,3}[\w.’'-]*\w[.;!?]/.test(after);
}

/** `as the director admitted at the hearing`: the verb frames a clause with `as`. */
function asFrame(cue: CueFact, text: string): boolean {
  const at = cue.speaker?.at;
  return at !== undefined && at < cue.start && /\bas\s+$/i.test(text.slice(Math.max(0, at - 6), at));
}

/** `"…," the bishop thundered`: the verb comes right after its quote and speaker (at most a few words between). */
function rightAfterQuote(quoteEnd: number, start: number, text: string): boolean {
  const between = text.slice(quoteEnd, start);
  return between.length <= 60 && /^\s*(?:[\w.’'-]+\s+){0,5}$/.test(between);
}

/** Whether the word before the cue makes it a noun (`his claim`, `the admission`). */
function nounBefore(text: string, start: number): boolean {
  const before = /(\S+)\s*$/.exec(text.slice(Math.max(0, start - 30), start));
  if (!before) return false;
  const w = before[1].toLowerCase();
  return DETERMINERS.has(w) || /['’]s$/.test(w);
}

function verbOf(cue: CueFact, text: string, quoteEnd: number | null): AttributionVerb | null {
  // Single-word verbs only: a particle cue (`lashed out`) is matched by its verb.
  const word = /^[A-Za-z]+/.exec(cue.cue)?.[0];
  if (!word) return null;
  const entry = CUE_VERBS.get(word.toLowerCase());
  if (!entry) return null;
  const start = cue.start;
  const end = start + word.length;
  if (text.slice(start, end) !== word || nounBefore(text, start)) return null;
  const after = text.slice(end, end + 160);
  const replaceable =
    CLAUSE_END.test(after) ||
    reportedClauseFollows(after) ||
    OPENING_MARKS.test(after) ||
    speakerRightAfter(cue, end, text) ||
    invertedAtEnd(text, start, after) ||
    asFrame(cue, text) ||
    (quoteEnd !== null && quoteEnd <= start && rightAfterQuote(quoteEnd, start, text));
  // Otherwise only a verb with an object before its quote: `slammed the plan as “a disgrace”` (no fix).
  if (!replaceable && !/^\s+[^.;:!?"“”]{1,60}?\s(?:as|with|for)\s+["“‘']/.test(after)) return null;
  return { start, end, lemma: entry.lemma, form: entry.form, replaceable };
}

/** The verbs of the paragraph's attributions, once each, in order. */
export function attributionVerbsOf(text: string, facts: ParagraphQuoteFacts): AttributionVerb[] {
  const byStart = new Map<number, AttributionVerb>();
  for (const q of facts.quotes) {
    if (q.scare || !q.attribution || q.via !== 'sentence') continue;
    const v = verbOf(q.attribution, text, q.end);
    if (v) byStart.set(v.start, v);
  }
  for (const cue of facts.cues) {
    if (byStart.has(cue.start) || !cue.speaker) continue;
    const v = verbOf(cue, text, null);
    if (v) byStart.set(v.start, v);
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

const SAID: Record<CueForm, string> = { base: 'say', s: 'says', past: 'said', ing: 'saying' };

/** "said" in the form of the verb it replaces, with its capital. */
export function saidFor(verb: string, form: CueForm): string {
  const word = SAID[form];
  return /^[A-Z]/.test(verb) ? word[0].toUpperCase() + word.slice(1) : word;
}
