import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from '../../server/src/engine/analyse';
import { defaultOptions } from '../../server/src/engine/config';
import { DEFAULT_STYLE_OPTIONS, resolveStyle, type StyleOptions } from '../../server/src/engine/rules/style';
import type { BlockKind } from '../../server/src/engine/types';
import { facts, spanOf } from './style-helpers';

function run(paragraphs: string[], prefer: StyleOptions['spelling']['prefer'] = null) {
  const options: StyleOptions = { ...DEFAULT_STYLE_OPTIONS, spelling: { prefer } };
  let start = 0;
  const input: { start: number; kind: BlockKind; facts: ReturnType<typeof facts> }[] = [];
  for (const text of paragraphs) {
    input.push({ start, kind: 'paragraph', facts: facts(text, { options }) });
    start += text.length + 2;
  }
  const doc = paragraphs.join('\n\n');
  return { doc, findings: resolveStyle(input, options).findings.filter((f) => f.rule === 'spelling-variant') };
}

test('the minority convention is flagged, with the majority form as expected and a fix', () => {
  const { doc, findings } = run(['The colour of the new centre is grey.', 'Its color scheme changed.']);
  const span = spanOf(doc, 'color');
  assert.deepEqual(findings, [
    {
      rule: 'spelling-variant',
      severity: 'warning',
      ...span,
      message: '“color” is American spelling; this draft mostly uses British spelling (“colour”)',
      actual: 'color',
      expected: ['colour'],
      fixes: [{ title: 'Change to “colour”', edits: [{ ...span, newText: 'colour' }], preferred: true }],
    },
  ]);
});

test('an even split follows the draft as a whole; with no majority at all nothing is flagged', () => {
  const even = run(['The defense budget rose.', 'The travelling party arrived.']);
  assert.deepEqual(even.findings, []);
  const { doc, findings } = run(['The defense budget rose and the color faded.', 'The travelling party arrived.', 'They traveled on.']);
  assert.deepEqual(
    findings.map((f) => [f.start, f.end, f.message]),
    [
      [
        ...Object.values(spanOf(doc, 'travelling')),
        '“travelling” is British spelling; this draft mostly uses American spelling (“traveling”)',
      ],
    ],
  );
});

test('house style overrides the majority', () => {
  const { findings } = run(['The colour and the flavour of the centre.', 'A color.'], 'american');
  assert.deepEqual(
    findings.map((f) => [f.actual, f.expected[0]]),
    [
      ['colour', 'color'],
      ['flavour', 'flavor'],
      ['centre', 'center'],
    ],
  );
  assert.equal(findings[0].message, '“colour” is British spelling; house style is American spelling (“color”)');
});

test('-ise/-ize is judged on its own (Oxford spelling is not mixed spelling)', () => {
  assert.deepEqual(run(['The organization chose a new colour.', 'They realized the labour costs.']).findings, []);
  const { findings } = run(['They organise it.', 'We realise it.', 'She criticized it.']);
  assert.deepEqual(
    findings.map((f) => [f.actual, f.expected[0]]),
    [['criticized', 'criticised']],
  );
});

test('false friends are never counted: practice, license, program, tire, meter, check, story', () => {
  const { findings } = run([
    'The colour of the licence.',
    'Training practice, a computer program, a tire, a meter, a check and a story.',
    'They license it and tire of it.',
  ]);
  assert.deepEqual(findings, []);
});

test('-ise words that never take -ize are not spelling forms', () => {
  for (const text of ['They advise, comprise, surprise, exercise and supervise.', 'A compromise and an enterprise.']) {
    assert.deepEqual(facts(text).spelling, []);
  }
});

test('capitalised words inside a sentence are names; sentence-initial words count, Labour never does', () => {
  assert.deepEqual(facts('The Defense Department and the World Health Organization met.').spelling, []);
  assert.deepEqual(facts('Labour said so.').spelling, []);
  assert.deepEqual(
    facts('Colour matters.').spelling.map((s) => [s.word, s.other, s.start, s.end]),
    [['Colour', 'Color', 0, 6]],
  );
});

test('spellings inside quoted speech are neither counted nor flagged', () => {
  const text = '“Our favorite color,” she said of the colour.';
  const quote = spanOf(text, '“Our favorite color,”');
  assert.deepEqual(
    facts(text, { quoteSpans: [quote] }).spelling.map((s) => s.word),
    ['colour'],
  );
});

test("readers' letters keep their writers' spelling: a signed-off letter in the other convention is not flagged", () => {
  const report = [
    'Readers write on the new harbour lights',
    'The harbour lights were switched on at the weekend, and their colour changes with the tide, the council said.',
    'The centre of the town was packed for the ceremony.',
  ];
  const letters = [
    'LETTERS.',
    'I love the new lights and the color of the water at night, I must say.',
    'Ruth A. Penhallow.',
    'Tidewell, Devon.',
    'My kids ask to see them every evening. Thanks to the crews who put them up.',
    '@dalewalker.',
  ];
  const spelling = (lines: string[]) =>
    analyse(lines.join('\n\n'), defaultOptions('markdown')).findings.filter((f) => f.rule === 'spelling-variant');
  assert.deepEqual(spelling([...report, ...letters]), []);
  // the same words as the writer's own (no sign-offs) are flagged
  const own = [...report, 'The color of the water at night drew crowds, the council said.'];
  const text = own.join('\n\n');
  assert.deepEqual(
    spelling(own).map((f) => [f.start, f.end, f.message]),
    [
      [
        text.indexOf('color'),
        text.indexOf('color') + 5,
        '“color” is American spelling; this draft mostly uses British spelling (“colour”)',
      ],
    ],
  );
});
