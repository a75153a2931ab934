import type { ParagraphTokens, Sentence, Span } from '../../types';
import { isSpace as isAnySpace } from '../../lexicon/characters';

// Two checks on what the tokenizer calls a sentence before the length and readability rules judge it.
//
// 1. The tokenizer keeps a full stop on an abbreviation or a number ("Calif.", "D-N.Y.", "2006/07.", "in.") and then
//    reads on into the next sentence. A number or a plain lower-case word with a full stop, followed by a capital,
//    ends a sentence. A capitalised abbreviation is often followed by a name ("Gov. Rick Snyder", "U.S. Army"), so
//    after one only a word that opens sentences ("The", "He", "But") starts a new one.
// 2. Quotation marks the quote module does not pair (two apostrophes as in some US copy, or a quotation that opens
//    in an earlier sentence and closes in this one) still mark a speaker's words, which no one may shorten.

/** Capitalised words that open sentences and do not follow an abbreviation inside one. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  `the a an he she it they we i you his her its their our this that these those there here but and so yet or
  if when while as after before in on at for with by from to however meanwhile together then now still also
  some many most one two three four five six seven eight nine ten`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-case abbreviations written without inner dots that do not end sentences. */
const RUNNING_ABBREVIATIONS: ReadonlySet<string> = new Set(['vs.', 'v.', 'approx.', 'cf.', 'c.', 'ca.']);

/** "37.", "$31,592.", "in.": a number or a lower-case word (not "p.m." or "vs.") before a full stop. */
function plainWordOrNumber(word: string, lower: string): boolean {
  const c = word.charCodeAt(word.length - 2);
  if (c >= 48 && c <= 57) return true;
  return word === lower && word.indexOf('.') === word.length - 1 && !RUNNING_ABBREVIATIONS.has(word);
}

export interface SentencePiece {
  start: number;
  end: number;
  firstWord: number;
  endWord: number;
}

/** The sentence, cut after a word that ends in a full stop when a sentence opener follows it. */
export function sentencePieces(tokens: ParagraphTokens, lower: readonly string[], s: Sentence): SentencePiece[] {
  const { words } = tokens;
  const pieces: SentencePiece[] = [];
  let first = s.firstWord;
  let start = s.start;
  for (let i = s.firstWord; i + 1 < s.endWord; i++) {
    const w = words[i].text;
    if (w.length < 2 || w.charCodeAt(w.length - 1) !== 46) continue;
    const next = words[i + 1].text;
    if (next.charCodeAt(0) === lower[i + 1].charCodeAt(0)) continue;
    if (!SENTENCE_OPENERS.has(lower[i + 1]) && !plainWordOrNumber(w, lower[i])) continue;
    pieces.push({ start, end: words[i].end, firstWord: first, endWord: i + 1 });
    first = i + 1;
    start = words[i + 1].start;
  }
  pieces.push({ start, end: s.end, firstWord: first, endWord: s.endWord });
  return pieces;
}

const OPEN = 0x201c; // “
const CLOSE = 0x201d; // ”
const STRAIGHT = 34; // "
const APOSTROPHE = 39; // '

/** White space, or past the end of the text. */
function isSpace(code: number): boolean {
  return Number.isNaN(code) || isAnySpace(code);
}

/** The parts of the piece inside quotation marks, read from its own marks alone: “ ”, " and '' (two apostrophes).
 * A closing mark before any opening one means the piece began inside a quotation; an opening mark never closed
 * means it ends inside one. Curly marks nest; straight ones do not. */
export function localQuoteSpans(text: string, piece: { start: number; end: number }): Span[] {
  const marks: { at: number; open: boolean; straight: boolean }[] = [];
  for (let i = piece.start; i < piece.end; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN || c === CLOSE) marks.push({ at: i, open: c === OPEN, straight: false });
    else if (c === STRAIGHT || (c === APOSTROPHE && text.charCodeAt(i + 1) === APOSTROPHE)) {
      const width = c === STRAIGHT ? 1 : 2;
      // a straight mark opens before a word and closes after one
      const opens = i === piece.start || isSpace(text.charCodeAt(i - 1)) || !isSpace(text.charCodeAt(i + width));
      marks.push({ at: i, open: opens, straight: true });
      i += width - 1;
    }
  }
  const spans: Span[] = [];
  if (marks.length === 0) return spans;
  let depth = marks[0].open ? 0 : 1;
  let from = piece.start;
  for (const mark of marks) {
    const before = depth;
    if (mark.straight) depth = mark.open ? 1 : 0;
    else depth = mark.open ? depth + 1 : Math.max(0, depth - 1);
    if (before === 0 && depth > 0) from = mark.at;
    else if (before > 0 && depth === 0) spans.push({ start: from, end: mark.at + 1 });
  }
  if (depth > 0) spans.push({ start: from, end: piece.end });
  return spans;
}

/** Most words are names or numbers: a line-up, a results line or a list of credits, not prose to shorten. */
export function isNameList(words: readonly string[], lower: readonly string[], piece: SentencePiece): boolean {
  let named = 0;
  for (let i = piece.firstWord; i < piece.endWord; i++) {
    const c = words[i].charCodeAt(0);
    if (c !== lower[i].charCodeAt(0) || (c >= 48 && c <= 57)) named++;
  }
  return named * 3 >= (piece.endWord - piece.firstWord) * 2;
}
