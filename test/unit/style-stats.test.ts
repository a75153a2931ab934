import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_STYLE_OPTIONS, resolveStyle } from '../../server/src/engine/rules/style';
import { facts } from './style-helpers';

test('document statistics on a text counted by hand', () => {
  // Headline "Dogs run" (2 words, 1 sentence, 2 syllables).
  // "The cat slept. The dog ran away." 7 words, 2 sentences, 8 syllables (a-way has two).
  const headline = 'Dogs run';
  const body = 'The cat slept. The dog ran away.';
  const result = resolveStyle(
    [
      { start: 0, kind: 'headline', facts: facts(headline, { kind: 'headline' }) },
      { start: 10, kind: 'paragraph', facts: facts(body) },
    ],
    DEFAULT_STYLE_OPTIONS,
  );
  // 9 words, 3 sentences, 10 syllables.
  // Flesch: 206.835 - 1.015 * 3 - 84.6 * 10 / 9 = 109.79 -> 109.8; grade: 0.39 * 3 + 11.8 * 10 / 9 - 15.59 = -1.31 -> -1.3
  assert.deepEqual(result.stats, {
    words: 9,
    sentences: 3,
    paragraphs: 1,
    averageSentenceLength: 3,
    fleschReadingEase: 109.8,
    fleschKincaidGrade: -1.3,
    readingTimeMinutes: 0,
  });
  // body: 0.39 * 3.5 + 11.8 * 8 / 7 - 15.59 = -0.739 -> -0.7
  assert.deepEqual(result.perParagraph, [
    { paragraph: 0, words: 2, sentences: 1, grade: round1(0.39 * 2 + 11.8 * 1 - 15.59), longestSentence: 2 },
    { paragraph: 1, words: 7, sentences: 2, grade: -0.7, longestSentence: 4 },
  ]);
});

test('reading time at 238 words per minute', () => {
  const text = Array.from({ length: 119 }, () => 'word').join(' ') + '.';
  const result = resolveStyle([{ start: 0, kind: 'paragraph', facts: facts(text) }], DEFAULT_STYLE_OPTIONS);
  assert.equal(result.stats.words, 119);
  assert.equal(result.stats.readingTimeMinutes, 0.5);
});

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
