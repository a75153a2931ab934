import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HeapPolicy, TIGHT_HEAP_FROM_CHARS } from '../../server/src/lsp/heapPolicy';

test('the heap policy tightens from the long-draft threshold and lets go below it', () => {
  const policy = new HeapPolicy();
  const seen: boolean[] = [];
  for (const chars of [0, TIGHT_HEAP_FROM_CHARS - 1, TIGHT_HEAP_FROM_CHARS, 2_000_000, TIGHT_HEAP_FROM_CHARS - 1, 0]) {
    policy.update(chars);
    seen.push(policy.isTight);
  }
  assert.deepEqual(seen, [false, false, true, true, false, false]);
});
