// The speaker scorer's reading of gold Source phrases (test/eval/speakers.ts): what a credited speaker must answer to.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describedNames, describes } from '../eval/described';
import { speakerKeys, speakerMatches } from '../eval/speakers';

test('a Source answers to the surname of a named person, else to its head noun', () => {
  assert.deepEqual(
    [
      'a spokesman, Ola Brandt',
      'harbour master Ola Brandt',
      'a source familiar with the talks',
      'an aide involved in the campaign',
      'the authors of the “Harbour and Ferry Plan”',
      'Sen. Ola Brandt (D-Nord.',
      'the board’s statement',
    ].map(speakerKeys),
    [['brandt'], ['brandt'], ['source'], ['aide'], ['authors'], ['brandt'], ['board', 'statement']],
  );
});

test('a credited speaker matches when it shares a key', () => {
  assert.deepEqual(
    [speakerMatches('Ola Brandt', ['brandt']), speakerMatches('the source', ['source']), speakerMatches('Kari Lund', ['brandt'])],
    [true, true, false],
  );
});

test('a relative clause in a Source names no source of its own; a share of people answers to the people', () => {
  assert.deepEqual(
    [
      'The authors of the study, which include the Harbour Policy Group',
      'Only 40 percent of ferry users',
      'the share of Nordland voters',
      'the Harbour Board report',
      'ferry union organiser Ola Brandt',
      'Kari Lund of the Harbour Policy Group',
    ].map(speakerKeys),
    [['authors'], ['users'], ['voters'], ['board', 'report'], ['brandt'], ['lund']],
  );
});

test('a description answers to the one name the article ties it to, with every word it adds', () => {
  const text =
    'The ferry spokesman, Dan Reyes, said the boats would run. Harbour master Kari Lund disagreed. ' +
    'Ola Brandt is the union organiser for the port. Former president Ivo Tamm and President Ann Hale met. ' +
    'Northern senator Ruth Berg and Southern senator Per Moe spoke.';
  const links = describedNames(text);
  const person = (h: string): boolean => h !== 'port';
  assert.deepEqual(
    [
      describes(links, 'the spokesman', ['spokesman'], ['reyes'], person),
      describes(links, 'the harbour master', ['master'], ['lund'], person),
      describes(links, 'the organiser', ['organiser'], ['brandt'], person),
      describes(links, 'the president', ['president'], ['hale'], person),
      describes(links, 'the president', ['president'], ['tamm'], person),
      describes(links, 'the senator', ['senator'], ['berg'], person),
      describes(links, 'the Northern senator', ['senator'], ['berg'], person),
      describes(links, 'the spokesman', ['spokesman'], ['lund'], person),
    ],
    [true, true, true, true, false, false, true, false],
  );
});

test('a gold description matches a credited name only through a tie the article states', () => {
  const links = describedNames('The ferry spokesman, Dan Reyes, said the boats would run.');
  assert.deepEqual(
    [
      speakerMatches('Dan Reyes', ['spokesman'], 'the spokesman', links),
      speakerMatches('Dan Reyes', ['spokesman'], null, links),
      speakerMatches('Kari Lund', ['spokesman'], 'the spokesman', links),
    ],
    [true, false, false],
  );
});
