import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { BlockMemo, blocksOf, type Blocks } from '../../server/src/engine/blocks';
import type { DocumentFormat } from '../../server/src/engine/types';
import { applyEdit, draft, edit, prose } from './hostile-arbitraries';

const FORMATS: DocumentFormat[] = ['markdown', 'plaintext', 'html'];

// Every fixture below is made up for these tests.
const DRAFT = [
  '# Harbour crane back in service',
  '',
  'The crane on the north quay lifted its first container on Friday, the port office said.',
  '',
  'Dock crews had waited six weeks for the repair.',
  '',
  '## What broke',
  '',
  'A bearing in the slewing ring cracked in March.',
  '',
  '- Repair bill: two hundred thousand',
  '- Parts shipped from Antwerp',
  '',
  '<!-- copydesk-disable passive-voice -->',
  '',
  'The ring was replaced by a crew of eight.',
  '',
  'Work resumes at the south quay next week',
  '',
].join('\n');

/** Runs the texts in turn through one memo per format, checking each result against a fresh run without a memo. */
function checkSequence(texts: string[]): Map<DocumentFormat, Blocks[]> {
  const results = new Map<DocumentFormat, Blocks[]>();
  for (const format of FORMATS) {
    const memo = new BlockMemo();
    const runs = texts.map((text, i) => {
      const blocks = blocksOf(text, format, memo);
      assert.deepEqual(blocks, blocksOf(text, format), `${format}, text ${i}: ${JSON.stringify(text)}`);
      return blocks;
    });
    results.set(format, runs);
  }
  return results;
}

const insert = (text: string, before: string, piece: string) => {
  const at = text.indexOf(before);
  assert.ok(at >= 0, `no ${JSON.stringify(before)} in the text`);
  return text.slice(0, at) + piece + text.slice(at);
};
const replace = (text: string, from: string, to: string) => {
  assert.ok(text.includes(from), `no ${JSON.stringify(from)} in the text`);
  return text.replace(from, to);
};
const kinds = (blocks: Blocks) => blocks.paragraphs.map((p) => p.kind);

describe('blocks after an edit, with a memo', () => {
  it('equal a fresh run after every random edit, and after undoing them all', () => {
    const opening = fc.constantFrom('', '', '---\n', '---\nslug: x\n---\n\n', '+++\n', '\ufeff');
    const body = fc.oneof(draft(200), prose(12), fc.constant(DRAFT), fc.constant(DRAFT.replace(/\n/g, '\r\n')));
    const start = fc.tuple(opening, body).map(([a, b]) => a + b);
    fc.assert(
      fc.property(start, fc.array(edit, { minLength: 1, maxLength: 12 }), fc.constantFrom(...FORMATS), (first, edits, format) => {
        const memo = new BlockMemo();
        const history = [first];
        for (const e of edits) history.push(applyEdit(history[history.length - 1], e));
        // Forward through the edits, then back to the first text as undo would go.
        for (const text of [...history, ...history.slice(0, -1).reverse()]) {
          assert.deepEqual(blocksOf(text, format, memo), blocksOf(text, format), JSON.stringify(text));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('opens and closes a fenced code block', () => {
    const opened = insert(DRAFT, 'Dock crews', '```\n');
    const closed = insert(opened, '- Repair bill', '```\n\n');
    const openAtEnd = `${DRAFT}\n\`\`\`\nlet load = 40\n\n`;
    const texts = [DRAFT, opened, closed, insert(DRAFT, '- Repair bill', '```\n\n'), DRAFT, openAtEnd, `${openAtEnd}Typed after`];
    const runs = checkSequence(texts).get('markdown')!;
    assert.deepEqual(
      runs[1].paragraphs.map((p) => p.text),
      ['Harbour crane back in service', 'The crane on the north quay lifted its first container on Friday, the port office said.'],
    );
    assert.ok(runs[2].paragraphs.some((p) => p.text === 'The ring was replaced by a crew of eight.'));
    assert.ok(!runs[2].paragraphs.some((p) => p.text.includes('slewing ring')));
    // Still inside the open fence.
    assert.ok(!runs[6].paragraphs.some((p) => p.text.includes('Typed')));
  });

  it('merges and splits chunks when a blank line goes or comes', () => {
    const merged = replace(DRAFT, 'said.\n\nDock', 'said.\nDock');
    const split = replace(DRAFT, 'in March.', 'in\n\nMarch.');
    const runs = checkSequence([DRAFT, merged, DRAFT, split, replace(split, 'in\n\nMarch.', 'in\n\n\n\nMarch.'), DRAFT]).get('markdown')!;
    assert.equal(runs[1].paragraphs.length, runs[0].paragraphs.length - 1);
    assert.equal(runs[3].paragraphs.length, runs[0].paragraphs.length + 1);
  });

  it('parses the whole draft again once a link definition appears, and goes back to chunks when it goes', () => {
    const referenced = replace(DRAFT, 'the port office said', 'the [port office] said');
    const defined = `${referenced}\n[port office]: https://example.invalid/port\n`;
    // A colon typed after an existing bracket makes a definition too.
    const almost = `${referenced}\n[port office] https://example.invalid/port\n`;
    const runs = checkSequence([DRAFT, referenced, defined, referenced, DRAFT, defined, almost, defined]).get('markdown')!;
    // Defined, the reference is a link: its brackets are markup, blanked out of the paragraph text.
    assert.ok(runs[1].paragraphs.some((p) => p.text.includes('the [port office] said')));
    assert.ok(runs[2].paragraphs.some((p) => p.text.includes('the  port office  said')));
    assert.deepEqual(runs[2], runs[5]);
    assert.deepEqual(runs[7], runs[5]);
    assert.notDeepEqual(runs[6], runs[5]);
  });

  it('follows edits to front matter, including one that leaves it open', () => {
    const matter = `---\nslug: crane-repair\ndesk: business\n---\n\n${DRAFT}`;
    const texts = [
      matter,
      replace(matter, 'crane-repair', 'crane-back'),
      replace(matter, '---\n\n#', '--\n\n#'),
      matter,
      replace(matter, 'desk: business\n', 'desk: business\n\nnote: check\n'),
      replace(matter, 'the port office said', 'the harbour master said'),
      `+++\ntitle = "crane"\n+++\n\n${DRAFT}`,
      DRAFT,
    ];
    const runs = checkSequence(texts).get('markdown')!;
    assert.equal(runs[0].paragraphs[0].kind, 'headline');
  });

  it('handles CRLF and lone CR line endings, even an edit that joins a CR to an LF', () => {
    const crlf = DRAFT.replace(/\n/g, '\r\n');
    const cr = DRAFT.replace(/\n/g, '\r');
    checkSequence([
      crlf,
      replace(crlf, 'six weeks', 'seven weeks'),
      replace(crlf, 'March.\r\n', 'March.\r\n\r\n'),
      cr,
      replace(cr, 'March.\r', 'March.\r\n'),
      replace(cr, '\r\rDock', '\r\nDock'),
      // The directive now takes effect one character later, after the LF.
      replace(cr, '-->\r', '-->\r\n'),
      cr,
      crlf,
    ]);
  });

  it('turns a later heading into the headline when the first line stops being content, and back', () => {
    const dated = `Filed from the north quay.\n\n${DRAFT}`;
    const noted = replace(dated, 'Filed from the north quay.', '<!-- filed from the north quay -->');
    const secondTop = replace(dated, '## What broke', '# What broke');
    const runs = checkSequence([dated, noted, dated, secondTop, replace(secondTop, 'What broke', 'What cracked')]).get('markdown')!;
    assert.equal(runs[0].paragraphs[1].kind, 'heading');
    assert.equal(runs[1].paragraphs[0].kind, 'headline');
    assert.deepEqual(runs[4].paragraphs.find((p) => p.text === 'What cracked')?.kind, 'heading');

    const plain = `Filed from the north quay.\n\nHarbour crane back in service\n\nThe crane lifted a container.\n\nWhat broke\n`;
    const blanked = replace(plain, 'Filed from the north quay.', '');
    const directive = replace(plain, 'Filed from the north quay.', 'copydesk-disable passive-voice');
    const plainRuns = checkSequence([plain, blanked, plain, directive, plain]).get('plaintext')!;
    assert.deepEqual(kinds(plainRuns[0]), ['paragraph', 'heading', 'paragraph', 'heading']);
    assert.deepEqual(kinds(plainRuns[1]), ['headline', 'paragraph', 'heading']);
    assert.deepEqual(kinds(plainRuns[3]), ['headline', 'paragraph', 'heading']);
  });

  it('rewrites paragraphs from the first character of one', () => {
    // Of the same length, so chunk ends after the edit fall where chunk ends fell before it.
    const rewritten = replace(
      DRAFT,
      'Dock crews had waited six weeks for the repair.\n\n## What broke',
      'Crews sat idle for six weeks, said a dockhand.\n\n## What failed',
    );
    const runs = checkSequence([DRAFT, rewritten, insert(rewritten, 'Crews', 'Dock '), DRAFT]).get('markdown')!;
    assert.ok(runs[1].paragraphs.some((p) => p.text === 'What failed'));
  });

  it('handles deleting everything and typing again', () => {
    const runs = checkSequence([DRAFT, '', 'T', 'The crane', '', '\ufeff', '\ufeffThe crane', DRAFT]);
    for (const format of FORMATS) assert.deepEqual(runs.get(format)![1], { paragraphs: [], directives: [] });
  });

  it('handles a text replaced by one with nothing in common', () => {
    checkSequence([DRAFT, 'Zebra crossing repainted\n\nThe council painted it white.', DRAFT, '\n\n\n', '> quoted\n>\n> more', DRAFT]);
  });

  it('keeps the paragraphs before an edit, parses only the chunk the edit is in, and stays small', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} tells of the crane, said the port office.`).join('\n\n');
    for (const format of FORMATS) {
      const memo = new BlockMemo();
      let text = long;
      let previous = blocksOf(text, format, memo);
      for (let i = 0; i < 60; i++) {
        const at = text.indexOf(`Paragraph ${(i * 7) % 40} `) + 'Paragraph'.length;
        text = `${text.slice(0, at)} very${text.slice(at)}`;
        const blocks = blocksOf(text, format, memo);
        assert.deepEqual(blocks, blocksOf(text, format));
        const edited = blocks.paragraphs.findIndex((p) => p.start <= at && at < p.end);
        for (let p = 0; p < edited; p++) assert.equal(blocks.paragraphs[p], previous.paragraphs[p]);
        if (format === 'markdown') assert.equal(memo.parsed, 1);
        previous = blocks;
      }
      assert.ok(memo.size <= 4, `the memo holds ${memo.size} chunks`);
    }
  });
});
