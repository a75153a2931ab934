// attribution-verb: the speech verbs of a paragraph's attributions (the cue of each quote, and reported speech:
// `X claimed that ...`), each with whether "said" can stand in its place. Which verbs are loaded is decided in the
// document pass, from the built-in list and the house style, so these facts do not depend on the options.

import type { ParagraphQuoteFacts } from '../quotes';
import type { CueFact } from '../quotes/paragraph';
import { CUE_VERBS, type CueForm, type CueWord } from '../quotes/cues';

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
/** Words after which a subject can begin (conjunctions, adverbs, `that`). */
const CLAUSE_OPENERS = new Set(
  `and but or nor so yet while as that because although though when whenever if since after before until once where
  however also meanwhile still now then later earlier again even instead indeed moreover too which who whom whose
  also already why how what`.split(/\s+/),
);

const VERB_BEFORE = new Set('and or to can will would could may might must should not'.split(' '));

const FINITE = new Set(
  `is was were are am has had have would will could can should might may must did does do 's 'd ’s ’d isn't wasn't weren't
  hadn't hasn't haven't wouldn't won't couldn't can't didn't doesn't don't`.split(/\s+/),
);
/** Common irregular past forms, which show a finite verb as surely as an auxiliary does (`conceded she made`). */
const IRREGULAR_PAST = new Set(
  `made knew took thought felt saw got gave went came told said found left kept lost paid meant ran won did was were
  could would should might bought brought sold sent spent built began drove broke chose wrote spoke stole hid fell
  held led met put read set let cut hit hurt quit shut`.split(/\s+/),
);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'that']);
/** Words that end a noun phrase before any finite verb of a that-less clause could come. */
const PHRASE_BREAKS = new Set(
  `and but or nor at in on for from with by after before during since until of to into over under about against
  as than who which when where while because if though although`.split(/\s+/),
);
const DETERMINERS = new Set('a an the his her their its our my your this that these those'.split(' '));
const OPENING_MARKS = /^\s*(?:[,:]\s*)?["“‘«']/;
/** The verb ends its clause: `..., she admitted.` */
const CLAUSE_END = /^\s*(?:[,.;:!?)]|—|–|$)/;

const TRAILING_COMMA = /,$/;
const CLOSING = new Set([',', '.', ';', ':', '!', '?', ')', '"', '”', '’']);

/** The word without the punctuation that closes it (read from the end: a pattern anchored at the end would try every
 * start). */
function trimClosing(word: string): string {
  let end = word.length;
  while (end > 0 && CLOSING.has(word[end - 1])) end--;
  return word.slice(0, end);
}

function reportedClauseFollows(after: string): boolean {
  if (/^\s+that\b/i.test(after)) return true;
  // A that-less clause: a subject (pronoun, or a short noun phrase) and then a finite verb, before any break.
  const words = after.slice(0, 120).split(/\s+/).filter(Boolean);
  for (let i = 0; i < Math.min(words.length, 7); i++) {
    const raw = words[i];
    const w = trimClosing(raw.toLowerCase());
    if (i === 0 && !SUBJECT_PRONOUNS.has(w) && !DETERMINERS.has(w) && !/^[A-Z]/.test(raw)) return false;
    if (i > 0 && FINITE.has(w)) return true;
    if (i === 0 && SUBJECT_PRONOUNS.has(w) && words[1] !== undefined) {
      const next = words[1].toLowerCase();
      return FINITE.has(next) || IRREGULAR_PAST.has(next) || /^[a-z]+ed$/.test(next);
    }
    if (PHRASE_BREAKS.has(w) || /[,.;:!?]$/.test(raw)) return false;
  }
  return false;
}

/** `…,” insisted manager Owen Petrakis`: after a quote or a comma, the speaker comes right after the verb, a title or
 * two before the name. */
function speakerRightAfter(cue: CueFact, start: number, end: number, text: string): boolean {
  const at = cue.speaker?.at;
  if (at === undefined || at < end || at - end > 30) return false;
  if (!/[,"”’']\s*$/.test(text.slice(Math.max(0, start - 4), start))) return false;
  return (
    /^\s+(?:[\w.’'-]+\s+){0,2}$/.test(text.slice(end, at)) &&
    !/\b(?:for|to|of|in|on|at|with|by|from|about|away|off|up|out)\b/i.test(text.slice(end, at))
  );
}

/** Words that may stand between a subject and its verb: auxiliaries, adverbs, an aside between commas or brackets. */
const BETWEEN_SUBJECT_AND_VERB =
  /^\s*(?:(?:has|have|had|also|again|repeatedly|then|now|later|still|previously|already|once|today|yesterday|even|often|privately|publicly|\w+ly|,[^,;.]{0,100},|\([^)]{0,60}\))\s*)*$/i;

/** The verb comes right after its speaker (`The firm, however, has claimed`), not after some other noun. */
function rightAfterSpeaker(cue: CueFact, start: number, text: string): boolean {
  const speaker = cue.speaker;
  if (!speaker || speaker.at >= start) return false;
  let end = speaker.at + speaker.text.length;
  if (text.slice(speaker.at, end).toLowerCase() !== speaker.text.toLowerCase()) {
    // The ledger shows some speakers rebuilt from words: find the phrase's last word after its start.
    const last = speaker.text.split(/\s+/).pop() ?? '';
    const found = text.indexOf(last, speaker.at);
    if (found < 0 || found > start) return false;
    end = found + last.length;
  }
  if (end > start) return false;
  // `can take and send snaps`: a "speaker" after a modal or a conjunction is a verb, not a subject.
  const before = /(\S+)\s*$/.exec(text.slice(Math.max(0, speaker.at - 20), speaker.at))?.[1].toLowerCase();
  if (speaker.kind === 'role' && !speaker.text.includes(' ') && before !== undefined && VERB_BEFORE.has(before)) return false;
  // `denied the fraud claims, pointing …`: an s-form ending its clause with no comma before its subject is a noun.
  if (cue.cue.endsWith('s') && CLAUSE_END.test(text.slice(start + cue.cue.length, start + cue.cue.length + 3))) {
    if (!/[,"”’']\s*$/.test(text.slice(Math.max(0, speaker.at - 3), speaker.at))) return false;
  }
  // A subject opens a clause: `derided Tory claims`, `amid fresh claims` put the "speaker" after a verb or a
  // preposition, so the cue is a noun.
  const opener = /(\S+)\s*$/.exec(text.slice(Math.max(0, speaker.at - 24), speaker.at))?.[1];
  // (A full name may follow its title: `Opposition leader Petra Vance insisted`.)
  const fullName = (speaker.kind === 'name' || speaker.kind === 'single') && speaker.text.includes(' ');
  if (!fullName && opener !== undefined && /^[a-z][a-z-]*$/.test(opener) && !CLAUSE_OPENERS.has(opener) && !/ly$/.test(opener))
    return false;
  // `the facts to which Lazar admitted`: the verb's object is the relative pronoun, not a clause.
  if (/\b(?:which|whom)\s+$/i.test(text.slice(Math.max(0, speaker.at - 12), speaker.at))) return false;
  return BETWEEN_SUBJECT_AND_VERB.test(text.slice(end, start));
}

/** `…, insisted the operator.`: after a comma, the verb and a short subject end the sentence. */
function invertedAtEnd(cue: CueFact, text: string, start: number, after: string): boolean {
  // A speaker before the verb (`…, Abdul Khan, admitted leaking secrets.`) makes the comma an aside's, not inversion.
  const last = cue.speaker && cue.speaker.at < start ? cue.speaker.text.split(/\s+/).pop()!.toLowerCase() : null;
  if (
    last &&
    text
      .slice(Math.max(0, start - 60), start)
      .toLowerCase()
      .trimEnd()
      .replace(TRAILING_COMMA, '')
      .trimEnd()
      .endsWith(last)
  )
    return false;
  return /,\s*$/.test(text.slice(Math.max(0, start - 4), start)) && /^\s+(?:[\w.’'-]+\s+){0,3}[\w.’'-]*\w[.;!?]/.test(after);
}

/** `as the director admitted at the hearing`: the verb frames a clause with `as`. */
function asFrame(cue: CueFact, text: string, after: string): boolean {
  const at = cue.speaker?.at;
  if (at === undefined || at >= cue.start || !/\bas\s+$/i.test(text.slice(Math.max(0, at - 6), at))) return false;
  // `as it claims more territory` takes an object: the frame ends at the verb or goes on with where and when.
  return CLAUSE_END.test(after) || /^\s+(?:in|at|on|during|to|before|after|earlier|last|this|yesterday|today)\b/i.test(after);
}

/** `"…," the bishop thundered`: the verb comes right after its quote and speaker (at most a few words between). */
function rightAfterQuote(quoteEnd: number, start: number, text: string): boolean {
  const between = text.slice(quoteEnd, start);
  return between.length <= 60 && /^\s*(?:[\w.’'-]+\s+){0,5}$/.test(between);
}

/** Words before a noun `claims`: `amid claims`, `denied Conservative claims`, `addressing claims`. */
const NOUN_CONTEXT = new Set(
  `amid over about of denied deny denies denying rejected reject rejects dismissed dismiss addressing address new false
  such similar these those repeated earlier recent previous and or following after despite`.split(/\s+/),
);

/** Whether the words before the cue make it a noun (`his claim`, `amid claims`, `denied Tory claims`). */
function nounBefore(text: string, start: number): boolean {
  const words = text
    .slice(Math.max(0, start - 40), start)
    .split(/\s+/)
    .filter(Boolean);
  const w = words[words.length - 1]?.toLowerCase();
  if (w === undefined) return false;
  if (DETERMINERS.has(w) || /['’]s$/.test(w) || NOUN_CONTEXT.has(w)) return true;
  const v = words[words.length - 2]?.toLowerCase();
  return /^[A-Z]/.test(words[words.length - 1]) && v !== undefined && NOUN_CONTEXT.has(v);
}

/** The verb a cue opens with, as the speech-verb list has it. Single-word verbs only: a particle cue (`lashed out`)
 * is matched by its verb. */
function verbEntry(cue: CueFact): { word: string; entry: CueWord } | null {
  const word = /^[A-Za-z]+/.exec(cue.cue)?.[0];
  if (!word) return null;
  const entry = CUE_VERBS.get(word.toLowerCase());
  return entry ? { word, entry } : null;
}

function verbOf(cue: CueFact, text: string, quoteEnd: number | null): AttributionVerb | null {
  const found = verbEntry(cue);
  if (!found) return null;
  const { word, entry } = found;
  const start = cue.start;
  const end = start + word.length;
  if (text.slice(start, end) !== word || nounBefore(text, start)) return null;
  const after = text.slice(end, end + 160);
  // A verb that is not a quote's own must have its speaker right before it, or right after it (inverted).
  const ownQuote = quoteEnd !== null && quoteEnd <= start && rightAfterQuote(quoteEnd, start, text);
  const inverted = speakerRightAfter(cue, start, end, text) || invertedAtEnd(cue, text, start, after);
  // `…, claiming that …`: a participle after a comma carries its sentence's subject.
  const participle = entry.form === 'ing' && /,\s*$/.test(text.slice(Math.max(0, start - 3), start)) && reportedClauseFollows(after);
  if (!ownQuote && !inverted && !participle && !rightAfterSpeaker(cue, start, text)) return null;
  const replaceable =
    CLAUSE_END.test(after) ||
    reportedClauseFollows(after) ||
    OPENING_MARKS.test(after) ||
    inverted ||
    asFrame(cue, text, after) ||
    ownQuote;
  // Otherwise only a verb with an object before its quote: `slammed the plan as “a disgrace”` (no fix).
  if (!replaceable && !/^\s+[^.;:!?"“”]{1,60}?\s(?:as|with|for)\s+["“‘']/.test(after)) return null;
  return { start, end, lemma: entry.lemma, form: entry.form, replaceable };
}

/** A cue that may hold an attribution verb: a quote's own cue (with where the quote ends) or a paragraph's cue with
 * a speaker, in the order they are read, with the verb's lemma. */
export interface VerbCandidate {
  cue: CueFact;
  quoteEnd: number | null;
  lemma: string;
}

/** The paragraph's cues that open with a speech verb. Whether each is an attribution verb is worked out only for the
 * lemmas a document asks about (see verbsAmong): most are "said", which no check reads. */
export function verbCandidatesOf(facts: ParagraphQuoteFacts): VerbCandidate[] {
  const out: VerbCandidate[] = [];
  for (const q of facts.quotes) {
    if (q.scare || !q.attribution || q.via !== 'sentence') continue;
    const found = verbEntry(q.attribution);
    if (found) out.push({ cue: q.attribution, quoteEnd: q.end, lemma: found.entry.lemma });
  }
  for (const cue of facts.cues) {
    if (!cue.speaker) continue;
    const found = verbEntry(cue);
    if (found) out.push({ cue, quoteEnd: null, lemma: found.entry.lemma });
  }
  return out;
}

/** The attribution verbs among the candidates, once each, in order; with `wanted`, only at places where a wanted
 * lemma stands (every candidate at such a place is read, in order, so the verb found there is the one all would give). */
export function verbsAmong(text: string, candidates: readonly VerbCandidate[], wanted?: ReadonlySet<string>): AttributionVerb[] {
  let places: Set<number> | null = null;
  if (wanted) {
    places = new Set();
    for (const c of candidates) if (wanted.has(c.lemma)) places.add(c.cue.start);
    if (places.size === 0) return [];
  }
  const byStart = new Map<number, AttributionVerb>();
  for (const c of candidates) {
    if (places && !places.has(c.cue.start)) continue;
    // a quote's own cue is read again for each quote it credits; a paragraph cue only where no quote's verb stands
    if (c.quoteEnd === null && byStart.has(c.cue.start)) continue;
    const v = verbOf(c.cue, text, c.quoteEnd);
    if (v) byStart.set(v.start, v);
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** The verbs of the paragraph's attributions, once each, in order. */
export function attributionVerbsOf(text: string, facts: ParagraphQuoteFacts): AttributionVerb[] {
  return verbsAmong(text, verbCandidatesOf(facts));
}

const SAID: Record<CueForm, string> = { base: 'say', s: 'says', past: 'said', ing: 'saying' };

/** "said" in the form of the verb it replaces, with its capital. */
export function saidFor(verb: string, form: CueForm): string {
  const word = SAID[form];
  return /^[A-Z]/.test(verb) ? word[0].toUpperCase() + word.slice(1) : word;
}
