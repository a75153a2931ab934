// Test-only fault injection, so that tests can see how a check that throws is isolated without mocking anything.
// Only the language server arms it, from the COPYDESK_FAULT environment variable of its own process when it
// starts (see server.ts): settings, .copydesk.json and drafts are data and cannot reach it.
import type { CheckModule } from './paragraph';

let armed: ReadonlySet<string> = new Set();

/** `modules`: a comma-separated list of check modules (quotes, names, style, terms) that will throw. */
export function armFaults(modules: string | undefined): void {
  armed = new Set(
    (modules ?? '')
      .split(',')
      .map((m) => m.trim())
      .filter((m) => m !== ''),
  );
}

export function failIfArmed(module: CheckModule): void {
  if (armed.size > 0 && armed.has(module)) throw new Error(`fault injected into the ${module} check (COPYDESK_FAULT)`);
}
