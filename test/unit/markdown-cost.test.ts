// Markdown shapes the parser takes superlinear time on are read as plain text (issue 14), quickly; Markdown as
// people write it is still read as Markdown.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksOf, tooCostlyForMarkdown } from '../../server/src/engine/blocks';

function timed(text: string): { ms: number; paragraphs: number } {
  const t = performance.now();
  const { paragraphs } = blocksOf(text, 'markdown');
  return { ms: performance.now() - t, paragraphs: paragraphs.length };
}

describe('Markdown the parser is slow on', () => {
  const shapes: [string, string][] = [
    ['12,000 setext headings with no blank line', 'Title\n===\n'.repeat(12_000)],
    ['8,000 setext subheadings', 'Line\n---\n'.repeat(8_000)],
    ['30,000 unclosed link destinations', '[a](b '.repeat(30_000)],
    ['20,000 closing emphasis marks with no opener', 'a* '.repeat(20_000)],
    ['20,000 emphasised words', '*a* '.repeat(20_000)],
    ['8,000 reference links', '[a][b] '.repeat(8_000)],
    ['a list of 8,000 items', '- item\n'.repeat(8_000)],
  ];
  for (const [name, text] of shapes) {
    it(`${name}: read as plain text, quickly`, () => {
      assert.equal(tooCostlyForMarkdown(text), true);
      const { ms } = timed(text);
      assert.ok(ms < 2_000, `${ms.toFixed(0)} ms`);
    });
  }

  it('an unclosed code fence at the top of a long draft: tried at doubling lengths, not one boundary at a time', () => {
    const { ms } = timed('```\n' + 'A paragraph of prose.\n\n'.repeat(2_000));
    assert.ok(ms < 5_000, `${ms.toFixed(0)} ms (was 147 s)`);
  });

  it('leaves Markdown as people write it to the Markdown parser', () => {
    const ordinary = [
      'Harbour fares',
      '=============',
      'The *council* met on [Monday](https://example.org) and **agreed** the fares.',
      '',
      'Subhead',
      '-------',
      ...Array.from({ length: 200 }, (_, i) => `- item ${i} with _emphasis_ and a [link](x)`),
    ].join('\n');
    assert.equal(tooCostlyForMarkdown(ordinary), false);
    const { paragraphs } = blocksOf(`${ordinary}\n`, 'markdown');
    assert.deepEqual(
      paragraphs.slice(0, 4).map((p) => [p.kind, p.text.replace(/\s+/g, ' ').trim()]),
      [
        ['headline', 'Harbour fares'],
        ['paragraph', 'The council met on Monday and agreed the fares.'],
        ['heading', 'Subhead'],
        ['list-item', 'item 0 with emphasis and a link'],
      ],
    );
  });
});
