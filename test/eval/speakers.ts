// Speaker accuracy of the quote ledger against PolNeAR's gold attributions (brat standoff files).
//
// A gold quote is a quoted span of 4+ words inside an annotated Content whose attribution has a Source. For each one
// the scorer asks: did the ledger find the quote (a non-scare record overlapping it), did it credit the right speaker,
// and did it call the quote an orphan. How a gold Source is read:
// - a name or description answers to its surname or head noun (names win: `a spokesman, Dan Reyes` is `reyes`);
// - a pronoun (possessives too: `his statement`) answers to a stand-in for its antecedent, since PolNeAR marks no
//   coreference: the nearest earlier Source that agrees in number (by its head word), person and a known gender
//   (a title, or a first name learned from titles on train and BBC texts); he and she want a person, and a head like
//   `amendment` or `government` names none, whatever its ending; an `I` in the narrative is the writer;
// - a relative pronoun (`who`, `which`) answers to the phrase just before it (`said Dana Reyes, who added`, `the
//   mouth of Dana Reyes, who`, `a talk from the harbour chief, who`);
// - a Source that is only a speech verb (`said`, `said in a statement`) is an annotation slip: left out of the
//   speaker figures (counted and printed), kept for detection and orphans;
// - a quote whose own speech clause sits inside the gold Content (`"...," Dana Reyes said, according to the Sentinel`,
//   annotated as one attribution to the Sentinel) is left out of the speaker figures (counted and printed): the
//   annotation names who reported the words, not who said them, and marks no inner attribution;
// - a relative clause inside a Source (`the authors, which include ...`) names no source, to the Source's end;
//   `52 percent of voters` answers to the voters; `the IMF report` to the IMF too;
// - a postmodifier ends the head noun (`a source familiar with`, `the statement released by`, `an ad released
//   Monday`), and an `and` inside the phrase after the head (`a study by economists Ann Hale and Ivo Tamm`) joins
//   no second source: the study is the source, as the annotators marked it.
// A description (`the retired surgeon`) answers to the name the ledger shows for the same person only when the
// article itself ties that description to that one name (`the retired surgeon, Ann Hale,`; see described.ts), for
// want of gold coreference; otherwise such quotes count as wrong. Fit on train, report on dev:
//   npm run eval -- speakers [train|dev] [--verbose] [--corpus DIR]

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuoteRecord } from '../../server/src/engine/rules/quotes';
import firstNames from '../../server/src/engine/rules/quotes/first-names.json';
import { describedNames, describes, type Links } from './described';

/** First names with the gender copy gives them (learned from titles on train and BBC texts, fit-first-names.ts). */
const FIRST_NAME_GENDER = new Map<string, 'm' | 'f'>([
  ...firstNames.m.map((n): [string, 'm'] => [n, 'm']),
  ...firstNames.f.map((n): [string, 'f'] => [n, 'f']),
]);

/** The gender a Source's own words give: a title (`Mrs. Hale`) or a first name before the surname (`Ann Hale`). */
function ownGender(source: string, key: string): 'm' | 'f' | null {
  if (/\b(?:Mrs|Ms|Miss)\.?\s/.test(source)) return 'f';
  if (/\bMr\.?\s/.test(source)) return 'm';
  const words = source.split(/[\s,]+/);
  const at = words.findIndex((w) => w.toLowerCase().replace(/[’']s$/, '') === key);
  if (at > 0) return FIRST_NAME_GENDER.get(words[at - 1].toLowerCase()) ?? null;
  return null;
}

export type SourceKind = 'name' | 'pronoun';

export interface GoldQuote {
  start: number;
  end: number;
  /** The Source span as annotated. */
  source: { start: number; end: number; text: string };
  kind: SourceKind;
  /** For a pronoun source: the nearest earlier gold source it stands for (see antecedentOf), if any. */
  antecedent: string | null;
  /** Lower-case keys a credited speaker must share (surname of a named person, else head noun). */
  keys: string[];
  /** The description the keys are the head nouns of (`the spokesman`), or null when they are names. */
  described: string | null;
  /** The quote's own speech clause is inside the gold Content (see reportsSpeech): its speaker is not annotated. */
  nested: boolean;
}

export interface GoldArticle {
  /** Path relative to the corpus root. */
  path: string;
  text: string;
  quotes: GoldQuote[];
  /** Every Source of the article, in text order (pronoun antecedents are looked up here). */
  sources: { start: number; end: number; text: string }[];
  /** Every pronoun Source (quoted or not) with the keys of its gold antecedent: the fitting script's labels. */
  pronouns: { start: number; end: number; pronoun: string; keys: string[]; described: string | null }[];
  /** Descriptions the article's words tie to names (see described.ts). */
  links: Links;
}

interface Fragment {
  start: number;
  end: number;
}

interface Annotation {
  type: string;
  fragments: Fragment[];
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'him', 'them', 'us', 'me']);
/** Possessive pronouns as Sources (`his statement`, `her campaign said`): pronoun sources like `he` and `she`. */
const POSSESSIVES: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['its', 'it'],
  ['my', 'i'],
  ['our', 'we'],
]);
/** A Source that is a speech verb (`said`, `said in a statement`) is an annotation slip: it names no one, so the
 * quote cannot be scored for its speaker (it still counts for detection and orphans). */
const CUE_WORDS = new Set(
  'said says say asked asks told tells added adds wrote writes noted explained tweeted stated according'.split(' '),
);
/** Words that end a head noun when they follow it (`a source familiar with`, `an aide involved in`). */
const POSTMODIFIERS = new Set('familiar close involved speaking working based briefed knowledgeable'.split(' '));
const HEAD_STOPS = new Set(
  'of for at from with in on inside outside who which that whose whom to by as during after before about according'.split(' '),
);
const TITLE_HEADS = new Set(
  'secretary minister department bank university ministry house court director chairman chief governor mayor president'.split(' '),
);
const DOCUMENT_HEADS = new Set(
  'letter statement statements email e-mail tweet tweets post website site book speech remarks comments words account memo op-ed column article report release ad video message note excerpts excerpt transcript documents poll survey study'.split(
    ' ',
  ),
);
const LEADING = new Set('a an the this that these those one another some former late then'.split(' '));

/** Reads one brat standoff file: text-bound annotations by id, and the attribution events. */
function parseAnn(source: string): { spans: Map<string, Annotation>; events: Map<string, string>[] } {
  const spans = new Map<string, Annotation>();
  const events: Map<string, string>[] = [];
  for (const line of source.split('\n')) {
    const fields = line.split('\t');
    if (fields.length < 2) continue;
    const id = fields[0];
    if (id.startsWith('T')) {
      const head = fields[1];
      const space = head.indexOf(' ');
      if (space < 0) continue;
      const type = head.slice(0, space);
      const fragments = head
        .slice(space + 1)
        .split(';')
        .map((f) => f.trim().split(' ').map(Number))
        .filter((f) => f.length === 2 && Number.isFinite(f[0]) && Number.isFinite(f[1]))
        .map(([start, end]) => ({ start, end }));
      if (fragments.length > 0) spans.set(id, { type, fragments });
    } else if (id.startsWith('E')) {
      const roles = new Map<string, string>();
      for (const part of fields[1].trim().split(' ')) {
        const colon = part.lastIndexOf(':');
        if (colon > 0) roles.set(part.slice(0, colon), part.slice(colon + 1));
      }
      events.push(roles);
    }
  }
  return { spans, events };
}

function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The quoted stretches of one Content fragment, by a scan independent of the engine's: curly “ ” pairs, straight
 * " pairs, and '' pairs (the two-apostrophe style). A quote left open at a line end ends there.
 */
export function quotedSpans(text: string, from: number, to: number): Fragment[] {
  return allQuotedSpans(text, from, to).filter((q) => wordCount(text.slice(q.start, q.end)) >= 4);
}

/** Every quoted stretch of a Content fragment, however short (see quotedSpans). */
function allQuotedSpans(text: string, from: number, to: number): Fragment[] {
  const out: Fragment[] = [];
  let open = -1;
  let style = '';
  const close = (end: number): void => {
    if (open >= 0) out.push({ start: open, end });
    open = -1;
  };
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '\n') {
      close(i);
      continue;
    }
    const twin = ch === "'" && text[i + 1] === "'";
    if (ch !== '“' && ch !== '”' && ch !== '"' && !twin) continue;
    const mark = twin ? "''" : ch === '”' ? '“' : ch;
    const before = i > 0 ? text[i - 1] : ' ';
    const after = text[i + (twin ? 2 : 1)] ?? ' ';
    if (open < 0) {
      const opening = ch === '“' || (!isLetter(before) && !/\s/.test(after));
      if (opening) {
        open = i;
        style = mark;
      }
    } else if (mark === style) {
      close(i + (twin ? 2 : 1));
    }
    if (twin) i++;
  }
  close(to);
  return out;
}

/** The keys a speaker phrase answers to: the surname of each named person in it, else the head noun of each
 * appositive segment. Names win: `a spokesman, Dan Reyes` answers to `reyes` only. */
export function speakerKeys(phrase: string): string[] {
  return keysOf(phrase).keys;
}

/** Quantity heads that count the people of the phrase after their `of` (`52 percent of voters`, `the share of
 * Republicans`): the phrase after `of` is the source. */
const QUANTITY_HEADS = new Set('percent share majority minority half third quarter plurality proportion'.split(' '));
const RELATIVE_OPENERS = new Set(['who', 'which', 'that', 'whose', 'whom', 'where']);

/** The keys of a phrase, and whether they are names (a named person or body) or head nouns of descriptions. */
export function keysOf(phrase: string): { keys: string[]; named: boolean } {
  const names: string[] = [];
  const heads: string[] = [];
  // A quoted title inside the phrase (`the authors of the “X and Y Project”`) is not a person of its own.
  const cleaned = phrase
    .replace(/\([^)]*(?:\)|$)/g, ' ')
    .replace(/“[^”]*”|"[^"]*"/g, ' ')
    .replace(/[“”"]/g, ' ');
  for (const segment of segmentsOf(cleaned)) {
    let words = segment
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/^[^\p{L}\p{N}@]+|[^\p{L}\p{N}.]+$/gu, '') + (/\p{L}s[’']$/u.test(w) ? '’' : ''))
      .filter((w) => w.length > 0);
    // A relative clause (`which include the ...`) describes the phrase before it and names no source of its own.
    // It runs to the end of the Source (`the boy, who wore a cap and said his name was Ivo`).
    if (words.length > 0 && RELATIVE_OPENERS.has(words[0].toLowerCase())) break;
    // `52 percent of registered voters`: the people counted are the source.
    for (let i = 0; i + 2 < words.length && i < 3; i++) {
      if (QUANTITY_HEADS.has(words[i].toLowerCase()) && words[i + 1] === 'of') {
        words = words.slice(i + 2);
        break;
      }
    }
    // `former secretary of state Hillary Clinton`: a name after a lower-case descriptor ends the phrase, even when
    // the descriptor has an `of` in it.
    const whole = descriptorOfName(words);
    if (whole) {
      names.push(whole);
      continue;
    }
    let end = words.length;
    for (let i = 1; i < words.length; i++) {
      // `Secretary of State John Kerry`: `of` after a title word is part of the name.
      if (words[i] === 'of' && TITLE_HEADS.has(words[i - 1].toLowerCase()) && /^\p{Lu}/u.test(words[i + 1] ?? '')) continue;
      if (HEAD_STOPS.has(words[i].toLowerCase()) || postmodifierAt(words, i)) {
        end = i;
        break;
      }
    }
    // `Fight for $15 organizing director Kendall Fells`: a name after a lower-case descriptor ends the phrase.
    const tail = premodifiedName(words.slice(0, end));
    if (tail) {
      names.push(tail);
      continue;
    }
    // `Hoff’s letter`, `the campaign’s statement`: words of a document answer to its owner too.
    const owner = words.findIndex(
      (w, i) => i + 1 < end && /[’']s?$/.test(w) && /[’']/.test(w) && DOCUMENT_HEADS.has(words[end - 1].toLowerCase()),
    );
    if (owner >= 0) heads.push(words[owner].toLowerCase().replace(/[’']s?$/, ''));
    // `the IMF report`: a body named right before a document's head noun owns it too.
    const body = end >= 3 ? words[end - 2] : '';
    if (owner < 0 && end > 0 && DOCUMENT_HEADS.has(words[end - 1].toLowerCase()) && /^\p{Lu}[\p{L}.]*$/u.test(body))
      heads.push(words[end - 2].toLowerCase());
    const head = words.slice(0, end);
    while (head.length > 1 && LEADING.has(head[0].toLowerCase())) head.shift();
    if (head.length === 0) continue;
    const last = head[head.length - 1];
    const key = last
      .toLowerCase()
      .replace(/[’']s?$/, '')
      .replace(/\.$/, '');
    if (key.length === 0 || PRONOUNS.has(key)) continue;
    if (/^\p{Lu}/u.test(last) && !(head.length === 1 && words.length > 1 && end === words.length)) names.push(key);
    else heads.push(key);
  }
  return names.length > 0 ? { keys: names, named: true } : { keys: heads, named: false };
}

/** Participles that close a head noun when a preposition or a day follows (`the statement released by`, `a poll
 * conducted in`, `an ad released Thursday`): what comes after describes the head, it names no source. */
const PARTICIPLE_IRREGULAR = new Set('written made shown held sent seen given taken done'.split(' '));
const DAYS = new Set('monday tuesday wednesday thursday friday saturday sunday today yesterday'.split(' '));

/** Whether words[i] ends the head noun before it as a postmodifier: `familiar with`, `close to` (an adjective that
 * takes a preposition or ends the phrase; `a familiar voice` and `a close friend` go on), or a participle before a preposition or a day. */
function postmodifierAt(words: string[], i: number): boolean {
  const w = words[i];
  const next = (words[i + 1] ?? '').toLowerCase();
  const takesPhrase = HEAD_STOPS.has(next) || DAYS.has(next);
  if (POSTMODIFIERS.has(w)) return i + 1 === words.length || HEAD_STOPS.has(next);
  return takesPhrase && /^\p{Ll}/u.test(w) && ((w.length > 4 && w.endsWith('ed')) || PARTICIPLE_IRREGULAR.has(w));
}

/** Comma segments of a Source, each split at `and` unless the part before holds a phrase the `and` continues (`a study
 * by economists at Duke and the University of Ottawa` is one segment; `president and CEO` two). */
function segmentsOf(phrase: string): string[] {
  const out: string[] = [];
  for (const segment of phrase.split(/,|;|\s[—–-]\s/)) {
    let current: string | null = null;
    for (const part of segment.split(/\s+(?:and|&)\s+/)) {
      const words = current?.trim().split(/\s+/) ?? [];
      if (current !== null && words.slice(1).some((w) => HEAD_STOPS.has(w.toLowerCase()))) current += ' and ' + part;
      else {
        if (current !== null) out.push(current);
        current = part;
      }
    }
    if (current !== null) out.push(current);
  }
  return out;
}

const PREPOSITIONS = new Set(
  'of for at from with in on to by as about under over into onto than like near via against among between including'.split(' '),
);
const NAME_LINK_WORDS = new Set(['de', 'van', 'von', 'da', 'del', 'la', 'le', 'al', 'bin', 'st.']);

/** The surname of a name of two or more capitalised words ending a phrase right after a lower-case word that is not
 * a preposition (`organizing director Kendall Fells`), or null. */
function premodifiedName(words: string[]): string | null {
  let i = words.length;
  while (i > 0 && (/^\p{Lu}/u.test(words[i - 1]) || NAME_LINK_WORDS.has(words[i - 1]))) i--;
  if (words.length - i < 2 || i === 0) return null;
  const before = words[i - 1];
  if (!/^\p{Ll}/u.test(before) || HEAD_STOPS.has(before) || LEADING.has(before) || PREPOSITIONS.has(before)) return null;
  return words[words.length - 1]
    .toLowerCase()
    .replace(/[’']s?$/, '')
    .replace(/\.$/, '');
}

/** The surname of `former secretary of state Hillary Clinton` or `Harbour for All organising director Ann Hale`: a
 * name of two or more capitalised words ending a phrase, either after words all in lower case with no head stop among
 * them but `of`, or right after a word that names a person (`director`) with no other name before it; else null. */
function descriptorOfName(words: string[]): string | null {
  let i = words.length;
  while (i > 0 && (/^\p{Lu}/u.test(words[i - 1]) || NAME_LINK_WORDS.has(words[i - 1]))) i--;
  let lowerOnly = true;
  let otherName = false;
  for (let j = 0; j < i; j++) {
    const lower = words[j].toLowerCase();
    if (words[j] !== lower || (HEAD_STOPS.has(lower) && lower !== 'of')) lowerOnly = false;
    if (j > 0 && /^\p{Lu}/u.test(words[j]) && /^\p{Lu}/u.test(words[j - 1])) otherName = true;
  }
  const before = i > 0 ? words[i - 1].toLowerCase() : '';
  const person = PERSON_WORDS.has(before) || (PERSON_HEAD.test(before) && !THING_HEAD.test(before));
  return lowerOnly || (person && !otherName) ? premodifiedName(words) : null;
}

/** The personal pronoun a pronoun Source stands as (`his` as `he`), or null when the Source is not one. */
function pronounOf(text: string): string | null {
  const t = text.trim().toLowerCase();
  return PRONOUNS.has(t) ? t : (POSSESSIVES.get(t) ?? null);
}

function isPronoun(text: string): boolean {
  return pronounOf(text) !== null;
}

/** A Source that is only a speech verb, or opens with one (`said in a statement`). */
function isCueSlip(text: string): boolean {
  const first = text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return CUE_WORDS.has(first);
}

/**
 * The phrase a relative pronoun Source (`..., said Dana Reyes, who added ...`) attaches to: the phrase right after the
 * last preposition of the text before it when that phrase names a person or, for `which` and `that`, is any noun
 * phrase (`the mouth of Dana Reyes, who`, `a talk from the harbour chief, who`, `linked to the port report, which`);
 * else the last two comma segments before it, back to the start of the clause (`said Dana Reyes, a pilot, who`).
 */
function relativeAntecedent(text: string, start: number, relative: string): string {
  const before = text.slice(Math.max(0, start - 160), start);
  let cut = -1;
  for (let i = before.length - 1; i >= 0 && cut < 0; i--) {
    const ch = before[i];
    // An initial or a title's period (`Ann E. Hale`, `Sen. Hale`) ends no clause.
    if (
      ch === '.' &&
      /(?:^|\s)(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Rev)\.$/u.test(before.slice(Math.max(0, i - 5), i + 1))
    )
      continue;
    if ('.!?:;\n“”"'.includes(ch)) cut = i;
  }
  const segments = before
    .slice(cut + 1)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const last = segments[segments.length - 1] ?? '';
  const who = relative.toLowerCase() === 'who' || relative.toLowerCase() === 'whom';
  return (who ? nameEnding(last) : null) ?? phraseAfterPreposition(last, relative.toLowerCase(), text) ?? segments.slice(-2).join(', ');
}

/** A person's name ending a segment, a place after `of` allowed (`would involve Attorney General Ann E. Hale`,
 * `candidates such as Sen. Ivo Tamm of Ohio`): capitalised words, one of them a title or a known first name. */
function nameEnding(segment: string): string | null {
  const run = /(?:^|\s)((?:\p{Lu}[\p{L}’'.-]*\s+){1,4}\p{Lu}[\p{L}’'-]+)(?:\s+of\s+\p{Lu}\p{L}+)?$/u.exec(segment);
  if (!run) return null;
  const words = run[1].split(/\s+/);
  const person = words
    .slice(0, -1)
    .some(
      (w) =>
        FIRST_NAME_GENDER.has(w.toLowerCase()) ||
        /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev)\.|President|Senator|Governor|General|Attorney|Secretary|Judge|Mayor)$/.test(
          w,
        ),
    );
  return person ? run[1] : null;
}

const OPENING_DETERMINERS = new Set('the a an his her their its our this that these those'.split(' '));

/** The noun phrase after the last preposition of a segment, when it is what a relative pronoun attaches to. */
function phraseAfterPreposition(segment: string, relative: string, text: string): string | null {
  const words = segment.split(/\s+/);
  let k = words.length - 1;
  while (k >= 0 && !PREPOSITIONS.has(words[k].toLowerCase())) k--;
  if (k < 0 || k === words.length - 1) return null;
  const tail = words.slice(k + 1);
  const phrase = tail.join(' ');
  const person = relative === 'who' || relative === 'whom';
  if (OPENING_DETERMINERS.has(tail[0].toLowerCase())) return !person || personLike(phrase, speakerKeys(phrase), text) ? phrase : null;
  if (!person || !tail.every((w) => /^\p{Lu}/u.test(w)) || tail.length > 3) return null;
  // `of Donald Trump` with a known first name; `from Dana Reyes` (not `for Conservative Principles`, `of Florida`).
  const preposition = words[k].toLowerCase();
  if (FIRST_NAME_GENDER.has(tail[0].toLowerCase()) && tail.length > 1) return phrase;
  return preposition === 'from' || preposition === 'with' || preposition === 'by' ? phrase : null;
}

/** The writer of the article, the antecedent of an `I` in the narrative (outside any quote). */
const WRITER = '(the writer)';

/** Whether an offset sits inside a quote opened earlier in its paragraph. */
function insideQuote(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const curly = (line.match(/“/g)?.length ?? 0) - (line.match(/”/g)?.length ?? 0);
  return curly > 0 || (line.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** Whether an article writes a word in lower case somewhere: its capital elsewhere only opens a sentence. */
function writtenLower(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return true;
  return new RegExp(`(^|[^\\p{L}])${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u').test(text);
}

const QUANTIFIERS = new Set('some many most several few all both other two three four five dozens hundreds thousands'.split(' '));

/** A Source that names more than one: a plural head (`Some Republicans`, `Fact-checkers`, `the senators`). */
function pluralSource(source: string, head: string, text: string): boolean {
  if (!(head.length > 3 && /s$/.test(head) && !/ss$/.test(head))) return false;
  const words = source.trim().split(/\s+/);
  if (QUANTIFIERS.has((words[0] ?? '').toLowerCase())) return true;
  const word = headWord(source, head);
  if (!/^\p{Lu}/u.test(word) || writtenLower(text, word)) return true;
  // `Republicans`, `Iowans`: the singular is written as a word of its own in the article.
  const singular = word.replace(/[’']?s$/, '');
  return singular !== word && new RegExp(`\\b${singular.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b(?![’']?s|\\s+\\p{Lu})`, 'u').test(text);
}

/** The word of a Source its key was taken from (`Trump` in `Republican nominee Donald Trump`). */
function headWord(source: string, key: string): string {
  const words = source
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}@]+|[^\p{L}\p{N}.]+$/gu, ''));
  for (let i = words.length - 1; i >= 0; i--) {
    const bare = words[i]
      .toLowerCase()
      .replace(/[’']s$/, '')
      .replace(/\.$/, '');
    if (bare === key) return words[i];
  }
  return '';
}

const PLURAL_PRONOUNS = new Set(['they', 'them', 'we', 'us']);
const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);
/** Lower-case heads that name a person (suffixes and a few common words); anything else is a body or a thing. */
const PERSON_HEAD = /(?:er|or|ist|man|woman|men|women|ant|ent|ian|ee|ive|ary|ier|eur|ess|ate|ic|ic)$/;
/** Heads the person endings above would take for people: `the amendment`, `the government`, `the restaurant`. */
const THING_HEAD = /(?:ment|aurant)$/;
const PERSON_WORDS = new Set(
  'official aide source chief head staff guard host critic expert pundit friend wife husband son daughter mother father brother sister attorney ally veteran nominee delegate activist colleague'.split(
    ' ',
  ),
);

function personLike(source: string, keys: string[], text: string): boolean {
  if (keys.some((k) => DOCUMENT_HEADS.has(k))) return false;
  return keys.some((k) => {
    if (DOCUMENT_HEADS.has(k)) return false;
    const word = headWord(source, k);
    if (/^\p{Lu}/u.test(word) && !writtenLower(text, word)) return true;
    return PERSON_WORDS.has(k) || (PERSON_HEAD.test(k) && !THING_HEAD.test(k));
  });
}

/** `Mr. Hale` or `Mrs. Hale` anywhere in the article gives the surname's gender away. */
function titledGender(text: string, key: string): 'm' | 'f' | null {
  const name = key.charAt(0).toUpperCase() + key.slice(1);
  const male = new RegExp(`\\bMr\\.? ${name}\\b`).test(text);
  const female = new RegExp(`\\b(?:Mrs|Ms|Miss)\\.? ${name}\\b`).test(text);
  return male === female ? null : male ? 'm' : 'f';
}

/**
 * The gold antecedent of a pronoun source, a proxy for coreference (PolNeAR has none): the nearest earlier Source
 * that is not itself a pronoun and agrees with it in number and person (he and she want a person, and a gender a
 * title or an earlier resolution gave). Returns null when nothing fits.
 */
function antecedentOf(
  sources: GoldArticle['sources'],
  index: number,
  pronoun: string,
  gender: Map<string, string>,
  text: string,
): string | null {
  const p = pronounOf(pronoun) ?? pronoun.toLowerCase();
  const plural = PLURAL_PRONOUNS.has(p);
  const personal = p === 'he' || p === 'she' || p === 'him' || p === 'i';
  for (let i = index - 1; i >= 0; i--) {
    const s = sources[i];
    if (isPronoun(s.text) || RELATIVES.has(s.text.trim().toLowerCase()) || isCueSlip(s.text)) continue;
    const keys = speakerKeys(s.text);
    if (keys.length === 0) continue;
    const head = keys[0];
    if (!plural && pluralSource(s.text, head, text)) continue;
    if (personal && !personLike(s.text, keys, text)) continue;
    if (p === 'he' || p === 'she' || p === 'him') {
      const want = p === 'she' ? 'f' : 'm';
      const own = ownGender(s.text, head);
      const known = own ?? gender.get(head) ?? titledGender(text, head);
      if (known && known !== want) continue;
      gender.set(head, want);
    }
    return s.text;
  }
  return null;
}

const REPORTING =
  /(?:^|[^\p{L}])(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|noted|notes|explained|stated|tweeted|declared|continued)(?=$|[^\p{L}])/iu;

/**
 * Whether the quote at `at` of a Content fragment has a speech clause of its own inside the Content (`"...," Dana
 * Reyes said` or `Dana Reyes said: "..."`, within the sentence next to the quote, outside any quote): the annotation
 * then credits only the outlet or record that reports the speech (`..., according to the Sentinel`), and the quoted
 * words' own speaker, in the Content, is not annotated.
 */
function reportsSpeech(text: string, content: Fragment, quote: Fragment): boolean {
  const quotes = allQuotedSpans(text, content.start, content.end);
  const index = quotes.findIndex((q) => q.start === quote.start);
  if (index < 0) return false;
  const before = text.slice(index > 0 ? quotes[index - 1].end : content.start, quote.start);
  const after = text.slice(quote.end, index + 1 < quotes.length ? quotes[index + 1].start : content.end);
  const leading = before.split(/[.!?](?=\s)/).pop() ?? '';
  const trailing = after.split(/[.!?](?=\s|$)/)[0] ?? '';
  return REPORTING.test(leading) || REPORTING.test(trailing);
}

function pickAnnotation(dir: string, base: string, files: string[]): string | null {
  const own = files.filter((f) => f.startsWith(base + '_') && f.endsWith('.ann') && f.length === base.length + 9).sort();
  return own.length > 0 ? join(dir, own[0]) : null;
}

/** Gold quotes of every annotated article in a PolNeAR split. */
export function loadGold(corpus: string, split: 'train' | 'dev'): GoldArticle[] {
  const textDir = join(corpus, 'polnear', split, 'text');
  const annDir = join(corpus, 'polnear', split, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) return [];
  const annFiles = readdirSync(annDir);
  const articles: GoldArticle[] = [];
  for (const name of readdirSync(textDir).sort()) {
    if (!name.endsWith('.txt')) continue;
    const base = name.slice(0, -4);
    const annPath = pickAnnotation(annDir, base, annFiles);
    if (!annPath) continue;
    const text = readFileSync(join(textDir, name), 'utf8');
    const { spans, events } = parseAnn(readFileSync(annPath, 'utf8'));
    const sources: GoldArticle['sources'] = [];
    const pairs: { source: Fragment; contents: Fragment[] }[] = [];
    for (const roles of events) {
      const sourceId = roles.get('Source');
      const source = sourceId ? spans.get(sourceId) : undefined;
      if (!source) continue;
      const s = { start: source.fragments[0].start, end: source.fragments[source.fragments.length - 1].end };
      // A span that stops inside a word (`the senior aide advise|r`) is an annotation slip: it runs to the word's end.
      while (s.end < text.length && isLetter(text[s.end]) && s.end > s.start && isLetter(text[s.end - 1])) s.end++;
      // So is one that starts inside a word (`Sh|ook`), and one that stops at a middle initial (`Ian H|. Hale`).
      while (s.start > 0 && isLetter(text[s.start - 1]) && s.end > s.start && isLetter(text[s.start])) s.start--;
      const initial = /^\. (\p{Lu}[\p{L}’'-]+)/u.exec(text.slice(s.end, s.end + 40));
      if (initial && /(?:^|\s)\p{Lu}$/u.test(text.slice(s.start, s.end))) s.end += initial[0].length;
      sources.push({ ...s, text: text.slice(s.start, s.end) });
      const contents: Fragment[] = [];
      for (const [role, id] of roles) if (role.startsWith('Content')) contents.push(...(spans.get(id)?.fragments ?? []));
      pairs.push({ source: s, contents });
    }
    sources.sort((a, b) => a.start - b.start);
    const gender = new Map<string, string>();
    const quotes: GoldQuote[] = [];
    const pronouns: GoldArticle['pronouns'] = [];
    const seen = new Set<number>();
    const ordered = [...pairs].sort((a, b) => a.source.start - b.source.start);
    for (const pair of ordered) {
      const sourceText = text.slice(pair.source.start, pair.source.end);
      const pronoun = isPronoun(sourceText);
      const index = sources.findIndex((s) => s.start === pair.source.start);
      const writer = pronounOf(sourceText) === 'i' && !insideQuote(text, pair.source.start);
      const antecedent = !pronoun ? null : writer ? WRITER : antecedentOf(sources, index, sourceText.trim(), gender, text);
      const relative = RELATIVES.has(sourceText.trim().toLowerCase());
      const phrase = pronoun ? (antecedent ?? '') : relative ? relativeAntecedent(text, pair.source.start, sourceText.trim()) : sourceText;
      const read = writer ? { keys: [WRITER], named: true } : isCueSlip(sourceText) ? { keys: [], named: true } : keysOf(phrase);
      const { keys } = read;
      const described = read.named ? null : phrase;
      if (pronoun && keys.length > 0 && !pronouns.some((p) => p.start === pair.source.start)) {
        pronouns.push({ ...pair.source, pronoun: sourceText.trim().toLowerCase(), keys, described });
      }
      // One speech clause inside the Content makes the whole attribution a report of nested speech: its other quotes
      // (`"...," Dana Reyes said, according to the Sentinel. "..."`) are the same speaker's.
      const nested = pair.contents.some((c) => quotedSpans(text, c.start, c.end).some((q) => reportsSpeech(text, c, q)));
      for (const content of pair.contents) {
        for (const q of quotedSpans(text, content.start, content.end)) {
          if (seen.has(q.start)) continue;
          seen.add(q.start);
          quotes.push({
            start: q.start,
            end: q.end,
            source: { ...pair.source, text: sourceText },
            kind: pronoun ? 'pronoun' : 'name',
            antecedent,
            keys,
            described,
            nested,
          });
        }
      }
    }
    quotes.sort((a, b) => a.start - b.start);
    articles.push({ path: `polnear/${split}/text/${name}`, text, quotes, sources, pronouns, links: describedNames(text) });
  }
  return articles;
}

export interface SpeakerScore {
  articles: number;
  quotes: number;
  detected: number;
  orphans: number;
  byKind: Record<SourceKind, { total: number; right: number; unscorable: number; nested: number }>;
  /** Quotes written with '' pairs, and how many of them were found. */
  twoApostrophe: { total: number; detected: number };
  failures: string[];
}

/** Whether a credited speaker answers to the gold keys. A gold description also answers to the one name the
 * article ties it to (`the spokesman` to `Dan Reyes` after `the spokesman, Dan Reyes`): pass the article's links
 * and whether the keys are a description's. */
export function speakerMatches(
  speaker: string | null,
  keys: string[],
  described: string | null = null,
  links: Links | null = null,
): boolean {
  if (!speaker || keys.length === 0) return false;
  if (keys.includes(WRITER)) return /^(?:i|me|my)$/i.test(speaker.trim());
  const mine = keysOf(speaker);
  if (mine.keys.some((k) => keys.includes(k))) return true;
  return (
    described !== null &&
    links !== null &&
    mine.named &&
    describes(links, described, keys, mine.keys, (h) => PERSON_WORDS.has(h) || PERSON_HEAD.test(h))
  );
}

function clip(s: string, n = 90): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

export function scoreSpeakers(articles: GoldArticle[], ledgerOf: (text: string) => QuoteRecord[]): SpeakerScore {
  const score: SpeakerScore = {
    articles: articles.length,
    quotes: 0,
    detected: 0,
    orphans: 0,
    byKind: {
      name: { total: 0, right: 0, unscorable: 0, nested: 0 },
      pronoun: { total: 0, right: 0, unscorable: 0, nested: 0 },
    },
    twoApostrophe: { total: 0, detected: 0 },
    failures: [],
  };
  for (const article of articles) {
    if (article.quotes.length === 0) continue;
    const records = ledgerOf(article.text).filter((r) => r.status !== 'scare');
    for (const gold of article.quotes) {
      score.quotes++;
      const twin = article.text.startsWith("''", gold.start);
      if (twin) score.twoApostrophe.total++;
      let best: QuoteRecord | null = null;
      let bestOverlap = 0;
      for (const r of records) {
        const overlap = Math.min(r.end, gold.end) - Math.max(r.start, gold.start);
        if (overlap > bestOverlap) {
          bestOverlap = overlap;
          best = r;
        }
      }
      const where = `${article.path}:${gold.start}`;
      const quote = clip(article.text.slice(gold.start, gold.end), 60);
      if (!best) {
        score.failures.push(`MISSED   ${where} ${quote}`);
        continue;
      }
      score.detected++;
      if (twin) score.twoApostrophe.detected++;
      if (best.status === 'unattributed') {
        score.orphans++;
        score.failures.push(`ORPHAN   ${where} [${gold.source.text}] ${quote}`);
      }
      const kind = score.byKind[gold.kind];
      kind.total++;
      if (gold.keys.length === 0) {
        kind.unscorable++;
        continue;
      }
      if (gold.nested) {
        kind.nested++;
        continue;
      }
      if (speakerMatches(best.speaker, gold.keys, gold.described, article.links)) kind.right++;
      else {
        const gloss = gold.kind === 'pronoun' ? `${gold.source.text}=${gold.antecedent ?? '?'}` : gold.source.text;
        score.failures.push(
          `WRONG-${gold.kind === 'pronoun' ? 'PRO ' : 'NAME'} ${where} gold [${clip(gloss, 50)}] got [${best.speaker ?? '-'}] ` +
            `cue [${best.cue ?? '-'}${best.weak ? '; weak' : ''}] ${quote}`,
        );
      }
    }
  }
  return score;
}

function pct(right: number, total: number): string {
  return total === 0 ? '  -  ' : `${((100 * right) / total).toFixed(1)}%`;
}

export function printSpeakerScore(title: string, s: SpeakerScore, verbose: boolean): void {
  const scoredName = s.byKind.name.total - s.byKind.name.unscorable - s.byKind.name.nested;
  const scoredPronoun = s.byKind.pronoun.total - s.byKind.pronoun.unscorable - s.byKind.pronoun.nested;
  const right = s.byKind.name.right + s.byKind.pronoun.right;
  console.log(`${title}: ${s.quotes} gold quotes in ${s.articles} articles`);
  console.log(
    `  detection ${pct(s.detected, s.quotes)} (${s.detected}/${s.quotes}); '' quotes ${s.twoApostrophe.detected}/${s.twoApostrophe.total}`,
  );
  console.log(`  speaker overall ${pct(right, scoredName + scoredPronoun)} (${right}/${scoredName + scoredPronoun})`);
  console.log(
    `    name or description sources ${pct(s.byKind.name.right, scoredName)} (${s.byKind.name.right}/${scoredName}; ` +
      `${s.byKind.name.unscorable} whose gold Source is a speech verb and ${s.byKind.name.nested} whose speech clause is ` +
      `inside the gold Content left out)`,
  );
  console.log(
    `    pronoun sources ${pct(s.byKind.pronoun.right, scoredPronoun)} (${s.byKind.pronoun.right}/${scoredPronoun}; ` +
      `${s.byKind.pronoun.unscorable} with no gold antecedent and ${s.byKind.pronoun.nested} whose speech clause is ` +
      `inside the gold Content left out)`,
  );
  console.log(`  called orphans ${pct(s.orphans, s.detected)} (${s.orphans}/${s.detected})`);
  if (verbose) for (const f of s.failures) console.log(`  ${f}`);
}
