// The written set for figure-inconsistent (test/eval/figures/*.txt): drafts written for the project, one case per
// "=== id pattern" header, one paragraph per line. [[...]] marks the mention the rule should flag and {{...}} the
// mention it should point to; "@fix X" says the quick fix should write X. The whole engine checks each draft as
// plain text (as the CLI reads a .txt file), and the figures are scored per case:
//   - a positive case is found when a finding lies on [[...]] with related information on {{...}};
//   - every other finding of the rule (on a negative case, or elsewhere in a positive one) is a false alarm;
//   - a quick fix is right when the case expects one and it writes X, and wrong wherever the case expects none.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../server/src/engine/analyse';
import { defaultOptions } from '../../server/src/engine/config';
import type { Finding, Span } from '../../server/src/engine/types';

export interface FigureCase {
  /** The file it came from (`positive`, `holdout-negative`, …). */
  file: string;
  id: string;
  pattern: string;
  text: string;
  flag: Span | null;
  other: Span | null;
  fix: string | null;
}

/** Reads every case file in a directory. */
export function loadFigureCases(dir: string): FigureCase[] {
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  return files.flatMap((f) => parseCases(readFileSync(join(dir, f), 'utf8'), f.replace(/\.txt$/, '')));
}

export function parseCases(source: string, file = ''): FigureCase[] {
  const cases: FigureCase[] = [];
  let current: { id: string; pattern: string; lines: string[]; fix: string | null } | null = null;
  const finish = () => {
    if (current) cases.push(markCase(file, current.id, current.pattern, current.lines.join('\n') + '\n', current.fix));
  };
  for (const line of source.split('\n')) {
    const header = /^=== (\S+) (.*)$/.exec(line);
    if (header) {
      finish();
      current = { id: header[1], pattern: header[2], lines: [], fix: null };
    } else if (!current || line.startsWith('#')) continue;
    else if (line.startsWith('@fix ')) current.fix = line.slice(5).trim();
    else if (line.trim() !== '') current.lines.push(line);
  }
  finish();
  return cases;
}

function markCase(file: string, id: string, pattern: string, marked: string, fix: string | null): FigureCase {
  let text = '';
  let flag: Span | null = null;
  let other: Span | null = null;
  const re = /\[\[(.*?)\]\]|\{\{(.*?)\}\}/g;
  let last = 0;
  for (let m = re.exec(marked); m !== null; m = re.exec(marked)) {
    text += marked.slice(last, m.index);
    const inner = m[1] ?? m[2];
    const span = { start: text.length, end: text.length + inner.length };
    if (m[1] !== undefined) flag = span;
    else other = span;
    text += inner;
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { file, id, pattern, text, flag, other, fix };
}

export interface FigureCaseResult {
  c: FigureCase;
  findings: Finding[];
  found: boolean;
  falseAlarms: Finding[];
  fixRight: boolean | null;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function scoreCase(c: FigureCase, findings: Finding[]): FigureCaseResult {
  const mine = findings.filter((f) => f.rule === 'figure-inconsistent');
  const hit = c.flag
    ? mine.find((f) => overlaps(f, c.flag!) && (c.other === null || (f.related ?? []).some((r) => overlaps(r, c.other!))))
    : undefined;
  const falseAlarms = mine.filter((f) => f !== hit);
  let fixRight: boolean | null = null;
  if (hit) {
    const edits = hit.fixes?.[0]?.edits ?? [];
    if (c.fix !== null) fixRight = edits.length === 1 && edits[0].newText === c.fix;
    else fixRight = edits.length === 0;
  }
  return { c, findings: mine, found: hit !== undefined, falseAlarms, fixRight };
}

/** The development set (positive, negative) tuned the rule; the held-out sets (holdout-*, holdout2-*) were written
 * after it, each run first before any change it might prompt. */
export function evaluateFigures(dir: string): void {
  const cases = loadFigureCases(dir);
  const started = performance.now();
  const results = cases.map((c) => scoreCase(c, analyse(c.text, defaultOptions('plaintext')).findings));
  const ms = performance.now() - started;
  console.log(`figure-inconsistent on ${dir} (whole engine, ${Math.round(ms)} ms)`);
  printFigures(
    'development set',
    results.filter((r) => !r.c.file.startsWith('holdout')),
  );
  printFigures(
    'held-out set 1',
    results.filter((r) => r.c.file.startsWith('holdout-')),
  );
  printFigures(
    'held-out set 2',
    results.filter((r) => r.c.file.startsWith('holdout2-')),
  );
  printFigures('all', results);
}

function printFigures(title: string, results: FigureCaseResult[]): void {
  if (results.length === 0) return;
  const positives = results.filter((r) => r.c.flag !== null);
  const negatives = results.filter((r) => r.c.flag === null);
  const found = positives.filter((r) => r.found).length;
  const alarms = results.reduce((n, r) => n + r.falseAlarms.length, 0);
  const flagged = found + alarms;
  const fixes = results.filter((r) => r.fixRight !== null);
  console.log(`\n${title}: ${positives.length} positive, ${negatives.length} negative cases`);
  console.log(`  recall    ${(found / positives.length).toFixed(3)} (${found}/${positives.length})`);
  console.log(`  precision ${flagged ? (found / flagged).toFixed(3) : '–'} (${found}/${flagged})`);
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
