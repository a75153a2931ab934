// Quotes no speech verb credits that still have a source, or are not speech: a person's want or plan set up before
// the quote, a floating chain past names that do not act, words the writer's sentence talks about, a slogan named as
// such in the next paragraph, and a span paired across a mark that opens the next quote. Each has a control that
// stays an orphan.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, credits, rules } from './quotes-helpers';

const ORPHAN = 'quote-unattributed';

test('a person who wants or plans something in the sentence before is a weak source for the bare quote after it', () => {
  const r = check(
    'The race is close, but Ivo Tamm wants to run the harbour board himself. “I know the boats and I know the people who crew them.”',
    '“Nobody else on the board has ever hauled a net.”',
  );
  assert.deepEqual(credits(r), [
    ['attributed', 'Ivo Tamm', 'wants'],
    ['floating', 'Ivo Tamm', null],
  ]);
  assert.equal(r.quotes[0].weak, 'a stance, not a speech verb');
  assert.deepEqual(rules(r), [['quote-floating', 128, 177]]);
});

test('what a person did (not wanted) before a bare quote leaves it an orphan', () => {
  const r = check('Ivo Tamm spent ten years at sea before the storm sank his boat. “I never wanted another job after that.”');
  assert.deepEqual(credits(r), [['unattributed', null, null]]);
  assert.deepEqual(rules(r), [[ORPHAN, 64, 104]]);
});

test('a body’s plan is nobody’s words, and a plan used as a noun sets up no one', () => {
  const r = check(
    'The council plans to close the pier in May. “Nobody asked the fishermen what they think.”',
    'Ivo Tamm pinned the plans to the harbour wall. “Nobody asked the fishermen what they think.”',
  );
  assert.deepEqual(credits(r), [
    ['unattributed', null, null],
    ['unattributed', null, null],
  ]);
  assert.deepEqual(rules(r), [
    [ORPHAN, 44, 89],
    [ORPHAN, 137, 182],
  ]);
});

test('a floating quote goes on past names that only stand in the sentence (a place, an owned thing)', () => {
  const r = check(
    '“The board has the money,” said Ola Brandt, who chairs the harbour board.',
    'The board is paying for its Northpoint Pier with loans, including one from Lisbon. “We have two engineers on the pier every day.”',
  );
  assert.deepEqual(credits(r), [
    ['attributed', 'Ola Brandt', 'said'],
    ['floating', 'Ola Brandt', null],
  ]);
  assert.deepEqual(rules(r), [['quote-floating', 157, 203]]);
});

test('a name acting as a sentence subject breaks the floating chain: the quote is an orphan', () => {
  const r = check(
    '“The board has the money,” said Ola Brandt, who chairs the harbour board.',
    'Ada Finch lent the board the money last year. “We have two engineers on the pier every day.”',
  );
  assert.deepEqual(credits(r)[1], ['unattributed', null, null]);
  assert.deepEqual(rules(r), [[ORPHAN, 120, 166]]);
  assert.equal(
    r.findings[0].message,
    'Quote has no speaker: Ada Finch is named in the paragraph, but no speech verb (said, told, wrote, ...) credits the quote, ' +
      'and someone new comes in after Ola Brandt in the paragraph before.',
  );
});

test('a quote that is the subject of the writer’s sentence is words talked about, not an orphan', () => {
  const r = check(
    'There is something dated about the mayor’s harbour plan.',
    '“I will bring the old ferries back” sounds fine on the pier, but it is not a transport policy.',
  );
  assert.deepEqual(credits(r), [['scare', null, null]]);
  assert.deepEqual(r.findings, []);
});

test('a quote with its own stop that opens the next sentence is still speech needing a speaker', () => {
  const r = check('There is something dated about the mayor’s harbour plan.', '“I will bring the old ferries back.” The crowd cheered.');
  assert.deepEqual(rules(r), [[ORPHAN, 57, 93]]);
});

test('a quote standing alone that the next paragraph names a slogan is not speech', () => {
  const r = check(
    '“Boats, not bridges.”',
    'The campaign may not have painted that slogan on the harbour wall this year, as it did in 2010.',
  );
  assert.deepEqual(credits(r), [['scare', null, null]]);
  assert.deepEqual(r.findings, []);
});

test('a quote standing alone that the next paragraph does not name stays an orphan', () => {
  const r = check('“Boats, not bridges.”', 'The campaign may not have painted it on the harbour wall this year, as it did in 2010.');
  assert.deepEqual(rules(r), [[ORPHAN, 0, 21]]);
});

test('a span closed by a mark that opens the next quote is no orphan: the unmatched mark is reported', () => {
  const r = check(
    'My favourite was the ferry horn. Phones may let you "call anyone, but you cannot use them to "wake the harbour" at dawn.',
  );
  assert.deepEqual(rules(r), [['quote-unclosed', 110, 111]]);
  assert.match(r.findings[0].message, /^Unmatched quotation mark/);
});

test('a person’s want set up before the quote wins over the speaker of the paragraph before', () => {
  const r = check(
    '“The board has the money,” said Ola Brandt.',
    'The race is close, but Ivo Tamm wants to run the harbour board himself. “I know the boats.”',
  );
  assert.deepEqual(credits(r), [
    ['attributed', 'Ola Brandt', 'said'],
    ['attributed', 'Ivo Tamm', 'wants'],
  ]);
  assert.deepEqual(r.findings, []);
});
