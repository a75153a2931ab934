// Named pathological drafts: each is analysed in both formats within a generous bound, keeps every invariant, and
// (where the outcome is known) gives exactly the expected findings. Set COPYDESK_HOSTILE_REPORT=1 to print times.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, type Analysis } from '../../server/src/engine/analyse';
import { blocksOf } from '../../server/src/engine/blocks';
import { defaultOptions } from '../../server/src/engine/config';
import type { AnalysisLimits } from '../../server/src/engine/limits';
import { parseParagraph, tokensOf } from '../../server/src/engine/tokens';
import type { DocumentFormat } from '../../server/src/engine/types';
import { checkAnalysis } from './hostile-arbitraries';

const report = process.env.COPYDESK_HOSTILE_REPORT ? (line: string) => console.log(line) : () => {};

/** The shapes test the engine itself, past the limits that the editor and the CLI put on it (engine/limits.ts). */
const NO_LIMITS: AnalysisLimits = { skip: () => undefined, took: () => {} };

function timed(name: string, text: string, format: DocumentFormat, boundMs: number): Analysis {
  const t = performance.now();
  const analysis = analyse(text, defaultOptions(format), undefined, undefined, NO_LIMITS);
  const ms = performance.now() - t;
  report(`${name} (${format}, ${text.length.toLocaleString('en')} chars): ${ms.toFixed(0)} ms`);
  checkAnalysis(text, analysis);
  assert.ok(ms < boundMs, `${name} (${format}) took ${ms.toFixed(0)} ms; the bound is ${boundMs} ms`);
  return analysis;
}

const both = (name: string, text: string, boundMs: number, check?: (a: Analysis, format: DocumentFormat) => void) => {
  for (const format of ['plaintext', 'markdown'] as const) {
    const a = timed(name, text, format, boundMs);
    check?.(a, format);
  }
};

/** The heaviest cases run in one format here (both run in `npm run soak`): Markdown only adds micromark's pass. */
const plain = (name: string, text: string, boundMs: number, check?: (a: Analysis) => void) => {
  const a = timed(name, text, 'plaintext', boundMs);
  check?.(a);
};

const rules = (a: Analysis) => a.findings.map((f) => `${f.rule} ${f.start}-${f.end}`);

/** Made-up surnames: two syllables from small sets, so that many differ by a letter or two. */
function surnames(count: number): string[] {
  const first = ['Mar', 'Ten', 'Oka', 'Lin', 'Rau', 'Pel', 'Vos', 'Kir', 'Dal', 'Hes', 'Bro', 'Fen'];
  const second = ['low', 'by', 'for', 'dh', 'ta', 'ko', 'sen', 'rin', 'vale', 'mere', 'ton', 'wick', 'lund', 'holm'];
  return Array.from(
    { length: count },
    (_, i) => first[i % first.length] + second[Math.floor(i / first.length) % second.length] + (i % 3 === 0 ? '' : 'e'),
  );
}

describe('hostile input: named shapes', () => {
  it('100,000 straight quotation marks in a row', () => {
    both('100k straight quotes', '"'.repeat(100_000), 8_000);
  });

  it('100,000 curly opening quotation marks and no closing one', () => {
    both('100k opening quotes', '“'.repeat(100_000), 8_000, (a) => {
      assert.equal(
        a.findings.filter((f) => f.rule === 'quote-unclosed').length,
        a.findings.filter((f) => f.rule.startsWith('quote-unclosed')).length,
      );
    });
  });

  it('unbalanced quotes: closings before openings, and an opening that never closes', () => {
    const text = 'The ferry ran late.” Marlow said “it will sail on Monday.\n\nThe quay was closed.';
    both('unbalanced quotes', text, 2_000, (a) => {
      assert.deepEqual(
        a.findings.filter((f) => f.rule === 'quote-unclosed').map((f) => [f.start, f.end, f.message]),
        [
          [19, 20, 'Unmatched quotation mark: this closing mark has no opening mark before it.'],
          [33, 34, 'Unclosed quote: this quotation mark is never closed, and the next paragraph does not go on with an opening mark.'],
        ],
      );
    });
  });

  it('quotes nested 5,000 deep, never closed, then all closed', () => {
    const open = Array.from({ length: 5_000 }, (_, i) => `${i % 2 ? '‘' : '“'}word `).join('');
    const closed = open + Array.from({ length: 5_000 }, (_, i) => (i % 2 ? '”' : '’')).join('');
    both('5,000 nested open quotes', open, 15_000);
    both('5,000 nested closed quotes', closed, 15_000);
  });

  it('a 1 MB paragraph with no spaces, and long runs of letters joined by inner-word marks', () => {
    both('1 MB of one letter', 'a'.repeat(1_000_000), 20_000, (a) => {
      assert.deepEqual(
        a.paragraphs.map((p) => [p.start, p.end]),
        [[0, 1_000_000]],
      );
    });
    // parse-latin overflowed the call stack here (merge-inner-word-symbol), and took quadratic time on slashes.
    plain('300k of "Ab."', 'Ab.'.repeat(100_000), 60_000);
    plain('150k of "a/"', 'a/'.repeat(75_000), 30_000);
  });

  it('a sentence of 100,000 words after a short one (parse-latin merged it with push(...nodes))', () => {
    plain('100k-word sentence', `It sailed. ${'then '.repeat(100_000)}`, 60_000);
  });

  it('50,000 capitalised words', () => {
    const names = surnames(600);
    const text = Array.from({ length: 50_000 }, (_, i) => names[(i * 7919) % names.length]).join(' ') + '.';
    plain('50k capitalised words in one paragraph', text, 60_000);
    const paragraphs = Array.from(
      { length: 5_000 },
      (_, i) => `${names[i % names.length]} and ${names[(i * 31) % names.length]} met ${names[(i * 17) % names.length]} on the quay.`,
    ).join('\n\n');
    both('50k capitalised words in 5,000 paragraphs', paragraphs, 60_000);
  });

  it('thousands of acronyms, none of them defined', () => {
    const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
    const acronyms = Array.from({ length: 5_000 }, (_, i) => `Q${letters[i % 24]}${letters[Math.floor(i / 24) % 24]}`);
    const text = acronyms.map((a, i) => `The ${a} met the ${acronyms[(i * 13) % acronyms.length]}.`).join(' ');
    both('5,000 acronyms', text, 30_000, (a) => {
      const undefinedOnes = new Set(a.findings.filter((f) => f.rule === 'acronym-undefined').map((f) => f.actual));
      assert.ok(undefinedOnes.size > 0 && [...undefinedOnes].every((x) => /^Q[A-Z]{2}$/.test(x)), [...undefinedOnes].slice(0, 5).join(' '));
    });
  });

  it('a paragraph of punctuation only', () => {
    both('100k of punctuation', '.,;:!?-—()[]{}"\'“”‘’…/\\|*&^%$#@~`'.repeat(3_000), 15_000, (a) => {
      assert.equal(a.stats.words, 0);
    });
  });

  it('a 5 MB draft, and one with 248,000 findings', () => {
    // 500 distinct paragraphs, repeated: the paragraph cache spares the repeats, the document passes see them all.
    // `npm run soak` checks a 5 MB draft of distinct paragraphs, in both formats.
    const body = 'The ferry to Tenby was delayed by the council on Monday, and passengers waited an hour at the quay. ';
    const distinct = Array.from({ length: 500 }, (_, i) => `“We waited,” said Okafor ${i}. ${body.repeat(4)}The QRT ${i % 50} said.`);
    const paragraphs: string[] = [];
    for (let i = 0, n = 0; n < 5_000_000; i++) {
      paragraphs.push(distinct[i % distinct.length]);
      n += distinct[i % distinct.length].length + 2;
    }
    plain('5 MB draft', paragraphs.join('\n\n'), 60_000, (a) => assert.equal(a.paragraphs.length, paragraphs.length));
    // push(...findings) overflowed the call stack in analyse() and in the style pass past ~125k findings.
    const noisy = 'It was told. An ferry came. The the quay. '.repeat(10).concat('\n').repeat(8_000);
    plain('248k findings', noisy, 60_000, (a) => {
      const byRule: Record<string, number> = {};
      for (const f of a.findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
      assert.deepEqual(byRule, {
        'passive-voice': 80_000,
        'indefinite-article': 80_000,
        'repeated-word': 80_000,
        'paragraph-length': 8_000,
      });
    });
  });

  it('90,000 blank lines of every kind', () => {
    both('90k line endings', '\r\n'.repeat(30_000) + '\r'.repeat(30_000) + '\n'.repeat(30_000) + 'The QRT.', 15_000, (a) => {
      assert.deepEqual(rules(a), ['acronym-undefined 120004-120007']);
    });
  });

  it('Markdown nested 10,000 deep (block quotes) does not overflow the call stack', () => {
    // The recursive walk overflowed from about 8,000 levels; nesting this deep is now read as plain text before the
    // Markdown parser sees it (markdown-depth.test.ts), so the line is one plain paragraph.
    const text = '> '.repeat(10_000) + 'The QRT met.';
    const a = timed('10,000 nested block quotes', text, 'markdown', 30_000);
    assert.deepEqual(
      a.paragraphs.map((p) => [p.kind, p.text]),
      [['paragraph', text]],
    );
  });
});

describe('hostile input: regressions', () => {
  it('keeps every word of a Markdown paragraph holding a NUL (micromark reads it as U+FFFD)', () => {
    const text = 'The QRT \u0000 met Marlow at the quay.';
    assert.deepEqual(blocksOf(text, 'markdown').paragraphs, [{ start: 0, end: text.length, kind: 'paragraph', text }]);
    assert.deepEqual(rules(analyse(text, defaultOptions('markdown'))), ['acronym-undefined 4-7']);
  });

  it('places Markdown paragraphs right after a byte-order mark (micromark drops it and counts from after it)', () => {
    const text = '\ufeff# Quay\n\nThe QRT met.';
    assert.deepEqual(blocksOf(text, 'markdown').paragraphs, [
      { start: 3, end: 7, kind: 'headline', text: 'Quay' },
      { start: 9, end: 21, kind: 'paragraph', text: 'The QRT met.' },
    ]);
    assert.deepEqual(rules(analyse(text, defaultOptions('markdown'))), ['acronym-undefined 13-16']);
    // Two marks: micromark drops only the first.
    assert.deepEqual(blocksOf('\ufeff\ufeffThe QRT.', 'markdown').paragraphs, [
      { start: 1, end: 10, kind: 'paragraph', text: '\ufeffThe QRT.' },
    ]);
  });

  it('does not start a Markdown chunk at a line that opens with U+FEFF', () => {
    const text = 'The quay.\n\n\ufeff# Not a heading\n\nThe QRT.';
    assert.deepEqual(
      blocksOf(text, 'markdown').paragraphs.map((p) => [p.kind, p.text]),
      [
        ['paragraph', 'The quay.'],
        ['paragraph', '\ufeff# Not a heading'],
        ['paragraph', 'The QRT.'],
      ],
    );
  });

  it('reports the draft’s own text as `actual` in Markdown, not the text with markup blanked', () => {
    const text = 'The harbour was reopened by the **mayor** today.';
    assert.deepEqual(
      analyse(text, defaultOptions('markdown')).findings.map((f) => [f.rule, f.actual]),
      [['passive-voice', 'was reopened by the **mayor']],
    );
  });

  it('shows a compound that opens a sentence as written, and keeps its capital in the fix (found on the corpus)', () => {
    const text =
      'The harbour office sent an e-mail on Monday.\n\nA second e-mail followed, and a third e-mail came at noon.\n\nEmail is how the office talks to crews.\n';
    const [finding, ...rest] = analyse(text, defaultOptions('plaintext')).findings;
    assert.deepEqual(rest, []);
    assert.deepEqual(
      [finding.rule, finding.start, finding.end, finding.actual, finding.message, finding.expected, finding.fixes?.map((f) => f.edits)],
      [
        'name-inconsistent',
        106,
        111,
        'Email',
        '“Email”: elsewhere this draft writes “e-mail” (3 times) — hyphen/space/case differs',
        ['E-mail'],
        [[{ start: 106, end: 111, newText: 'E-mail' }], [{ start: 106, end: 111, newText: 'E-mail' }]],
      ],
    );
  });

  it('gives a name written across two spaces its own text as `actual` (found by the soak)', () => {
    const text = 'Greta Lind chairs the board. Greta  Lindh said the quay would open. Greta Lind agreed.';
    assert.deepEqual(
      analyse(text, defaultOptions('plaintext')).findings.map((f) => [f.rule, f.start, f.end, f.actual, f.message]),
      [
        [
          'name-inconsistent',
          29,
          41,
          'Greta  Lindh',
          '“Greta Lindh”: elsewhere this draft writes “Greta Lind” (twice) — a different transliteration',
        ],
      ],
    );
  });

  it('parses a paragraph longer than one parse piece into tokens that match the text', () => {
    const text = 'The ferry sailed at dawn. '.repeat(1_000) + 'x'.repeat(25_000) + ' Done.';
    const tokens = tokensOf(parseParagraph(text), text);
    assert.equal(tokens.words.length, 5_000 + 3 + 1);
    for (const w of tokens.words) assert.equal(text.slice(w.start, w.end), w.text);
    // Pieces end at sentence ends (9,984 and 19,968), then at 26,000 where the run of x starts, then every 10,000.
    assert.deepEqual(
      tokens.words.slice(5_000).map((w) => [w.start, w.end]),
      [
        [26_000, 36_000],
        [36_000, 46_000],
        [46_000, 51_000],
        [51_001, 51_005],
      ],
    );
    assert.deepEqual(tokens.sentences.at(-1), { start: 46_000, end: 51_006, firstWord: 5_002, endWord: 5_004 });
  });
});
