import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serverNodeFlags, v8PoolSize } from '../../server/src/lsp/launch';

test("V8's helper threads get the cores the protocol thread and the analysis worker leave, one to four", () => {
  assert.deepEqual([1, 2, 3, 4, 6, 8, 64].map(v8PoolSize), [1, 1, 1, 2, 4, 4, 4]);
});

test('the server is started with a small young generation and the helper threads sized to the machine', () => {
  assert.deepEqual(serverNodeFlags(2), ['--max-semi-space-size=8', '--v8-pool-size=1']);
  assert.deepEqual(serverNodeFlags(16), ['--max-semi-space-size=8', '--v8-pool-size=4']);
});
