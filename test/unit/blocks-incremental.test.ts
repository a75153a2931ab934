import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BlockMemo, blocksOf, wholeMarkdownBlocks } from '../../server/src/engine/blocks';
import { analyse } from '../../server/src/engine/analyse';
import { ParagraphCache } from '../../server/src/engine/cache';
import { defaultOptions } from '../../server/src/engine/config';

// A draft with every construct that can reach across a blank line: fences, HTML blocks, lists, quotes, front matter.
const DRAFT = [
  '---',
  'slug: bridge-vote',
  '---',
  '',
  '# Council backs the new footbridge',
  '',
  'The council voted on Tuesday to build a footbridge over the canal, said the mayor, Ines Varga.',
  '',
  '“It will open in spring,” she said.',
  '',
  '- Cost: four million',
  '- Length: 80 metres',
  '',
  '  a second paragraph inside the last item',
  '',
  '> “We waited years,” said a resident.',
  '',
  '```',
  'fenced code',
  '',
  'with a blank line inside',
  '```',
  '',
  '<!-- copydesk-disable passive-voice -->',
  '',
  '<pre>',
  'preformatted',
  '',
  'still preformatted',
  '</pre>',
  '',
  'Work was delayed by the floods, and the bridge was redesigned.',
  '',
  '    indented code after a blank line',
  '',
  '## Reaction',
  '',
  'Ines Varga thanked the engineers.',
  '',
].join('\n');

const PIECES = [
  '\n',
  '\n\n',
  '```',
  '~~~',
  '<!--',
  '-->',
  '<pre>',
  '</pre>',
  '# ',
  '## ',
  '> ',
  '- ',
  '1. ',
  '    ',
  '  ',
  '\t',
  '---',
  '+++',
  '===',
  '\r\n',
  '*',
  '[x]',
  ']:',
  '<div>',
  'Z',
  'word ',
  '“',
  'said the mayor',
];

/** A small deterministic generator (a linear congruential one), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('incremental Markdown blocks', () => {
  it('equal a whole-document parse after every one of 600 random edits', () => {
    const next = random(7);
    const memo = new BlockMemo();
    let text = DRAFT;
    for (let i = 0; i < 600; i++) {
      const at = Math.floor(next() * (text.length + 1));
      const roll = next();
      if (roll < 0.35) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 6));
      else if (roll < 0.97) text = text.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + text.slice(at);
      else text = DRAFT;
      assert.deepEqual(blocksOf(text, 'markdown', memo), wholeMarkdownBlocks(text), `edit ${i}: ${JSON.stringify(text)}`);
    }
  });

  it('parses again only the chunk an edit touches', () => {
    const memo = new BlockMemo();
    blocksOf(DRAFT, 'markdown', memo);
    const edited = DRAFT.replace('thanked the engineers', 'thanked the two engineers');
    const blocks = blocksOf(edited, 'markdown', memo);
    assert.equal(memo.parsed, 1);
    assert.deepEqual(blocks, wholeMarkdownBlocks(edited));
    assert.deepEqual(blocks.paragraphs.at(-1), {
      start: edited.indexOf('Ines Varga thanked'),
      end: edited.length - 1,
      kind: 'paragraph',
      text: 'Ines Varga thanked the two engineers.',
    });
  });

  it('keeps a heading after earlier content a heading, and a first depth-1 heading the headline', () => {
    const memo = new BlockMemo();
    const kinds = (text: string) => blocksOf(text, 'markdown', memo).paragraphs.map((p) => p.kind);
    assert.deepEqual(kinds('# Ferry resumes\n\nThe ferry sailed.\n\n# Timetable\n'), ['headline', 'paragraph', 'heading']);
    assert.deepEqual(kinds('Dateline first.\n\n# Ferry resumes\n'), ['paragraph', 'heading']);
    assert.deepEqual(kinds('<!-- note -->\n\n# Ferry resumes\n'), ['headline']);
  });

  it('gives the same analysis with a warm cache as without one', () => {
    const options = defaultOptions('markdown');
    const cache = new ParagraphCache();
    analyse(DRAFT, options, cache);
    const edited = DRAFT.replace('The council voted', 'The city council voted');
    const warm = analyse(edited, options, cache);
    const cold = analyse(edited, options);
    assert.equal(warm.analysedParagraphs, 1);
    assert.deepEqual({ ...warm, analysedParagraphs: 0 }, { ...cold, analysedParagraphs: 0 });
  });
});
