// A tiny test harness for the extension host: no test framework is bundled into the suite, results are printed
// through console.log (the runners forward the extension host's console) and run()'s promise carries the outcome.

export interface TestCase {
  name: string;
  body: () => Promise<void>;
  /** When a gate fails, the tests after it fail at once instead of each waiting for diagnostics that never come. */
  gate?: boolean;
}

export async function runTests(tests: TestCase[]): Promise<void> {
  let passed = 0;
  let failed = 0;
  let closedBy: string | undefined;
  for (const test of tests) {
    const started = Date.now();
    if (closedBy) {
      failed++;
      console.log(`[e2e] not ok - ${test.name} (not run: "${closedBy}" failed)`);
      continue;
    }
    try {
      await test.body();
      passed++;
      console.log(`[e2e] ok - ${test.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      if (test.gate) closedBy = test.name;
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.log(`[e2e] not ok - ${test.name} (${Date.now() - started} ms)\n${indent(text)}`);
    }
  }
  console.log(`[e2e] ${passed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} of ${tests.length} extension-host tests failed`);
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

/** Polls `probe` until it returns a value other than undefined; fails with `what` and the last observation. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  describe: () => string = () => '',
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      const seen = describe();
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${seen ? `\n  last seen: ${seen}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
