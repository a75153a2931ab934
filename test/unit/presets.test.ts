// House-style presets: "extends" (presets and shared files) and the opt-in rules they turn on.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/engine/analyse';
import { defaultOptions, resolveOptions, type HouseStyle } from '../../server/src/engine/config';
import { resolveExtends } from '../../server/src/engine/houseStyleExtends';
import { PRESETS } from '../../server/src/engine/presets';

function findingsUnder(style: HouseStyle, text: string, rule?: string) {
  const { options } = resolveOptions('plaintext', {}, style);
  return analyse(text, options)
    .findings.filter((f) => rule === undefined || f.rule === rule)
    .map((f) => [f.rule, text.slice(f.start, f.end), f.message]);
}

const HEADLINE = 'Harbour reopens\n\n';

describe('number-style', () => {
  const on: HouseStyle = { rules: { 'number-style': 'warning' } };

  it('flags one to nine in figures and 10 up in words, with the fix', () => {
    const text = `${HEADLINE}The storm kept 5 boats in port for twelve days and cost the town twenty-five jobs.\n`;
    assert.deepEqual(findingsUnder(on, text, 'number-style'), [
      ['number-style', '5', '“5”: numbers from one to nine are written in words (“five”)'],
      ['number-style', 'twelve', '“twelve”: numbers from 10 up are written in figures (“12”)'],
      ['number-style', 'twenty-five', '“twenty-five”: numbers from 10 up are written in figures (“25”)'],
    ]);
    const { options } = resolveOptions('plaintext', {}, on);
    const fix = analyse(text, options).findings.find((f) => f.rule === 'number-style')!.fixes![0];
    assert.deepEqual(fix.edits, [{ start: text.indexOf(' 5 ') + 1, end: text.indexOf(' 5 ') + 2, newText: 'five' }]);
  });

  it('leaves what both styles write in figures or words: ages, units, times, dates, series, names, sentence starts', () => {
    const text =
      `${HEADLINE}The pupils, aged 9, walked 4 km before 7 a.m. on 5 May. ` +
      'Sales rose by 2 or 3 percent in Key Stages 1, 3 and 4. The match ended 1 – 1. ' +
      'Radio 1 played the song for 8 megabits per second of fame. Twelve boats sailed. ' +
      'They met on page 3 and in the Big Ten. "We lost 5 boats," she said.\n';
    assert.deepEqual(findingsUnder(on, text, 'number-style'), []);
  });

  it('flags a figure after a word that only opens the sentence', () => {
    assert.deepEqual(findingsUnder(on, `${HEADLINE}The 5 boats sailed at dawn.\n`, 'number-style'), [
      ['number-style', '5', '“5”: numbers from one to nine are written in words (“five”)'],
    ]);
  });

  it('is off by default: the defaults stay quiet', () => {
    const text = `${HEADLINE}The storm kept 5 boats in port for twelve days from Wednesday 3 March 2026, Mr. Brandt said.\n`;
    const rules = analyse(text, defaultOptions('plaintext')).findings.map((f) => f.rule);
    assert.deepEqual(
      rules.filter((r) => ['number-style', 'courtesy-title', 'headline-length', 'day-date'].includes(r)),
      [],
    );
  });
});

describe('courtesy-title', () => {
  const text = `${HEADLINE}Mr. Brandt said the gates would open. Mrs Cole agreed. "Ask Mr. Brandt," she said. Dr. Ray nodded.\n`;

  it('AP (omit): every title outside quotations', () => {
    assert.deepEqual(findingsUnder({ rules: { 'courtesy-title': 'warning' }, courtesyTitles: 'omit' }, text, 'courtesy-title'), [
      ['courtesy-title', 'Mr.', '“Mr.”: no courtesy title outside quotations; use the surname alone'],
      ['courtesy-title', 'Mrs', '“Mrs”: no courtesy title outside quotations; use the surname alone'],
    ]);
  });

  it('BBC (no-full-stop): titles written with a full stop', () => {
    assert.deepEqual(findingsUnder({ rules: { 'courtesy-title': 'warning' }, courtesyTitles: 'no-full-stop' }, text, 'courtesy-title'), [
      ['courtesy-title', 'Mr.', '“Mr.”: titles take no full stop (“Mr”)'],
      ['courtesy-title', 'Dr.', '“Dr.”: titles take no full stop (“Dr”)'],
    ]);
  });
});

describe('headline-length', () => {
  it('flags a headline over the limit, counting characters', () => {
    const text = 'Storm shuts the harbour and keeps every fishing boat in port for days\n\nThe harbour reopened.\n';
    const style: HouseStyle = { rules: { 'headline-length': 'warning' }, headline: { maxCharacters: 55 } };
    assert.deepEqual(findingsUnder(style, text, 'headline-length'), [
      ['headline-length', text.split('\n')[0], 'Headline of 69 characters (limit 55); shorten it'],
    ]);
    assert.deepEqual(findingsUnder({ ...style, headline: { maxCharacters: 69 } }, text, 'headline-length'), []);
  });
});

describe('extends', () => {
  const files: Record<string, string> = {
    '/desk/shared.json': JSON.stringify({
      extends: ['copydesk:ap'],
      terms: [{ use: 'Kyiv', instead: ['Kiev'] }],
      rules: { 'passive-voice': 'off' },
    }),
    '/desk/loop-a.json': JSON.stringify({ extends: ['loop-b.json'] }),
    '/desk/loop-b.json': JSON.stringify({ extends: ['loop-a.json'] }),
    '/desk/bad.json': '{"rules": {"no-such-rule": "off"}}',
  };
  const read = (file: string) => Promise.resolve(Object.hasOwn(files, file) ? { text: files[file] } : null);

  it('applies presets and shared files in order, then the file itself: later settings win, lists add up', async () => {
    const own: HouseStyle = {
      extends: ['shared.json', 'copydesk:bbc'],
      rules: { 'headline-length': 'off' },
      terms: [{ use: 'Chornobyl', instead: ['Chernobyl'] }],
    };
    const text = JSON.stringify(own);
    const resolved = await resolveExtends(own, '/desk/.copydesk.json', text, read);
    assert.deepEqual(resolved, {
      problems: [],
      style: {
        spelling: 'british',
        courtesyTitles: 'no-full-stop',
        headline: { maxCharacters: 55 },
        rules: {
          'number-style': 'warning',
          'courtesy-title': 'warning',
          'passive-voice': 'off',
          'headline-length': 'off',
          'day-date': 'warning',
        },
        terms: [
          { use: 'Kyiv', instead: ['Kiev'] },
          { use: 'Chornobyl', instead: ['Chernobyl'] },
        ],
      },
    });
    assert.equal(PRESETS['copydesk:ap'].style.spelling, 'american');
  });

  it('names the entry at fault: an unknown preset, a missing, invalid or looping file', async () => {
    const own: HouseStyle = { extends: ['copydesk:nyt', 'missing.json', 'bad.json', 'loop-a.json'] };
    const text = JSON.stringify(own);
    const resolved = await resolveExtends(own, '/desk/.copydesk.json', text, read);
    assert.equal(resolved.style, null);
    assert.deepEqual(
      // (the list of known rule keys after "known keys:" grows with the registry)
      resolved.problems.map((p) => [p.path, p.message.replace(/; known keys: .*/, ''), text.slice(p.start, p.end)]),
      [
        ['extends[0]', 'unknown preset "copydesk:nyt"; the presets are copydesk:ap, copydesk:bbc', '"copydesk:nyt"'],
        ['extends[1]', '"missing.json" cannot be read (no such file)', '"missing.json"'],
        ['extends[2]', '"bad.json" is not a valid house style (at rules.no-such-rule): unknown key "no-such-rule" in rules', '"bad.json"'],
        [
          'extends[3]',
          '"loop-a.json": "loop-b.json": "loop-a.json" extends itself, through .copydesk.json → loop-a.json → loop-b.json',
          '"loop-a.json"',
        ],
      ],
    );
  });
});
