// The stretches of a paragraph the name checks leave alone (prose.ts): exact spans, with ordinary words that hold the
// same characters (`24/7`, `M&S`, `and/or`) left as prose.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { notProseSpans } from '../../server/src/engine/rules/names/prose';

const spanOf = (text: string, token: string) => {
  const start = text.indexOf(token);
  assert.ok(start >= 0, `${token} not in the text`);
  return { start, end: start + token.length };
};

test('handles, hashtags, addresses and entities are not prose; other words with / or & are', () => {
  const text =
    'The 24/7 desk at M&S and/or Fenwick Ltd wrote to @HarbourDesk (#FerryWatch) via www.Example.org/news, ' +
    'ann.hale@example.com and AT&amp;T.';
  assert.deepEqual(notProseSpans(text), [
    spanOf(text, '@HarbourDesk'),
    spanOf(text, '(#FerryWatch)'),
    spanOf(text, 'www.Example.org/news,'),
    spanOf(text, 'ann.hale@example.com'),
    spanOf(text, 'AT&amp;T.'),
  ]);
});

test('a token is read whole, from one white space to the next, however many marks it holds', () => {
  const text = 'See\u00a0https://example.org/a&b#top\tor WWW.EXAMPLE.ORG today.';
  assert.deepEqual(notProseSpans(text), [spanOf(text, 'https://example.org/a&b#top'), spanOf(text, 'WWW.EXAMPLE.ORG')]);
});

test('a paragraph with none of the marks has no spans', () => {
  assert.deepEqual(notProseSpans('Ann Hale said the ferry would run at dawn.'), []);
});
