import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_STYLE_OPTIONS, resolveStyle, type StyleOptions } from '../../server/src/engine/rules/style';
import { facts, ruleFindings, spanOf } from './style-helpers';

const HARD =
  'Notwithstanding considerable institutional opposition, the parliamentary committee yesterday recommended a comprehensive constitutional reorganisation of intergovernmental responsibilities across the region.';

/** Findings of one paragraph after the document pass (which writes the readability message). */
function documentFindings(text: string, options: StyleOptions = DEFAULT_STYLE_OPTIONS) {
  return resolveStyle([{ start: 0, kind: 'paragraph', facts: facts(text, { options }) }], options).findings;
}

test('readability: a hard sentence is flagged once, saying what is hard in plain words', () => {
  const text = `The vote is on Friday. ${HARD}`;
  const found = documentFindings(text).filter((f) => f.rule === 'readability');
  assert.deepEqual(
    found.map((f) => [f.start, f.end, f.severity, f.message]),
    [
      [
        ...Object.values(spanOf(text, HARD)),
        'info',
        'Hard to read (reading age 40, limit 25): 19 words, with 12 long words such as “Notwithstanding”, “considerable” and “institutional”; split it or use plainer words',
      ],
    ],
  );
});

test('readability: an American draft gets a grade, and clauses are counted', () => {
  const text =
    'Although the commissioners acknowledged considerable institutional opposition, which intensified considerably, the committee recommended comprehensive reorganization of the harbor.';
  assert.deepEqual(
    documentFindings(text).map((f) => [f.rule, f.message]),
    [
      [
        'readability',
        'Hard to read (grade 29, limit 20): 18 words in 2 clauses, with 11 long words such as “commissioners”, “acknowledged” and “considerable”; split it or use plainer words',
      ],
    ],
  );
});

test('readability: proper names and numbers do not make a sentence hard', () => {
  const text =
    'Councillor Bartholomew Wetherington-Abercrombie of Kilbirnie Amalgamated Holdings told the Strathclyde Transportation Partnership on Wednesday that 1,250,000 passengers used the Ardrossan ferry last year.';
  assert.deepEqual(ruleFindings(text, 'readability'), []);
});

test('readability: a sentence already too long is left to sentence-length', () => {
  const options: StyleOptions = { ...DEFAULT_STYLE_OPTIONS, sentenceLength: { maxWords: 15 } };
  assert.deepEqual(ruleFindings(HARD, 'readability', { options }).length + ruleFindings(HARD, 'sentence-length', { options }).length, 1);
  assert.equal(ruleFindings(HARD, 'sentence-length', { options }).length, 1);
});

test('readability: short sentences and quoted speech are not judged', () => {
  assert.deepEqual(ruleFindings('Intergovernmental reorganisation notwithstanding.', 'readability'), []);
  assert.deepEqual(ruleFindings(`“${HARD}” she said.`, 'readability'), []);
  assert.deepEqual(ruleFindings(`''${HARD.slice(0, -1)},'' she said.`, 'readability'), []);
});

test('sentence-length: over the limit, words in quotes not counted', () => {
  const options: StyleOptions = { ...DEFAULT_STYLE_OPTIONS, sentenceLength: { maxWords: 8 } };
  const text = 'The mayor said on Monday that the new bridge would open in spring next year.';
  const found = ruleFindings(text, 'sentence-length', { options });
  assert.deepEqual(
    found.map((f) => [f.start, f.end, f.message, f.severity, f.inQuote]),
    [[0, text.length, 'Long sentence: 15 words (limit 8); consider splitting it', 'warning', undefined]],
  );
  const quoted = '“We will open the new bridge in spring,” the mayor said.';
  const quote = spanOf(quoted, '“We will open the new bridge in spring,”');
  assert.deepEqual(ruleFindings(quoted, 'sentence-length', { options, quoteSpans: [quote] }), []);
  // the sentence's own marks, two apostrophes included, count as quotation too
  assert.deepEqual(ruleFindings(quoted, 'sentence-length', { options }), []);
  assert.deepEqual(ruleFindings("''We will open the new bridge in spring,'' the mayor said.", 'sentence-length', { options }), []);
  assert.equal(ruleFindings(quoted, 'sentence-length', { options, judgeQuotes: true }).length, 1);
});

test('sentence-length: a full stop after a number or a lower-case word ends the sentence the tokenizer ran on', () => {
  const options: StyleOptions = { ...DEFAULT_STYLE_OPTIONS, sentenceLength: { maxWords: 8 } };
  const text = 'The ferry left from pier 7. Passengers said it was late again today.';
  assert.deepEqual(ruleFindings(text, 'sentence-length', { options }), []);
  const abbreviation = 'She moved to Sacramento, Calif. The ferry there was late again today.';
  assert.deepEqual(ruleFindings(abbreviation, 'sentence-length', { options }), []);
  const name = 'Gov. Ada Lamb met Sen. Tom Hale and Rep. Una Ross on the quay in Calif. today.';
  assert.equal(ruleFindings(name, 'sentence-length', { options }).length, 1);
});

test('sentence-length: a line-up of names is not prose', () => {
  const options: StyleOptions = { ...DEFAULT_STYLE_OPTIONS, sentenceLength: { maxWords: 8 } };
  const text = 'A Bell (Leeds), C Dunn (Hull), E Frost (York), G Hart (Selby), I Jones (Goole), K Lowe (Ripon).';
  assert.deepEqual(ruleFindings(text, 'sentence-length', { options }), []);
});

test('paragraph-length: too many sentences or words; never for headings', () => {
  const options: StyleOptions = { ...DEFAULT_STYLE_OPTIONS, paragraphLength: { maxSentences: 2, maxWords: 100 } };
  const text = 'One fell. Two rose. Three stayed.';
  assert.deepEqual(
    ruleFindings(text, 'paragraph-length', { options }).map((f) => [f.start, f.end, f.message, f.severity]),
    [[0, text.length, 'Long paragraph: 3 sentences (limit 2); news paragraphs read best short', 'hint']],
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
  assert.deepEqual(facts(text).findings, []);
  assert.deepEqual(
    facts(text, { judgeQuotes: true }).findings.map((f) => f.rule),
    ['indefinite-article', 'repeated-word'],
  );
});

test('repeated-word: a particle before a preposition of time is no repeat; the word is cut at any space', () => {
  assert.deepEqual(ruleFindings('The family came in in 1979 and stayed.', 'repeated-word'), []);
  assert.deepEqual(ruleFindings('Democrats are counting on on Nov. 8 turnout.', 'repeated-word'), []);
  assert.deepEqual(
    ruleFindings('It was in in the box, according to\u00a0the\u00a0the report.', 'repeated-word').map((f) => f.message),
    ['“in” is repeated; remove one', '“the” is repeated; remove one'],
  );
});

test('indefinite-article: a lower-case initialism is read by its letters', () => {
  assert.deepEqual(ruleFindings('The e-mails came from an fbi.gov address.', 'indefinite-article'), []);
  assert.deepEqual(ruleFindings('According to an ntl spokesman, prices will rise.', 'indefinite-article'), []);
});
