import assert from 'node:assert/strict';
import { test } from 'node:test';
import { levelLabel, statusText } from '../../client/src/format';
import type { DraftSummary } from '../../server/src/protocol';

function facts(counts: DraftSummary['counts'], stats: Partial<DraftSummary['stats']> = {}): DraftSummary {
  return {
    uri: 'file:///d.txt',
    version: 1,
    counts,
    unattributedQuotes: 0,
    namesSpelledTwoWays: 0,
    stats: {
      words: 812,
      sentences: 40,
      paragraphs: 20,
      ungradedLines: 1,
      averageSentenceLength: 20,
      fleschReadingEase: 50,
      fleschKincaidGrade: 9.2,
      readingAge: 14.2,
      readingScale: 'age',
      readingTimeMinutes: 3.4,
      quotes: 3,
      speakers: 2,
      ...stats,
    },
  };
}

test('the status bar counts what to fix (errors and warnings) apart from notes; hints stay out of it', () => {
  assert.equal(statusText(facts({ error: 0, warning: 2, info: 4, hint: 7 })), '$(book) Reading age 14 · 812 words · 2 to fix · 4 notes');
  assert.equal(statusText(facts({ error: 1, warning: 0, info: 1, hint: 0 })), '$(book) Reading age 14 · 812 words · 1 to fix · 1 note');
  assert.equal(statusText(facts({ error: 0, warning: 0, info: 0, hint: 3 })), '$(book) Reading age 14 · 812 words · 0 to fix');
});

test('an American draft shows a grade; the bounds say no more than the bounds', () => {
  assert.equal(levelLabel(facts({ error: 0, warning: 0, info: 0, hint: 0 }, { readingScale: 'grade' })), 'Grade 9');
  assert.equal(levelLabel(facts({ error: 0, warning: 0, info: 0, hint: 0 }, { readingAge: 31 })), 'Reading age 23+');
  assert.equal(levelLabel(facts({ error: 0, warning: 0, info: 0, hint: 0 }, { readingAge: 5 })), 'Reading age 6');
});
