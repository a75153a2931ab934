// day-date: a day name beside a date that falls on another day, with the year from the date, the dateline or the
// dayDate.year setting, and the pairs it must not make.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/engine/analyse';
import { ParagraphCache } from '../../server/src/engine/cache';
import { defaultOptions, resolveOptions, type HouseStyle } from '../../server/src/engine/config';
import { weekdayOf, WEEKDAYS } from '../../server/src/engine/rules/guide/calendar';
import { datelineDate } from '../../server/src/engine/rules/guide/dayDates';

const ON: HouseStyle = { rules: { 'day-date': 'warning' } };
const YEAR_2026: HouseStyle = { ...ON, dayDate: { year: 2026 } };
const HEADLINE = 'Ferry timetable changes\n\n';

function findings(text: string, style: HouseStyle = ON) {
  const { options } = resolveOptions('plaintext', {}, style);
  return analyse(text, options).findings.filter((f) => f.rule === 'day-date');
}

function found(text: string, style: HouseStyle = ON) {
  return findings(text, style).map((f) => [text.slice(f.start, f.end), f.message]);
}

describe('day-date: the calendar', () => {
  it('names the weekday of dates across centuries and leap days', () => {
    const days = (
      [
        [2026, 3, 3],
        [2000, 2, 29],
        [1900, 3, 1],
        [1600, 1, 1],
        [2100, 12, 31],
      ] as const
    ).map(([y, m, d]) => WEEKDAYS[weekdayOf(y, m, d)]);
    assert.deepEqual(days, ['Tuesday', 'Tuesday', 'Thursday', 'Saturday', 'Friday']);
  });
});

describe('day-date: a date with its year', () => {
  it('flags British, American and bracketed dates, naming the day the date falls on', () => {
    const text =
      `${HEADLINE}The new ferry sails on Wednesday 3 March 2026. ` +
      'Tickets go on sale Thursday, March 5, 2026, at noon. The old one retires on Friday (7 March 2026).\n';
    assert.deepEqual(found(text), [
      ['Wednesday 3 March 2026', '3 March 2026 is a Tuesday, not a Wednesday'],
      ['Friday (7 March 2026)', '7 March 2026 is a Saturday, not a Friday'],
    ]);
  });

  it('reads ordinals, abbreviations, `the 3rd of March` and a part of the day', () => {
    const text =
      `${HEADLINE}Crews train on Tues. 4th Mar. 2026 and on Sat, Mar. 7th, 2026. ` +
      'The council meets on Monday the 3rd of March 2026. The pier closed on Thursday night, March 6, 2026.\n';
    assert.deepEqual(found(text), [
      ['Tues. 4th Mar. 2026', '4 March 2026 is a Wednesday, not a Tuesday'],
      ['Monday the 3rd of March 2026', '3 March 2026 is a Tuesday, not a Monday'],
      ['Thursday night, March 6, 2026', 'March 6, 2026 is a Friday, not a Thursday'],
    ]);
  });

  it('offers both fixes, the day name or the nearest date with that day, and prefers neither', () => {
    const text = `${HEADLINE}Crews train on Tues. 4th Mar. 2026 and the ferry sails on Wednesday 3 March 2026.\n`;
    const fixes = findings(text).map((f) =>
      f.fixes!.map((x) => [x.title, x.preferred, x.edits.map((e) => [text.slice(e.start, e.end), e.newText])]),
    );
    assert.deepEqual(fixes, [
      [
        ['Write “Wed” (the day 4 March 2026 falls on)', undefined, [['Tues', 'Wed']]],
        ['Write “3 March” (the nearest Tuesday)', undefined, [['4th', '3rd']]],
      ],
      [
        ['Write “Tuesday” (the day 3 March 2026 falls on)', undefined, [['Wednesday', 'Tuesday']]],
        ['Write “4 March” (the nearest Wednesday)', undefined, [['3', '4']]],
      ],
    ]);
  });

  it('offers only the day name when the nearest date with that day is in another month', () => {
    const text = `${HEADLINE}The last sailing is on Friday 31 December 2026.\n`;
    assert.deepEqual(
      findings(text).map((f) => [f.message, f.fixes!.map((x) => x.title)]),
      [['31 December 2026 is a Thursday, not a Friday', ['Write “Thursday” (the day 31 December 2026 falls on)']]],
    );
  });

  it('reads a range that shares its month: each day against its own date', () => {
    const text = `${HEADLINE}The festival runs from Sunday 2 to Wednesday 5 March 2026, and the fair from Monday 2 to Wednesday 4 March 2026.\n`;
    assert.deepEqual(found(text), [
      ['Sunday 2', '2 March 2026 is a Monday, not a Sunday'],
      ['Wednesday 5 March 2026', '5 March 2026 is a Thursday, not a Wednesday'],
    ]);
  });

  it('says a date that does not exist is not one', () => {
    const text = `${HEADLINE}The ferry sails on Thursday 31 April. The refit ends on Sunday 29 February 2027.\n`;
    assert.deepEqual(found(text), [
      ['Thursday 31 April', '31 April is not a date: April has 30 days'],
      ['Sunday 29 February 2027', '29 February 2027 is not a date: 2027 is not a leap year'],
    ]);
  });

  it('checks quoted speech too: a wrong date is wrong whoever says it', () => {
    const text = `${HEADLINE}"We sail on Thursday 4 March 2026," the captain said.\n`;
    assert.deepEqual(found(text), [['Thursday 4 March 2026', '4 March 2026 is a Wednesday, not a Thursday']]);
  });
});

describe('day-date: what is not a pair', () => {
  it('needs the date right after the day name, in the same sentence; a newspaper called the Sun is no Sunday', () => {
    const text =
      `${HEADLINE}Thursday's meeting on 3 March 2026 ran late. The vote was on Thursday. 3 March 2026 was the deadline. ` +
      'The Sun, March 3, 2026, ran the story, and so did the Harbourtown Sun, March 3, 2026.\n';
    assert.deepEqual(found(text), []);
  });

  it('reads a clock time after a date as no year', () => {
    // Read as a year, 1945 would make 14 February a Wednesday.
    assert.deepEqual(found(`${HEADLINE}Kick-off is on Saturday 14 February 1945 GMT.\n`, YEAR_2026), []);
  });

  it('is off by default', () => {
    const text = `${HEADLINE}The new ferry sails on Wednesday 3 March 2026.\n`;
    assert.deepEqual(
      analyse(text, defaultOptions('plaintext')).findings.filter((f) => f.rule === 'day-date'),
      [],
    );
  });
});

describe('day-date: a date without its year', () => {
  it('says nothing when no year is known', () => {
    assert.deepEqual(found(`${HEADLINE}The ferry sails on Thursday 4 March.\n`), []);
  });

  it('takes the year from the dateline', () => {
    const text = `${HEADLINE}By Jane Roe, 2 March 2026\n\nThe ferry sails on Thursday 4 March and returns on Friday, March 6.\n`;
    assert.deepEqual(found(text), [['Thursday 4 March', '4 March 2026 is a Wednesday, not a Thursday (year from the dateline)']]);
  });

  it('takes the year that puts the date nearest the dateline: last December in a story filed in January', () => {
    const text = `${HEADLINE}HARBOURTOWN, 2 January 2026 – The last sailing was on Thursday 31 December and the next is on Friday 2 January.\n`;
    assert.deepEqual(found(text), [['Thursday 31 December', '31 December 2025 is a Wednesday, not a Thursday (year from the dateline)']]);
  });

  it('takes no dateline from a date in running prose', () => {
    // Read as a dateline, 1950 would make 4 March a Saturday.
    assert.deepEqual(found(`${HEADLINE}The captain, born on 2 March 1950, sails on Thursday 4 March.\n`), []);
  });

  it('takes the year from dayDate.year when there is no dateline, and the dateline first', () => {
    assert.deepEqual(found(`${HEADLINE}The ferry sails on Thursday 4 March.\n`, YEAR_2026), [
      ['Thursday 4 March', '4 March 2026 is a Wednesday, not a Thursday (year from dayDate.year)'],
    ]);
    assert.deepEqual(found(`${HEADLINE}Updated 2027-03-01 09:15\n\nThe ferry sails on Thursday 4 March.\n`, YEAR_2026), []);
  });

  it('reads `last year` after the date, and leaves a date whose sentence names a year it fits', () => {
    const text = `${HEADLINE}The pier closed on Friday 6 March last year. In 2019 the count on Thursday 2 May went on past midnight.\n`;
    assert.deepEqual(found(text, YEAR_2026), [
      ['Friday 6 March', '6 March 2025 is a Thursday, not a Friday (last year, from dayDate.year)'],
    ]);
  });

  it('follows an edit to the dateline alone (the other paragraphs come from the cache)', () => {
    const cache = new ParagraphCache();
    const { options } = resolveOptions('plaintext', {}, ON);
    const body = 'The ferry sails on Thursday 4 March.\n';
    const run = (dateline: string) => {
      const text = `${HEADLINE}${dateline}\n\n${body}`;
      return analyse(text, options, cache)
        .findings.filter((f) => f.rule === 'day-date')
        .map((f) => f.message);
    };
    assert.deepEqual(run('By Jane Roe, 2 March 2026'), ['4 March 2026 is a Wednesday, not a Thursday (year from the dateline)']);
    assert.deepEqual(run('By Jane Roe, 2 March 2027'), []);
  });
});

describe('day-date: datelines', () => {
  it('reads a byline, a place, a timestamp or a date alone; not a date in a sentence', () => {
    const dates = [
      'By Jane Roe, 2 March 2026',
      'HARBOURTOWN, March 2, 2026 (Coastal Press) – The ferry will sail again.',
      'Updated 2026-03-02 10:42 GMT',
      'Monday 2 March 2026',
      'The captain was born on 2 March 1950.',
      'The ferry first sailed on March 2, 1950 – a cold day.',
    ].map((t) => {
      const d = datelineDate(t);
      return d && [d.year, d.month, d.day];
    });
    assert.deepEqual(dates, [[2026, 3, 2], [2026, 3, 2], [2026, 3, 2], [2026, 3, 2], null, null]);
  });
});
