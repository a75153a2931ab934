import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { markdownChunk, plainParagraphChunk } from '../../server/src/engine/blocks';

// Ordinary characters mostly, and now and then one that matters to Markdown, so generated lines hit both sides of the
// shortcut.
const ORDINARY = 'abcXYZ é1 9.,;:!?-—\'"“”‘’()#>+=|~/@%$'.split('');
const MARKUP = ['*', '_', '`', '[', ']', '<', '&', '\\', '\t', '\u00a0', '\u2003', '\r', '\n', '\u0000', '\ufeff', '#', '-', '1', '>'];
const char = fc.oneof({ arbitrary: fc.constantFrom(...ORDINARY), weight: 20 }, { arbitrary: fc.constantFrom(...MARKUP), weight: 1 });
const line = fc.array(char, { minLength: 1, maxLength: 60 }).map((cs) => cs.join(''));
const ending = fc.constantFrom('', '\n', '\n\n', '\n\n\n');

describe('a plain paragraph is read without the Markdown parser', () => {
  it('gives exactly what the parser gives, for any line it takes', () => {
    let taken = 0;
    fc.assert(
      fc.property(line, ending, fc.boolean(), fc.boolean(), (text, end, sentinel, first) => {
        const source = text + end;
        const plain = plainParagraphChunk(source, sentinel);
        if (plain === undefined) return;
        taken++;
        assert.deepEqual(plain, markdownChunk(source, first, sentinel));
      }),
      { numRuns: 5_000, seed: 42 },
    );
    assert.ok(taken > 1_000, `only ${taken} generated lines were plain`);
  });

  it('takes a line of ordinary words and leaves marked-up lines, list items and a line with no blank after it to the parser', () => {
    assert.deepEqual(plainParagraphChunk('The council met on Monday, and “nobody” came.\n\n', true), {
      paragraphs: [{ start: 0, end: 45, kind: 'paragraph', text: 'The council met on Monday, and “nobody” came.' }],
      directives: [],
      hasContent: true,
      clean: true,
      matter: false,
    });
    for (const source of [
      'The *council* met.\n\n',
      '1. The council met.\n\n',
      '- The council met.\n\n',
      'M&amp;S said so.\n\n',
      'The council met.\n',
    ]) {
      assert.equal(plainParagraphChunk(source, true), undefined, source);
    }
    assert.deepEqual(plainParagraphChunk('The council met.', false)?.paragraphs, [
      { start: 0, end: 16, kind: 'paragraph', text: 'The council met.' },
    ]);
  });
});
