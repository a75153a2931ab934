// The speaker scorer's reading of gold Source phrases (test/eval/speakers.ts): what a credited speaker must answer to.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { describedNames, describes } from '../eval/described';
import type { QuoteRecord } from '../../server/src/engine/rules/quotes';
import { loadGold, scoreSpeakers, speakerKeys, speakerMatches, type GoldArticle } from '../eval/speakers';

/** A one-article PolNeAR train split, written to a temporary folder and read back as the evaluation reads it. */
function goldOf(text: string, ann: string[]): GoldArticle[] {
  const root = mkdtempSync(join(tmpdir(), 'speakers-scorer-'));
  try {
    mkdirSync(join(root, 'polnear/train/text'), { recursive: true });
    mkdirSync(join(root, 'polnear/train/attributions'), { recursive: true });
    writeFileSync(join(root, 'polnear/train/text/a.txt'), text);
    writeFileSync(join(root, 'polnear/train/attributions/a_abcd.ann'), ann.join('\n'));
    return loadGold(root, 'train');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A brat text-bound annotation of the first place `s` stands in `text`. */
const spanIn = (text: string) => (id: string, type: string, s: string) =>
  `${id}\t${type} ${text.indexOf(s)} ${text.indexOf(s) + s.length}\t${s}`;

test('a Source answers to the surname of a named person, else to its head noun', () => {
  assert.deepEqual(
    [
      'a spokesman, Ola Brandt',
      'harbour master Ola Brandt',
      'a source familiar with the talks',
      'an aide involved in the campaign',
      'the authors of the “Harbour and Ferry Plan”',
      'Sen. Ola Brandt (D-Nord.',
      'the board’s statement',
      'former secretary of state Ola Brandt',
      'Ivo Tamm of the independent Harbour Report',
      'the head of the Ferry Board',
      'Boats for All organising director Kari Lund',
      'a projection by the consulting firm Nord Economics',
    ].map(speakerKeys),
    [
      ['brandt'],
      ['brandt'],
      ['source'],
      ['aide'],
      ['authors'],
      ['brandt'],
      ['board', 'statement'],
      ['brandt'],
      ['tamm'],
      ['head'],
      ['lund'],
      ['projection'],
    ],
  );
});

test('a credited speaker matches when it shares a key', () => {
  assert.deepEqual(
    [speakerMatches('Ola Brandt', ['brandt']), speakerMatches('the source', ['source']), speakerMatches('Kari Lund', ['brandt'])],
    [true, true, false],
  );
});

test('a relative clause in a Source names no source of its own; a share of people answers to the people', () => {
  assert.deepEqual(
    [
      'The authors of the study, which include the Harbour Policy Group',
      'Only 40 percent of ferry users',
      'the share of Nordland voters',
      'the Harbour Board report',
      'ferry union organiser Ola Brandt',
      'Kari Lund of the Harbour Policy Group',
    ].map(speakerKeys),
    [['authors'], ['users'], ['voters'], ['board', 'report'], ['brandt'], ['lund']],
  );
});

test('a description answers to the one name the article ties it to, with every word it adds', () => {
  const text =
    'The ferry spokesman, Dan Reyes, said the boats would run. Harbour master Kari Lund disagreed. ' +
    'Ola Brandt is the union organiser for the port. Former president Ivo Tamm and President Ann Hale met. ' +
    'Northern senator Ruth Berg and Southern senator Per Moe spoke.';
  const links = describedNames(text);
  const person = (h: string): boolean => h !== 'port';
  assert.deepEqual(
    [
      describes(links, 'the spokesman', ['spokesman'], ['reyes'], person),
      describes(links, 'the harbour master', ['master'], ['lund'], person),
      describes(links, 'the organiser', ['organiser'], ['brandt'], person),
      describes(links, 'the president', ['president'], ['hale'], person),
      describes(links, 'the president', ['president'], ['tamm'], person),
      describes(links, 'the senator', ['senator'], ['berg'], person),
      describes(links, 'the Northern senator', ['senator'], ['berg'], person),
      describes(links, 'the spokesman', ['spokesman'], ['lund'], person),
    ],
    [true, true, true, true, false, false, true, false],
  );
});

test('a gold description matches a credited name only through a tie the article states', () => {
  const links = describedNames('The ferry spokesman, Dan Reyes, said the boats would run.');
  assert.deepEqual(
    [
      speakerMatches('Dan Reyes', ['spokesman'], 'the spokesman', links),
      speakerMatches('Dan Reyes', ['spokesman'], null, links),
      speakerMatches('Kari Lund', ['spokesman'], 'the spokesman', links),
    ],
    [true, false, false],
  );
});

test('a pronoun’s stand-in antecedent is a person for he and she: not an earlier Source like the amendment', () => {
  const text =
    'Ann Hale said the ferry law was “a bad law for every family here”. The amendment, in its own words, “bans every small boat from the quay”. She said it was “a gift to the big ferry lines”.';
  const span = spanIn(text);
  const ann = [
    span('T1', 'Source', 'Ann Hale'),
    span('T2', 'Content', '“a bad law for every family here”'),
    span('T3', 'Source', 'The amendment'),
    span('T4', 'Content', '“bans every small boat from the quay”'),
    span('T5', 'Source', 'She'),
    span('T6', 'Content', '“a gift to the big ferry lines”'),
    'E1\tAttribution:T2 Source:T1 Content:T2',
    'E2\tAttribution:T4 Source:T3 Content:T4',
    'E3\tAttribution:T6 Source:T5 Content:T6',
  ];
  const [article] = goldOf(text, ann);
  assert.deepEqual(
    article.quotes.map((q) => [q.kind, q.antecedent, q.keys]),
    [
      ['name', null, ['hale']],
      ['name', null, ['amendment']],
      ['pronoun', 'Ann Hale', ['hale']],
    ],
  );
});

test('a quote whose own speech clause is inside the gold Content (reported through an outlet) is left out of the speaker figures', () => {
  const text =
    '“The night ferry will run again from May,” Dana Reyes said, according to the Harbour Gazette. “It will stop at every island on the way.” Ann Hale called it “a very welcome change for all of us”.';
  const at = (s: string) => text.indexOf(s);
  const span = spanIn(text);
  const ann = [
    span('T1', 'Source', 'the Harbour Gazette'),
    `T2\tContent ${at('“The night')} ${at(', according')};${at('“It will')} ${at(' Ann Hale')}\t(two fragments)`,
    span('T3', 'Source', 'Ann Hale'),
    span('T4', 'Content', '“a very welcome change for all of us”'),
    'E1\tAttribution:T1 Source:T1 Content:T2',
    'E2\tAttribution:T3 Source:T3 Content:T4',
  ];
  const articles = goldOf(text, ann);
  assert.deepEqual(
    articles[0].quotes.map((q) => [q.keys, q.nested]),
    [
      [['gazette'], true],
      [['gazette'], true],
      [['hale'], false],
    ],
  );
  // Either speaker for the reported quotes scores the same: it is counted apart, neither right nor wrong.
  for (const speaker of ['Dana Reyes', 'the Harbour Gazette']) {
    const score = scoreSpeakers(articles, () => [
      { start: 0, end: at(',” Dana') + 2, speaker, status: 'attributed' } as QuoteRecord,
      { start: at('“It will'), end: at(' Ann Hale'), speaker, status: 'attributed' } as QuoteRecord,
      { start: at('“a very'), end: at('us”') + 3, speaker: 'Ann Hale', status: 'attributed' } as QuoteRecord,
    ]);
    assert.deepEqual(score.byKind.name, { total: 3, right: 1, unscorable: 0, nested: 2 });
  }
});

test('a Source span that starts inside a word or stops at a middle initial is read whole', () => {
  const text = '“The ferry is late again,” said Ola Tamm. “We will not wait for it,” said Ian H. Dahl, a fisherman.';
  const at = (s: string) => text.indexOf(s);
  const ann = [
    `T1\tSource ${at('Tamm') + 1} ${at('Tamm') + 4}\tamm`,
    `T2\tContent 0 ${at(' said Ola')}\t-`,
    `T3\tSource ${at('Ian H')} ${at('Ian H') + 5}\tIan H`,
    `T4\tContent ${at('“We')} ${at(' said Ian')}\t-`,
    'E1\tAttribution:T1 Source:T1 Content:T2',
    'E2\tAttribution:T3 Source:T3 Content:T4',
  ];
  const [article] = goldOf(text, ann);
  assert.deepEqual(
    article.quotes.map((q) => [q.source.text, q.keys]),
    [
      ['Tamm', ['tamm']],
      ['Ian H. Dahl', ['dahl']],
    ],
  );
});

test('a postmodifier ends a head noun only where a phrase follows it; an `and` inside a phrase after the head is not a second source', () => {
  assert.deepEqual(
    [
      'a familiar voice',
      'a close friend of the skipper',
      'the person close to the harbour board',
      'the pilot familiar',
      'a Harbour Gazette poll conducted in May',
      'the statement released by the Ferry Board',
      'a ferry board ad released Monday',
      'a 2019 study by economists Ann Hale and Ivo Tamm',
      'a study by pilots at the Nord Institute and the University of Lund',
      'harbour master Ann Hale and union organiser Ivo Tamm',
      'One pilot inside Harbour House',
      'the Harbour Times’ words',
      'Ferry Times’',
    ].map(speakerKeys),
    [
      ['voice'],
      ['friend'],
      ['person'],
      ['pilot'],
      ['gazette', 'poll'],
      ['statement'],
      ['ad'],
      ['study'],
      ['study'],
      ['hale', 'tamm'],
      ['pilot'],
      ['times', 'words'],
      ['times'],
    ],
  );
});

test('a relative pronoun Source answers to the phrase right before it, and its clause runs to the end of the Source', () => {
  const text =
    'The rule came first from the mouth of Ann Hale, who said it would “keep every small boat off the quay”. ' +
    'Each decision would involve Harbour Master Ivo E. Tamm, who told the board “we will hear every skipper first”. ' +
    'The pilot sat through a lecture from the harbour chief, who said it was “a matter for the whole town”. ' +
    'The boy, who wore a cap and said his name was Per, asked “is the ferry ever coming back here”.';
  const span = spanIn(text);
  const relative = (id: string, after: string, word: string): string => {
    const at = text.indexOf(word, text.indexOf(after));
    return `${id}\tSource ${at} ${at + word.length}\t${word}`;
  };
  const ann = [
    relative('T1', 'Ann Hale', 'who'),
    span('T2', 'Content', '“keep every small boat off the quay”'),
    relative('T3', 'Tamm', 'who'),
    span('T4', 'Content', '“we will hear every skipper first”'),
    relative('T5', 'harbour chief', 'who'),
    span('T6', 'Content', '“a matter for the whole town”'),
    span('T7', 'Source', 'The boy, who wore a cap and said his name was Per'),
    span('T8', 'Content', '“is the ferry ever coming back here”'),
    'E1\tAttribution:T2 Source:T1 Content:T2',
    'E2\tAttribution:T4 Source:T3 Content:T4',
    'E3\tAttribution:T6 Source:T5 Content:T6',
    'E4\tAttribution:T8 Source:T7 Content:T8',
  ];
  const [article] = goldOf(text, ann);
  assert.deepEqual(
    article.quotes.map((q) => q.keys),
    [['hale'], ['tamm'], ['chief'], ['boy']],
  );
});
