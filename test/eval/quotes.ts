// Evaluation of the quote attribution check against a labelled JSONL set (see /work/shared/eval/README.md).
// Run: node --import tsx test/eval/quotes.ts /work/shared/eval/quotes-dev.jsonl --corpus /work/shared/corpus

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { quoteFactsOf, resolveQuotes, type QuoteRecord } from '../../server/src/engine/rules/quotes';
import { tokenize } from '../../server/src/engine/tokens';
import type { BlockKind, Finding } from '../../server/src/engine/types';

export interface LabelledSpan {
  start: number;
  end: number;
  label: 'attributed' | 'unattributed' | 'scare';
  why?: string;
}

export interface EvalCase {
  id: string;
  /** The edited document text. */
  text: string;
  quotes: LabelledSpan[];
}

export interface SimpleFinding {
  rule: string;
  start: number;
  end: number;
}

export interface Miss {
  id: string;
  label: string;
  text: string;
}

export interface EvalResult {
  truePositives: number;
  falsePositives: number;
  labelled: number;
  found: number;
  precision: number;
  recall: number;
  f1: number;
  misses: Miss[];
  falseAlarms: Miss[];
}

/** Every line is a paragraph; blank lines are skipped. Offsets are document offsets. */
export function linesAsParagraphs(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let lineEnd = end;
    if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
    const line = text.slice(start, lineEnd);
    if (line.trim().length > 0) out.push({ start, text: line });
    start = end + 1;
  }
  return out;
}

/** Runs the quote check alone on a plain text document (every line a paragraph). */
export function analyseQuotes(text: string, kind: BlockKind = 'paragraph'): { quotes: QuoteRecord[]; findings: Finding[] } {
  const paragraphs = linesAsParagraphs(text).map((p) => ({
    start: p.start,
    kind,
    facts: quoteFactsOf({ text: p.text, kind, tokens: tokenize(p.text) }),
  }));
  return resolveQuotes(paragraphs);
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 80 ? one.slice(0, 79) + '…' : one;
}

/** Scores quote-unattributed findings: a finding is right when it overlaps a span labelled unattributed. */
export function evaluateQuotes(cases: EvalCase[], findingsOf: (text: string) => SimpleFinding[]): EvalResult {
  let truePositives = 0;
  let falsePositives = 0;
  let labelled = 0;
  let found = 0;
  const misses: Miss[] = [];
  const falseAlarms: Miss[] = [];
  for (const c of cases) {
    const findings = findingsOf(c.text).filter((f) => f.rule === 'quote-unattributed');
    const targets = c.quotes.filter((q) => q.label === 'unattributed');
    labelled += targets.length;
    for (const t of targets) {
      if (findings.some((f) => f.start < t.end && t.start < f.end)) found++;
      else misses.push({ id: c.id, label: t.label, text: clip(c.text.slice(t.start, t.end)) });
    }
    for (const f of findings) {
      if (targets.some((t) => f.start < t.end && t.start < f.end)) {
        truePositives++;
        continue;
      }
      falsePositives++;
      const over = c.quotes.find((q) => f.start < q.end && q.start < f.end);
      falseAlarms.push({ id: c.id, label: over ? over.label : 'none', text: clip(c.text.slice(f.start, f.end)) });
    }
  }
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = labelled === 0 ? 1 : found / labelled;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, labelled, found, precision, recall, f1, misses, falseAlarms };
}

/** Reads a JSONL set and applies each case's edits (descending start) to its corpus document. */
export function loadCases(jsonlPath: string, corpusRoot: string): EvalCase[] {
  const lines = readFileSync(jsonlPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0);
  return lines.map((line) => {
    const raw = JSON.parse(line) as {
      id: string;
      doc: string;
      edits: { start: number; end: number; text: string }[];
      quotes: LabelledSpan[];
    };
    let text = readFileSync(join(corpusRoot, raw.doc), 'utf8');
    for (const e of [...raw.edits].sort((a, b) => b.start - a.start)) {
      text = text.slice(0, e.start) + e.text + text.slice(e.end);
    }
    return { id: raw.id, text, quotes: raw.quotes };
  });
}

function pct(x: number): string {
  return x.toFixed(3);
}

export function printResult(title: string, r: EvalResult): void {
  console.log(
    `${title}: precision ${pct(r.precision)}  recall ${pct(r.recall)}  F1 ${pct(r.f1)}` +
      `  (findings ${r.truePositives + r.falsePositives}, correct ${r.truePositives}; labelled ${r.labelled}, found ${r.found})`,
  );
  if (r.misses.length > 0) {
    console.log(`  misses (${r.misses.length}):`);
    for (const m of r.misses) console.log(`    ${m.id} [${m.label}] ${m.text}`);
  }
  if (r.falseAlarms.length > 0) {
    console.log(`  false alarms (${r.falseAlarms.length}):`);
    for (const m of r.falseAlarms) console.log(`    ${m.id} [${m.label}] ${m.text}`);
  }
}

function seedReport(path: string): void {
  const text = readFileSync(path, 'utf8');
  const started = performance.now();
  const { quotes, findings } = analyseQuotes(text);
  const ms = performance.now() - started;
  const unattributed = findings.filter((f) => f.rule === 'quote-unattributed');
  const speech = quotes.filter((q) => q.status !== 'scare');
  const scare = quotes.filter((q) => q.status === 'scare');
  console.log(
    `\nSeed ${path}: quote-unattributed ${unattributed.length}, quoted passages (not scare) ${speech.length}, ` +
      `scare ${scare.length}, floating ${quotes.filter((q) => q.status === 'floating').length} (${ms.toFixed(0)} ms)`,
  );
  for (const q of quotes) {
    console.log(`  ${q.status.padEnd(12)} ${(q.speaker ?? '-').padEnd(40)} ${(q.cue ?? '-').padEnd(14)} ${clip(q.text)}`);
  }
}

function main(argv: string[]): void {
  const args = argv.slice(2);
  const corpusAt = args.indexOf('--corpus');
  const corpus = corpusAt >= 0 ? args[corpusAt + 1] : '/work/shared/corpus';
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? args[seedAt + 1] : '/work/shared/seed/kabul-afp.txt';
  const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--corpus' && args[i - 1] !== '--seed');
  const jsonl = files[0] ?? '/work/shared/eval/quotes-dev.jsonl';
  const cases = loadCases(jsonl, corpus);
  const started = performance.now();
  let words = 0;
  const result = evaluateQuotes(cases, (text) => {
    words += text.split(/\s+/).length;
    return analyseQuotes(text).findings;
  });
  const seconds = (performance.now() - started) / 1000;
  printResult(`quote-unattributed on ${jsonl} (${cases.length} cases)`, result);
  console.log(`  speed: ${Math.round(words / seconds)} words/s including tokenizing`);
  seedReport(seed);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv);
