// Reading for day-date: a day name written next to a date (`Tuesday 3 March`, `Tuesday, March 3, 2026`, `Tue 3rd
// Mar`, `Friday night, March 6`, `Tuesday (3 March)`, `Monday 2 to Wednesday 4 March`), and a dateline's date (the
// year that dates written without one belong to). Only what sits right after the day name pairs with it: spaces, a
// comma, `the`, an opening bracket or a part of the day, so `Tuesday's meeting on 3 March` is no pair and nothing
// pairs across a sentence's end. Every pattern is anchored (sticky) at a place found by a cheaper scan, with bounded
// repeats: linear on any input.
import { DAY_NAMES, MONTH_NAMES, daysInMonth } from './calendar';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface DayDatePair {
  /** From the day name to the end of the date (its year included); paragraph-relative. */
  start: number;
  end: number;
  /** The day name as written (a full stop after an abbreviation left out). */
  dayEnd: number;
  /** 0 for Sunday. */
  weekday: number;
  abbreviated: boolean;
  /** The day of the month as written, an ordinal suffix included. */
  numberStart: number;
  numberEnd: number;
  ordinal: boolean;
  day: number;
  month: number;
  year: number | null;
  /** `3 March` (British) or `March 3` (American): messages write dates the draft's way. */
  order: 'day-month' | 'month-day';
  /** `last year` (-1), `this year` (0) or `next year` (1) after the date: a year relative to the draft's. */
  relativeYear: -1 | 0 | 1 | null;
}

/** Years a written date can hold: the Gregorian calendar's, up to what a news draft may plan for. */
export const FIRST_YEAR = 1583;
export const LAST_YEAR = 2999;

const DAY_HINT = /Mon|Tue|Wed|Thu|Fri|Sat|Sun/;
const DAY_WORD = /(?<![\p{L}\p{N}])(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{Ll}{0,6}(?![\p{L}\p{N}])/gu;
const DAY_WORD_AT = /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{Ll}{0,6}(?![\p{L}\p{N}])/uy;
const PART_OF_DAY = /[ \u00a0]{1,3}(?:morning|afternoon|evening|night|lunchtime)(?![\p{L}\p{N}])/uy;
const SEPARATOR = /[ \u00a0]{0,3}\([ \u00a0]{0,2}|,?[ \u00a0]{1,3}(?:the[ \u00a0]{1,3})?/y;
const NUMBER = /(\d{1,2})(st|nd|rd|th)?(?![\p{L}\p{N}])/uy;
const BEFORE_MONTH = /(?:[ \u00a0]{1,3}of)?[ \u00a0]{1,3}/y;
const MONTH_WORD = /\p{Lu}\p{Ll}{2,8}(?![\p{L}\p{N}])/uy;
const SPACES = /[ \u00a0]{1,3}/y;
const RANGE = /[ \u00a0]{0,3}(?:[-–—&]|(?:to|and|until|till|through)(?=[ \u00a0]))[ \u00a0]{0,3}/y;
const YEAR = /,?[ \u00a0]{1,3}(\d{4})(?![\p{L}\p{N}]|[.,:]\d)/uy;
/** A clock time after a date (`Saturday 12 February 1500 GMT`), not a year. */
const CLOCK_AFTER = /[ \u00a0]{0,3}(?:GMT|BST|UTC|CES?T|[ECMP][SD]T|ET|PT|hrs?|hours|h|local)(?![\p{L}\p{N}])/uy;
const RELATIVE_YEAR = /,?[ \u00a0]{1,3}(?:of[ \u00a0]{1,3})?(last|this|next)[ \u00a0]{1,3}year(?![\p{L}\p{N}])/uy;

function stuck(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function endOf(m: RegExpExecArray): number {
  return m.index + m[0].length;
}

interface DayName {
  start: number;
  /** End of the name itself. */
  nameEnd: number;
  /** After a full stop that ends an abbreviation. */
  end: number;
  weekday: number;
  abbreviated: boolean;
}

/** After `the` or inside a run of capitalised words (`the Sun`, `Edmonton Sun`): part of a name. */
function afterNameWord(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && at - end < 3 && SPACE.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && end - start < 30 && LETTER.test(text[start - 1])) start--;
  const word = text.slice(start, end);
  if (word === 'the' || word === 'The') return true;
  if (!/^\p{Lu}/u.test(word)) return false;
  // A capitalised word that opens the sentence (On Sat 3 May) is no name.
  let before = start;
  while (before > 0 && start - before < 3 && /[\s\u00a0"“‘(]/.test(text[before - 1])) before--;
  return before > 0 && !/[.!?:;]/.test(text[before - 1]);
}

const SPACE = /[ \u00a0]/;
const LETTER = /\p{L}/u;

function dayNameAt(text: string, start: number, word: string): DayName | null {
  const weekday = DAY_NAMES.get(word);
  if (weekday === undefined) return null;
  const nameEnd = start + word.length;
  const abbreviated = word.length < 6;
  // An abbreviation is a name's word there (the Sun, the Toronto Sun); a full day name stays a day (Good Friday).
  if (abbreviated && afterNameWord(text, start)) return null;
  const end = abbreviated && text[nameEnd] === '.' ? nameEnd + 1 : nameEnd;
  return { start, nameEnd, end, weekday, abbreviated };
}

/** A month name at `at`; an abbreviation may take a full stop (a full name's full stop ends the sentence). */
function monthAt(text: string, at: number): { month: number; end: number } | null {
  const m = stuck(MONTH_WORD, text, at);
  if (!m) return null;
  const month = MONTH_NAMES.get(m[0]);
  if (month === undefined) return null;
  const end = endOf(m);
  const abbreviation = m[0].length < 5 && m[0] !== 'May' && m[0] !== 'June' && m[0] !== 'July';
  return { month, end: abbreviation && text[end] === '.' ? end + 1 : end };
}

interface DateTail {
  year: number | null;
  relativeYear: DayDatePair['relativeYear'];
  end: number;
}

/** A year after a date (`, 2026`), or `last year`, `this year`, `next year`. */
function tailAfter(text: string, at: number): DateTail {
  const y = stuck(YEAR, text, at);
  if (y) {
    const year = Number(y[1]);
    if (year >= FIRST_YEAR && year <= LAST_YEAR && !stuck(CLOCK_AFTER, text, endOf(y))) return { year, relativeYear: null, end: endOf(y) };
  }
  const r = stuck(RELATIVE_YEAR, text, at);
  if (r) return { year: null, relativeYear: r[1] === 'last' ? -1 : r[1] === 'next' ? 1 : 0, end: at };
  return { year: null, relativeYear: null, end: at };
}

interface DayOfMonth {
  start: number;
  end: number;
  day: number;
  ordinal: boolean;
}

function numberAt(text: string, at: number): DayOfMonth | null {
  const n = stuck(NUMBER, text, at);
  if (!n) return null;
  const day = Number(n[1]);
  return day >= 1 && day <= 31 ? { start: at, end: endOf(n), day, ordinal: n[2] !== undefined } : null;
}

/** `3 March` or `3rd of March` at `at`. */
function dayMonthAt(text: string, at: number): { number: DayOfMonth; month: number; end: number } | null {
  const number = numberAt(text, at);
  if (!number) return null;
  const gap = stuck(BEFORE_MONTH, text, number.end);
  const month = gap && monthAt(text, endOf(gap));
  return month ? { number, month: month.month, end: month.end } : null;
}

function pair(day: DayName, number: DayOfMonth, month: number, order: DayDatePair['order'], tail: DateTail, end: number): DayDatePair {
  return {
    start: day.start,
    end,
    dayEnd: day.nameEnd,
    weekday: day.weekday,
    abbreviated: day.abbreviated,
    numberStart: number.start,
    numberEnd: number.end,
    ordinal: number.ordinal,
    day: number.day,
    month,
    year: tail.year,
    order,
    relativeYear: tail.relativeYear,
  };
}

/** The second half of a range that shares its month with the first: `to Wednesday 4 March`. */
function sharedMonthAfter(text: string, at: number): { month: number; tail: DateTail } | null {
  const range = stuck(RANGE, text, at);
  if (!range) return null;
  const word = stuck(DAY_WORD_AT, text, endOf(range));
  const second = word && dayNameAt(text, word.index, word[0]);
  const sep = second && stuck(SEPARATOR, text, second.end);
  const date = sep && dayMonthAt(text, endOf(sep));
  return date ? { month: date.month, tail: tailAfter(text, date.end) } : null;
}

function pairAfter(text: string, day: DayName): DayDatePair | null {
  let at = day.end;
  const part = stuck(PART_OF_DAY, text, at);
  if (part) at = endOf(part);
  const sep = stuck(SEPARATOR, text, at);
  if (!sep) return null;
  at = endOf(sep);
  // Tuesday (3 March): the closing bracket belongs to the pair.
  const closed = (end: number) => (sep[0].includes('(') && text[end] === ')' ? end + 1 : end);
  // British order: Tuesday 3 March, Tuesday the 3rd of March.
  const number = numberAt(text, at);
  if (number) {
    const gap = stuck(BEFORE_MONTH, text, number.end);
    const month = gap && monthAt(text, endOf(gap));
    if (month) {
      const tail = tailAfter(text, month.end);
      return pair(day, number, month.month, 'day-month', tail, closed(tail.end));
    }
    const shared = sharedMonthAfter(text, number.end);
    return shared ? pair(day, number, shared.month, 'day-month', shared.tail, number.end) : null;
  }
  // American order: Tuesday, March 3; Tue., Mar. 3rd.
  const month = monthAt(text, at);
  const space = month && stuck(SPACES, text, month.end);
  const american = space && numberAt(text, endOf(space));
  if (!month || !american) return null;
  const tail = tailAfter(text, american.end);
  return pair(day, american, month.month, 'month-day', tail, closed(tail.end));
}

/** Every day name paired with a date in a paragraph, in order. */
export function dayDatePairs(text: string): DayDatePair[] {
  if (!DAY_HINT.test(text)) return [];
  const out: DayDatePair[] = [];
  for (const m of text.matchAll(DAY_WORD)) {
    const day = dayNameAt(text, m.index, m[0]);
    const found = day && pairAfter(text, day);
    if (found) out.push(found);
  }
  return out;
}

// ---- The dateline: the date a draft is filed on ----

const DATE_DAY_MONTH_YEAR =
  /(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th)?(?:[ \u00a0]{1,3}of)?[ \u00a0]{1,3}(\p{Lu}\p{Ll}{2,8})\.?,?[ \u00a0]{1,3}(\d{4})(?![\p{L}\p{N}])/gu;
const DATE_MONTH_DAY_YEAR =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{2,8})\.?[ \u00a0]{1,3}(\d{1,2})(?:st|nd|rd|th)?,?[ \u00a0]{1,3}(\d{4})(?![\p{L}\p{N}])/gu;
const DATE_ISO = /(?<![\p{L}\p{N}-])(\d{4})-(\d\d)-(\d\d)(?![\p{N}])/gu;
const WORD = /[^\s\u00a0]+/g;
const FOUR_DIGITS = /\d\d\d\d/;
/** What closes a dateline that opens a paragraph: a dash, a colon or a bar, maybe after an agency in brackets. */
const DATELINE_CLOSE = /[ \u00a0]{0,3}(?:\([^()]{0,40}\)[ \u00a0]{0,3})?[-–—:|]/y;
/** The only lower-case words a dateline, byline or timestamp line holds: the rest are names, places and times. */
const DATELINE_WORDS = new Set(['by', 'and', 'on', 'at', 'published', 'updated', 'posted', 'filed', 'last', 'am', 'pm', 'a.m.', 'p.m.']);
/** Most words a dateline line holds besides its date. */
const DATELINE_MAX_WORDS = 10;
/** Longest paragraph read as a dateline line; a longer one is read only for a dateline that opens it. */
const DATELINE_MAX_CHARS = 160;
const OPENING_CHARS = 40;

export interface DateSpan extends CalendarDate {
  start: number;
  end: number;
}

function validDate(year: number, month: number | undefined, day: number): CalendarDate | null {
  if (month === undefined || month < 1 || month > 12 || year < FIRST_YEAR || year > LAST_YEAR) return null;
  return day >= 1 && day <= daysInMonth(month, year) ? { year, month, day } : null;
}

function datesWithYear(text: string): DateSpan[] {
  const out: DateSpan[] = [];
  const add = (m: RegExpMatchArray, date: CalendarDate | null) => {
    if (date) out.push({ ...date, start: m.index!, end: m.index! + m[0].length });
  };
  for (const m of text.matchAll(DATE_DAY_MONTH_YEAR)) add(m, validDate(Number(m[3]), MONTH_NAMES.get(m[2]), Number(m[1])));
  for (const m of text.matchAll(DATE_MONTH_DAY_YEAR)) add(m, validDate(Number(m[3]), MONTH_NAMES.get(m[1]), Number(m[2])));
  for (const m of text.matchAll(DATE_ISO)) add(m, validDate(Number(m[1]), Number(m[2]), Number(m[3])));
  return out.sort((a, b) => a.start - b.start);
}

/** Names, places, times and the few words a dateline holds (`By`, `Updated`, `at`). */
function datelineWords(text: string): boolean {
  for (const m of text.matchAll(WORD)) {
    const word = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/u.exec(m[0])?.[0] ?? '';
    if (/^\p{Ll}/u.test(word) && !DATELINE_WORDS.has(word)) return false;
  }
  return true;
}

function wordCount(text: string): number {
  let n = 0;
  for (const m of text.matchAll(WORD)) if (/[\p{L}\p{N}]/u.test(m[0])) n++;
  return n;
}

/** The date of a dateline, byline or timestamp paragraph (`By Jane Roe, 3 March 2026`, `LONDON, March 3, 2026 –`,
 * `Updated 2026-03-03 10:42`): a date with its year in a short line of names and times, or opening a paragraph
 * before a dash or a colon. A date in running prose (`born on 3 March 1950`) is not one. */
export function datelineDate(text: string): DateSpan | null {
  const short = text.length <= DATELINE_MAX_CHARS;
  const read = short ? text : text.slice(0, OPENING_CHARS + 30);
  if (!FOUR_DIGITS.test(read)) return null;
  for (const d of datesWithYear(read)) {
    const before = text.slice(0, d.start);
    const outside = `${before} ${text.slice(d.end)}`;
    const line = short && wordCount(outside) <= DATELINE_MAX_WORDS && datelineWords(outside);
    const opening = d.start <= OPENING_CHARS && wordCount(before) <= 4 && datelineWords(before) && stuck(DATELINE_CLOSE, text, d.end);
    if (line || opening) return d;
  }
  return null;
}
