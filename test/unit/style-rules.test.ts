import assert from 'node:assert/strict';
import { test } from 'node:test';
import retextReadability from 'retext-readability';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { DEFAULT_STYLE_OPTIONS, type StyleOptions } from '../../server/src/engine/rules/style';
import { countSentence, judgeSentence } from '../../server/src/engine/rules/style/readability';
import { parseParagraph, tokenize } from '../../server/src/engine/tokens';
import { facts, ruleFindings, spanOf } from './style-helpers';

const HARD =
  'Notwithstanding considerable institutional opposition, the parliamentary committee recommended comprehensive constitutional reorganisation of intergovernmental responsibilities.';

test('readability: one finding per hard sentence, with the formulas’ verdict', () => {
  const text = `The vote is on Friday. ${HARD}`;
  const found = ruleFindings(text, 'readability');
  assert.equal(found.length, 1);
  assert.deepEqual({ start: found[0].start, end: found[0].end, severity: found[0].severity }, { ...spanOf(text, HARD), severity: 'info' });
  // SMOG and Spache, as retext-readability maps them to ages, stay below 18 even here: 5 of 7 is the most.
  assert.equal(
    found[0].message,
    'Hard to read: 5 of 7 readability formulas put this sentence above reading age 18 (Flesch reading ease -170)',
  );
});

test('readability: short sentences are not judged', () => {
  assert.deepEqual(ruleFindings('Intergovernmental reorganisation notwithstanding.', 'readability'), []);
});

test('readability verdict equals retext-readability’s on the same sentences', () => {
  const sentences = [
    HARD,
    'The council met on Tuesday and agreed to spend more money on the roads near the school.',
    'Unprecedented macroeconomic volatility complicated the central bank’s communication strategy considerably this quarter.',
    'Ministers said the scheme would help first-time buyers, although economists questioned whether it was affordable.',
  ];
  for (const age of [14, 16, 18]) {
    for (const sentence of sentences) {
      const file = new VFile();
      unified()
        .use(retextReadability, { age, minWords: 5, threshold: 4 / 7 })
        .runSync(parseParagraph(sentence) as never, file);
      const tokens = tokenize(sentence);
      const texts = tokens.words.map((w) => w.text);
      const verdict = judgeSentence(
        countSentence(
          texts,
          texts.map((w) => w.toLowerCase()),
          0,
          texts.length,
        ),
        age,
      );
      const theirs = file.messages.length === 0 ? 'easy' : String(file.messages[0].reason);
      const ours =
        verdict.agreeing < 4 ? 'easy' : `according to ${verdict.agreeing < 7 ? `${verdict.agreeing} out of ` : 'all '}7 algorithms`;
      assert.ok(theirs === 'easy' ? ours === 'easy' : theirs.endsWith(ours), `${age}: ${sentence}: ${theirs} vs ${ours}`);
    }
  }
});

test('sentence-length: over the limit, words in quotes not counted', () => {
  const options: StyleOptions = { ...DEFAULT_STYLE_OPTIONS, sentenceLength: { maxWords: 8 } };
  const text = 'The mayor said on Monday that the new bridge would open in spring next year.';
  const found = ruleFindings(text, 'sentence-length', { options });
  assert.deepEqual(
    found.map((f) => [f.start, f.end, f.message, f.severity, f.inQuote]),
    [[0, text.length, 'Long sentence: 15 words (limit 8); consider splitting it', 'warning', false]],
  );
  const quoted = '“We will open the new bridge in spring,” the mayor said.';
  const quote = spanOf(quoted, '“We will open the new bridge in spring,”');
  assert.deepEqual(ruleFindings(quoted, 'sentence-length', { options, quoteSpans: [quote] }), []);
  assert.equal(ruleFindings(quoted, 'sentence-length', { options }).length, 1);
});

test('paragraph-length: too many sentences or words; never for headings', () => {
  const options: StyleOptions = { ...DEFAULT_STYLE_OPTIONS, paragraphLength: { maxSentences: 2, maxWords: 100 } };
  const text = 'One fell. Two rose. Three stayed.';
  assert.deepEqual(
    ruleFindings(text, 'paragraph-length', { options }).map((f) => [f.start, f.end, f.message, f.severity]),
    [[0, text.length, 'Long paragraph: 3 sentences (limit 2); news paragraphs read best short', 'info']],
  );
  assert.deepEqual(ruleFindings(text, 'paragraph-length', { options, kind: 'heading' }), []);
  const wordy: StyleOptions = { ...DEFAULT_STYLE_OPTIONS, paragraphLength: { maxSentences: 9, maxWords: 5 } };
  assert.equal(
    ruleFindings(text, 'paragraph-length', { options: wordy })[0].message,
    'Long paragraph: 6 words (limit 5); news paragraphs read best short',
  );
});

test('repeated-word: range covers both words; the fix keeps one', () => {
  const text = 'The vote was held on the the Friday.';
  const span = spanOf(text, 'the the');
  assert.deepEqual(ruleFindings(text, 'repeated-word'), [
    {
      rule: 'repeated-word',
      severity: 'warning',
      ...span,
      message: '“the” is repeated; remove one',
      actual: 'the the',
      expected: ['the'],
      fixes: [{ title: 'Remove the repeated “the”', edits: [{ ...span, newText: 'the' }], preferred: true }],
    },
  ]);
});

test('indefinite-article: wrong article, with a fix', () => {
  const text = 'It was a honour and an useful lesson.';
  const found = ruleFindings(text, 'indefinite-article');
  assert.deepEqual(
    found.map((f) => [f.start, f.end, f.message, f.expected, f.fixes?.[0].edits]),
    [
      [7, 8, '“a” before “honour”: use “an”', ['an'], [{ start: 7, end: 8, newText: 'an' }]],
      [20, 22, '“an” before “useful”: use “a”', ['a'], [{ start: 20, end: 22, newText: 'a' }]],
    ],
  );
});

test('quoted speech: no word-level finding fires inside quoteSpans', () => {
  const text = '“It was a honour, a real real honour,” he said.';
  const quote = spanOf(text, '“It was a honour, a real real honour,”');
  assert.deepEqual(facts(text, { quoteSpans: [quote] }).findings, []);
  assert.deepEqual(
    facts(text).findings.map((f) => f.rule),
    ['indefinite-article', 'repeated-word'],
  );
});
