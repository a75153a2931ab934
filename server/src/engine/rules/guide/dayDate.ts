// day-date (AP and BBC): a day name that disagrees with the date beside it (`Tuesday 4 March 2026`: a Wednesday).
// The year comes from the date itself; else from the draft's dateline, as the year that puts the date nearest the
// dateline's date (a story filed on 5 January means last December by `Wednesday 31 December`); else from the
// `dayDate.year` setting. With no year known nothing is said. Either half may be the mistake, so the two fixes are
// offered side by side and neither is preferred.
import { makeFinding, shiftFinding } from '../../findings';
import type { Finding, Fix, Sentence } from '../../types';
import { MONTHS, WEEKDAYS, dayNumber, daysInMonth, isLeapYear, ordinalSuffix, weekdayOf } from './calendar';
import { FIRST_YEAR, LAST_YEAR, datelineDate, dayDatePairs, type CalendarDate, type DateSpan, type DayDatePair } from './dayDates';

/** A pair written without a year, with the other years its sentence names (any of them may be the one meant). */
export interface YearlessPair extends DayDatePair {
  /** The pair as written. */
  written: string;
  sentenceYears: number[];
}

export interface DayDateFacts {
  /** Pairs whose year the document pass decides (paragraph-relative). */
  yearless: YearlessPair[];
  dateline: CalendarDate | null;
}

/** Where the year of a yearless date came from, for the message. */
type YearSource = 'date' | 'dateline' | 'setting';

/** Paragraphs from the top of the draft read for a dateline: headline, standfirst, byline, dateline. */
export const DATELINE_PARAGRAPHS = 4;
/** A date this many days or fewer from the dateline's may belong to the year before or after it. */
const NEAR_DAYS = 190;

const YEAR_IN_TEXT = /(?<![\p{L}\p{N}])(1[6-9]\d\d|2\d\d\d)(?![\p{L}\p{N}])/gu;

const NO_YEARS: number[] = [];

/** For each pair without a year, the years written in its sentence outside the dateline (whose year is the
 * draft's): each sentence read once, however many pairs it holds. */
function sentenceYearsOf(
  text: string,
  sentences: readonly Sentence[],
  pairs: readonly DayDatePair[],
  dateline: DateSpan | null,
): number[][] {
  const bySentence = new Map<number, number[]>();
  let s = 0;
  return pairs.map((pair) => {
    if (pair.year !== null) return NO_YEARS;
    while (s < sentences.length && sentences[s].end <= pair.start) s++;
    if (s >= sentences.length || sentences[s].start > pair.start) return NO_YEARS;
    let years = bySentence.get(s);
    if (!years) {
      const { start, end } = sentences[s];
      const found = new Set<number>();
      for (const m of text.slice(start, end).matchAll(YEAR_IN_TEXT)) {
        const at = start + m.index;
        if (!(dateline && at >= dateline.start && at < dateline.end)) found.add(Number(m[1]));
      }
      bySentence.set(s, (years = [...found]));
    }
    return years;
  });
}

/** One paragraph: findings for pairs whose date holds its year or is no date at all, the rest kept for the draft. */
export function dayDateParagraph(text: string, sentences: readonly Sentence[]): { facts: DayDateFacts; findings: Finding[] } {
  const findings: Finding[] = [];
  const yearless: YearlessPair[] = [];
  const dateline = datelineDate(text);
  const pairs = dayDatePairs(text);
  const years = sentenceYearsOf(text, sentences, pairs, dateline);
  pairs.forEach((pair, i) => {
    const written = text.slice(pair.start, pair.end);
    if (pair.day > daysInMonth(pair.month, pair.year)) findings.push(notADate(pair, written, pair.year, 'date'));
    else if (pair.year !== null) {
      if (weekdayOf(pair.year, pair.month, pair.day) !== pair.weekday) findings.push(wrongDay(pair, written, pair.year, 'date'));
    } else yearless.push({ ...pair, written, sentenceYears: years[i] });
  });
  return { facts: { yearless, dateline: dateline && { year: dateline.year, month: dateline.month, day: dateline.day } }, findings };
}

/** The years a yearless date may be in, nearest the reference first. */
function candidateYears(pair: DayDatePair, dateline: CalendarDate | null, settingYear: number | null): number[] {
  const base = dateline?.year ?? settingYear;
  if (base === null) return [];
  if (pair.relativeYear !== null) return [base + pair.relativeYear];
  if (!dateline) return [base];
  // The year that puts the date nearest the dateline's, and the one on the other side when both are near.
  const reference = dayNumber(dateline.year, dateline.month, dateline.day);
  const distance = (y: number) => Math.abs(dayNumber(y, pair.month, Math.min(pair.day, daysInMonth(pair.month, y))) - reference);
  return [base - 1, base, base + 1].filter((y) => distance(y) <= NEAR_DAYS).sort((a, b) => distance(a) - distance(b));
}

/** The document pass: each yearless pair judged in the year of the dateline (the first of the top paragraphs that
 * has one) or of the setting. Offsets of `paragraphs` facts are moved by each paragraph's start. */
export function dayDateDocument(paragraphs: readonly { start: number; facts: DayDateFacts }[], settingYear: number | null): Finding[] {
  const dateline = paragraphs.slice(0, DATELINE_PARAGRAPHS).find((p) => p.facts.dateline)?.facts.dateline ?? null;
  if (!dateline && settingYear === null) return [];
  const out: Finding[] = [];
  for (const p of paragraphs) {
    for (const pair of p.facts.yearless) {
      const years = candidateYears(pair, dateline, settingYear).filter((y) => y >= FIRST_YEAR && y <= LAST_YEAR);
      if (years.length === 0) continue;
      const fits = (y: number) => pair.day <= daysInMonth(pair.month, y) && weekdayOf(y, pair.month, pair.day) === pair.weekday;
      if (years.some(fits) || pair.sentenceYears.some(fits)) continue;
      const year = years[0];
      const source = dateline ? 'dateline' : 'setting';
      const finding =
        pair.day > daysInMonth(pair.month, year) ? notADate(pair, pair.written, year, source) : wrongDay(pair, pair.written, year, source);
      out.push(shiftFinding(finding, p.start));
    }
  }
  return out;
}

function dateText(pair: DayDatePair, day: number, year: number | null): string {
  const month = MONTHS[pair.month - 1];
  if (pair.order === 'month-day') return year === null ? `${month} ${day}` : `${month} ${day}, ${year}`;
  return year === null ? `${day} ${month}` : `${day} ${month} ${year}`;
}

const SOURCE_NAME: Record<YearSource, string> = { date: '', dateline: 'the dateline', setting: 'dayDate.year' };
const RELATIVE_NAME = { '-1': 'last year', '0': 'this year', '1': 'next year' };

/** Where the year came from, unless the date holds it: ` (year from the dateline)`, ` (last year, from dayDate.year)`. */
function sourceNote(pair: DayDatePair, source: YearSource): string {
  if (source === 'date') return '';
  return pair.relativeYear === null
    ? ` (year from ${SOURCE_NAME[source]})`
    : ` (${RELATIVE_NAME[String(pair.relativeYear) as '-1' | '0' | '1']}, from ${SOURCE_NAME[source]})`;
}

function wrongDay(pair: DayDatePair, written: string, year: number, source: YearSource): Finding {
  const actual = weekdayOf(year, pair.month, pair.day);
  const writtenDay = WEEKDAYS[pair.weekday];
  const right = WEEKDAYS[actual];
  const dayName = pair.abbreviated ? right.slice(0, 3) : right;
  const fixes: Fix[] = [
    {
      title: `Write “${dayName}” (the day ${dateText(pair, pair.day, year)} falls on)`,
      edits: [{ start: pair.start, end: pair.dayEnd, newText: dayName }],
    },
  ];
  // The nearest date that is the day written, if it is in the same month (the edit then changes the number only).
  const forward = (pair.weekday - actual + 7) % 7;
  const nearest = forward <= 3 ? pair.day + forward : pair.day - (7 - forward);
  if (nearest >= 1 && nearest <= daysInMonth(pair.month, year)) {
    fixes.push({
      title: `Write “${dateText(pair, nearest, null)}” (the nearest ${writtenDay})`,
      edits: [{ start: pair.numberStart, end: pair.numberEnd, newText: `${nearest}${pair.ordinal ? ordinalSuffix(nearest) : ''}` }],
    });
  }
  return makeFinding('day-date', {
    start: pair.start,
    end: pair.end,
    actual: written,
    expected: [right],
    message: `${dateText(pair, pair.day, year)} is a ${right}, not a ${writtenDay}${sourceNote(pair, source)}`,
    fixes,
  });
}

function notADate(pair: DayDatePair, written: string, year: number | null, source: YearSource): Finding {
  const month = MONTHS[pair.month - 1];
  const why =
    pair.month === 2 && pair.day === 29 && year !== null && !isLeapYear(year)
      ? `${year} is not a leap year${sourceNote(pair, source)}`
      : `${month} has ${daysInMonth(pair.month, year)} days`;
  return makeFinding('day-date', {
    start: pair.start,
    end: pair.end,
    actual: written,
    message: `${dateText(pair, pair.day, year)} is not a date: ${why}`,
  });
}
