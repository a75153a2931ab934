import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksOf } from '../../server/src/engine/blocks';

const shape = (text: string, format: 'markdown' | 'plaintext') =>
  blocksOf(text, format).paragraphs.map((p) => ({ kind: p.kind, text: p.text, slice: text.slice(p.start, p.end) }));

describe('plain-text blocks', () => {
  it('makes every line a paragraph and a short unpunctuated first line the headline', () => {
    const text =
      'Ferry service resumes on the lake\nPORTVILLE: The ferry sailed again on Monday.\r\nIt carried 40 people.\n\nWhat comes next\n- A second boat in June.';
    assert.deepEqual(shape(text, 'plaintext'), [
      { kind: 'headline', text: 'Ferry service resumes on the lake', slice: 'Ferry service resumes on the lake' },
      { kind: 'paragraph', text: 'PORTVILLE: The ferry sailed again on Monday.', slice: 'PORTVILLE: The ferry sailed again on Monday.' },
      { kind: 'paragraph', text: 'It carried 40 people.', slice: 'It carried 40 people.' },
      { kind: 'heading', text: 'What comes next', slice: 'What comes next' },
      { kind: 'list-item', text: '- A second boat in June.', slice: '- A second boat in June.' },
    ]);
  });

  it('handles lone CR line endings, a byte-order mark and surrounding blanks', () => {
    const text = '\uFEFF  The mayor spoke.  \rShe left early.';
    const paragraphs = blocksOf(text, 'plaintext').paragraphs;
    assert.deepEqual(
      paragraphs.map((p) => [p.start, p.end, p.kind]),
      [
        [3, 19, 'paragraph'],
        [22, 37, 'paragraph'],
      ],
    );
  });

  it('reads suppression lines as directives, not prose', () => {
    const text = 'The vote passed.\ncopydesk-disable-next-line passive-voice\nThe bill was signed.';
    const blocks = blocksOf(text, 'plaintext');
    assert.deepEqual(
      blocks.paragraphs.map((p) => p.text),
      ['The vote passed.', 'The bill was signed.'],
    );
    assert.equal(blocks.directives.length, 1);
    assert.deepEqual(
      { kind: blocks.directives[0].kind, rules: blocks.directives[0].rules, at: blocks.directives[0].at },
      { kind: 'disable-next-line', rules: ['passive-voice'], at: 58 },
    );
  });
});

describe('Markdown blocks', () => {
  it('keeps headings, paragraphs, list items and block quotes; skips code, front matter and HTML', () => {
    const text = [
      '---',
      'title: Draft',
      '---',
      '# Harbour plan approved',
      '',
      'The council voted *seven* to two.',
      '',
      '```',
      'not prose',
      '```',
      '',
      '- First item here.',
      '',
      '> A quoted line.',
      '',
      '<div>html block</div>',
      '',
      '## Reaction',
    ].join('\n');
    assert.deepEqual(
      shape(text, 'markdown').map((p) => [p.kind, p.text]),
      [
        ['headline', 'Harbour plan approved'],
        ['paragraph', 'The council voted  seven  to two.'],
        ['list-item', 'First item here.'],
        ['blockquote', 'A quoted line.'],
        ['heading', 'Reaction'],
      ],
    );
  });

  it('blanks inline code and link destinations so offsets still match the source', () => {
    const text = 'Read [the report](https://example.org/r) and run `make all` now.';
    const [p] = blocksOf(text, 'markdown').paragraphs;
    assert.equal(p.text.length, p.end - p.start);
    assert.equal(p.text, 'Read  the report                         and run            now.');
    assert.equal(text.slice(p.start + p.text.indexOf('report'), p.start + p.text.indexOf('report') + 6), 'report');
  });

  it('keeps a multi-line paragraph as one paragraph and drops block-quote markers on continuation lines', () => {
    const text = '> First line of the quote\n> goes on here.';
    const [p] = blocksOf(text, 'markdown').paragraphs;
    assert.equal(p.kind, 'blockquote');
    assert.equal(p.text, 'First line of the quote\n  goes on here.');
    assert.equal(text.slice(p.start, p.end).length, p.text.length);
  });

  it('reads HTML comment directives', () => {
    const text = 'One.\n\n<!-- copydesk-disable quote-unattributed, bogus-rule -->\n\nTwo.';
    const { directives } = blocksOf(text, 'markdown');
    assert.equal(directives.length, 1);
    assert.deepEqual([directives[0].kind, directives[0].rules, directives[0].unknown], ['disable', ['quote-unattributed'], ['bogus-rule']]);
  });
});
