import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_STYLE_OPTIONS, resolveStyle } from '../../server/src/engine/rules/style';
import { facts } from './style-helpers';

test('document statistics on a text counted by hand: the headline is counted in the words, never graded', () => {
  // Headline "Dogs run" (2 words). Body "The cat slept. The dog ran away." 7 words, 2 sentences, 8 syllables.
  const headline = 'Dogs run';
  const body = 'The cat slept. The dog ran away.';
  const result = resolveStyle(
    [
      { start: 0, kind: 'headline', facts: facts(headline, { kind: 'headline' }) },
      { start: 10, kind: 'paragraph', facts: facts(body) },
    ],
    DEFAULT_STYLE_OPTIONS,
  );
  // Flesch: 206.835 - 1.015 * 3.5 - 84.6 * 8 / 7 = 106.6; grade: 0.39 * 3.5 + 11.8 * 8 / 7 - 15.59 = -0.74, shown as 0.
  assert.deepEqual(result.stats, {
    words: 9,
    sentences: 2,
    paragraphs: 1,
    ungradedLines: 1,
    averageSentenceLength: 3.5,
    fleschReadingEase: 106.6,
    fleschKincaidGrade: 0,
    readingAge: 5,
    readingScale: 'age',
    readingTimeMinutes: 0,
  });
  // one row per graded paragraph, so the rows add up to the paragraph count
  assert.deepEqual(result.perParagraph, [{ paragraph: 1, words: 7, sentences: 2, grade: 0, longestSentence: 4 }]);
});

test('a one-line credit is counted in the words and not graded; a heading neither', () => {
  const result = resolveStyle(
    [
      { start: 0, kind: 'paragraph', facts: facts('Ferry fares will rise by a fifth in April, the harbour board said on Monday.') },
      { start: 80, kind: 'paragraph', facts: facts('Reporting by Ana Ruiz') },
      { start: 110, kind: 'heading', facts: facts('What happens next', { kind: 'heading' }) },
    ],
    DEFAULT_STYLE_OPTIONS,
  );
  assert.equal(result.stats.paragraphs, 1);
  assert.equal(result.stats.ungradedLines, 2);
  assert.equal(result.stats.words, 15 + 4 + 3);
  assert.deepEqual(
    result.perParagraph.map((p) => p.paragraph),
    [0],
  );
});

test('American spelling reads in grades, British and undecided in reading ages; a setting decides first', () => {
  const american = [{ start: 0, kind: 'paragraph' as const, facts: facts('The color of the harbor changed.') }];
  const british = [{ start: 0, kind: 'paragraph' as const, facts: facts('The colour of the harbour changed.') }];
  assert.equal(resolveStyle(american, DEFAULT_STYLE_OPTIONS).stats.readingScale, 'grade');
  assert.equal(resolveStyle(british, DEFAULT_STYLE_OPTIONS).stats.readingScale, 'age');
  const byAge = { ...DEFAULT_STYLE_OPTIONS, readability: { ...DEFAULT_STYLE_OPTIONS.readability, scale: 'age' as const } };
  assert.equal(resolveStyle(american, byAge).stats.readingScale, 'age');
  const heldAmerican = { ...DEFAULT_STYLE_OPTIONS, spelling: { prefer: 'american' as const } };
  assert.equal(resolveStyle(british, heldAmerican).stats.readingScale, 'grade');
});

test('reading time at 238 words per minute', () => {
  const text = Array.from({ length: 119 }, () => 'word').join(' ') + '.';
  const result = resolveStyle([{ start: 0, kind: 'paragraph', facts: facts(text) }], DEFAULT_STYLE_OPTIONS);
  assert.equal(result.stats.words, 119);
  assert.equal(result.stats.readingTimeMinutes, 0.5);
});
