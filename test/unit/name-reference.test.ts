// name-reference: a person's full name first, the surname after; and the house style's second reference. Every
// draft here is made up for the test; each line is a paragraph, read through the whole engine as the CLI reads a
// plain-text draft (the first line is the headline).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/engine/analyse';
import { defaultOptions, type EngineOptions } from '../../server/src/engine/config';

const REPORT =
  'The county council met on Tuesday evening to vote on the plan for the new bridge across the river, after months of delay and two public inquiries into its cost.';

function check(lines: string[], secondReference?: 'surname' | 'title') {
  const text = lines.join('\n');
  const options: EngineOptions = defaultOptions('plaintext');
  if (secondReference !== undefined) options.names = { ...options.names, secondReference };
  return { text, found: analyse(text, options).findings.filter((f) => f.rule === 'name-reference') };
}

function at(text: string, needle: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  assert.ok(start >= 0, `${needle} not in the draft`);
  return { start, end: start + needle.length };
}

describe('name-reference: the surname before the full name', () => {
  it('flags the first surname-alone mention and offers to move the full name there', () => {
    const { text, found } = check([
      'Bridge vote delayed again',
      REPORT,
      'Mr Okafor said the council could not wait another year for the money, and the vote went ahead without him.',
      'The council leader, Daniel Okafor, thanked the engineers. Mr Okafor left early.',
    ]);
    const early = at(text, 'Okafor');
    const full = at(text, 'Daniel Okafor');
    assert.deepEqual(
      found.map((f) => ({ start: f.start, end: f.end, severity: f.severity, message: f.message, fixes: f.fixes })),
      [
        {
          ...early,
          severity: 'info',
          message: '“Okafor” before the full name: the first mention should be “Daniel Okafor”, written further down',
          fixes: [
            {
              title: 'Name “Daniel Okafor” here and “Okafor” later',
              edits: [
                { ...early, newText: 'Daniel Okafor' },
                { ...full, newText: 'Okafor' },
              ],
              preferred: true,
            },
          ],
        },
      ],
    );
  });

  it('leaves alone a surname in the headline, after a job title, shared by two people, naming a family, or after a longer name', () => {
    const cases = [
      ['Okafor wins bridge vote', REPORT, 'Council leader Daniel Okafor said the vote was fair. Okafor said it again later.'],
      ['Bridge vote delayed', REPORT, 'Councillor Okafor said the vote was fair.', 'Daniel Okafor, the council leader, said it again.'],
      ['Bridge vote delayed', REPORT, 'Mr Okafor said the vote was fair.', 'Daniel Okafor and his sister Grace Okafor both spoke.'],
      ['Bridge vote delayed', REPORT, 'The Okafor family said the vote was fair.', 'Daniel Okafor said it again.'],
      [
        'Bridge vote delayed',
        REPORT,
        'Daniel Okafor of Eastbury said the vote was fair, and Mr Okafor said it again.',
        'Daniel Okafor left.',
      ],
    ];
    for (const lines of cases) assert.deepEqual(check(lines).found, [], lines.join(' / '));
  });
});

describe('name-reference: a surname two people bear', () => {
  // each draft names "Mr Okafor" first and then someone called Okafor in full: the early surname is only a slip
  // when the full name is the same person's
  const early = 'Mr Okafor said the council could not wait another year for the money.';
  const cases: [string, string[]][] = [
    ['a woman by her pronoun against "Mr"', [early, 'Grace Okafor, who runs the bakery, said she would stand for the council herself.']],
    ['a relative beside the full name', [early, 'His wife, Grace Okafor, runs the bakery on the square.']],
    [
      'a relative beside the surname',
      ['Mr Okafor and his daughter said the council could not wait.', 'Daniel Okafor is the council leader.'],
    ],
    [
      'courtesy titles of both genders',
      ['Mr Okafor said the vote was fair, and Mrs Okafor said it was not.', 'Daniel Okafor is the council leader.'],
    ],
    ['the surname as a plural', [early, 'The Okafors have lived in the town for years, and Daniel Okafor leads the council.']],
    ['the surname as a family', [early, 'The Okafor family owns the bakery, and Daniel Okafor leads the council.']],
    ['the surname as a firm', ['Okafor said its profits had doubled this year.', 'Daniel Okafor founded the firm in a garage.']],
  ];
  for (const [shape, lines] of cases) {
    it(`leaves alone ${shape}`, () => {
      assert.deepEqual(check(['Bridge vote delayed', REPORT, ...lines]).found, []);
    });
  }

  it('still flags the surname when the full name is the same person by title and pronoun', () => {
    const { text, found } = check([
      'Bridge vote delayed',
      REPORT,
      'Ms Okafor said the council could not wait another year for the money.',
      'The council leader, Grace Okafor, said she would stand again.',
    ]);
    assert.deepEqual(
      found.map((f) => ({ start: f.start, end: f.end, message: f.message })),
      [
        {
          ...at(text, 'Okafor'),
          message: '“Okafor” before the full name: the first mention should be “Grace Okafor”, written further down',
        },
      ],
    );
  });

  it('reads a full name cut after an initial as one name, and moves it whole', () => {
    const { text, found } = check(['Bridge vote delayed', REPORT, early, 'The council leader, Daniel K. Okafor, said he was pleased.']);
    const full = at(text, 'Daniel K. Okafor');
    assert.deepEqual(
      found.map((f) => ({ start: f.start, end: f.end, message: f.message, edits: f.fixes?.[0].edits })),
      [
        {
          ...at(text, 'Okafor'),
          message: '“Okafor” before the full name: the first mention should be “Daniel K. Okafor”, written further down',
          edits: [
            { ...at(text, 'Okafor'), newText: 'Daniel K. Okafor' },
            { ...full, newText: 'Okafor' },
          ],
        },
      ],
    );
  });
});

describe('name-reference: the house style for second references', () => {
  const draft = [
    'Bridge vote delayed',
    REPORT,
    'Council leader Daniel Okafor said the vote was fair, and that the money was ready to be spent this year.',
    'Okafor said the engineers were ready. Mr Okafor thanked them.',
  ];

  it('surname style: a courtesy title after the full name is flagged, and the fix drops it', () => {
    const { text, found } = check(draft, 'surname');
    const titled = at(text, 'Mr Okafor');
    assert.deepEqual(
      found.map((f) => ({ start: f.start, end: f.end, message: f.message, fixes: f.fixes })),
      [
        {
          ...titled,
          message: '“Mr Okafor”: house style names a person by surname alone after the full name',
          fixes: [{ title: 'Write “Okafor”', edits: [{ start: titled.start, end: titled.start + 3, newText: '' }], preferred: true }],
        },
      ],
    );
  });

  it('title style: a surname alone after the full name is flagged with the title the draft gives the person', () => {
    const { text, found } = check(draft, 'title');
    const bare = at(text, 'Okafor said the engineers');
    const range = { start: bare.start, end: bare.start + 'Okafor'.length };
    assert.deepEqual(
      found.map((f) => ({ start: f.start, end: f.end, message: f.message, expected: f.expected })),
      [{ ...range, message: '“Okafor”: house style gives a courtesy title after the full name (“Mr Okafor”)', expected: ['Mr Okafor'] }],
    );
  });

  it('title style with no title in the draft offers a choice and prefers neither', () => {
    const { found } = check(draft.slice(0, 3).concat(['Okafor said the engineers were ready.']), 'title');
    assert.deepEqual(
      found.map((f) => [f.expected, f.fixes?.map((x) => x.preferred ?? false)]),
      [
        [
          ['Mr Okafor', 'Ms Okafor'],
          [false, false],
        ],
      ],
    );
  });

  it('the default accepts both', () => {
    assert.deepEqual(check(draft).found, []);
  });
});
