// Paragraph-level facts for the naming checks: runs of capitalised words, lower-case vocabulary and acronym
// definitions, all with paragraph-relative offsets. Plain JSON, cached by paragraph text.

import type { BlockKind, ParagraphTokens, Span, Word } from '../../types';
import {
  COMMON_CAPITALISED,
  COMPOUND_STOPWORDS,
  CONNECTORS_BEFORE_THE,
  DEMONYMS,
  KNOWN_PLACES,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NAME_TAILS,
  ORGANISATION_WORDS,
  PLACE_WORDS,
  ROLE_WORDS,
  THING_WORDS,
  TITLES,
  WELL_KNOWN_ACRONYMS,
} from './data';
import { acronymCore, hasLetters, isAcronymWord, isAllCaps, isCapitalised, stripPossessive } from './keys';
import { notProseSpans } from './prose';

export interface NameWord {
  /** The word as written, possessive and hyphenated lower-case tail ("-backed") removed. */
  text: string;
  start: number;
  end: number;
  /** Its capital says nothing: sentence start, after an opening quote or colon, or a headline/heading. */
  weak?: true;
  acronym?: true;
  /** An acronym written next to another capitalised word, as part of a longer name ("USA Today"), and that name
   * with "*" for the acronym, in lower case ("* today"). */
  joined?: true;
  joinedWith?: string;
  /** An acronym set side by side with others ("the Northern Front, also known as NFL or NFV"): their texts. */
  alias?: string[];
  /** A lower-case particle or connector inside a name ("bin", "of"). */
  joiner?: true;
  inQuote?: true;
  /** The sentence of the paragraph it is in (0 when left out). */
  sentence?: number;
  /** Written in capitals where capitals say nothing (a sentence start, next to other capitals): its case is not
   * compared with other spellings, its letters are. */
  shout?: true;
}

export interface NameRun {
  words: NameWord[];
  /** Preceded by a title such as "Mr" or "Sen.": the run names a person. */
  titled?: true;
  /** That title as written ("Mr", "Sen.") and where it starts. */
  title?: { text: string; start: number };
  /** Written in capitals because the context is (a dateline, a shouted phrase, a capitals heading). */
  caps?: true;
  /** One item of a list of names ("Ashby, Morrow, Quill", "Hexley v Dunmore"): a team sheet, fixtures, nominees. */
  listed?: true;
  /** On a list that is most of its paragraph: a team sheet or a line of fixtures, not a list in a sentence. */
  roster?: true;
  /** The lower-case words right before and after it in its sentence ("in" Kabul, Jowzjan "province"): what kind
   * of entity it names. */
  before?: string;
  after?: string;
  /** Where `after` ends, when it follows the run's last word after a single space ("Coastal shield"). */
  afterEnd?: number;
}

export interface AcronymDefinition {
  /** The acronym's core letters ("ISK" for "IS-K"). */
  acronym: string;
  /** Where the acronym stands in the definition. */
  start: number;
  end: number;
  full: string;
  fullStart: number;
  fullEnd: number;
}

/** A lower-case word: [text, start, flags]; flags: LOWER_WEAK (lower-cased from a weak capital) | LOWER_QUOTED. */
export type LowerWord = [string, number, number];
export const LOWER_WEAK = 1;
export const LOWER_QUOTED = 2;

export interface ParagraphNameFacts {
  kind: BlockKind;
  runs: NameRun[];
  lower: LowerWord[];
  definitions: AcronymDefinition[];
  /** One short sentence: read as the draft's headline when it is the first paragraph. */
  short?: true;
  /** Written in the first person outside quotation marks ("I", "my"): someone's own words, not reporting. */
  firstPerson?: true;
  /** Holds quoted speech. */
  speech?: true;
  /** A line that only signs off the words before it: a name, a place or a social handle ("Ann Hale.",
   * "Leeds, UK.", "@annhale"). */
  signOff?: true;
}

/** A first paragraph of one sentence this short is a headline, whatever its punctuation. */
const SHORT_WORDS = 25;

const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', ':', '—', '–', '-', '•', '*', '>']);

function isSpaceGap(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch !== ' ' && ch !== '\u00a0') return false;
  }
  return to > from;
}

/** The text before `at`, skipping spaces, ends with an opening mark. */
function followsOpener(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '\u202a')) i--;
  return i < 0 || OPENERS.has(text[i]);
}

function cleanWord(raw: string): string {
  if (isPlainWord(raw)) return raw;
  let text = stripPossessive(raw);
  while (text.length > 1 && text.endsWith('-')) text = text.slice(0, -1);
  // indexOf first: lastIndexOf is a slow call, and most words have no hyphen
  const hyphen = text.indexOf('-') < 0 ? -1 : text.lastIndexOf('-');
  if (hyphen > 0 && NAME_TAILS.has(text.slice(hyphen + 1))) text = text.slice(0, hyphen);
  // a sentence-final full stop is not part of "SEC." (but is part of "U.S.")
  if (text.endsWith('.') && (!isAcronymWord(text) || !text.slice(0, -1).includes('.'))) text = text.slice(0, -1);
  return text;
}

/** A word that cleanWord leaves as it is (most words): it ends in a letter other than a possessive's "s" and has no
 * hyphen. */
function isPlainWord(raw: string): boolean {
  const last = raw.charCodeAt(raw.length - 1) | 32;
  return last >= 97 && last <= 122 && last !== 115 && !raw.includes('-');
}

/** "I'd", "I’m", "Don't": an apostrophe followed by lower-case letters (but "O'Neill" is a name). */
function isContraction(word: string): boolean {
  for (let i = 1; i < word.length - 1; i++) {
    const c = word.charCodeAt(i);
    if ((c === 39 || c === 0x2019) && word[i + 1] === word[i + 1].toLowerCase() && word[i + 1] !== word[i + 1].toUpperCase()) return true;
  }
  return false;
}

/** Membership in sorted, non-overlapping spans for increasing offsets: one pass over the spans in all. */
class SpanCursor {
  // The bounds are copied into number arrays: quote and scare-quote spans come in different object shapes, and
  // reading them here made every caller polymorphic (deoptimised on "wrong map").
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private next = 0;

  constructor(spans: readonly Span[]) {
    for (const s of [...spans].sort((a, b) => a.start - b.start)) {
      this.starts.push(s.start);
      this.ends.push(s.end);
    }
  }

  /** Whether `at` (no smaller than the offsets asked before) lies in a span. */
  covers(at: number): boolean {
    const { starts, ends } = this;
    let i = this.next;
    while (i < ends.length && ends[i] <= at) i++;
    this.next = i;
    return i < starts.length && starts[i] <= at;
  }
}

/** Words around this one are also in capitals: a shouted phrase or a capitals heading, not an acronym. */
function inCapsStretch(words: Word[], i: number): boolean {
  const capsNeighbour = (j: number): boolean => {
    const w = words[j];
    return w !== undefined && hasLetters(w.text) && isAllCaps(w.text) && w.text.replace(/[^A-Za-z]/g, '').length >= 2;
  };
  return (
    (capsNeighbour(i - 1) && capsNeighbour(i - 2)) ||
    (capsNeighbour(i + 1) && capsNeighbour(i + 2)) ||
    (capsNeighbour(i - 1) && capsNeighbour(i + 1))
  );
}

const DATELINE_ENDS = new Set([':', '—', '–', '―', '-', '(', ',', '|']);

/** Number of leading all-capitals words that form a dateline ("WASHINGTON —", "NEW YORK (AP) -", "KABUL:"). */
function datelineLength(text: string, words: Word[]): number {
  let n = 0;
  while (n < words.length && n < 4 && isAllCaps(words[n].text) && words[n].text.length >= 2) n++;
  if (n === 0 || words[0].text.length < 3) return 0;
  for (let k = 1; k <= n; k++) {
    let i = words[k - 1].end;
    while (i < text.length && text[i] === ' ') i++;
    if (DATELINE_ENDS.has(text[i])) return n;
  }
  return 0;
}

/** A capitals word used as a label: followed by a colon or a dash ("CLINTON: ...", "LONDON —"). */
function isCapsLabel(text: string, w: Word): boolean {
  let i = w.end;
  while (i < text.length && text[i] === ' ') i++;
  return text[i] === ':' || text[i] === '—' || text[i] === '–' || text[i] === '―';
}

/** A next or previous word, written next to this one, is also a capitals word that is not a known acronym ("JEB BUSH"). */
function capsNeighbour(words: Word[], i: number, text: string): boolean {
  const w = words[i];
  if (letterCount(w.text) < 3) return false;
  const near = (v: Word | undefined, from: number, to: number): boolean =>
    v !== undefined && isSpaceGap(text, from, to) && letterCount(v.text) >= 3 && isShouted(stripPossessive(v.text));
  return near(words[i - 1], words[i - 1]?.end ?? 0, w.start) || near(words[i + 1], w.end, words[i + 1]?.start ?? 0);
}

const letterCount = (word: string): number => word.replace(/[^\p{L}]/gu, '').length;

/** An all-capitals word that is not a well-known acronym. */
function isShouted(word: string): boolean {
  const bare = stripPossessive(word);
  // dots, digits and hyphens are an acronym's ("U.S.", "MI6", "IS-K")
  return bare.length >= 2 && /^\p{Lu}+$/u.test(bare) && !WELL_KNOWN_ACRONYMS.has(bare);
}

/** The sentences (by first word) with a common word in capitals ("TO HIS", "FULL OF"): written in capitals
 * throughout, so no capitals in them make an acronym. */
function capsSentences(words: Word[], sentences: ParagraphTokens['sentences']): Set<number> {
  const out = new Set<number>();
  for (const s of sentences) {
    for (let i = s.firstWord; i < s.endWord; i++) {
      const raw = words[i].text;
      // a common word in capitals: two capitals first
      if (raw.length < 2 || !changesLowered(raw, 1) || !changesLowered(raw, 0)) continue;
      const t = stripPossessive(raw);
      if (t.length >= 2 && isShouted(t) && COMMON_CAPITALISED.has(t.toLowerCase())) {
        out.add(s.firstWord);
        break;
      }
    }
  }
  return out;
}

/** The character at i is not its own lower case (a capital). */
function changesLowered(word: string, i: number): boolean {
  const c = word.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return word[i] !== word[i].toLowerCase();
}

/** A line in title case (a headline kept as a paragraph): most longer words capitalised, small words included. */
function isTitleCaseLine(words: Word[]): boolean {
  let long = 0;
  let capitalised = 0;
  let small = 0;
  let lower = 0;
  for (const w of words) {
    if (!hasLetters(w.text)) continue;
    const capital = isCapitalised(w.text);
    if (w.text.length >= 4) {
      long++;
      if (capital) capitalised++;
      // a second lower-case longer word: running text (most paragraphs end the scan here)
      else if (++lower > 1) return false;
    } else if (capital && w !== words[0] && COMMON_CAPITALISED.has(w.text.toLowerCase())) small++;
  }
  return long >= 4 && capitalised >= long - 1 && small >= 1;
}

/** A full stop the tokenizer kept on a lower-case word ("in.") ends the sentence before this word. */
function afterFullStop(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  return (
    prev !== undefined && prev.text.length >= 3 && prev.text.endsWith('.') && /^[a-z]+\.$/.test(prev.text) && !ABBREVIATIONS.has(prev.text)
  );
}

const ABBREVIATIONS = new Set(['vs.', 'etc.', 'approx.', 'est.', 'dept.', 'govt.', 'inc.', 'ltd.', 'co.']);

/** "U-S-A", "J-O-N-E-S": a chant spelled out letter by letter. */
const isSpelledOut = (word: string): boolean => /^(?:\p{L}-){2,}\p{L}$/u.test(word);

const LIST_COMMA = /^(?:['’]s?)?[ \u00a0]*[,;][ \u00a0]*$/;
const LIST_END = /^(?:['’]s?)?,?[ \u00a0]+(?:and|or|&)[ \u00a0]+$/;
const VERSUS = /^(?:['’]s?)?[ \u00a0]+(?:v|vs|v\.|vs\.)[ \u00a0]+$/;

/** Marks the runs that are items of a list: three or more names separated by commas, the last perhaps by "and"
 * ("Ashby, Morrow and Quill"), or two set against each other ("Hexley v Dunmore"). */
function markLists(text: string, runs: NameRun[]): void {
  let chainStart = 0;
  const close = (end: number): void => {
    if (end - chainStart >= 3) for (let k = chainStart; k < end; k++) runs[k].listed = true;
  };
  for (let k = 1; k <= runs.length; k++) {
    const gap = k < runs.length ? text.slice(runs[k - 1].words[runs[k - 1].words.length - 1].end, runs[k].words[0].start) : undefined;
    if (gap !== undefined && gap.length >= 3 && gap.includes('v') && VERSUS.test(gap)) {
      runs[k - 1].listed = true;
      runs[k].listed = true;
    }
    if (gap !== undefined && LIST_COMMA.test(gap)) continue;
    if (gap !== undefined && LIST_END.test(gap)) {
      // "and" closes the list: the next name is its last item
      close(k + 1);
      chainStart = k + 1;
      continue;
    }
    close(k);
    chainStart = k;
  }
}

const ALIAS_GAP = /^[ \u00a0]*(?:(?:,|;|\/|\(|\)|or\b|and\b)[ \u00a0]*)+$/;

/** Acronyms written side by side, separated by "or", "and", a comma or a bracket: named as aliases on purpose. */
function markAliases(text: string, runs: NameRun[]): void {
  for (let k = 1; k < runs.length; k++) {
    const a = runs[k - 1].words[runs[k - 1].words.length - 1];
    const b = runs[k].words[0];
    if (!a.acronym && !b.acronym) continue;
    if (!ALIAS_GAP.test(text.slice(a.end, b.start))) continue;
    (a.alias ??= []).push(b.text);
    (b.alias ??= []).push(a.text);
  }
}

/** A run opening with a demonym or party word, then two or more name words that make no organisation, place or
 * thing: the first word describes the person the rest names. */
function describesPerson(run: NameWord[]): boolean {
  if (run.length < 3 || !DEMONYMS.has(run[0].text)) return false;
  for (let i = 1; i < run.length; i++) {
    const w = run[i];
    if (w.joiner || w.acronym || ORGANISATION_WORDS.has(w.text) || PLACE_WORDS.has(w.text) || THING_WORDS.has(w.text)) return false;
  }
  return true;
}

const isLowerLetter = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code > 127 && String.fromCharCode(code) !== String.fromCharCode(code).toUpperCase());
const isWordChar = (code: number): boolean =>
  (code >= 48 && code <= 57) ||
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  code === 39 ||
  code === 0x2019 ||
  code === 45 ||
  (code > 127 && String.fromCharCode(code).toLowerCase() !== String.fromCharCode(code).toUpperCase());
const isBlank = (code: number): boolean => code === 32 || code === 0xa0;

/** The lower-case word written right before `at` (spaces only between), or undefined. */
function wordBefore(text: string, at: number): string | undefined {
  let i = at - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  const end = i + 1;
  while (i >= 0 && isLowerLetter(text.charCodeAt(i))) i--;
  if (end - (i + 1) < 1 || (i >= 0 && isWordChar(text.charCodeAt(i)))) return undefined;
  return text.slice(i + 1, end);
}

/** The lower-case word written right after `at` (a possessive and spaces skipped), or undefined. */
function wordAfter(text: string, at: number): string | undefined {
  let i = at;
  if ((text[i] === "'" || text[i] === '’') && text[i + 1] === 's') i += 2;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  const start = i;
  while (i < text.length && isLowerLetter(text.charCodeAt(i))) i++;
  if (
    i === start ||
    (i < text.length &&
      isWordChar(text.charCodeAt(i)) &&
      text.charCodeAt(i) !== 39 &&
      text.charCodeAt(i) !== 0x2019 &&
      text.charCodeAt(i) !== 45)
  )
    return undefined;
  return text.slice(start, i);
}

const couldEndAName = (word: string): boolean => word.length >= 3 && !COMMON_CAPITALISED.has(word) && !COMPOUND_STOPWORDS.has(word);

function markNeighbours(text: string, runs: NameRun[]): void {
  for (const r of runs) {
    const before = wordBefore(text, r.words[0].start);
    const after = wordAfter(text, r.words[r.words.length - 1].end);
    if (before !== undefined) r.before = before;
    if (after !== undefined) {
      r.after = after;
      const end = r.words[r.words.length - 1].end;
      // a word that could end the name in capitals ("Coastal shield"): not a function word or a verb of speech
      if (text[end] === ' ' && text.startsWith(after, end + 1) && couldEndAName(after)) r.afterEnd = end + 1 + after.length;
    }
  }
}

// Words, runs and facts are made with all their fields, set or not: one object shape each, so that the passes
// reading them (here and in the document pass, on every edit) see one shape, not one per mix of optional fields.
function nameWord(text: string, start: number, joiner: true | undefined): NameWord {
  return {
    text,
    start,
    end: start + text.length,
    weak: undefined,
    acronym: undefined,
    joined: undefined,
    joinedWith: undefined,
    alias: undefined,
    joiner,
    inQuote: undefined,
    sentence: undefined,
    shout: undefined,
  };
}

function nameRun(words: NameWord[]): NameRun {
  return {
    words,
    titled: undefined,
    title: undefined,
    caps: undefined,
    listed: undefined,
    roster: undefined,
    before: undefined,
    after: undefined,
    afterEnd: undefined,
  };
}

/** Listed names are at least this share of a roster paragraph's words. */
const ROSTER_SHARE = 0.5;

function markRoster(words: Word[], runs: NameRun[]): void {
  let listed = 0;
  for (const r of runs) if (r.listed) listed += r.words.length;
  if (listed === 0) return;
  let all = 0;
  for (const w of words) if (hasLetters(w.text)) all++;
  if (listed < all * ROSTER_SHARE) return;
  for (const r of runs) if (r.listed) r.roster = true;
}

/** "[sic]" or "(sic)" right after the word: a misspelling quoted on purpose. */
function markedSic(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === "'" || text[i] === '’' || text[i] === 's')) i++;
  const next = text.slice(i, i + 5).toLowerCase();
  return next === '[sic]' || next === '(sic)';
}

/** Every letter of the paragraph is a capital (a heading or a shouted line). */
function allCapsParagraph(words: Word[]): boolean {
  let letters = 0;
  for (const w of words) {
    if (!hasLetters(w.text)) continue;
    if (!isAllCaps(w.text)) return false;
    letters++;
  }
  return letters >= 2;
}

export function nameFactsOf(input: {
  text: string;
  kind: BlockKind;
  tokens: ParagraphTokens;
  /** Spans in quotation marks: speech, titles, labels. */
  quoteSpans: Span[];
  /** Some of them are speech. */
  speech?: boolean;
}): ParagraphNameFacts {
  const { text, kind, tokens, quoteSpans } = input;
  const words = tokens.words;
  const titleCase = kind === 'headline' || kind === 'heading' || isTitleCaseLine(words);
  // 1 at each word that opens a sentence
  const opensSentence: number[] = new Array<number>(words.length).fill(0);
  for (const s of tokens.sentences) if (s.firstWord < s.endWord) opensSentence[s.firstWord] = 1;
  const dateline = kind === 'headline' ? 0 : datelineLength(text, words);
  const inQuoteAt = new SpanCursor(quoteSpans);
  const capsParagraph = allCapsParagraph(words);
  const notProseAt = new SpanCursor(notProseSpans(text));
  // two capitals in a row somewhere: only then can a word be in capitals
  const anyCaps = /\p{Lu}\p{Lu}/u.test(text);
  const shoutedSentences = anyCaps ? capsSentences(words, tokens.sentences) : new Set<number>();
  const anySic = text.includes('sic');
  let sentence = 0;

  const runs: NameRun[] = [];
  const lower: LowerWord[] = [];
  let run: NameWord[] = [];
  let titled = false;
  let pendingTitle = false;
  let titleWord: { text: string; start: number } | undefined;
  let pendingTitleWord: { text: string; start: number } | undefined;
  let caps = false;

  const flush = (): void => {
    while (run.length > 0 && run[run.length - 1].joiner) run.pop();
    // "Republican Laurette Anne Mayfield": the adjective describes the person named after it
    if (describesPerson(run)) run = run.slice(1);
    if (run.length > 0) {
      const r = nameRun(run);
      if (titled) {
        r.titled = true;
        if (titleWord !== undefined) r.title = titleWord;
      }
      if (caps) r.caps = true;
      runs.push(r);
      run = [];
    }
    titled = false;
    caps = false;
  };

  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const prev = words[i - 1];
    while (sentence + 1 < tokens.sentences.length && tokens.sentences[sentence + 1].firstWord <= i) sentence++;
    if (notProseAt.covers(w.start)) {
      flush();
      pendingTitle = false;
      continue;
    }
    const adjacent = prev !== undefined && opensSentence[i] !== 1 && isSpaceGap(text, prev.end, w.start);
    if (!adjacent) {
      flush();
      if (!(prev !== undefined && pendingTitle && isSpaceGap(text, prev.end, w.start))) pendingTitle = false;
    }
    const raw = w.text;
    if (!hasLetters(raw)) {
      flush();
      pendingTitle = false;
      continue;
    }
    let clean = cleanWord(raw);
    // the tokenizer takes the last full stop of "A.F.L.-C.I.O." at a sentence end for the sentence's
    if (text[w.end] === '.' && clean.length === raw.length && /\p{L}\.\p{L}/u.test(clean) && isAcronymWord(clean + '.')) clean += '.';
    if (isContraction(clean) || (clean.length >= 5 && clean[1] === '-' && isSpelledOut(clean))) {
      flush();
      pendingTitle = false;
      continue;
    }
    const inQuote = inQuoteAt.covers(w.start);

    if (!isCapitalised(clean)) {
      const lw = clean.toLowerCase();
      // "for" and "on" join a name before "the", or after an organisation's word ("Foundation for Strategic Research")
      const connector =
        NAME_CONNECTORS.has(lw) &&
        (!CONNECTORS_BEFORE_THE.has(lw) ||
          words[i + 1]?.text === 'the' ||
          (run.length > 0 && ORGANISATION_WORDS.has(run[run.length - 1].text)));
      if (run.length > 0 && (NAME_PARTICLES.has(lw) || connector) && adjacent) {
        run.push(nameWord(clean, w.start, true));
        lower.push([lw, w.start, inQuote ? LOWER_QUOTED : 0]);
        continue;
      }
      flush();
      lower.push([lw, w.start, inQuote ? LOWER_QUOTED : 0]);
      if (
        NAME_PARTICLES.has(lw) &&
        i + 1 < words.length &&
        isCapitalised(words[i + 1].text) &&
        isSpaceGap(text, w.end, words[i + 1].start)
      ) {
        // a name that opens with a particle: "bin Laden", "van Gogh"
        run.push(nameWord(clean, w.start, true));
      }
      pendingTitle = false;
      continue;
    }

    const weak = titleCase || opensSentence[i] === 1 || followsOpener(text, w.start) || afterFullStop(words, i);
    const acronym = isAcronymWord(clean);
    const bare = clean.endsWith('.') ? clean.slice(0, -1) : clean;
    // a weak capital's word is looked up, and may be kept, in lower case
    const weakLower = weak ? bare.toLowerCase() : undefined;
    // a title, or a role opening a sentence ("Farmer Jane Doe"), before a name: not part of it
    if (
      !acronym &&
      (TITLES.has(bare) || (weakLower !== undefined && ROLE_WORDS.has(weakLower))) &&
      i + 1 < words.length &&
      isCapitalised(words[i + 1].text)
    ) {
      flush();
      pendingTitle = true;
      pendingTitleWord = { text: clean, start: w.start };
      continue;
    }
    if (weakLower !== undefined && !acronym && COMMON_CAPITALISED.has(weakLower)) {
      flush();
      pendingTitle = false;
      lower.push([weakLower, w.start, LOWER_WEAK | (inQuote ? LOWER_QUOTED : 0)]);
      continue;
    }
    // a sentence's first word may be an ordinary word with a capital, unless a name goes on after it ("Email Relay Ltd")
    if (weakLower !== undefined && !acronym && bare.slice(1) === bare.slice(1).toLowerCase()) {
      const next = words[i + 1];
      const nameGoesOn =
        next !== undefined && opensSentence[i + 1] !== 1 && isSpaceGap(text, w.end, next.start) && isCapitalised(next.text);
      if (!nameGoesOn) lower.push([weakLower, w.start, LOWER_WEAK | (inQuote ? LOWER_QUOTED : 0)]);
    }

    const word = nameWord(clean, w.start, undefined);
    if (weak) word.weak = true;
    if (sentence > 0) word.sentence = sentence;
    if (acronym) {
      word.acronym = true;
      const next = words[i + 1];
      const nameLike = (v: Word, at: number): boolean =>
        isCapitalised(v.text) &&
        !((opensSentence[at] === 1 || followsOpener(text, v.start)) && COMMON_CAPITALISED.has(v.text.toLowerCase()));
      const before = prev !== undefined && adjacent && nameLike(prev, i - 1);
      const after = next !== undefined && opensSentence[i + 1] !== 1 && isSpaceGap(text, w.end, next.start) && nameLike(next, i + 1);
      if (before || after) {
        word.joined = true;
        word.joinedWith = before ? `${stripPossessive(prev.text).toLowerCase()} *` : `* ${stripPossessive(next.text).toLowerCase()}`;
      }
    }
    if (inQuote) word.inQuote = true;
    const allCaps = isAllCaps(clean);
    const sentenceInCaps = tokens.sentences.length > 0 && shoutedSentences.has(tokens.sentences[sentence].firstWord) && allCaps;
    const wordCaps =
      i < dateline ||
      capsParagraph ||
      sentenceInCaps ||
      (allCaps && clean.length >= 3 && (inCapsStretch(words, i) || isCapsLabel(text, w)));
    // capitals that say nothing: a capitals word opening a sentence or next to another capitals word
    // capitals on a known place are a dateline's or a credit's ("reporting by ... in BEIJING")
    if (anyCaps && !wordCaps && isShouted(clean)) {
      const place = KNOWN_PLACES.has(clean.charAt(0) + clean.slice(1).toLowerCase());
      if (weak || place || capsNeighbour(words, i, text)) word.shout = true;
    }

    // acronyms and capitals-context words stand alone; a possessive or tail ends the run after this word
    if (acronym || wordCaps || (run.length > 0 && (run[run.length - 1].acronym || caps))) flush();
    if (run.length === 0) {
      titled = pendingTitle;
      titleWord = pendingTitle ? pendingTitleWord : undefined;
      caps = wordCaps;
    }
    pendingTitle = false;
    run.push(word);
    if (anySic && markedSic(text, w.end)) caps = true;
    if (acronym || wordCaps || clean.length !== raw.length) flush();
  }
  flush();
  markLists(text, runs);
  markRoster(words, runs);
  markAliases(text, runs);
  markNeighbours(text, runs);

  let firstPerson = false;
  let signOff = false;
  if (kind !== 'headline') {
    const quoted = new SpanCursor(quoteSpans);
    firstPerson = words.some((w) => mayBeFirstPerson(w.text) && FIRST_PERSON.test(w.text) && !quoted.covers(w.start));
    signOff = quoteSpans.length === 0 && isSignOff(text, words);
  }
  return {
    kind,
    runs,
    lower,
    definitions: kind === 'headline' ? [] : acronymDefinitions(text, words),
    short: tokens.sentences.length <= 1 && words.length <= SHORT_WORDS ? true : undefined,
    firstPerson: firstPerson ? true : undefined,
    speech: kind !== 'headline' && input.speech === true ? true : undefined,
    signOff: signOff ? true : undefined,
  };
}

/** First-person singular words: in narrative outside quotes they mark a writer's own words (a letter, a comment,
 * an answer in a transcript), since reporting does not say "I". */
const FIRST_PERSON = /^(?:I|I['’](?:m|ve|d|ll)|[Mm]y|me|myself|[Mm]ine)$/;
/** The first letters FIRST_PERSON can match: a cheap test before the expression. */
const mayBeFirstPerson = (word: string): boolean => word[0] === 'I' || word[0] === 'm' || word[0] === 'M';
/** The most words a sign-off line has ("Dr Ann M. Hale, Leeds, West Yorkshire"). */
const SIGN_OFF_WORDS = 7;

/** A line of only capitalised words (not all in capitals: that is a label) opening with a full name, perhaps with a
 * place after one comma ("Ann M. Hale, Leeds."), or one social handle. Not a list of names (a team sheet) nor a
 * name with a bracket (a referee and his county). */
function isSignOff(text: string, words: Word[]): boolean {
  if (words.length === 0 || words.length > SIGN_OFF_WORDS) return false;
  if (words.length === 1) return text[words[0].start - 1] === '@';
  if (/[:;!?()[\]"“”]/.test(text)) return false;
  const comma = text.indexOf(',');
  if (comma >= 0 && (text.indexOf(',', comma + 1) >= 0 || words.filter((w) => w.end <= comma).length < 2)) return false;
  return words.every((w) => isCapitalised(w.text) && hasLetters(w.text)) && !words.every((w) => isAllCaps(w.text));
}

// ---- acronym definitions: "Full Name (ACR)" and "ACR (Full Name)" ----

const isAlnum = (ch: string | undefined): boolean =>
  ch !== undefined && ((ch >= '0' && ch <= '9') || ch.toLowerCase() !== ch.toUpperCase());

/**
 * Schwartz & Hearst's long-form match: the acronym's letters appear in order in the candidate, right to left,
 * the first one at the start of a word. Returns the offset in `long` where the long form starts, or -1.
 */
export function longFormStart(short: string, long: string): number {
  let s = short.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const c = short[s].toLowerCase();
    if (!isAlnum(c)) {
      s--;
      continue;
    }
    while (l >= 0 && (long[l].toLowerCase() !== c || (s === 0 && l > 0 && isAlnum(long[l - 1])))) l--;
    if (l < 0) return -1;
    l--;
    s--;
  }
  return long.lastIndexOf(' ', l + 1) + 1;
}

function acronymDefinitions(text: string, words: Word[]): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const wrapped = text[w.start - 1] === '(' && text[w.end] === ')' && i > 0;
    let j = w.end;
    while (text[j] === ' ') j++;
    // a bracket before or after the word first: most words have neither
    if ((!wrapped && text[j] !== '(') || !isAcronymWord(w.text)) continue;
    const core = acronymCore(w.text);
    if (core.length < 2) continue;
    // "Full Name (ACR)"
    if (wrapped) {
      const first = Math.max(0, i - Math.min(core.length + 5, core.length * 2));
      const from = words[first].start;
      const to = w.start - 1;
      const candidate = text.slice(from, to).trimEnd();
      const at = longFormStart(core, candidate);
      if (at >= 0 && candidate.length - at > core.length) {
        out.push({
          acronym: core,
          start: w.start,
          end: w.end,
          full: candidate.slice(at),
          fullStart: from + at,
          fullEnd: from + candidate.length,
        });
      }
      continue;
    }
    // "ACR (Full Name)": the bracket at j
    const window = text.slice(j, j + 200).indexOf(')');
    const close = window < 0 ? -1 : j + window;
    if (close > j) {
      const inner = text.slice(j + 1, close);
      if (longFormStart(core, inner) === 0 && inner.length > core.length) {
        out.push({ acronym: core, start: w.start, end: w.end, full: inner, fullStart: j + 1, fullEnd: close });
      }
    }
  }
  return out;
}
