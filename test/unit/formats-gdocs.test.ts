// Google Docs exports Markdown with its own habits: punctuation escaped with backslashes, headings wrapped in bold,
// list items ending in two spaces, smart quotes as typed, and images as data URIs in definitions at the end.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/engine/analyse';
import { blocksOf } from '../../server/src/engine/blocks';
import { resolveOptions } from '../../server/src/engine/config';

const shape = (md: string) =>
  blocksOf(md, 'markdown').paragraphs.map((p) => ({ kind: p.kind, text: p.text, slice: md.slice(p.start, p.end) }));

describe('Google Docs Markdown exports', () => {
  it('read escaped punctuation as the punctuation, with no gap where the backslash was', () => {
    const md = '# **Pay deal agreed at 3\\.5%**\n\nThe well\\-known union\\! It\\*s \\#1\\. \\[Updated\\] \\<b\\> 2\\+2\n';
    assert.deepEqual(shape(md), [
      { kind: 'headline', text: 'Pay deal agreed at 3.5%', slice: 'Pay deal agreed at 3\\.5%' },
      {
        kind: 'paragraph',
        text: 'The well-known union! It*s #1. [Updated] <b> 2+2',
        slice: 'The well\\-known union\\! It\\*s \\#1\\. \\[Updated\\] \\<b\\> 2\\+2',
      },
    ]);
  });

  it('read character references as the characters, and leave emphasis marks as blanks', () => {
    const md = 'She didn&rsquo;t say &ldquo;*no*&rdquo; &amp; left.\n';
    assert.deepEqual(shape(md), [{ kind: 'paragraph', text: 'She didn’t say “ no ” & left.', slice: md.trimEnd() }]);
  });

  it('skip list items’ trailing spaces and images, including a data URI definition at the end', () => {
    const md =
      '* First item\\.  \n* Second item\\.\n\n![][image1]\n\nAfter the image\\.\n\n[image1]: <data:image/png;base64,iVBORw0KGgo=>\n';
    assert.deepEqual(
      shape(md).map((p) => [p.kind, p.text]),
      [
        ['list-item', 'First item.  '],
        ['list-item', 'Second item.'],
        ['paragraph', 'After the image.'],
      ],
    );
  });

  it('leave out an image definition too long to parse as Markdown (a real photo: 100 KB and more of data)', () => {
    const data = Buffer.alloc(90_000, 7).toString('base64');
    const md = `# Pay deal agreed\n\nThe union voted on Monday\\.\n\n![][image1]\n\n[image1]: <data:image/png;base64,${data}>\n`;
    const analysis = analyse(md, resolveOptions('markdown').options);
    assert.deepEqual(
      analysis.paragraphs.map((p) => p.text),
      ['Pay deal agreed', 'The union voted on Monday.'],
    );
    assert.deepEqual(analysis.skipped, []);
  });

  it('place findings on the escaped source exactly', () => {
    const md = 'Mr Kamara left\\. Mr Kamara spoke\\. Then Mr Kamarra said the the deal ended\\.\n';
    const found = analyse(md, resolveOptions('markdown').options).findings;
    assert.deepEqual(
      found.map((f) => [f.rule, f.actual, (f.fixes ?? []).map((x) => x.edits.map((e) => [md.slice(e.start, e.end), e.newText]))]),
      [
        ['name-inconsistent', 'Kamarra', [[['Kamarra', 'Kamara']], [['Kamarra', 'Kamara']]]],
        ['repeated-word', 'the the', [[['the the', 'the']]]],
      ],
    );
  });
});
