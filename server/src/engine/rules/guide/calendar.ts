// Calendar arithmetic for day-date (proleptic Gregorian, any year from 1), and the English day and month names as
// newsrooms write them: in full, abbreviated (Tue, Tues, Thurs, Sept) and with or without a full stop.

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Day names as written (full and abbreviated) → weekday, 0 for Sunday. */
export const DAY_NAMES: ReadonlyMap<string, number> = new Map([
  ...WEEKDAYS.map((name, i) => [name, i] as const),
  ...(
    [
      ['Sun', 0],
      ['Mon', 1],
      ['Tue', 2],
      ['Tues', 2],
      ['Wed', 3],
      ['Weds', 3],
      ['Thu', 4],
      ['Thur', 4],
      ['Thurs', 4],
      ['Fri', 5],
      ['Sat', 6],
    ] as const
  ).map(([name, i]) => [name, i] as const),
]);

/** Month names as written (full and abbreviated) → month, 1 for January. */
export const MONTH_NAMES: ReadonlyMap<string, number> = new Map([
  ...MONTHS.map((name, i) => [name, i + 1] as const),
  ...['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'].map(
    (name) => [name, MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3))) + 1] as const,
  ),
]);

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; February has 29 when the year is not known. */
export function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || isLeapYear(year) ? 29 : 28;
  return MONTH_LENGTHS[month - 1];
}

/** Days since 1 March of year 0 (a count that only differences are taken of). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const m = month <= 2 ? month + 9 : month - 3;
  return 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + Math.floor((153 * m + 2) / 5) + day - 1;
}

/** 0 for Sunday. */
export function weekdayOf(year: number, month: number, day: number): number {
  // 1 March of year 0 (proleptic Gregorian) was a Wednesday.
  return (dayNumber(year, month, day) + 3) % 7;
}

export function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
