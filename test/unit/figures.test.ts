// figure-inconsistent: how figures are read, what they count, and which pairs are one count stated two ways.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/engine/analyse';
import { defaultOptions } from '../../server/src/engine/config';
import { figureMentions, type FigureMention } from '../../server/src/engine/rules/figures/mentions';
import { tokenize } from '../../server/src/engine/tokens';
import type { Finding } from '../../server/src/engine/types';

/** The figures of one paragraph (no quoted speech marked). */
function mentions(text: string): FigureMention[] {
  return figureMentions(text, tokenize(text).sentences, []);
}

/** The one figure of a sentence: its value, bound, unit and what it counts. */
function read(text: string) {
  const found = mentions(text);
  assert.equal(found.length, 1, `one figure in: ${text} (found ${found.map((m) => m.core).join(', ')})`);
  const m = found[0];
  return { lo: m.lo, hi: m.hi, bound: m.bound, unit: m.unit, noun: m.noun, event: m.event, text: text.slice(m.start, m.end) };
}

/** Paragraphs are lines, as the CLI reads a .txt file. */
function figures(lines: string[]): Finding[] {
  return analyse(lines.join('\n') + '\n', defaultOptions('plaintext')).findings.filter((f) => f.rule === 'figure-inconsistent');
}

describe('reading figures', () => {
  it('reads numbers in words and figures, with what they count', () => {
    assert.deepEqual(read('Twelve people died in the fire.'), {
      lo: 12,
      hi: 12,
      bound: 'exact',
      unit: '',
      noun: 'person',
      event: 'death',
      text: 'Twelve people',
    });
    assert.deepEqual(read('The blast injured two hundred and fifty people.'), {
      lo: 250,
      hi: 250,
      bound: 'exact',
      unit: '',
      noun: 'person',
      event: 'injury',
      text: 'two hundred and fifty people',
    });
    assert.deepEqual(read('Police arrested 1,200 protesters.'), {
      lo: 1200,
      hi: 1200,
      bound: 'exact',
      unit: '',
      noun: 'protester',
      event: 'arrest',
      text: '1,200 protesters',
    });
  });

  it('reads scales, currencies and percentages', () => {
    assert.deepEqual(read('The port awarded a $5.2m contract.'), {
      lo: 5_200_000,
      hi: 5_200_000,
      bound: 'exact',
      unit: 'USD',
      noun: 'contract',
      event: 'award',
      text: '$5.2m contract',
    });
    const budget = read('Ministers defended the £3.5bn for flood defences.');
    assert.deepEqual([budget.lo, budget.unit, budget.text], [3_500_000_000, 'GBP', '£3.5bn']);
    const share = read('She won 21 per cent of the vote.');
    assert.deepEqual([share.lo, share.unit, share.noun, share.text], [21, '%', 'vote', '21 per cent of the vote']);
    const million = read('The charity says 2.4 million people rely on it.');
    assert.deepEqual([million.lo, million.noun], [2_400_000, 'person']);
  });

  it('reads ranges and bounds', () => {
    const range = read('Between 40 and 50 workers were trapped.');
    assert.deepEqual([range.lo, range.hi, range.bound, range.text], [40, 50, 'range', '40 and 50 workers']);
    const dash = read('The crash injured 10-12 people.');
    assert.deepEqual([dash.lo, dash.hi, dash.bound], [10, 12, 'range']);
    const atLeast = read('At least 30 people were injured.');
    assert.deepEqual([atLeast.lo, atLeast.hi, atLeast.bound], [30, Infinity, 'lower']);
    const upTo = read('The firm will cut up to 500 jobs.');
    assert.deepEqual([upTo.lo, upTo.hi, upTo.bound], [0, 500, 'upper']);
  });

  it('leaves out approximations, increments, parts, levels after a change and quoted speech', () => {
    const cases: [string, string[]][] = [
      ['About 200 workers walked out.', []],
      ['Nearly 50 passengers were hurt.', []],
      ['Police arrested another three people.', []],
      ['Two hundred of the workers are on contracts.', []],
      ['Fourteen people died, including three children.', ['Fourteen']],
      ['The death toll rose to 12.', []],
      ['The number rose from 80 to 110.', []],
      ['Six more people were detained, bringing the total to 20.', []],
      ['The toll has since risen to 11.', []],
      ['One in five voters stayed at home.', []],
    ];
    for (const [text, cores] of cases)
      assert.deepEqual(
        mentions(text).map((m) => m.core),
        cores,
        text,
      );
    const quoted = '“There were 500 people there,” she said.';
    assert.deepEqual(figureMentions(quoted, tokenize(quoted).sentences, [{ start: 0, end: 30 }]), []);
  });

  it('does not take years, times, dates, ages, distances, labels or scores for counts', () => {
    for (const text of [
      'In 2004 the plant closed.',
      'Crews were called at 02:40.',
      'The 25-year-old was arrested.',
      'He ran the 60m final.',
      'Article 50 was triggered.',
      'Half-Life 2 sold well.',
      'England lost 19-13 to Ireland.',
      'He was jailed for five years.',
      'Ireland won the Six Nations.',
      'It happened on 5 March.',
    ]) {
      assert.deepEqual(
        mentions(text).map((m) => m.core),
        [],
        text,
      );
    }
  });
});

describe('figure-inconsistent', () => {
  it('flags the later of two figures for one count, with the other as related information and no fix', () => {
    const lines = [
      'Fire at Harwick flats',
      'Ten people died when fire swept through a block of flats in Harwick on Sunday, the fire service said.',
      'Neighbours said smoke filled the stairwell within minutes.',
      'The twelve people who died lived on the top two floors, the council said.',
    ];
    const text = lines.join('\n');
    const [f, ...rest] = figures(lines);
    assert.deepEqual(rest, []);
    const at = text.indexOf('twelve people');
    const other = text.indexOf('Ten people');
    assert.deepEqual(
      { rule: f.rule, severity: f.severity, start: f.start, end: f.end, message: f.message, related: f.related, fixes: f.fixes },
      {
        rule: 'figure-inconsistent',
        severity: 'warning',
        start: at,
        end: at + 'twelve people'.length,
        message: '“Ten” earlier in the draft and “twelve” here for the same count (people died): check which is right',
        related: [{ start: other, end: other + 'Ten people'.length, message: '“Ten” here' }],
        fixes: undefined,
      },
    );
  });

  it('fixes the odd one out when two mentions in two paragraphs agree', () => {
    const lines = [
      'The river burst its banks on Tuesday, flooding 112 homes in Fernby.',
      'The 112 homes flooded were in an area where defences had been planned for years.',
      'Insurers have begun visiting the 121 homes flooded.',
    ];
    const text = lines.join('\n');
    const [f, ...rest] = figures(lines);
    assert.deepEqual(rest, []);
    const at = text.indexOf('121');
    assert.equal(
      f.message,
      '“112” (2 mentions) earlier in the draft and “121” here for the same count (homes flooded): check which is right',
    );
    assert.deepEqual(f.fixes, [{ title: 'Replace with “112”', edits: [{ start: at, end: at + 3, newText: '112' }], preferred: true }]);
    assert.deepEqual(f.expected, ['112']);
  });

  it('compares amounts across scales and currencies written two ways', () => {
    const lines = [
      'Brightwater Marine has won a $5m contract to dredge the port, the harbour board said.',
      'The work will begin in March.',
      'Board members said the $5.2m contract was the largest in a decade.',
    ];
    const [f] = figures(lines);
    assert.equal(f.message, '“$5m” earlier in the draft and “$5.2m” here for the same count (contract): check which is right');
    assert.deepEqual(
      figures(['The council awarded a $5m contract.', 'Work on the $5 million contract starts in spring.']),
      [],
      'the same amount, two ways',
    );
  });

  it('compares a bound with an exact figure', () => {
    assert.equal(
      figures([
        'More than 200 people were evacuated from the estate.',
        'Engineers worked through the night.',
        'The 150 people evacuated spent the night in a sports hall.',
      ]).length,
      1,
    );
    assert.deepEqual(
      figures(['At least 10 people were injured when a lorry hit a market stall.', 'The 12 people injured included two children.']),
      [],
    );
  });

  it('leaves alone figures that differ legitimately', () => {
    const cases: string[][] = [
      ['Ten people died when the ferry capsized.', 'Divers found two more bodies and the death toll rose to 12.'],
      ['Fog forced the cancellation of 40 flights on Monday.', 'On Tuesday, 65 flights were cancelled.'],
      ['In Leeds, police arrested 10 people after a march.', 'In York, 14 people were arrested at a separate protest.'],
      ['Police said 1,000 people joined the march.', 'Organisers said 5,000 people took part.'],
      ['Ms Okafor won 12,000 votes.', 'Her rival, Peter Hale, won 9,000 votes.'],
      ['Twelve soldiers were killed near the crossing.', 'Thirty civilians were killed in the town.'],
      ['A car bomb killed 12 people outside a market.', 'A second blast killed four people at a bus station.'],
      ['The scheme will cost £2m a year to run.', 'Over five years it will cost £10m.'],
      ['Sales saw a 3% rise in the six months to July.', 'Profits showed a 4% rise over the same period.'],
      ['Storm kills 12 along the coast', 'The storm killed 49 people in three countries.'],
      ['Ten people were killed in the blast, police said.', 'The 10 people killed included a police officer.'],
    ];
    for (const lines of cases) assert.deepEqual(figures(lines), [], lines.join(' / '));
  });

  it('compares nothing inside one paragraph', () => {
    assert.deepEqual(figures(['Police arrested 14 people on Friday. The 41 people arrested were released.']), []);
  });

  it('keeps a draft full of numbers linear and whole', () => {
    const table = Array.from({ length: 400 }, (_, i) => `Branch ${i} reported that ${i + 3} staff were injured.`);
    assert.deepEqual(figures(table), []);
    for (const text of ['$', '%', '£ m bn', '1,2,3,4-5-6', 'between and', 'at least', '5m% of $ to £ per cent']) {
      assert.doesNotThrow(() => analyse(text, defaultOptions('plaintext')), text);
    }
  });
});
