import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteFactsOf, quoteSpansOf, resolveQuotes, type QuoteRecord } from '../../server/src/engine/rules/quotes';
import { check } from './quotes-helpers';
import { tokenize } from '../../server/src/engine/tokens';
import type { Word } from '../../server/src/engine/types';

function brief(q: QuoteRecord): [number, number, string, string | null, string | null] {
  return [q.start, q.end, q.status, q.speaker, q.cue];
}

const NO_SPEAKER = 'Quote has no speaker: nothing in its sentence or paragraph says who said it, and the paragraph before quotes no one.';

test('an interrupted quote takes the attribution between its two halves', () => {
  const r = check('“We tried,” said Mara Quell, a ferry pilot, “but the road was closed.”');
  assert.deepEqual(r.quotes.map(brief), [
    [0, 11, 'attributed', 'Mara Quell', 'said'],
    [44, 70, 'attributed', 'Mara Quell', 'said'],
  ]);
  assert.deepEqual(r.findings, []);
});

test('inverted order: the speaker after the verb', () => {
  const r = check('“The water is still rising,” warned the fire chief.');
  assert.deepEqual(r.quotes.map(brief), [[0, 28, 'attributed', 'the fire chief', 'warned']]);
  assert.deepEqual(r.findings, []);
});

test('a colon after a cue, and a colon after a bare speaker', () => {
  const r = check('Pia Rand told the council: “We need another year.”', 'Pia Rand, mayor: “Nobody leaves until the water drops.”');
  assert.deepEqual(r.quotes.map(brief), [
    [27, 50, 'attributed', 'Pia Rand', 'told'],
    [68, 106, 'attributed', 'Pia Rand', ':'],
  ]);
  assert.deepEqual(r.findings, []);
});

test('partial quotes with a cue are attributed however short', () => {
  const r = check(
    'The engineer called the repairs “a patchwork job” and left.',
    'The mayor described the plan as “bold but affordable”.',
    'A ferry hand swore “he would never sail again”.',
  );
  assert.deepEqual(r.quotes.map(brief), [
    [32, 49, 'attributed', 'the engineer', 'called'],
    [92, 113, 'attributed', 'the mayor', 'described'],
    [134, 161, 'attributed', 'the ferry hand', 'swore'],
  ]);
  assert.deepEqual(r.findings, []);
});

test('fixed phrases: according to, in the words of, is how X put it, a sign that read', () => {
  const r = check(
    'The flood, according to the river authority, was “the worst in living memory and entirely foreseeable”.',
    'In the words of one fisherman, “the sea took the lot.”',
    '“It is not over,” was how Ada Finch put it.',
    'His placard read: “Fix the sea wall now.”',
  );
  assert.deepEqual(
    r.quotes.map((q) => [q.status, q.speaker, q.cue]),
    [
      ['attributed', 'the river authority', 'according to'],
      ['attributed', 'the fisherman', 'in the words of'],
      ['attributed', 'Ada Finch', 'put it'],
      ['attributed', 'his placard', 'read'],
    ],
  );
  assert.deepEqual(r.findings, []);
});

test('scare quotes and terms are not speech and are never flagged', () => {
  const r = check(
    'The rebels proclaimed a “republic” in the hills.',
    'The harbour board evicted groups it considers “squatters”.',
    'She hosts “Morning on the Quay” on local radio.',
  );
  assert.deepEqual(
    r.quotes.map((q) => [q.text, q.status]),
    [
      ['“republic”', 'scare'],
      ['“squatters”', 'scare'],
      ['“Morning on the Quay”', 'scare'],
    ],
  );
  assert.deepEqual(r.findings, []);
  const facts = quoteFactsOf({
    text: 'A “term” and “We left,” she said.',
    kind: 'paragraph',
    tokens: tokenize('A “term” and “We left,” she said.'),
  });
  assert.deepEqual(quoteSpansOf(facts), [{ start: 13, end: 23 }]);
});

test('a floating chain credits each quote paragraph to the speaker before', () => {
  const r = check(
    '“Nobody warned us,” Oren Vasko told the Coastal Herald.',
    '“The sirens stayed silent all night.”',
    '“We only heard about it from the radio.”',
  );
  assert.deepEqual(r.quotes.map(brief), [
    [0, 19, 'attributed', 'Oren Vasko', 'told'],
    [56, 93, 'floating', 'Oren Vasko', null],
    [94, 134, 'floating', 'Oren Vasko', null],
  ]);
  assert.deepEqual(
    r.findings.map((f) => [f.rule, f.severity, f.start, f.end, f.message, f.actual]),
    [
      [
        'quote-floating',
        'hint',
        56,
        93,
        'Floating quote: credited to Oren Vasko from the paragraph before.',
        '“The sirens stayed silent all night.”',
      ],
      [
        'quote-floating',
        'hint',
        94,
        134,
        'Floating quote: credited to Oren Vasko from the paragraph before.',
        '“We only heard about it from the radio.”',
      ],
    ],
  );
  assert.deepEqual(r.findings[0].fixes?.[0].edits, [
    { start: 91, end: 92, newText: ',' },
    { start: 93, end: 93, newText: ' Oren Vasko said.' },
  ]);
});

test('reported speech or a closing colon in the paragraph before introduces a floating quote', () => {
  const reported = check('Rescue crews were stretched thin, one volunteer said.', '“We had three boats for the whole valley.”');
  assert.deepEqual(reported.quotes.map(brief), [[54, 96, 'floating', 'the volunteer', null]]);
  assert.equal(reported.findings[0].message, 'Floating quote: credited to the volunteer from the paragraph before.');
  const colon = check('The ferry company issued a statement on Friday:', '“All crossings are suspended until further notice.”');
  assert.deepEqual(colon.quotes.map(brief), [[48, 99, 'floating', 'the ferry company', null]]);
  assert.deepEqual(
    colon.findings.map((f) => f.rule),
    ['quote-floating'],
  );
});

test('pronouns resolve to a named person or role before them, across paragraphs; a role is shown as one speaker', () => {
  const named = check('Ivo Tamm arrived late.', '“It was chaos,” he said.');
  assert.deepEqual(named.quotes.map(brief), [[23, 38, 'attributed', 'Ivo Tamm', 'said']]);
  const role = check('“We lost the boat,” a fisherman said near the slipway.', '“And the nets,” he said.');
  assert.deepEqual(role.quotes.map(brief), [
    [0, 19, 'attributed', 'the fisherman', 'said'],
    [55, 70, 'attributed', 'the fisherman', 'said'],
  ]);
});

test('a bare reply after someone else’s question is unattributed', () => {
  const r = check('“Are you leaving?” asked the inspector.', '“Not today.”');
  assert.deepEqual(r.quotes.map(brief), [
    [0, 18, 'attributed', 'the inspector', 'asked'],
    [40, 52, 'unattributed', null, null],
  ]);
  assert.deepEqual(
    r.findings.map((f) => [f.rule, f.severity, f.start, f.end, f.message]),
    [
      [
        'quote-unattributed',
        'warning',
        40,
        52,
        "Quote has no speaker: it follows a question from the inspector, so it reads as someone's answer, but nothing says whose.",
      ],
    ],
  );
});

test('a quote with no speaker anywhere is flagged with a placeholder fix', () => {
  const r = check('Oren Vasko, the harbour master, arrived at the pier on Monday.', '“Go home.”');
  assert.deepEqual(r.quotes.map(brief), [[63, 73, 'unattributed', null, null]]);
  assert.deepEqual(
    r.findings.map((f) => [f.rule, f.severity, f.start, f.end, f.message, f.actual]),
    [['quote-unattributed', 'warning', 63, 73, NO_SPEAKER, '“Go home.”']],
  );
  assert.deepEqual(r.findings[0].fixes, [
    {
      title: 'Add an attribution to complete: [who] said',
      edits: [
        { start: 71, end: 72, newText: ',' },
        { start: 73, end: 73, newText: ' [who] said.' },
      ],
    },
  ]);
});

test('a person named in the paragraph without a speech verb does not credit the quote', () => {
  const r = check('The tide turned at noon.', 'Oren Vasko waited at the pier. “Nobody is coming for us.”');
  assert.deepEqual(
    r.findings.map((f) => [f.rule, f.start, f.end, f.message]),
    [
      [
        'quote-unattributed',
        56,
        82,
        'Quote has no speaker: Oren Vasko is named in the paragraph, but no speech verb ' +
          '(said, told, wrote, ...) credits the quote, and the paragraph before quotes no one.',
      ],
    ],
  );
});

test('a partial quote inside the writer’s sentence gets the placeholder before it', () => {
  const r = check('The tide turned at noon.', 'The deal is “the worst we have ever signed and everyone on the council knows it.”');
  assert.deepEqual(
    r.findings.map((f) => [f.rule, f.start, f.end]),
    [['quote-unattributed', 37, 106]],
  );
  assert.deepEqual(r.findings[0].fixes?.[0].edits, [{ start: 36, end: 36, newText: ', [who] said,' }]);
});

test('a quote left open at a paragraph end continues when the next paragraph opens a quote', () => {
  const r = check('“The water came through the windows,” said Ada Finch. “We climbed onto the roof.', '“Then the boats came.”');
  assert.deepEqual(r.quotes.map(brief), [
    [0, 37, 'attributed', 'Ada Finch', 'said'],
    [54, 80, 'attributed', 'Ada Finch', 'said'],
    [81, 103, 'attributed', 'Ada Finch', 'said'],
  ]);
  assert.deepEqual(r.findings, []);
});

test('a quote never closed and not continued is quote-unclosed at its opening mark', () => {
  const r = check('“The water came fast,” said Ada Finch. “We climbed onto the roof.', 'The town hall stayed dry.');
  assert.deepEqual(
    r.findings.map((f) => [f.rule, f.severity, f.start, f.end, f.message, f.actual]),
    [
      [
        'quote-unclosed',
        'warning',
        39,
        40,
        'Unclosed quote: this quotation mark is never closed, and the next paragraph does not go on with an opening mark.',
        '“',
      ],
    ],
  );
  assert.deepEqual(r.findings[0].fixes?.[0].edits, [{ start: 65, end: 65, newText: '”' }]);
  const stray = check('The gates held,” she said.');
  assert.deepEqual(
    stray.findings.map((f) => [f.rule, f.start, f.end, f.message, f.actual]),
    [['quote-unclosed', 15, 16, 'Unmatched quotation mark: this closing mark has no opening mark before it.', '”']],
  );
});

test('single quotes nested inside a double quote stay part of it', () => {
  const r = check('“He told me, ‘Stay inside,’ and I did,” said Ada Finch.');
  assert.deepEqual(r.quotes.map(brief), [[0, 39, 'attributed', 'Ada Finch', 'said']]);
});

test('straight double quotes pair up like curly ones', () => {
  const r = check('"I saw the boats," said Tor Ekman. "They came at dawn."');
  assert.deepEqual(r.quotes.map(brief), [
    [0, 18, 'attributed', 'Tor Ekman', 'said'],
    [35, 55, 'attributed', 'Tor Ekman', 'said'],
  ]);
  assert.deepEqual(r.findings, []);
});

test('a block quote is credited by the paragraph that introduces it', () => {
  const r = check('The harbour master wrote to residents on Friday:', ['blockquote', 'Leave the lower town before dark.']);
  assert.deepEqual(r.quotes.map(brief), [[49, 82, 'floating', 'the harbour master', null]]);
  const bare = check('The tide turned at noon.', ['blockquote', 'Leave the lower town before dark.']);
  assert.deepEqual(
    bare.findings.map((f) => [f.rule, f.start, f.end]),
    [['quote-unattributed', 25, 58]],
  );
});

test('headings never get quote-unattributed', () => {
  const r = check(['heading', '“Leave before dark”: a town on edge']);
  assert.deepEqual(r.findings, []);
});

test('a 1 MB paragraph of quote marks finishes fast', () => {
  const text = '“a” "b" ” “'.repeat(100_000).slice(0, 1_000_000);
  // Tokens built directly (one word per letter), so the timing measures the quote check, not the parser.
  const words: Word[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === 'a' || text[i] === 'b') words.push({ start: i, end: i + 1, text: text[i] });
  }
  const tokens = { text, words, sentences: [{ start: 0, end: text.length, firstWord: 0, endWord: words.length }] };
  const started = performance.now();
  const facts = quoteFactsOf({ text, kind: 'paragraph', tokens });
  const result = resolveQuotes([{ start: 0, kind: 'paragraph', facts }]);
  const ms = performance.now() - started;
  assert.equal(result.quotes.length, 272_727);
  // Linear work on 270,000 quotes takes about a second; anything quadratic would take minutes.
  assert.ok(ms < 8_000, `took ${ms} ms`);
});
