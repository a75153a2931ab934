import { makeFinding } from '../../findings';
import type { Root } from 'nlcst';
import type { BlockKind, Finding, ParagraphTokens, Span } from '../../types';
import type { LocalFinding, ParagraphStyleFacts, SentenceFacts } from './facts';
import { isHeading, paragraphLengthFinding, sentenceLengthFinding } from './length';
import type { StyleOptions } from './options';
import { passiveFindingsOf, retextPassiveCanAdd } from './passive';
import { retextHits, type RetextCheck, type RetextHit } from './processor';
import { QuoteIndex } from './quote-spans';
import { countSentence, FORMULA_COUNT, judgeSentence } from './readability';
import { resolveSpelling, spellingFormsOf } from './spelling';
import { documentStats, type DocumentStats, type ParagraphStatsRecord } from './stats';

export type { LocalFinding, ParagraphStyleFacts, SentenceFacts, SpellingForm } from './facts';
export { DEFAULT_STYLE_OPTIONS, type StyleOptions } from './options';
export type { DocumentStats, ParagraphStatsRecord } from './stats';

const PASSIVE_CHECK: readonly RetextCheck[] = ['passive'];

function readabilityFinding(text: string, s: SentenceFacts, agreeing: number, ease: number, age: number, inQuote: boolean): LocalFinding {
  const of = agreeing === FORMULA_COUNT ? `all ${FORMULA_COUNT}` : `${agreeing} of ${FORMULA_COUNT}`;
  return makeFinding('readability', {
    start: s.start,
    end: s.end,
    message: `Hard to read: ${of} readability formulas put this sentence above reading age ${age} (Flesch reading ease ${Math.round(ease)})`,
    actual: text.slice(s.start, s.end),
    inQuote,
  });
}

function repeatedWordFinding(text: string, hit: RetextHit): LocalFinding {
  const actual = text.slice(hit.start, hit.end);
  let cut = 0;
  while (cut < actual.length && actual.charCodeAt(cut) > 32) cut++;
  const first = actual.slice(0, cut);
  return makeFinding('repeated-word', {
    start: hit.start,
    end: hit.end,
    message: `“${first}” is repeated; remove one`,
    actual,
    expected: [first],
    fixes: [{ title: `Remove the repeated “${first}”`, edits: [{ start: hit.start, end: hit.end, newText: first }], preferred: true }],
  });
}

function articleFinding(text: string, hit: RetextHit, tokens: ParagraphTokens): LocalFinding | null {
  const expected = hit.expected[0];
  if (!expected) return null;
  const words = tokens.words;
  // first word starting after the article
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < hit.end) lo = mid + 1;
    else hi = mid;
  }
  const next = lo < words.length ? words[lo].text : '';
  const actual = text.slice(hit.start, hit.end);
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
  input: { text: string; kind: BlockKind; tokens: ParagraphTokens; tree: Root; quoteSpans: Span[] },
  options: StyleOptions,
): ParagraphStyleFacts {
  const { text, kind, tokens, tree } = input;
  const quotes = new QuoteIndex(input.quoteSpans);
  const words = tokens.words;
  const texts = words.map((w) => w.text);
  const lower = texts.map((w) => w.toLowerCase());
  const heading = isHeading(kind);
  const findings: LocalFinding[] = [];
  const sentences: SentenceFacts[] = [];
  const { readability } = options;

  for (const s of tokens.sentences) {
    const counts = countSentence(texts, lower, s.firstWord, s.endWord);
    const facts: SentenceFacts = {
      start: s.start,
      end: s.end,
      words: counts.words,
      syllables: counts.syllables,
      polysyllables: counts.polysyllables,
      letters: counts.letters,
    };
    sentences.push(facts);
    if (heading || counts.words === 0) continue;

    let quoted = 0;
    if (!quotes.empty) for (let i = s.firstWord; i < s.endWord; i++) if (quotes.overlaps(words[i].start, words[i].end)) quoted++;

    const long = sentenceLengthFinding(text, facts, counts.words - quoted, options.sentenceLength.maxWords);
    if (long) findings.push({ ...long, inQuote: quoted > 0 });

    if (counts.words >= readability.minimumWords && quoted * 2 <= counts.words) {
      const verdict = judgeSentence(counts, readability.age);
      if (verdict.agreeing >= readability.minimumFormulas) {
        findings.push(readabilityFinding(text, facts, verdict.agreeing, verdict.fleschReadingEase, readability.age, quoted > 0));
      }
    }
  }

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
    if (hit.source === 'retext-repeated-words') findings.push(repeatedWordFinding(text, hit));
    else if (hit.source === 'retext-indefinite-article') {
      const f = articleFinding(text, hit, tokens);
      if (f) findings.push(f);
    }
  }
  for (const f of passiveFindingsOf(text, tokens, lower, passiveHits, quotes)) findings.push(f);

  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings, spelling: spellingFormsOf(tokens, lower, quotes), sentences };
}

/** The document pass: spelling-variant across the whole draft, and statistics. (The paragraphs' own findings
 * reach the draft through the pipeline.) */
export function resolveStyle(
  paragraphs: { start: number; kind: BlockKind; facts: ParagraphStyleFacts }[],
  options: StyleOptions,
): { findings: Finding[]; stats: DocumentStats; perParagraph: ParagraphStatsRecord[] } {
  const findings = resolveSpelling(
    paragraphs.map((p) => ({ start: p.start, forms: p.facts.spelling })),
    options.spelling.prefer,
  );
  const { stats, perParagraph } = documentStats(paragraphs);
  return { findings, stats, perParagraph };
}
