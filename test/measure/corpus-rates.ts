// Findings per 1,000 words for each style rule on the shared news corpora, plus the readability tuning grid and
// the throughput of styleFactsOf on already parsed trees. Texts are read by path at run time and never stored.
// Run: node --import tsx test/measure/corpus-rates.ts [limitFilesPerCorpus]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { join } from 'node:path';
import type { Root } from 'nlcst';
import { DEFAULT_STYLE_OPTIONS, resolveStyle, styleFactsOf, type ParagraphStyleFacts } from '../../server/src/engine/rules/style';
import { retextHits } from '../../server/src/engine/rules/style/processor';
import { sentenceLoad } from '../../server/src/engine/rules/style/readability';
import { paragraphWords } from '../../server/src/engine/rules/style/words';
import { parseParagraph, tokensOf } from '../../server/src/engine/tokens';
import type { BlockKind, ParagraphTokens, Span } from '../../server/src/engine/types';

const CORPORA: Record<string, string> = {
  bbc: path.resolve('../shared/corpus/bbc'),
  polnear: path.resolve('../shared/corpus/polnear'),
};
const limit = Number(process.argv[2] ?? Infinity);

function filesOf(root: string, corpus: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.txt') && name !== 'README.TXT' && (corpus !== 'polnear' || dir.endsWith('/text'))) out.push(path);
    }
  };
  walk(root);
  return out.slice(0, limit);
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Quoted speech: text between paired curly or straight double quotes inside one paragraph (a stand-in for the
 * engine's quote module, which this measurement does not depend on). */
function quoteSpansOf(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || (ch === '"' && open < 0)) open = i;
    else if ((ch === '”' || ch === '"') && open >= 0) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length });
  return spans;
}

interface Para {
  text: string;
  kind: BlockKind;
  tree: Root;
  tokens: ParagraphTokens;
  quoteSpans: Span[];
}

/** Parses one article; null when the file is not valid UTF-8. Trees are not kept across articles. */
function loadArticle(file: string): Para[] | null {
  let content: string;
  try {
    content = decoder.decode(readFileSync(file));
  } catch {
    return null;
  }
  const paras: Para[] = [];
  for (const line of content.split('\n')) {
    const text = line.trimEnd();
    if (!text.trim()) continue;
    const tree = parseParagraph(text);
    paras.push({
      text,
      kind: paras.length === 0 ? 'headline' : 'paragraph',
      tree,
      tokens: tokensOf(tree, text),
      quoteSpans: quoteSpansOf(text),
    });
  }
  return paras;
}

const per1000 = (n: number, words: number): string => ((n * 1000) / words).toFixed(2);

const RULES = [
  'readability',
  'sentence-length',
  'paragraph-length',
  'passive-voice',
  'spelling-variant',
  'repeated-word',
  'indefinite-article',
];
const AGES = [22, 23, 24, 25, 26];
const MIN_LONG_WORDS = [3, 5, 7];
const SENTENCE_MAX = [30, 35, 40, 45, 50];
const PARA_SENTENCES = [3, 4, 5, 6];
const PARA_WORDS = [80, 100, 120, 150];

for (const corpus of Object.keys(CORPORA)) {
  const counts = new Map<string, number>();
  const articlesWith = new Map<string, number>();
  let articles = 0;
  let skipped = 0;
  let words = 0;
  let sentences = 0;
  let styleMs = 0;
  const optIn = { simplify: 0, intensify: 0 };
  // grid[m][a]: sentences of 15+ words whose reading age exceeds AGES[a] with at least MIN_LONG_WORDS[m] long words
  const grid = MIN_LONG_WORDS.map(() => AGES.map(() => 0));
  const sentenceOver = SENTENCE_MAX.map(() => 0);
  const paraOver = PARA_SENTENCES.map(() => 0);
  const paraWordsOver = PARA_WORDS.map(() => 0);

  for (const file of filesOf(CORPORA[corpus], corpus)) {
    const doc = loadArticle(file);
    if (!doc) {
      skipped++;
      continue;
    }
    articles++;
    const facts: { start: number; kind: BlockKind; facts: ParagraphStyleFacts }[] = [];
    let offset = 0;
    const t0 = performance.now();
    for (const p of doc) {
      facts.push({ start: offset, kind: p.kind, facts: styleFactsOf(p, DEFAULT_STYLE_OPTIONS) });
      offset += p.text.length + 2;
    }
    styleMs += performance.now() - t0;
    const result = resolveStyle(facts, DEFAULT_STYLE_OPTIONS);
    words += result.stats.words;
    sentences += result.stats.sentences;
    const seen = new Set<string>();
    for (const f of result.findings) {
      counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
      seen.add(f.rule);
    }
    for (const r of seen) articlesWith.set(r, (articlesWith.get(r) ?? 0) + 1);

    for (const p of doc) {
      optIn.simplify += retextHits(p.tree, ['simplify']).length;
      optIn.intensify += retextHits(p.tree, ['intensify']).length;
      if (p.kind === 'headline') continue;
      const texts = p.tokens.words.map((w) => w.text);
      const { lower, syllables } = paragraphWords(texts);
      for (const s of p.tokens.sentences) {
        const n = s.endWord - s.firstWord;
        SENTENCE_MAX.forEach((max, k) => n > max && sentenceOver[k]++);
        if (n < DEFAULT_STYLE_OPTIONS.readability.minimumWords) continue;
        const load = sentenceLoad(texts, lower, syllables, s.firstWord, s.endWord, p.text, s.start, s.end);
        AGES.forEach((age, a) => {
          MIN_LONG_WORDS.forEach((min, m) => {
            if (load.readingAge > age && load.longWords.length >= min) grid[m][a]++;
          });
        });
      }
      PARA_SENTENCES.forEach((max, k) => p.tokens.sentences.length > max && paraOver[k]++);
      PARA_WORDS.forEach((max, k) => p.tokens.words.length > max && paraWordsOver[k]++);
    }
  }

  console.log(`\n## ${corpus}: ${articles} articles (${skipped} skipped, not UTF-8), ${words} words, ${sentences} sentences`);
  console.log(`styleFactsOf throughput (trees already parsed): ${Math.round(words / (styleMs / 1000))} words/s`);
  console.log('| rule | findings | per 1,000 words | per article | articles with one |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const rule of RULES) {
    const n = counts.get(rule) ?? 0;
    console.log(`| ${rule} | ${n} | ${per1000(n, words)} | ${(n / articles).toFixed(2)} | ${articlesWith.get(rule) ?? 0} |`);
  }
  for (const [check, n] of Object.entries(optIn)) {
    console.log(`| retext-${check} (not wired) | ${n} | ${per1000(n, words)} | ${(n / articles).toFixed(2)} | |`);
  }
  console.log(
    `\nreadability, sentences over each reading age per 1,000 words (15+ words, every length); columns: at least ${MIN_LONG_WORDS.join(', ')} long words`,
  );
  AGES.forEach((age, a) => console.log(`| ${age} | ${MIN_LONG_WORDS.map((_, m) => per1000(grid[m][a], words)).join(' | ')} |`));
  console.log(
    '\nsentences longer than N words, per 1,000 words: ' +
      SENTENCE_MAX.map((max, k) => `${max}: ${per1000(sentenceOver[k], words)}`).join(', '),
  );
  console.log(
    'paragraphs with more than N sentences, per 1,000 words: ' +
      PARA_SENTENCES.map((max, k) => `${max}: ${per1000(paraOver[k], words)}`).join(', '),
  );
  console.log(
    'paragraphs with more than N words, per 1,000 words: ' +
      PARA_WORDS.map((max, k) => `${max}: ${per1000(paraWordsOver[k], words)}`).join(', '),
  );
}
