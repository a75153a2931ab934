import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BATCH, draftGlob, IN_FLIGHT, inBatches, type BatchTotals } from '../../client/src/workspaceBatches';

const ok = (batch: number[]): BatchTotals => ({
  checked: batch.length,
  notChecked: [],
  counts: { error: 0, warning: batch.length, info: 0, hint: 0 },
});

describe('Check All Drafts in Workspace: batches', () => {
  it('looks for the file names of the languages Copydesk may check', () => {
    assert.equal(draftGlob(['markdown', 'plaintext', 'news-draft']), '**/*.{md,markdown,mdown,mkd,txt,text,draft}');
    assert.equal(draftGlob(['html', 'markdown']), '**/*.{html,htm,xhtml,md,markdown,mdown,mkd}');
    assert.equal(draftGlob(['latex']), null);
  });

  it('sends every draft once, in batches, at most two at a time, with progress after each', async () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const sent: number[][] = [];
    const progress: number[] = [];
    let inFlight = 0;
    let most = 0;
    const totals = await inBatches(
      items,
      async (batch) => {
        sent.push(batch);
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 1));
        inFlight--;
        return ok(batch);
      },
      (done) => progress.push(done),
      () => false,
    );
    assert.deepEqual(
      sent.flat().sort((a, b) => a - b),
      items,
    );
    assert.ok(sent.every((b) => b.length <= BATCH));
    assert.equal(most, IN_FLIGHT);
    assert.deepEqual(progress, [16, 32, 48, 64, 80, 96, 100]);
    assert.deepEqual(totals, { done: 100, checked: 100, notChecked: [], counts: { error: 0, warning: 100, info: 0, hint: 0 } });
  });

  it('stops sending once cancelled, and counts only what finished before', async () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    let calls = 0;
    let cancel = false;
    const totals = await inBatches(
      items,
      async (batch) => {
        if (++calls === 3) cancel = true;
        await new Promise((r) => setTimeout(r, 1));
        return ok(batch);
      },
      () => {},
      () => cancel,
    );
    assert.equal(calls, 3);
    assert.equal(totals.done, 16);
  });
});
