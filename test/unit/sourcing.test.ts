// attribution-verb and source-plural: which verbs are attributions, which are loaded (built in and by the house
// style), how unnamed sources are counted, and the exact findings and fixes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/engine/analyse';
import { defaultOptions, parseHouseStyle, resolveOptions, type EngineOptions } from '../../server/src/engine/config';
import { quoteFactsOf, type QuoteRecord } from '../../server/src/engine/rules/quotes';
import { sourceCreditsOf } from '../../server/src/engine/rules/sourcing/credits';
import { sourcingAudit } from '../../server/src/engine/rules/sourcing/audit';
import { loadedVerbs } from '../../server/src/engine/rules/sourcing/loaded';
import { attributionVerbsOf, saidFor } from '../../server/src/engine/rules/sourcing/verbs';
import { parseParagraph, tokensOf } from '../../server/src/engine/tokens';
import type { Finding } from '../../server/src/engine/types';

function facts(text: string) {
  return quoteFactsOf({ text, kind: 'paragraph', tokens: tokensOf(parseParagraph(text), text) });
}

/** The attribution verbs of one paragraph, as written, with whether "said" can replace them. */
function verbs(text: string): [string, boolean][] {
  return attributionVerbsOf(text, facts(text)).map((v) => [text.slice(v.start, v.end), v.replaceable]);
}

function credits(text: string): [string, string][] {
  return sourceCreditsOf(text, facts(text)).map((c) => [c.phrase, c.number]);
}

/** Paragraphs are lines, as the CLI reads a .txt file. */
function findings(lines: string[], rule: Finding['rule'], options: EngineOptions = defaultOptions('plaintext')) {
  const text = lines.join('\n') + '\n';
  return analyse(text, options)
    .findings.filter((f) => f.rule === rule)
    .map((f) => ({
      text: text.slice(f.start, f.end),
      start: f.start,
      message: f.message,
      severity: f.severity,
      fix: f.fixes?.[0]?.edits.map((e) => e.newText) ?? null,
      related: f.related?.map((r) => text.slice(r.start, r.end)) ?? [],
    }));
}

describe('attribution verbs', () => {
  it('reads the verb of a quote and of reported speech', () => {
    assert.deepEqual(verbs('"It was a mistake," he admitted.'), [['admitted', true]]);
    assert.deepEqual(verbs('"We will win," insisted manager Owen Petrakis.'), [['insisted', true]]);
    assert.deepEqual(verbs('The developer claimed that the tower would bring jobs.'), [['claimed', true]]);
    assert.deepEqual(verbs('The company insisted it had followed every rule.'), [['insisted', true]]);
    assert.deepEqual(verbs('The figures were accurate, the agency insisted.'), [['insisted', true]]);
    assert.deepEqual(verbs('The council, however, has admitted it had not checked.'), [['admitted', true]]);
    assert.deepEqual(verbs('He resigned on Friday, admitting that the club had lost its way.'), [['admitting', true]]);
  });

  it('reads a verb with an object before its quote, with no replacement', () => {
    assert.deepEqual(verbs('The union blasted the pay offer as "an insult to every nurse".'), [['blasted', false]]);
  });

  it('leaves alone verbs that are not speech, and nouns', () => {
    for (const text of [
      'Kelso Rovers claimed the league title on Saturday.',
      'The group claimed responsibility for the fire.',
      'Two climbers were admitted to hospital.',
      'The visitors conceded a late goal.',
      'Mr Tarrow admitted the charge of careless driving.',
      'The judge insisted on a full hearing.',
      'All this came amid fresh claims that the deal was off.',
      'The minister derided Tory claims they could cut spending.',
      'Owners can take and send snaps, sounds and clips.',
      'The army gained ground as it claims more territory from the rebels.',
    ])
      assert.deepEqual(
        verbs(text).filter(([v]) => /claim|admit|concede|insist|snap/.test(v)),
        [],
        text,
      );
  });

  it('writes "said" in the form of the verb it replaces', () => {
    assert.deepEqual(
      [saidFor('claimed', 'past'), saidFor('claims', 's'), saidFor('claim', 'base'), saidFor('Claiming', 'ing')],
      ['said', 'says', 'say', 'Saying'],
    );
  });

  it('takes loaded verbs from the built-in list and the house style, in any form', () => {
    const lists = { loaded: ['revealed', 'point'], allowed: ['insists'] };
    const set = loadedVerbs(lists);
    assert.equal(set.has('reveal'), true);
    assert.equal(set.has('insist'), false);
    assert.equal(set.has('claim'), true);
    assert.equal(loadedVerbs(defaultOptions().attributionVerbs).has('say'), false);
  });
});

describe('attribution-verb findings', () => {
  it('flags a loaded verb with "said" in its form as the fix', () => {
    assert.deepEqual(
      findings(
        ['"We got the timing wrong," Councillor Dana Whitlow admitted.', 'Glenmore Rail admits that trains were late.'],
        'attribution-verb',
      ),
      [
        {
          text: 'admitted',
          start: 51,
          message: '“admitted” in an attribution implies a grudging truth or guilt; “said” is neutral.',
          severity: 'info',
          fix: ['said'],
          related: [],
        },
        {
          text: 'admits',
          start: 75,
          message: '“admits” in an attribution implies a grudging truth or guilt; “says” is neutral.',
          severity: 'info',
          fix: ['says'],
          related: [],
        },
      ],
    );
  });

  it('leaves neutral verbs alone, and follows the house style', () => {
    const lines = ['"The pier will open in spring," the council leader insisted.', 'The mayor revealed that the budget was short.'];
    assert.deepEqual(findings(['"The budget is balanced," the minister said.'], 'attribution-verb'), []);
    const parsed = parseHouseStyle('{ "attributionVerbs": { "loaded": ["reveal"], "allowed": ["insisted"] } }');
    assert.deepEqual(parsed.problems, []);
    const options = resolveOptions('plaintext', {}, parsed.style).options;
    assert.deepEqual(
      findings(lines, 'attribution-verb', options).map((f) => [f.text, f.fix]),
      [['revealed', ['said']]],
    );
  });

  it('rejects a house style whose verb lists are not lists of words', () => {
    const parsed = parseHouseStyle('{ "attributionVerbs": { "loaded": "claim" } }');
    assert.equal(parsed.style, null);
    assert.deepEqual(
      parsed.problems.map((p) => p.message),
      ['attributionVerbs.loaded must be an array, not a string'],
    );
  });
});

describe('unnamed sources', () => {
  it('reads how each credit counts its sources', () => {
    assert.deepEqual(credits('Sources said the deal was close.'), [['Sources', 'plural']]);
    assert.deepEqual(credits('A source close to the talks said it was over.'), [['A source', 'one']]);
    assert.deepEqual(credits('"It is done," the source said.'), [['the source', 'the-one']]);
    assert.deepEqual(credits('Two sources told the paper the deal was close.'), [['Two sources', 'counted']]);
    assert.deepEqual(credits('The deal was close, according to senior officials.'), [['senior officials', 'plural']]);
    assert.deepEqual(credits('Another official said the list was complete.'), [['Another official', 'another']]);
    assert.deepEqual(credits('Sources, who asked not to be named, said the club was for sale.'), [['Sources', 'plural']]);
  });

  it('leaves objects and named people alone', () => {
    assert.deepEqual(credits('The mayor told officials to prepare, she said.'), []);
    assert.deepEqual(credits('Anna Reid, a procurement official, said every bid was scored.'), []);
  });
});

describe('source-plural findings', () => {
  it('flags a plural when the draft credits one source of its kind, with the single as related information', () => {
    assert.deepEqual(
      findings(['A senior official said the border would reopen.', 'Officials said extra guards would be posted.'], 'source-plural'),
      [
        {
          text: 'Officials',
          start: 48,
          message:
            '“Officials” in the plural, but the draft credits a single official (“A senior official”) and no other: check how many officials there were.',
          severity: 'warning',
          fix: ['An official'],
          related: ['A senior official'],
        },
      ],
    );
  });

  it('offers no fix in the present tense', () => {
    assert.deepEqual(
      findings(
        ['A source in the cabinet said the vote would be close.', '"The prime minister is confident," sources say.'],
        'source-plural',
      ).map((f) => [f.text, f.fix]),
      [['sources', null]],
    );
  });

  it('leaves alone a draft that counts, a plural alone, a former source and another group', () => {
    for (const lines of [
      ['Two sources said the deal was close.', 'A source said the price was agreed.', 'Sources said it was signed.'],
      ['A source said the minister would resign.', 'Another source said the letter was drafted.', 'Sources said he had been told.'],
      ['Officials said the border would reopen on Monday.'],
      ['A former official said the plan was old.', 'Officials said it was new.'],
      ['A Treasury official said the figures were sound.', 'Health officials said the money was short.'],
      ['A source close to the campaign said he was angry.', 'Democratic sources said the campaign was calm.'],
    ])
      assert.deepEqual(findings(lines, 'source-plural'), [], lines.join(' / '));
  });
});

describe('the sourcing audit', () => {
  const draft = [
    'The council approved the harbour plan on Monday.',
    '"It will bring jobs to the town," said Ann Hale, the council leader.',
    '"We were never asked," a fisherman said.',
    'A source close to the talks said the vote was close.',
    'The report said the harbour "needs urgent repair".',
    '"Nothing changes," Hale insisted.',
  ];
  const text = draft.join('\n') + '\n';

  it('splits the sources by kind, with their share of the quoted words and the anonymous ones counted', () => {
    const audit = analyse(text, defaultOptions('plaintext')).sourcing;
    assert.deepEqual(
      audit.sources.map((s) => [s.name, s.kind, s.quotes, s.words]),
      [
        ['Ann Hale', 'named', 2, 9],
        ['the fisherman', 'unnamed', 1, 4],
        ['the report', 'document', 1, 3],
      ],
    );
    assert.equal(audit.quotedWords, 16);
    assert.deepEqual(audit.unattributed, { quotes: 0, words: 0, share: 0 });
    assert.deepEqual(audit.byKind.named, { sources: 1, quotes: 2, words: 9, share: 9 / 16 });
    assert.equal(audit.anonymous, 1);
    assert.deepEqual(audit.unnamedCredits, ['A source']);
    assert.equal(audit.genders, undefined);
  });

  it('counts unattributed quotes apart, and a pronoun nobody resolved as its own kind', () => {
    const record = (text: string, speaker: string | null, status: QuoteRecord['status']): QuoteRecord => ({
      start: 0,
      end: text.length,
      text,
      speaker,
      status,
      cue: speaker ? 'said' : null,
      paragraph: 0,
    });
    const audit = sourcingAudit(
      [record('"one two three"', 'she', 'attributed'), record('"four"', null, 'unattributed'), record('"term"', null, 'scare')],
      new Map(),
    );
    assert.deepEqual(
      audit.sources.map((s) => [s.name, s.kind, s.share]),
      [['she', 'unresolved', 0.75]],
    );
    assert.deepEqual(audit.unattributed, { quotes: 1, words: 1, share: 0.25 });
    assert.equal(audit.anonymous, 0);
  });

  it("counts named people by the desk's list, and never otherwise", () => {
    const parsed = parseHouseStyle('{ "sources": [{ "name": "Ann Hale", "gender": "woman", "role": "council leader" }] }');
    assert.deepEqual(parsed.problems, []);
    const audit = analyse(text, resolveOptions('plaintext', {}, parsed.style).options).sourcing;
    assert.deepEqual(audit.genders, { counts: { woman: 1 }, notListed: 0 });
    assert.deepEqual([audit.sources[0].gender, audit.sources[0].role], ['woman', 'council leader']);
  });
});
