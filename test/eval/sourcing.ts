// The written sets for attribution-verb and source-plural (test/eval/sourcing/*.txt), in the figures set's format
// (see figures.ts): one case per "=== id pattern" header, [[...]] the span the rule should flag, {{...}} a span its
// related information should point to, "@fix X" the quick fix's text. Files are named <set>-positive.txt and
// <set>-negative.txt, where <set> is `verb` (attribution-verb) or `plural` (source-plural).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../server/src/engine/analyse';
import { defaultOptions } from '../../server/src/engine/config';
import type { Finding, RuleId, Span } from '../../server/src/engine/types';
import { parseCases, type FigureCase } from './figures';

const SETS: Record<string, RuleId> = { verb: 'attribution-verb', plural: 'source-plural' };

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export interface SourcingCaseResult {
  c: FigureCase;
  found: boolean;
  falseAlarms: Finding[];
  fixRight: boolean | null;
}

export function scoreSourcingCase(c: FigureCase, findings: Finding[], rule: RuleId): SourcingCaseResult {
  const mine = findings.filter((f) => f.rule === rule);
  const hit = c.flag
    ? mine.find((f) => overlaps(f, c.flag!) && (c.other === null || (f.related ?? []).some((r) => overlaps(r, c.other!))))
    : undefined;
  let fixRight: boolean | null = null;
  if (hit) {
    const edits = hit.fixes?.[0]?.edits ?? [];
    fixRight = c.fix !== null ? edits.length === 1 && edits[0].newText === c.fix : edits.length === 0;
  }
  return { c, found: hit !== undefined, falseAlarms: mine.filter((f) => f !== hit), fixRight };
}

/** The development set (<set>-positive, <set>-negative) and the held-out one (<set>-holdout-*), if written. */
export function loadSourcingCases(dir: string, set: string): FigureCase[] {
  return readdirSync(dir)
    .filter((n) => n.startsWith(`${set}-`) && n.endsWith('.txt'))
    .sort()
    .flatMap((n) => parseCases(readFileSync(join(dir, n), 'utf8'), n.replace(/\.txt$/, '')));
}

/** `npm run eval -- attribution-verb|source-plural [DIR]`. */
export function evaluateSourcing(rule: RuleId, dir = 'test/eval/sourcing'): void {
  const set = Object.keys(SETS).find((k) => SETS[k] === rule)!;
  const cases = loadSourcingCases(dir, set);
  const started = performance.now();
  const results = cases.map((c) => scoreSourcingCase(c, analyse(c.text, defaultOptions('plaintext')).findings, rule));
  const ms = performance.now() - started;
  console.log(`${rule} on ${dir}/${set}-*.txt (whole engine, ${Math.round(ms)} ms)`);
  printSourcing(
    'development set',
    results.filter((r) => !r.c.file.includes('holdout')),
  );
  printSourcing(
    'held-out set',
    results.filter((r) => r.c.file.includes('holdout')),
  );
  printSourcing('all', results);
}

function printSourcing(title: string, results: SourcingCaseResult[]): void {
  if (results.length === 0) return;
  const positives = results.filter((r) => r.c.flag !== null);
  const negatives = results.filter((r) => r.c.flag === null);
  const found = positives.filter((r) => r.found).length;
  const alarms = results.reduce((n, r) => n + r.falseAlarms.length, 0);
  const fixes = results.filter((r) => r.fixRight !== null);
  console.log(`\n${title}: ${positives.length} positive, ${negatives.length} negative cases`);
  console.log(`  recall    ${(found / positives.length).toFixed(3)} (${found}/${positives.length})`);
  console.log(`  precision ${found + alarms ? (found / (found + alarms)).toFixed(3) : '–'} (${found}/${found + alarms})`);
  console.log(`  negative cases with a finding: ${negatives.filter((r) => r.falseAlarms.length > 0).length}/${negatives.length}`);
  console.log(`  quick fixes as expected: ${fixes.filter((r) => r.fixRight).length}/${fixes.length}`);
  if (title === 'all') return;
  const misses = positives.filter((r) => !r.found);
  if (misses.length) console.log(`  misses:\n    ${misses.map((r) => `${r.c.id} ${r.c.pattern}`).join('\n    ')}`);
  const wrong = results.filter((r) => r.falseAlarms.length > 0);
  if (wrong.length)
    console.log(
      `  false alarms:\n    ${wrong.map((r) => `${r.c.id} ${r.falseAlarms.map((f) => `[${r.c.text.slice(f.start, f.end)}] ${f.message}`).join(' | ')}`).join('\n    ')}`,
    );
  const badFix = fixes.filter((r) => !r.fixRight);
  if (badFix.length) console.log(`  quick fixes not as expected:\n    ${badFix.map((r) => r.c.id).join('\n    ')}`);
}
