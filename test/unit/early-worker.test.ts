// The first analysis worker starts as the server process starts; the pool's first lane takes it over, and one that
// failed before the pool existed is replaced, not used.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { defaultOptions } from '../../server/src/engine/config';
import { AnalysisPool, startFirstWorkerEarly, type LaneDraft } from '../../server/src/lsp/lanes';

const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-early-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const WORKER = path.resolve('dist/worker.js');

test('a first worker that failed before the pool existed is replaced, and the draft is checked', { timeout: 30_000 }, async () => {
  // fails on its first start only: the early thread dies, the replacement serves
  const marker = path.join(dir, 'started-once');
  const script = path.join(dir, 'flaky-worker.js');
  writeFileSync(
    script,
    `const fs = require('fs');
if (!fs.existsSync(${JSON.stringify(marker)})) { fs.writeFileSync(${JSON.stringify(marker)}, ''); throw new Error('first start fails'); }
require(${JSON.stringify(WORKER)});
`,
  );
  startFirstWorkerEarly(script);
  // the early thread has time to fail before the pool takes it
  await new Promise((resolve) => setTimeout(resolve, 500));
  const pool = new AnalysisPool({ script });
  try {
    const text = 'Ferry fares rise\n\nThe the council met on Monday.';
    const draft: LaneDraft = { uri: 'file:///early/draft.md', version: 1, text: () => text };
    const outcome = await pool.run(draft, 1, defaultOptions('markdown'), 40);
    assert.equal(outcome.kind, 'done');
    if (outcome.kind !== 'done') return;
    assert.deepEqual(
      outcome.result.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]),
      [['repeated-word', 2, 0, 7]],
    );
  } finally {
    pool.dispose();
  }
});
