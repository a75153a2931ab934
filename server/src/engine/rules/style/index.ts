import type { Root } from 'nlcst';
import { makeFinding } from '../../findings';
import type { BlockKind, Finding, ParagraphTokens, Span } from '../../types';
import { isNameList, localQuoteSpans, sentencePieces } from './sentence-pieces';
import type { HardSentence, HardSentenceFact, LocalFinding, ParagraphStyleFacts, SentenceFacts } from './facts';
import { isHeading, paragraphLengthFinding, sentenceLengthFinding } from './length';
import type { ReadingScale, StyleOptions } from './options';
import { passiveFindingsOf, retextPassiveCanAdd } from './passive';
import { retextHits, type RetextCheck, type RetextHit } from './processor';
import { QuoteIndex } from './quote-spans';
import { AGE_OF_GRADE, countSentence, sentenceLoad } from './readability';
import { resolveSpelling, spellingFormsOf } from './spelling';
import { documentStats, type DocumentStats, type ParagraphStatsRecord } from './stats';
import { paragraphWords } from './words';
import { isSpace } from '../../lexicon/characters';

export type { LocalFinding, ParagraphStyleFacts, SentenceFacts, SpellingForm } from './facts';
export { DEFAULT_STYLE_OPTIONS, type ReadingScale, type StyleOptions } from './options';
export type { DocumentStats, ParagraphStatsRecord } from './stats';

const PASSIVE_CHECK: readonly RetextCheck[] = ['passive'];

/** A readability finding is made in the document pass, which knows whether the draft reads in ages or grades. */
function readabilityFinding(h: HardSentenceFact, offset: number, scale: ReadingScale): Finding {
  return makeFinding('readability', {
    start: h.start + offset,
    end: h.end + offset,
    message: readabilityMessage(h.hard, scale),
    actual: h.actual,
    inQuote: h.inQuote,
  });
}

const MAX_WORDS_NAMED = 3;

function quotedList(words: readonly string[]): string {
  const quoted = words.map((w) => `“${w}”`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** "Hard to read (reading age 26, limit 25): 44 words in 3 clauses, with 6 long words such as “a”, “b” and “c”;
 * split it or use plainer words". */
export function readabilityMessage(hard: HardSentence, scale: ReadingScale): string {
  const level =
    scale === 'grade'
      ? `grade ${hard.readingAge - AGE_OF_GRADE}, limit ${hard.limit - AGE_OF_GRADE}`
      : `reading age ${hard.readingAge}, limit ${hard.limit}`;
  const parts = [`${hard.words} words`];
  if (hard.clauses > 1) parts.push(` in ${hard.clauses} clauses`);
  const n = hard.longWords.length;
  if (n > 0) {
    const named = quotedList(hard.longWords.slice(0, MAX_WORDS_NAMED));
    parts.push(`, with ${n} long word${n === 1 ? '' : 's'} ${n > MAX_WORDS_NAMED ? `such as ${named}` : `(${named})`}`);
  }
  return `Hard to read (${level}): ${parts.join('')}; split it or use plainer words`;
}

/** A line that is not prose to grade: a short one-sentence line without closing punctuation ("Source link",
 * "By Jane Doe"). */
export function isCreditLine(text: string, tokens: ParagraphTokens): boolean {
  if (tokens.sentences.length !== 1 || tokens.words.length > MAX_CREDIT_WORDS) return false;
  return !/[.!?…:;"”’)\]]\s*$/.test(text);
}

const MAX_CREDIT_WORDS = 8;

/** A doubled preposition before a date or a number is a particle and a preposition: "came in in 1979", "counting
 * on on Nov. 8". */
const PARTICLES = new Set(['in', 'on', 'out', 'up', 'off', 'over', 'down', 'by', 'around']);

const isSpaceCode = isSpace;

function repeatedWordFinding(text: string, hit: RetextHit, tokens: ParagraphTokens): LocalFinding | null {
  const actual = text.slice(hit.start, hit.end);
  let cut = 0;
  while (cut < actual.length && !isSpaceCode(actual.charCodeAt(cut))) cut++;
  const first = actual.slice(0, cut);
  if (PARTICLES.has(first.toLowerCase())) {
    const next = tokens.words[wordAfter(tokens, hit.end)]?.text ?? '';
    if (/^\d/.test(next) || MONTHS.test(next)) return null;
  }
  return makeFinding('repeated-word', {
    start: hit.start,
    end: hit.end,
    message: `“${first}” is repeated; remove one`,
    actual,
    expected: [first],
    fixes: [{ title: `Remove the repeated “${first}”`, edits: [{ start: hit.start, end: hit.end, newText: first }], preferred: true }],
  });
}

const MONTHS = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;

/** Index of the first word starting at or after `offset`. */
function wordAfter(tokens: ParagraphTokens, offset: number): number {
  const words = tokens.words;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a word is read letter by letter: no vowel, or two opening consonants no English word starts with ("ntl",
 * "fbi.gov"). */
function readAsLetters(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z]{2}/.test(w)) return false;
  const head = w.split(/[^a-z]/)[0];
  if (!/[aeiouy]/.test(head)) return true;
  return !/[aeiouy]/.test(w.slice(0, 2)) && !ONSETS.has(w.slice(0, 2));
}

const ONSETS = new Set(
  'bl br ch cl cr dr dw fl fr gl gn gr kn kr ph pl pr ps sc sh sk sl sm sn sp st sv sw th tr ts tw wh wr sq qu'.split(' '),
);
/** Letters whose names start with a vowel sound: "an F", "an MP". */
const VOWEL_NAMED_LETTERS = new Set(['a', 'e', 'f', 'h', 'i', 'l', 'm', 'n', 'o', 'r', 's', 'x']);

function articleFinding(text: string, hit: RetextHit, tokens: ParagraphTokens): LocalFinding | null {
  const expected = hit.expected[0];
  if (!expected) return null;
  const next = tokens.words[wordAfter(tokens, hit.end)]?.text ?? '';
  const actual = text.slice(hit.start, hit.end);
  // a lower-case initialism is read by its letters' names: "an ntl spokesman", "a bbc.co.uk page"
  if (readAsLetters(next) && VOWEL_NAMED_LETTERS.has(next[0].toLowerCase()) === (actual.toLowerCase() === 'an')) return null;
  return makeFinding('indefinite-article', {
    start: hit.start,
    end: hit.end,
    message: `“${actual}” before “${next}”: use “${expected}”`,
    actual,
    expected: [expected],
    fixes: [{ title: `Change to “${expected}”`, edits: [{ start: hit.start, end: hit.end, newText: expected }], preferred: true }],
  });
}

/** Runs on one paragraph's already parsed nlcst tree (never re-parsed). Style findings never fire inside
 * `quoteSpans` (paragraph-relative spans of quoted speech). The facts depend on `options`. */
export function styleFactsOf(
  input: { text: string; kind: BlockKind; tokens: ParagraphTokens; tree: Root; quoteSpans: Span[]; judgeQuotes?: boolean },
  options: StyleOptions,
): ParagraphStyleFacts {
  const { text, kind, tokens, tree } = input;
  const words = tokens.words;
  const texts = words.map((w) => w.text);
  const { lower, syllables, spelling } = paragraphWords(texts);
  const heading = isHeading(kind) || isCreditLine(text, tokens);
  // Quoted speech is the quote module's spans, and also quotations it does not pair (two apostrophes, a quotation
  // running on from an earlier sentence), read from each sentence's own marks; with style in quotes, neither.
  const pieces = tokens.sentences.map((s) => sentencePieces(tokens, lower, s));
  const quoteSpans: Span[] = [...input.quoteSpans];
  if (!input.judgeQuotes)
    for (const list of pieces) for (const piece of list) for (const q of localQuoteSpans(text, piece)) quoteSpans.push(q);
  const quotes = new QuoteIndex(quoteSpans);
  const moduleQuotes = new QuoteIndex(input.quoteSpans);
  const findings: LocalFinding[] = [];
  const hard: HardSentenceFact[] = [];
  const sentences: SentenceFacts[] = [];
  const { readability } = options;

  tokens.sentences.forEach((s, index) => {
    const counts = countSentence(texts, syllables, s.firstWord, s.endWord);
    const facts: SentenceFacts = {
      start: s.start,
      end: s.end,
      words: counts.words,
      syllables: counts.syllables,
      polysyllables: counts.polysyllables,
      letters: counts.letters,
    };
    sentences.push(facts);
    if (heading || counts.words === 0) return;

    for (const piece of pieces[index]) {
      const n = piece.endWord - piece.firstWord;
      if (isNameList(texts, lower, piece)) continue;
      let quoted = 0;
      let inQuote = false;
      for (let i = piece.firstWord; i < piece.endWord; i++) {
        if (quotes.overlaps(words[i].start, words[i].end)) quoted++;
        if (!inQuote && moduleQuotes.overlaps(words[i].start, words[i].end)) inQuote = true;
      }

      const long = sentenceLengthFinding(text, piece, n - quoted, options.sentenceLength.maxWords);
      if (long) {
        findings.push(inQuote ? { ...long, inQuote } : long);
        continue; // a sentence already too long is not flagged again as hard
      }
      if (n >= readability.minimumWords && quoted * 2 <= n) {
        const load = sentenceLoad(texts, lower, syllables, piece.firstWord, piece.endWord, text, piece.start, piece.end);
        if (load.readingAge > readability.age && load.longWords.length >= readability.minimumLongWords) {
          hard.push({
            start: piece.start,
            end: piece.end,
            actual: text.slice(piece.start, piece.end),
            inQuote,
            hard: { ...load, limit: readability.age },
          });
        }
      }
    }
  });

  if (!heading) {
    const long = paragraphLengthFinding(text, sentences, options.paragraphLength);
    if (long) findings.push(long);
  }

  const hits = retextHits(tree);
  // Loops, not push(...): spread arguments overflow the call stack past ~100k items (a long draft).
  if (retextPassiveCanAdd(text, tokens, lower)) for (const hit of retextHits(tree, PASSIVE_CHECK)) hits.push(hit);
  const passiveHits: RetextHit[] = [];
  for (const hit of hits) {
    if (hit.source === 'retext-passive') {
      passiveHits.push(hit);
      continue;
    }
    if (quotes.overlaps(hit.start, hit.end)) continue;
    if (hit.source === 'retext-repeated-words') {
      const f = repeatedWordFinding(text, hit, tokens);
      if (f) findings.push(f);
    } else if (hit.source === 'retext-indefinite-article') {
      const f = articleFinding(text, hit, tokens);
      if (f) findings.push(f);
    }
  }
  for (const f of passiveFindingsOf(text, tokens, lower, passiveHits, quotes)) findings.push(f);

  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings, hard, spelling: spellingFormsOf(tokens, lower, spelling, quotes), sentences, graded: !heading };
}

/** Which measure a draft reads in: the setting, else the spelling it is held to, else its own majority spelling
 * (American drafts get school grades, all others reading ages). */
export function readingScaleOf(paragraphs: readonly { facts: ParagraphStyleFacts }[], options: StyleOptions): ReadingScale {
  const chosen = options.readability.scale;
  if (chosen === 'age' || chosen === 'grade') return chosen;
  if (options.spelling.prefer) return options.spelling.prefer === 'american' ? 'grade' : 'age';
  let american = 0;
  let british = 0;
  for (const p of paragraphs) {
    for (const form of p.facts.spelling) {
      if (form.convention === 'american') american++;
      else british++;
    }
  }
  return american > british ? 'grade' : 'age';
}

/** The document pass: readability (its message in the draft's measure), spelling-variant across the whole draft,
 * and statistics. (The paragraphs' own findings reach the draft through the pipeline.) */
export function resolveStyle(
  paragraphs: { start: number; kind: BlockKind; facts: ParagraphStyleFacts }[],
  options: StyleOptions,
  othersWords?: (offset: number) => boolean,
): { findings: Finding[]; stats: DocumentStats; perParagraph: ParagraphStatsRecord[] } {
  const scale = readingScaleOf(paragraphs, options);
  const findings: Finding[] = [];
  for (const p of paragraphs) for (const h of p.facts.hard) findings.push(readabilityFinding(h, p.start, scale));
  // readers' letters and comments keep their writers' spelling, as quoted speech does
  for (const f of resolveSpelling(
    paragraphs.map((p) => ({
      start: p.start,
      forms: othersWords ? p.facts.spelling.filter((s) => !othersWords(p.start + s.start)) : p.facts.spelling,
    })),
    options.spelling.prefer,
  ))
    findings.push(f);
  const { stats, perParagraph } = documentStats(paragraphs, scale);
  return { findings, stats, perParagraph };
}
