// The speaker scorer's reading of gold Source phrases (test/eval/speakers.ts): what a credited speaker must answer to.
import assert from 'node:assert/strict';
import { test } from 'node:test';
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
