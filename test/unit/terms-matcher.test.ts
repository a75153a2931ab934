import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileTerms, termHitsOf, type Term } from '../../server/src/engine/rules/terms';

const hits = (terms: Term[], text: string) => termHitsOf(text, compileTerms(terms), []).map((h) => [h.start, h.end, h.actual, h.use]);

describe('house-style term matcher', () => {
  it('matches whole words only, in any case for a variant in lower case and exactly otherwise', () => {
    const terms = [
      { use: 'Kyiv', instead: ['kiev'] },
      { use: 'United States', instead: ['U.S.'] },
    ];
    assert.deepEqual(hits(terms, 'Kiev, KIEV and kiev; Kievan and prekiev. U.S. and u.s. and U.S.A.'), [
      [0, 4, 'Kiev', 'Kyiv'],
      [6, 10, 'KIEV', 'Kyiv'],
      [15, 19, 'kiev', 'Kyiv'],
      [41, 45, 'U.S.', 'United States'],
    ]);
  });

  it('prefers the longest variant at a place, and lets a shorter one match where the longer is the wrong case', () => {
    const terms = [
      { use: 'NYC', instead: ['New York City'] },
      { use: 'New York', instead: ['new york'] },
    ];
    assert.deepEqual(hits(terms, 'New York City and new york city.'), [
      [0, 13, 'New York City', 'NYC'],
      [18, 26, 'new york', 'New York'],
    ]);
  });

  it('keeps matches apart: after one, the next starts where it ends', () => {
    assert.deepEqual(hits([{ use: 'x', instead: ['a a'] }], 'a a a a a'), [
      [0, 3, 'a a', 'x'],
      [4, 7, 'a a', 'x'],
    ]);
  });

  it('reads letters beyond ASCII and surrogate pairs as parts of a word', () => {
    const terms = [{ use: 'café', instead: ['cafe'] }];
    assert.deepEqual(hits(terms, 'cafe caféx écafe cafe𝒳 cafe'), [
      [0, 4, 'cafe', 'café'],
      [24, 28, 'cafe', 'café'],
    ]);
  });

  it('a term of 15,000 letters compiles and matches, and does not stop the others', () => {
    const long = 'kiev'.repeat(3_750);
    const terms = [
      { use: 'x', instead: [long] },
      { use: 'Kyiv', instead: ['Kiev'] },
    ];
    assert.deepEqual(hits(terms, `Kiev ${long}`), [
      [0, 4, 'Kiev', 'Kyiv'],
      [5, 15_005, long, 'x'],
    ]);
  });

  it('is built once per list of terms, and once per content', () => {
    const terms = [{ use: 'Kyiv', instead: ['Kiev'] }];
    assert.equal(compileTerms(terms), compileTerms(terms));
    assert.equal(compileTerms(terms), compileTerms(JSON.parse(JSON.stringify(terms)) as Term[]));
  });

  it('reads a paragraph in time linear in its length, whatever the variants', () => {
    // Variants that are prefixes and suffixes of one another: every position ends many of them.
    const terms = [{ use: 'z', instead: Array.from({ length: 100 }, (_, i) => 'a '.repeat(i + 1).trim()) }];
    const compiled = compileTerms(terms);
    const time = (n: number) => {
      const text = 'a '.repeat(n);
      const t = performance.now();
      termHitsOf(text, compiled, []);
      return performance.now() - t;
    };
    time(1_000);
    const small = time(2_000);
    const large = time(16_000);
    assert.ok(large < small * 8 * 3, `2,000 words ${small.toFixed(1)} ms, 16,000 words ${large.toFixed(1)} ms`);
  });
});
