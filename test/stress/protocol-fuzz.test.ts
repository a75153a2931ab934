// A short form of the soak's protocol fuzz (test/soak/protocolFuzz.ts): random incremental edits to 20 open drafts
// over the real protocol, every publication equal to a fresh analysis. COPYDESK_FUZZ_EDITS raises the count.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { runProtocolFuzz } from '../soak/protocolFuzz';

it('random incremental edits over the protocol publish what a fresh analysis finds', async () => {
  const edits = Number(process.env.COPYDESK_FUZZ_EDITS ?? 1_500);
  const result = await runProtocolFuzz({ edits, documents: 20, seed: Number(process.env.COPYDESK_FUZZ_SEED ?? 7) });
  process.stdout.write(
    `# ${result.edits} edits, ${result.comparisons} publications and ${result.factComparisons} facts compared, ${result.seconds} s\n`,
  );
  assert.deepEqual(result.differences, []);
  assert.ok(result.comparisons > 0 && result.factComparisons > 0);
});
