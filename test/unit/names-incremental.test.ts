import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/engine/analyse';
import { ParagraphCache } from '../../server/src/engine/cache';
import { defaultOptions } from '../../server/src/engine/config';

// The names pass keeps each paragraph's share between runs and updates its groups as paragraphs change. Whatever
// the order of edits, a warm run must give exactly what a fresh run gives on the same text.

const PARAGRAPHS = [
  '# Harbour board backs the Vellmar dredging plan',
  'The harbour board voted on Monday to dredge the north channel, said its chair, Oriane Vellmar.',
  'Ms Vellmar said the work would start in March. The Port Workers Union (PWU) welcomed the vote.',
  'Critics said the e-mail sent to residents came too late, and a second e-mail went astray. Dagny Holcroft, who leads the residents, said so.',
  'Holcroft said the board had ignored the carmakers and the car makers alike. Two carmakers objected.',
  'Vellmar later said the emails had been sent on time. The PWU said it would watch the work.',
  'Engineers from Brightwater-Salk will run the dredging. Brightwater Salk has done such work before, as Brightwater-Salk notes.',
  'But the plan still needs the approval of the Marine Council, which meets in April.',
];

function draftOf(paragraphs: string[]): string {
  return `${paragraphs.join('\n\n')}\n`;
}

function replaceIn(paragraphs: string[], index: number, from: string, to: string): string[] {
  const copy = [...paragraphs];
  assert.ok(copy[index].includes(from), `${from} not in paragraph ${index}`);
  copy[index] = copy[index].replace(from, to);
  return copy;
}

/** What a run reports about names, in a form deepEqual can compare. */
function namesOutcome(text: string, cache?: ParagraphCache) {
  const a = analyse(text, defaultOptions('markdown'), cache);
  return {
    findings: a.findings.filter((f) => f.rule === 'name-inconsistent' || f.rule === 'acronym-undefined'),
    names: a.names,
  };
}

describe('names pass on a warm cache', () => {
  const steps: [string, (p: string[]) => string[]][] = [
    ['a misspelt surname appears', (p) => replaceIn(p, 5, 'Vellmar later', 'Velmar later')],
    ['a word before a sentence-initial name', (p) => replaceIn(p, 4, 'Holcroft said', 'Then Holcroft said')],
    // "Engineers" opening a sentence reads as a name until the draft also writes "engineers" in lower case
    ['a lower-case word that makes a capitalised one common', (p) => replaceIn(p, 7, 'the approval of', 'the approval of engineers and')],
    ['a paragraph is duplicated', (p) => [...p.slice(0, 3), p[2], ...p.slice(3)]],
    [
      'a hyphenated firm loses its hyphen everywhere but once',
      (p) => p.map((x) => x.replace('Brightwater-Salk will', 'Brightwater Salk will')),
    ],
    ['an acronym is used before its definition', (p) => [p[0], 'The PWU met on Sunday.', ...p.slice(1)]],
    ['a paragraph is deleted', (p) => [...p.slice(0, 1), ...p.slice(2)]],
    ['the misspelling is corrected', (p) => p.map((x) => x.replace('Velmar', 'Vellmar'))],
    ['everything after the headline goes', (p) => p.slice(0, 1)],
  ];

  it('matches a fresh run after each edit, and after undoing them all', () => {
    const cache = new ParagraphCache();
    let paragraphs = PARAGRAPHS;
    assert.deepEqual(namesOutcome(draftOf(paragraphs), cache), namesOutcome(draftOf(paragraphs)));
    for (const [what, step] of steps) {
      paragraphs = step(paragraphs);
      const text = draftOf(paragraphs);
      assert.deepEqual(namesOutcome(text, cache), namesOutcome(text), what);
    }
    assert.deepEqual(namesOutcome(draftOf(PARAGRAPHS), cache), namesOutcome(draftOf(PARAGRAPHS)), 'undo to the first text');
  });

  it('flags the variant introduced by an edit, at its new offset, and keeps the others', () => {
    const cache = new ParagraphCache();
    const before = namesOutcome(draftOf(PARAGRAPHS), cache).findings.filter((f) => f.rule === 'name-inconsistent');
    assert.deepEqual(
      before.map((f) => f.actual),
      ['car makers', 'emails', 'Brightwater Salk'],
    );
    const edited = replaceIn(PARAGRAPHS, 5, 'Vellmar later', 'Velmar later');
    const text = draftOf(edited);
    const after = namesOutcome(text, cache).findings.filter((f) => f.rule === 'name-inconsistent');
    assert.deepEqual(
      after.map((f) => [f.actual, f.start, f.expected[0]]),
      [
        ['car makers', text.indexOf('car makers'), 'carmakers'],
        ['Velmar', text.indexOf('Velmar'), 'Vellmar'],
        ['emails', text.indexOf('emails'), 'e-mails'],
        ['Brightwater Salk', text.indexOf('Brightwater Salk'), 'Brightwater-Salk'],
      ],
    );
    assert.equal(after[1].message, '“Velmar”: elsewhere this draft writes “Vellmar” (3 times) — spelt one letter differently');
  });

  it('refuses the name sheet of an analysis once the cache has run again', () => {
    const cache = new ParagraphCache();
    const first = analyse(draftOf(PARAGRAPHS), defaultOptions('markdown'), cache);
    analyse(draftOf(replaceIn(PARAGRAPHS, 1, 'voted', 'met')), defaultOptions('markdown'), cache);
    assert.deepEqual(first.names, []);
    assert.deepEqual(first.failures, [
      { module: 'names', message: 'the name sheet of an earlier analysis was asked for after the document was analysed again' },
    ]);
  });
});
