// The word lists every check reads, as written: no entry twice in one list, and no word in two lists that must not
// share one; the character classes and the apostrophe folding they all use.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldApostrophes, isInlineSpace, isInvisible, isLineBreak, isSpace } from '../../server/src/engine/lexicon/characters';
import { registeredLists } from '../../server/src/engine/lexicon/lists';
// Loaded for the lists they register.
import '../../server/src/engine/lexicon/words';
import '../../server/src/engine/rules/names/data';
import '../../server/src/engine/rules/quotes/cues';
import '../../server/src/engine/rules/quotes/speakers';
import '../../server/src/engine/rules/style/passive-words';

const lists = registeredLists();

function list(name: string): readonly string[] {
  const found = lists.get(name);
  assert.ok(found, `no list registered as ${name}`);
  return found;
}

function shared(a: string, b: string, fold: (w: string) => string = (w) => w): string[] {
  const second = new Set(list(b).map(fold));
  return [...new Set(list(a).map(fold))].filter((w) => second.has(w)).sort();
}

describe('word lists', () => {
  it('are registered from every module that keeps one', () => {
    for (const name of ['words/SUBJECT_PRONOUNS', 'names/TITLES', 'names/DEMONYMS', 'cues/STRONG_VERBS', 'passive/BE_FORMS'])
      assert.ok(lists.has(name), name);
    assert.ok(lists.size >= 40, `${lists.size} lists registered`);
  });

  it('hold no entry twice', () => {
    const twice: string[] = [];
    for (const [name, entries] of lists) {
      const seen = new Set<string>();
      for (const e of entries) {
        if (seen.has(e)) twice.push(`${name}: ${e}`);
        seen.add(e);
      }
    }
    assert.deepEqual(twice, []);
  });

  it('keep apart the classes that must not share a word', () => {
    const lower = (w: string) => w.toLowerCase();
    // A verb is a strong cue, a weak cue or a non-speech verb, never two of them.
    assert.deepEqual(shared('cues/STRONG_VERBS', 'cues/WEAK_VERBS'), []);
    assert.deepEqual(shared('cues/STRONG_VERBS', 'cues/NON_SPEECH_VERBS'), []);
    assert.deepEqual(shared('cues/WEAK_VERBS', 'cues/NON_SPEECH_VERBS'), []);
    assert.deepEqual(shared('words/MALE_TITLES', 'words/FEMALE_TITLES'), []);
    assert.deepEqual(shared('words/NAME_PARTICLES', 'words/AMBIGUOUS_NAME_PARTICLES'), []);
    assert.deepEqual(shared('words/NAME_PARTICLES', 'names/TITLES', lower), []);
    assert.deepEqual(shared('passive/BE_FORMS', 'passive/GET_FORMS'), []);
    assert.deepEqual(shared('names/DEMONYMS', 'names/KNOWN_PLACES', lower), []);
  });

  it('write contractions with a straight apostrophe (the words are folded before lookup)', () => {
    const curly: string[] = [];
    for (const [name, entries] of lists) for (const e of entries) if (foldApostrophes(e) !== e) curly.push(`${name}: ${e}`);
    // The quote module's clause words are matched against unfolded text and keep both spellings.
    assert.deepEqual(
      curly.filter((c) => !c.startsWith('quotes/')),
      [],
    );
  });
});

describe('character classes', () => {
  const table: [string, number, { inline: boolean; line: boolean; invisible: boolean }][] = [
    ['space', 0x20, { inline: true, line: false, invisible: false }],
    ['tab', 0x09, { inline: true, line: false, invisible: false }],
    ['no-break space', 0xa0, { inline: true, line: false, invisible: false }],
    ['thin space', 0x2009, { inline: true, line: false, invisible: false }],
    ['narrow no-break space', 0x202f, { inline: true, line: false, invisible: false }],
    ['ideographic space', 0x3000, { inline: true, line: false, invisible: false }],
    ['line feed', 0x0a, { inline: false, line: true, invisible: false }],
    ['carriage return', 0x0d, { inline: false, line: true, invisible: false }],
    ['line separator', 0x2028, { inline: false, line: true, invisible: false }],
    ['zero-width space', 0x200b, { inline: false, line: false, invisible: true }],
    ['left-to-right mark', 0x200e, { inline: false, line: false, invisible: true }],
    ['byte-order mark', 0xfeff, { inline: false, line: false, invisible: true }],
    ['letter a', 0x61, { inline: false, line: false, invisible: false }],
    ['right single quotation mark', 0x2019, { inline: false, line: false, invisible: false }],
  ];
  for (const [name, code, want] of table) {
    it(`${name} (U+${code.toString(16).toUpperCase().padStart(4, '0')})`, () => {
      assert.deepEqual(
        { inline: isInlineSpace(code), line: isLineBreak(code), invisible: isInvisible(code), space: isSpace(code) },
        { ...want, space: want.inline || want.line },
      );
    });
  }

  it('fold every apostrophe to the straight one, and leave a word without one as it is', () => {
    assert.deepEqual(['wasn’t', 'wasnʼt', 'wasn‘t', 'O′Neill', "didn't", 'harbour'].map(foldApostrophes), [
      "wasn't",
      "wasn't",
      "wasn't",
      "O'Neill",
      "didn't",
      'harbour',
    ]);
  });
});
