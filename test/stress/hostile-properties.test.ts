// Property-based tests: whatever the draft, analyse() does not throw, loses no check, and every range it reports
// is a valid range of the draft; results are deterministic and the paragraph cache never changes them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyse } from '../../server/src/engine/analyse';
import { checkAnalysis, checkWarmEdits, draft, edit, engineOptions, format, houseStyle, outcome, prose } from './hostile-arbitraries';

// Sized so that the whole hostile suite stays well under a minute; `npm run soak` runs many more.
const RUNS = Number(process.env.COPYDESK_HOSTILE_RUNS ?? 150);
const params = { numRuns: RUNS } as const;

describe('hostile input: properties', () => {
  it('never throws, never records a failure, and reports only valid ranges (random pieces)', () => {
    fc.assert(
      fc.property(draft(), format, houseStyle, (text, fmt, house) => {
        checkAnalysis(text, analyse(text, engineOptions(fmt, house)));
      }),
      params,
    );
  });

  it('never throws, never records a failure, and reports only valid ranges (prose-shaped drafts)', () => {
    fc.assert(
      fc.property(prose(), format, houseStyle, (text, fmt, house) => {
        checkAnalysis(text, analyse(text, engineOptions(fmt, house)));
      }),
      params,
    );
  });

  it('never throws on arbitrary code points, graphemes and control characters', () => {
    const any = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.string({ unit: 'grapheme', maxLength: 400 }),
      fc.string({ unit: 'binary-ascii', maxLength: 400 }),
    );
    fc.assert(
      fc.property(any, format, (text, fmt) => {
        checkAnalysis(text, analyse(text, engineOptions(fmt, null)));
      }),
      params,
    );
  });

  it('gives the same findings for the same input', () => {
    fc.assert(
      fc.property(fc.oneof(draft(), prose()), format, houseStyle, (text, fmt, house) => {
        const options = engineOptions(fmt, house);
        const first = outcome(analyse(text, options));
        // Fresh options object too: nothing may hang on the identity of the options.
        assert.deepEqual(outcome(analyse(text, engineOptions(fmt, house))), first);
      }),
      params,
    );
  });

  it('gives exactly the findings of a fresh run when a warm cache follows a series of edits', () => {
    fc.assert(
      fc.property(
        fc.oneof(prose(), draft()),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        format,
        houseStyle,
        (text, edits, fmt, house) => {
          const options = engineOptions(fmt, house);
          const { cache } = checkWarmEdits(text, edits, options);
          // Undo back to the first text: the cache still holds its paragraphs, and must answer the same.
          assert.deepEqual(outcome(analyse(text, options, cache)), outcome(analyse(text, options)));
        },
      ),
      params,
    );
  });
});
