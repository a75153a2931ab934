// Editor settings are checked as strictly as the house style: a value that does not fit its setting is dropped and
// named once in the output, and the default (or the house style's value) stays in force.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { fileUri, open, startServer } from './harness';

// One 55-word sentence, and a quote nobody is credited with.
const LONG = `${Array.from({ length: 54 }, (_, i) => (i % 2 ? 'boats' : 'the')).join(' ')} moored.`;
const DRAFT = `# Quay\n\n${LONG}\n\n“Nobody asked the crews about the closure at all.”\n`;
const ignoredLine = (setting: string, value: string, why: string) =>
  `Copydesk: copydesk.${setting} = ${value} is ignored: it ${why}. The default, or the house style's value, stays in force.`;

describe('language server: invalid editor settings', () => {
  it('drops a severity that is not one, and a rule id that does not exist, keeping the default severity', async () => {
    const h = await startServer({
      initializationOptions: { debounceMs: 0 },
      settings: { rules: { 'quote-unattributed': 'of', 'no-such-rule': 'warning', 'sentence-length': 'info' } },
    });
    try {
      const uri = 'untitled:bad-severity';
      const published = h.nextDiagnostics(uri);
      await open(h, uri, DRAFT);
      assert.deepEqual(
        (await published).diagnostics.map((d) => [d.code, d.severity]),
        [
          ['sentence-length', 3],
          ['quote-unattributed', 2],
        ],
      );
      assert.deepEqual(
        h.logs.filter((l) => l.includes('is ignored')),
        [
          ignoredLine('rules.quote-unattributed', '"of"', 'must be one of "off", "error", "warning", "info", "hint"'),
          ignoredLine('rules.no-such-rule', '"warning"', 'is not a rule id'),
        ],
      );
    } finally {
      await h.stop();
    }
  });

  it('drops a limit of the wrong type or out of bounds, so the default limit applies', async () => {
    const h = await startServer({
      initializationOptions: { debounceMs: 0 },
      settings: { sentenceLength: { maxWords: 'x' }, readability: { targetAge: 3 }, styleInQuotes: 'yes', debounceMs: -5 },
    });
    try {
      const uri = 'untitled:bad-limit';
      const published = h.nextDiagnostics(uri);
      await open(h, uri, DRAFT);
      const long = (await published).diagnostics.filter((d) => d.code === 'sentence-length');
      assert.deepEqual(
        long.map((d) => d.message),
        ['Long sentence: 55 words (limit 50); consider splitting it'],
      );
      assert.deepEqual(h.logs.filter((l) => l.includes('is ignored')).sort(), [
        ignoredLine('debounceMs', '-5', 'must be a whole number from 0 to 60000'),
        ignoredLine('readability.targetAge', '3', 'must be a whole number from 5 to 30'),
        ignoredLine('sentenceLength.maxWords', '"x"', 'must be a whole number from 5 to 500'),
        ignoredLine('styleInQuotes', '"yes"', 'must be true or false'),
      ]);
    } finally {
      await h.stop();
    }
  });

  it('keeps the house style’s value in force when the editor’s is invalid', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-settings-'));
    writeFileSync(path.join(dir, '.copydesk.json'), JSON.stringify({ sentenceLength: { maxWords: 30 } }));
    const h = await startServer({
      workspaceFolder: dir,
      initializationOptions: { debounceMs: 0 },
      settings: { sentenceLength: { maxWords: 'x' } },
    });
    try {
      const uri = fileUri(path.join(dir, 'quay.md'));
      const published = h.nextDiagnostics(uri);
      await open(h, uri, DRAFT);
      assert.deepEqual(
        (await published).diagnostics.filter((d) => d.code === 'sentence-length').map((d) => d.message),
        ['Long sentence: 55 words (limit 30); consider splitting it'],
      );
    } finally {
      await h.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks settings a client pushes as strictly as settings it is asked for', async () => {
    const h = await startServer({ pullConfiguration: false, initializationOptions: { debounceMs: 0 } });
    try {
      const uri = 'untitled:pushed-bad';
      const first = h.nextDiagnostics(uri);
      await open(h, uri, DRAFT);
      await first;
      const next = h.nextDiagnostics(uri);
      await h.connection.sendNotification('workspace/didChangeConfiguration', {
        settings: { copydesk: { rules: { 'quote-unattributed': 42 } } },
      });
      assert.deepEqual(
        (await next).diagnostics.map((d) => [d.code, d.severity]),
        [
          ['sentence-length', 2],
          ['quote-unattributed', 2],
        ],
      );
      assert.deepEqual(
        h.logs.filter((l) => l.includes('is ignored')),
        [ignoredLine('rules.quote-unattributed', '42', 'must be one of "off", "error", "warning", "info", "hint"')],
      );
    } finally {
      await h.stop();
    }
  });
});
