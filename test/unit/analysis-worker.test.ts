import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultOptions } from '../../server/src/engine/config';
import type { Paragraph } from '../../server/src/engine/types';
import { AnalysisHost, DraftLimits, MIN_SLOW_LIMIT } from '../../server/src/lsp/analysisWorker';
import type { FromWorker } from '../../server/src/lsp/workerProtocol';

const paragraph = (length: number): Paragraph => ({ start: 100, end: 100 + length, kind: 'paragraph', text: 'x'.repeat(length) });

describe('a draft’s paragraph limits', () => {
  it('a paragraph over its time budget lowers the length analysed afresh, never below the floor', () => {
    const limits = new DraftLimits(null);
    assert.equal(limits.skip(paragraph(12_000), 0, false), undefined);
    limits.took(paragraph(12_000), 1_200);
    // 12,000 characters in 1,200 ms: about 4,500 fit the 500 ms budget with a tenth to spare; the floor is 5,000.
    assert.equal(limits.slowLimit, MIN_SLOW_LIMIT);
    assert.deepEqual(limits.skip(paragraph(6_000), 3, false), { reason: 'slow', size: 6_000, limit: 5_000 });
    // Facts at hand are used whatever the length; shorter paragraphs are analysed.
    assert.equal(limits.skip(paragraph(6_000), 3, true), undefined);
    assert.equal(limits.skip(paragraph(4_000), 3, false), undefined);
    // A short paragraph that was slow (a busy machine) changes nothing.
    const other = new DraftLimits(null);
    other.took(paragraph(3_000), 2_000);
    assert.equal(other.slowLimit, Infinity);
  });

  it('the fixed limits hold first', () => {
    const limits = new DraftLimits(null);
    assert.deepEqual(limits.skip(paragraph(20_001), 0, true), { reason: 'long', size: 20_001, limit: 20_000 });
    assert.deepEqual(limits.skip(paragraph(10), 10_000, true), { reason: 'count', size: 1, limit: 10_000 });
  });

  it('gives the run up between paragraphs once the protocol thread asks', () => {
    const cancel = new Int32Array(new SharedArrayBuffer(4));
    const limits = new DraftLimits(cancel);
    limits.begin();
    assert.equal(limits.skip(paragraph(10), 0, false), undefined);
    Atomics.add(cancel, 0, 1);
    assert.throws(() => limits.skip(paragraph(10), 1, false));
    limits.begin();
    assert.equal(limits.skip(paragraph(10), 1, false), undefined);
  });
});

describe('the analysis host', () => {
  it('checks a draft kept up to date edit by edit, and answers for the version it checked only', () => {
    const posted: FromWorker[] = [];
    const host = new AnalysisHost((m) => posted.push(m), null);
    const uri = 'untitled:host.md';
    host.handle({ type: 'open', uri, version: 1, text: 'The board met on Monday.\n' });
    host.handle({ type: 'options', id: 1, options: defaultOptions('markdown') });
    host.handle({
      type: 'change',
      uri,
      version: 2,
      changes: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 24 } }, text: 'It was decided by the board.' }],
    });
    host.handle({ type: 'run', job: 7, uri, optionsId: 1, sentenceLimit: 40 });
    const ran = posted.shift();
    assert.equal(ran?.type, 'ran');
    if (ran?.type !== 'ran') return;
    assert.equal(ran.job, 7);
    assert.equal(ran.result.version, 2);
    assert.deepEqual(
      ran.result.diagnostics.map((d) => [d.code, d.range]),
      [['passive-voice', { start: { line: 0, character: 3 }, end: { line: 0, character: 27 } }]],
    );
    host.handle({ type: 'query', id: 1, uri, version: 2, query: { kind: 'facts' } });
    host.handle({ type: 'query', id: 2, uri, version: 1, query: { kind: 'facts' } });
    const [current, stale] = posted.splice(0);
    assert.equal(current.type === 'answer' && (current.result as { version: number }).version, 2);
    assert.deepEqual(stale, { type: 'answer', id: 2, result: null });
    host.handle({ type: 'run', job: 8, uri, optionsId: 2, sentenceLimit: 40 });
    assert.deepEqual(posted.splice(0), [{ type: 'failed', job: 8, message: `the worker has no options of ${uri}` }]);
  });
});
