// Quote-mark scanning: pairs double quotation marks in one paragraph in a single linear pass.

import { isInvisible, isSpace as isAnySpace } from '../../lexicon/characters';

/** A double-quoted stretch of one paragraph (paragraph-relative offsets, marks included). */
export interface MarkSpan {
  start: number;
  /** After the closing mark, or the end of the paragraph when the quote is still open there. */
  end: number;
  closed: boolean;
  /** Opening marks inside the span that go on with it after a sentence end: `... end. "Next ...` is the next
   * paragraph of the same quote, pasted onto this one. */
  continued?: number[];
}

export interface StrayMark {
  at: number;
  mark: string;
}

export interface MarkScan {
  spans: MarkSpan[];
  /** Closing marks with no opening mark before them. */
  strayClosers: StrayMark[];
  /** Curly marks facing the wrong way for the place they hold (`”Yes,” she said` opens with a closing mark). */
  wrongWay: WrongWayMark[];
}

export interface WrongWayMark extends StrayMark {
  /** The mark the place wants. */
  should: string;
}

const MAX_STRAY = 20;
/** How far a markup tag (`<embed author="...">`) may run before it is read as prose after all. */
const MAX_TAG = 400;
const OPEN_CURLY = 0x201c; // “
const CLOSE_CURLY = 0x201d; // ”
const STRAIGHT = 0x22; // "
const APOSTROPHE = 0x27; // ' (two of them make the '' ... '' style)
const LOW_OPEN = 0x201e; // „
const GUILLEMET_OPEN = 0x00ab; // «
const GUILLEMET_CLOSE = 0x00bb; // »

/** White space, or a format character that pasted text carries in front of a quote. */
function isSpace(code: number): boolean {
  return isAnySpace(code) || isInvisible(code);
}

function isWordChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 &&
      code !== 0x2014 &&
      code !== 0x2013 &&
      code !== 0x2026 &&
      code !== OPEN_CURLY &&
      code !== CLOSE_CURLY &&
      code !== 0x2018 &&
      code !== 0x2019)
  );
}

function isDigit(code: number | undefined): boolean {
  return code !== undefined && code >= 0x30 && code <= 0x39;
}

function isLetter(code: number | undefined): boolean {
  return code !== undefined && ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a));
}

/** Characters after which a mark starts a quote: start of text, space, opening brackets and dashes. */
function opensAfter(code: number | undefined): boolean {
  return (
    code === undefined ||
    isSpace(code) ||
    code === 0x28 ||
    code === 0x5b ||
    code === 0x2014 ||
    code === 0x2013 ||
    code === 0x2d ||
    code === 0x2f ||
    code === 0x3a
  );
}

/** Whether the last non-space character before `i` ends a sentence (`.`, `!`, `?`, `…`, maybe with a bracket). */
function afterSentenceEnd(text: string, i: number): boolean {
  let p = i - 1;
  while (p >= 0 && isSpace(text.charCodeAt(p))) p--;
  if (p === i - 1) return false;
  // `... it?' "Next`: a closing bracket or single mark after the stop.
  while (
    p >= 0 &&
    (text.charCodeAt(p) === 0x29 || text.charCodeAt(p) === 0x5d || text.charCodeAt(p) === 0x27 || text.charCodeAt(p) === 0x2019)
  )
    p--;
  const c = text.charCodeAt(p);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** The end of a markup tag opening at `i` (`<tweet author="...">`, `</a>`), or -1 when `<` is prose. */
function tagEnd(text: string, i: number): number {
  const next = text.charCodeAt(i + 1);
  if (!isLetter(next) && next !== 0x2f) return -1;
  const limit = Math.min(text.length, i + MAX_TAG);
  for (let p = i + 1; p < limit; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x3e) return p + 1;
    if (c === 0x3c || c === 0x0a) return -1;
  }
  return -1;
}

/** A `"` that measures (`6'3"`, `a 12" screen`) rather than quotes. */
function isInchMark(text: string, i: number): boolean {
  if (!isDigit(text.charCodeAt(i - 1))) return false;
  const after = text.charCodeAt(i + 1);
  return Number.isNaN(after) || !isWordChar(after);
}

/** Digits before `i` that follow a feet mark and digits (`6’2` in `6’2”`). */
function isFeet(text: string, i: number): boolean {
  let p = i;
  while (p >= 0 && isDigit(text.charCodeAt(p))) p--;
  const mark = text.charCodeAt(p);
  return p < i && (mark === 0x2019 || mark === APOSTROPHE) && isDigit(text.charCodeAt(p - 1));
}

/** The characters the scan acts on: a tag's `<`, the apostrophe (of the '' style) and the double quotation marks. */
const MARK_OR_TAG = /[<'“”"„«»]/g;

/** The first character at or after `from` that the scan acts on (the text's length when none is left): the native
 * search skips the prose between marks many times faster than a loop over every character. */
function nextMarkOrTag(text: string, from: number): number {
  MARK_OR_TAG.lastIndex = from;
  return MARK_OR_TAG.test(text) ? MARK_OR_TAG.lastIndex - 1 : text.length;
}

/**
 * Pairs the paragraph's double quotation marks. Curly marks carry their direction; straight marks (and the
 * two-apostrophe '' style) alternate, helped by what stands either side of them. A mark whose direction contradicts
 * its surroundings (a ” used to open `”Yes”`) is read by its surroundings. An opening mark after a sentence end
 * inside an open quote goes on with that quote (paragraphs of one quote run together), and marks inside markup
 * tags are not quotation marks.
 */
export function scanMarks(text: string): MarkScan {
  const spans: MarkSpan[] = [];
  const strayClosers: StrayMark[] = [];
  const wrongWay: WrongWayMark[] = [];
  let openCode = 0;
  let open = -1;
  let continued: number[] | undefined;
  const push = (span: MarkSpan): void => {
    if (continued) span.continued = continued;
    continued = undefined;
    spans.push(span);
  };
  for (let i = nextMarkOrTag(text, 0); i < text.length; i = nextMarkOrTag(text, i + 1)) {
    let code = text.charCodeAt(i);
    if (code === 0x3c) {
      const end = tagEnd(text, i);
      if (end > 0) i = end - 1;
      continue;
    }
    let width = 1;
    if (code === APOSTROPHE) {
      if (text.charCodeAt(i + 1) !== APOSTROPHE || text.charCodeAt(i - 1) === APOSTROPHE) continue;
      if (text.charCodeAt(i + 2) === APOSTROPHE) {
        // `'''`: a single mark beside a double one. Closing (`... 'no.'''`), the double mark is the last two;
        // opening (`'''Tis`), the first two.
        if (text.charCodeAt(i + 3) === APOSTROPHE) continue;
        if (i > 0 && !isSpace(text.charCodeAt(i - 1))) i++;
      }
      width = 2;
      code = STRAIGHT;
    } else if (
      code !== OPEN_CURLY &&
      code !== CLOSE_CURLY &&
      code !== STRAIGHT &&
      code !== LOW_OPEN &&
      code !== GUILLEMET_OPEN &&
      code !== GUILLEMET_CLOSE
    )
      continue;
    const before = i > 0 ? text.charCodeAt(i - 1) : undefined;
    const after = i + width < text.length ? text.charCodeAt(i + width) : undefined;
    // Nothing but spaces before it: a closing mark cannot open a paragraph, whatever its shape (`” … and then`).
    const first = open < 0 && spans.length === 0 && strayClosers.length === 0 && text.slice(0, i).trim() === '';
    const looksOpening = first || (opensAfter(before) && after !== undefined && !isSpace(after));
    const looksClosing = before !== undefined && !isSpace(before) && (after === undefined || !isWordChar(after));
    if (code === STRAIGHT && width === 1 && open < 0 && isInchMark(text, i)) continue;
    // `6’2”`: feet and inches in curly marks, inside a quote or out.
    if (code === CLOSE_CURLY && isInchMark(text, i) && isFeet(text, i - 1)) continue;
    let opening: boolean;
    if (code === OPEN_CURLY || code === LOW_OPEN || code === GUILLEMET_OPEN) {
      opening = !(open >= 0 && looksClosing && !looksOpening);
    } else if (code === CLOSE_CURLY || code === GUILLEMET_CLOSE) {
      opening = open < 0 && looksOpening && !looksClosing;
    } else if (open >= 0) {
      opening = looksOpening && !looksClosing && afterSentenceEnd(text, i);
    } else {
      opening = !(looksClosing && !looksOpening);
    }
    if (opening) {
      if (code === CLOSE_CURLY && wrongWay.length < MAX_STRAY) wrongWay.push({ at: i, mark: '”', should: '“' });
      if (open >= 0 && afterSentenceEnd(text, i)) {
        (continued ??= []).push(i);
      } else {
        if (open >= 0) push({ start: open, end: i, closed: false });
        open = i;
        openCode = code;
      }
    } else if (open >= 0) {
      // “...“ in English copy: an opening mark closes the quote (German „...“ is right as it is).
      if (code === OPEN_CURLY && openCode !== LOW_OPEN && wrongWay.length < MAX_STRAY) wrongWay.push({ at: i, mark: '“', should: '”' });
      push({ start: open, end: i + width, closed: true });
      open = -1;
    } else {
      // A paragraph of nothing but marks should not drown the writer in findings.
      if (strayClosers.length < MAX_STRAY) strayClosers.push({ at: i, mark: text.slice(i, i + width) });
    }
    i += width - 1;
  }
  if (open >= 0) push({ start: open, end: text.length, closed: false });
  return { spans, strayClosers, wrongWay };
}
