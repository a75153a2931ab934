// Generators and invariant checks shared by the hostile-input tests and the soak run.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, type Analysis } from '../../server/src/engine/analyse';
import { ParagraphCache } from '../../server/src/engine/cache';
import { resolveOptions, type EngineOptions, type HouseStyle } from '../../server/src/engine/config';
import { RULE_IDS } from '../../server/src/engine/rules/registry';
import type { DocumentFormat, Span } from '../../server/src/engine/types';

// Every fixture word below is made up for these tests.
const WORDS = [
  'the',
  'ferry',
  'was',
  'sailed',
  'by',
  'council',
  'said',
  'colour',
  'color',
  'organise',
  'organize',
  'a',
  'an',
  'hour',
  'apple',
  'the',
  'and',
  'were',
  'told',
  'quay',
];
const NAMES = [
  'Marlow',
  'Marlowe',
  'Tenby',
  'Okafor',
  'Okafur',
  'Greta Lind',
  'Greta Lindh',
  'Sgt Paavo',
  'Dr Ines Rauta',
  'Rauta',
  'St Ives-Penn',
  "O'Dara",
  'McAllister',
  'Mcallister',
  'İzmirli',
  'Ærø',
  'Ōta',
];
const ACRONYMS = ['QRT', 'Q.R.T.', 'Harbour Works Board (HWB)', 'HWB', 'HWBs', 'NGOs', 'IV', 'XIV', 'A&E', 'R-17', 'U.K.', 'ÉTÉ'];
const QUOTES = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‚', '‹', '›', '「', '」', '"', '“'];
const PUNCT = ['.', ',', '—', '–', '-', '…', '!', '?', ':', ';', '(', ')', '[', ']', '/', '&', '%', '*', '_', '#', '...', '?!', '--'];
const SPACES = [
  ' ',
  ' ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\r\n\r\n',
  '\r\r',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u3000',
  '\u200b',
];
const HOSTILE = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u007f',
  '\u0085',
  '\ufeff',
  '\ufffd',
  '\ufffe',
  '😀',
  '👩‍👩‍👧',
  '🇬🇧',
  '👍🏽',
  '𝒜',
  '𝐁ob',
  '𐐀𐐨',
  '𠜎',
  'e\u0301',
  '\u0301',
  'a\u0308\u0301',
  'Zalgo\u0336\u0336',
  '\ud800',
  '\udfff',
  'مرحبا',
  'قال',
  'שלום',
  'אמר',
  '\u202e',
  '\u202d',
  '\u200f',
  '\u200e',
  '\u2066',
  'ไทย',
  '中文',
  'Привет',
  'Ελλάδα',
];
const MARKDOWN = [
  '# ',
  '## ',
  '### ',
  '> ',
  '> > ',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '    ',
  '`code`',
  '```\n',
  '~~~',
  '**',
  '__',
  '_',
  '*',
  '~~',
  '[link](http://example.invalid/a_(b))',
  '![img](pic.png)',
  '[ref]',
  '[ref]: /x',
  '<b>',
  '</b>',
  '<!-- copydesk-disable -->',
  '<!-- copydesk-enable -->',
  '<!-- copydesk-disable-next-line passive-voice -->',
  '<!-- copydesk-disable quote-unclosed, nonsense -->',
  '---\n',
  '***\n',
  '| a | b |\n|---|---|\n',
  '\\',
  '\\"',
  '&amp;',
  '&#8220;',
  '&quot;',
  '<br>',
  '<!--',
  '-->',
  '---\ntitle: x\n---\n',
  '+++\ntitle = 1\n+++\n',
  '$$',
  '[^1]',
  '<https://example.invalid>',
];
const DIRECTIVES = [
  'copydesk-disable',
  'copydesk-enable',
  'copydesk-disable-next-line',
  'copydesk-disable passive-voice',
  'copydesk-enable quote-unclosed',
];

const pick = (items: string[]) => fc.constantFrom(...items);

/** One piece of a draft: words, names, acronyms, quote marks, punctuation, white space, hostile code points. */
export const piece = fc.oneof(
  { weight: 8, arbitrary: pick(WORDS) },
  { weight: 4, arbitrary: pick(NAMES) },
  { weight: 2, arbitrary: pick(ACRONYMS) },
  { weight: 4, arbitrary: pick(QUOTES) },
  { weight: 3, arbitrary: pick(PUNCT) },
  { weight: 6, arbitrary: pick(SPACES) },
  { weight: 2, arbitrary: pick(HOSTILE) },
  { weight: 2, arbitrary: pick(MARKDOWN) },
  { weight: 1, arbitrary: pick(DIRECTIVES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 6 }) },
);

/** A draft made of pieces, sometimes with a byte-order mark in front. */
export const draft = (maxPieces = 120) =>
  fc.tuple(fc.boolean(), fc.array(piece, { maxLength: maxPieces })).map(([bom, pieces]) => (bom ? '\ufeff' : '') + pieces.join(''));

/** Draft-like text that follows the shape of prose: sentences in paragraphs with quotes around some of them. */
export const prose = (maxParagraphs = 8) =>
  fc
    .array(
      fc.array(
        fc.tuple(
          pick(['', '“', '"', '‘']),
          fc.array(fc.oneof(pick(WORDS), pick(NAMES), pick(ACRONYMS), pick(HOSTILE)), { minLength: 1, maxLength: 14 }),
          pick(['.', '?', '!', ',', '', '…']),
          pick(['', '”', '"', '’']),
          pick(['', ' said Marlow.', ' Tenby said.', ', HWB said.']),
        ),
        { minLength: 1, maxLength: 5 },
      ),
      { maxLength: maxParagraphs },
    )
    .chain((paras) => fc.tuple(fc.constant(paras), pick(['\n\n', '\r\n\r\n', '\r\r', '\n', '\n> ', '\n- ', '\n## '])))
    .map(([paras, sep]) =>
      paras.map((sentences) => sentences.map(([o, ws, p, c, tag]) => `${o}${ws.join(' ')}${p}${c}${tag}`).join(' ')).join(sep),
    );

export const format = fc.constantFrom<DocumentFormat>('markdown', 'plaintext');

const severity = fc.constantFrom('off', 'error', 'warning', 'info', 'hint');

/** Valid house styles (the parser is tested separately): terms with regular-expression characters, names, acronyms. */
export const houseStyle: fc.Arbitrary<HouseStyle | null> = fc.option(
  fc.record(
    {
      rules: fc.dictionary(fc.constantFrom(...RULE_IDS), severity, { maxKeys: 4 }),
      styleInQuotes: fc.boolean(),
      spelling: fc.constantFrom('british', 'american', 'auto'),
      sentenceLength: fc.record({ maxWords: fc.integer({ min: 5, max: 500 }) }),
      paragraphLength: fc.record({ maxSentences: fc.integer({ min: 1, max: 100 }), maxWords: fc.integer({ min: 10, max: 2000 }) }),
      readability: fc.record({ targetAge: fc.integer({ min: 5, max: 30 }) }),
      names: fc.array(fc.record({ preferred: pick(NAMES), variants: fc.array(pick(NAMES), { maxLength: 3 }) }), { maxLength: 3 }),
      acronyms: fc.array(pick(ACRONYMS), { maxLength: 3 }),
      distinctNames: fc.array(fc.array(pick(NAMES), { minLength: 2, maxLength: 3 }), { maxLength: 2 }),
      terms: fc.array(
        fc.record({
          use: fc.oneof(pick(WORDS), pick(NAMES)),
          instead: fc.array(
            fc.oneof(pick(WORDS), pick(NAMES), pick(['a.b', '(x)', 'c++', '$1', '\\d', '[^]', 'ß', 'İ', '😀', 'x|y', '*', '?'])),
            { minLength: 1, maxLength: 3 },
          ),
        }),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<HouseStyle>,
);

export const engineOptions = (fmt: DocumentFormat, house: HouseStyle | null): EngineOptions => resolveOptions(fmt, {}, house).options;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when an offset falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function checkSpan(text: string, span: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: offsets must be integers: ${JSON.stringify(span)}`);
  assert.ok(
    0 <= span.start && span.start <= span.end && span.end <= text.length,
    `${what}: [${span.start}, ${span.end}) is not inside [0, ${text.length}]`,
  );
  assert.ok(!splitsPair(text, span.start) && !splitsPair(text, span.end), `${what}: [${span.start}, ${span.end}) splits a surrogate pair`);
}

/** The invariants every analysis must keep, whatever the input. */
export function checkAnalysis(text: string, analysis: Analysis): void {
  assert.deepEqual(analysis.failures, []);
  for (const f of analysis.findings) {
    const what = `${f.rule} finding ${JSON.stringify(f.actual.slice(0, 40))}`;
    checkSpan(text, f, what);
    assert.equal(f.actual, text.slice(f.start, f.end), `${what}: actual is not the text at its range`);
    for (const r of f.related ?? []) checkSpan(text, r, `${what} related`);
    for (const fix of f.fixes ?? []) for (const e of fix.edits) checkSpan(text, e, `${what} fix “${fix.title}”`);
  }
  for (const q of analysis.quotes) checkSpan(text, q, 'quote');
  for (const e of analysis.names) for (const form of e.forms) for (const s of form.spans) checkSpan(text, s, `name form ${form.text}`);
  for (const p of analysis.paragraphs) {
    checkSpan(text, p, 'paragraph');
    assert.equal(p.text.length, p.end - p.start, 'a paragraph text keeps the length of its source slice');
  }
}

/** The parts of an analysis that must not depend on the cache or on earlier runs. */
export function outcome(a: Analysis) {
  return {
    findings: a.findings,
    quotes: a.quotes,
    names: a.names,
    stats: a.stats,
    paragraphStats: a.paragraphStats,
    paragraphs: a.paragraphs,
  };
}

/** An edit that never cuts a surrogate pair in two, as an editor's would. */
export const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), insert: draft(8) });

export function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  let start = text.length === 0 ? 0 : e.at % (text.length + 1);
  if (splitsPair(text, start)) start--;
  let end = Math.min(text.length, start + e.remove);
  if (splitsPair(text, end)) end++;
  return text.slice(0, start) + e.insert + text.slice(end);
}

/** Analyses `text`, then each edit in turn on one warm cache, and checks every result against a fresh whole-document
 * run. Returns the cache and the final text. */
export function checkWarmEdits(
  text: string,
  edits: { at: number; remove: number; insert: string }[],
  options: EngineOptions,
): { cache: ParagraphCache; current: string } {
  const cache = new ParagraphCache();
  analyse(text, options, cache);
  let current = text;
  for (const e of edits) {
    current = applyEdit(current, e);
    const warm = analyse(current, options, cache);
    checkAnalysis(current, warm);
    assert.deepEqual(outcome(warm), outcome(analyse(current, options)));
  }
  return { cache, current };
}
