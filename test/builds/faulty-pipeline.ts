// Test builds only: the real pipeline, with the checks named in COPYDESK_TEST_FAULT (comma-separated module names)
// made to throw on every paragraph. build.ts puts this module in place of the engine's pipeline, so the shipped
// server holds no way to inject a fault.
import { PIPELINE as REAL, type Check, type PassResult, type Pipeline } from '../../server/src/engine/pipeline';

const faulty = new Set((process.env.COPYDESK_TEST_FAULT ?? '').split(',').map((m) => m.trim()));

function failing<C extends Check<unknown, PassResult>>(check: C): C {
  if (!faulty.has(check.module)) return check;
  return {
    ...check,
    paragraph() {
      throw new Error(`fault injected into the ${check.module} check (test build)`);
    },
  };
}

export const PIPELINE: Pipeline = {
  quotes: failing(REAL.quotes),
  names: failing(REAL.names),
  style: failing(REAL.style),
  terms: failing(REAL.terms),
  figures: failing(REAL.figures),
  guide: failing(REAL.guide),
  sourcing: failing(REAL.sourcing),
};
