// HTML positions are exact: over generated pages full of character references, inline tags (inside words too),
// comments and scripts, every finding covers the characters of the same words as on a plain twin of the page (the
// same prose, no markup), its `actual` is the page's own text at its range, and its fixes edit the page so that it
// reads as the twin does after the same fix.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyse } from '../../server/src/engine/analyse';
import { resolveOptions } from '../../server/src/engine/config';
import { htmlBlocks } from '../../server/src/engine/formats/html';
import type { Finding, Fix } from '../../server/src/engine/types';

const WORDS = [
  'the',
  'council',
  'said',
  'was',
  'signed',
  'by',
  'union',
  'Mr',
  'Kamara',
  'Kamarra',
  'a',
  'hour',
  'colour',
  'color',
  'NWC',
  'left',
];
const WORDS2 = [...WORDS, 'early', 'town', 'don’t', 'AT&T', 'NWC', 'organise', 'organize', 'the', 'the'];

/** One block's prose, as tokens. */
const prose = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...WORDS2).map((w) => `${w} `) },
      { weight: 1, arbitrary: fc.constantFrom('. ', ', ', '“', '” ', '— ', 'said. ') },
    ),
    { minLength: 1, maxLength: 30 },
  )
  .map((tokens) => tokens.join('').trim())
  .filter((s) => s.length > 0);

const kind = fc.constantFrom('p', 'p', 'p', 'h1', 'h2', 'li', 'blockquote');

/** How a character of prose is written in the page. */
const REFERENCES: Record<string, string[]> = {
  '&': ['&amp;', '&#38;', '&AMP;', '&amp'],
  '“': ['“', '&ldquo;', '&#8220;', '&#x201C;'],
  '”': ['”', '&rdquo;', '&#8221;', '&#x201d;'],
  '’': ['’', '&rsquo;', '&#8217;'],
  '—': ['—', '&mdash;', '&#8212;'],
  ' ': [' ', ' ', ' ', '&#32;', '&#x20;'],
  a: ['a', 'a', 'a', 'a', '&#97;', '&#x61;'],
};

const INLINE = [
  ['<em>', '</em>'],
  ['<strong class="x">', '</strong>'],
  ['<a href="/a?b=1&amp;c=2" title="x > y">', '</a>'],
  ["<span data-x='&ldquo;'>", '</span>'],
  ['<!-- a note, the the -->', ''],
  ['<script>var s = "<p>the the</p>";</script>', ''],
  ['<wbr>', ''],
];

interface Page {
  html: string;
  twin: string;
}

/** A page and its twin from blocks of prose, each character of the page written one of several ways and markup
 * put in at random places (choices drawn from `noise`). */
function pages(blocks: { kind: string; text: string }[], noise: number[]): Page {
  let n = 0;
  const pick = (k: number) => noise[n++ % noise.length] % k;
  const html: string[] = ['<!doctype html><html><head><title>the the</title></head><body>\n'];
  const twin: string[] = ['<body>\n'];
  const wrap = (kind: string, inner: string) =>
    kind === 'li'
      ? `<ul><li>${inner}</li></ul>`
      : kind === 'blockquote'
        ? `<blockquote><p>${inner}</p></blockquote>`
        : `<${kind}>${inner}</${kind}>`;
  for (const block of blocks) {
    const out: string[] = [];
    const open: string[] = [];
    for (const c of block.text) {
      if (pick(7) === 0) {
        const [start, end] = INLINE[pick(INLINE.length)];
        out.push(start);
        if (end) open.push(end);
      }
      if (open.length > 0 && pick(5) === 0) out.push(open.pop()!);
      const ways = REFERENCES[c];
      out.push(ways ? ways[pick(ways.length)] : c);
    }
    out.push(...open.reverse());
    html.push(wrap(block.kind, out.join('')), pick(3) === 0 ? '\n<!-- between --><script>x("<h1>no</h1>")</script>\n' : '\n');
    twin.push(wrap(block.kind, block.text.replace(/&/g, '&amp;')), '\n');
  }
  html.push('</body></html>');
  return { html: html.join(''), twin: twin.join('') };
}

/** The prose a stretch of a page reads as. */
const proseOf = (fragment: string) =>
  htmlBlocks(fragment)
    .paragraphs.map((p) => p.text)
    .join('\n');

const applyFix = (text: string, fix: Fix) =>
  [...fix.edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);

const options = resolveOptions('html').options;
const key = (f: Finding) => `${f.rule}\u0000${f.message}`;

describe('HTML positions', () => {
  it('every finding covers exactly the words its twin’s does, and its fixes edit only text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ kind, text: prose }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 64 }),
        (blocks, noise) => {
          const { html, twin } = pages(blocks, noise);
          const a = htmlBlocks(html).paragraphs;
          const b = htmlBlocks(twin).paragraphs;
          assert.deepEqual(
            a.map((p) => [p.kind, p.text]),
            b.map((p) => [p.kind, p.text]),
          );
          const found = analyse(html, options).findings;
          const twins = analyse(twin, options).findings;
          assert.deepEqual(found.map(key), twins.map(key));
          found.forEach((f, i) => {
            const t = twins[i];
            assert.equal(f.actual, html.slice(f.start, f.end));
            assert.equal(proseOf(f.actual), proseOf(t.actual), `${f.rule}: ${JSON.stringify(f.actual)}`);
            (f.related ?? []).forEach((r, j) =>
              assert.equal(proseOf(html.slice(r.start, r.end)), proseOf(twin.slice(t.related![j].start, t.related![j].end))),
            );
            for (const fix of f.fixes ?? []) {
              const same = t.fixes?.find((x) => x.title === fix.title);
              assert.ok(same, `the twin has the fix “${fix.title}”`);
              assert.deepEqual(
                htmlBlocks(applyFix(html, fix)).paragraphs.map((p) => p.text),
                htmlBlocks(applyFix(twin, same)).paragraphs.map((p) => p.text),
              );
            }
          });
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 150) },
    );
  });
});
