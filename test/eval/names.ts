// Evaluation of name-inconsistent on the labelled development set.
// Run: node --import tsx test/eval/names.ts /work/shared/eval/names-dev.jsonl --corpus /work/shared/corpus
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../server/src/engine/tokens';
import type { BlockKind, Span } from '../../server/src/engine/types';
import { nameFactsOf } from '../../server/src/engine/rules/names/mentions';
import { resolveNames } from '../../server/src/engine/rules/names/resolve';

interface Label extends Span {
  label: string;
  canonical: string;
  kind: string;
}
export interface NameCase {
  id: string;
  doc: string;
  text: string;
  names: Label[];
}
interface Hit {
  rule: string;
  start: number;
  end: number;
  expected?: string[];
  related?: Span[];
}

/** Straight and curly double-quote spans; an unclosed quote runs to the end of the paragraph. */
export function simpleQuoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || (ch === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if ((ch === '”' || ch === '"') && open >= 0) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length });
  return spans;
}

/** Each non-empty line is a paragraph; the first line of a BBC file is its headline. */
export function paragraphsOf(text: string, headline: boolean): { start: number; kind: BlockKind; text: string }[] {
  const out: { start: number; kind: BlockKind; text: string }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') out.push({ start: at, kind: headline && out.length === 0 ? 'headline' : 'paragraph', text: line });
    at += line.length + 1;
  }
  return out;
}

export function nameFindings(text: string, headline: boolean): (Hit & { message: string; actual: string })[] {
  // every finding of the naming module: name-inconsistent and acronym-undefined
  const paragraphs = paragraphsOf(text, headline).map((p) => ({
    start: p.start,
    kind: p.kind,
    facts: nameFactsOf({ text: p.text, kind: p.kind, tokens: tokenize(p.text), quoteSpans: simpleQuoteSpans(p.text) }),
  }));
  return resolveNames(paragraphs, {}).findings;
}

export function loadCases(file: string, corpus: string): NameCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const c = JSON.parse(l) as { id: string; doc: string; edits: { start: number; end: number; text: string }[]; names: Label[] };
      let text = readFileSync(join(corpus, c.doc), 'utf8');
      for (const e of [...c.edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
      return { id: c.id, doc: c.doc, text, names: c.names };
    });
}

export function evaluateNames(cases: NameCase[], findingsOf: (text: string, c: NameCase) => Hit[]) {
  const byKind = new Map<string, { found: number; total: number }>();
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  let found = 0;
  let total = 0;
  let alarms = 0;
  // false alarms on articles with no variant at all (the target's measure), and the other half of a tie: a
  // "written two ways" flag at the usual form of a labelled variant, which recommends neither spelling
  let cleanAlarms = 0;
  let cleanDocuments = 0;
  let tieOtherForm = 0;
  for (const c of cases) {
    const hits = findingsOf(c.text, c).filter((f) => f.rule === 'name-inconsistent');
    for (const label of c.names) {
      const k = byKind.get(label.kind) ?? { found: 0, total: 0 };
      byKind.set(label.kind, k);
      k.total++;
      total++;
      if (hits.some((h) => h.start < label.end && label.start < h.end)) {
        k.found++;
        found++;
      } else misses.push(`${c.id} ${c.doc} ${label.kind} “${c.text.slice(label.start, label.end)}” (usual “${label.canonical}”)`);
    }
    if (c.names.length === 0) cleanDocuments++;
    for (const h of hits) {
      if (!c.names.some((l) => h.start < l.end && l.start < h.end)) {
        alarms++;
        if (c.names.length === 0) cleanAlarms++;
        else if (h.expected?.length === 0 && c.names.some((l) => h.related?.some((r) => r.start < l.end && l.start < r.end)))
          tieOtherForm++;
        falseAlarms.push(`${c.id} ${c.doc} “${c.text.slice(h.start, h.end)}” ${'message' in h ? (h as { message: string }).message : ''}`);
      }
    }
  }
  return {
    recall: total === 0 ? 1 : found / total,
    found,
    total,
    byKind,
    falseAlarms,
    alarms,
    cleanAlarms,
    cleanDocuments,
    tieOtherForm,
    misses,
    documents: cases.length,
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--corpus');
  const corpus = args[args.indexOf('--corpus') + 1] ?? '/work/shared/corpus';
  if (file === undefined) throw new Error('usage: names.ts FILE.jsonl --corpus DIR');
  const cases = loadCases(file, corpus);
  const t0 = performance.now();
  const r = evaluateNames(cases, (text, c) => nameFindings(text, c.doc.startsWith('bbc/')));
  const ms = performance.now() - t0;
  console.log(`recall ${r.recall.toFixed(3)} (${r.found}/${r.total})`);
  for (const [kind, k] of [...r.byKind].sort())
    console.log(`  ${kind.padEnd(18)} ${(k.found / k.total).toFixed(3)} (${k.found}/${k.total})`);
  console.log(`false alarms ${r.alarms} on ${r.documents} documents (${(r.alarms / r.documents).toFixed(3)} per document)`);
  console.log(`time ${ms.toFixed(0)} ms`);
  console.log('\nmisses:');
  for (const m of r.misses) console.log('  ' + m);
  console.log('\nfalse alarms:');
  for (const f of r.falseAlarms) console.log('  ' + f);
  const seedPath = '/work/shared/seed/kabul-afp.txt';
  try {
    const seed = readFileSync(seedPath, 'utf8');
    console.log(`\n${seedPath}:`);
    for (const f of nameFindings(seed, false)) console.log(`  ${f.rule} ${f.start}-${f.end} “${f.actual}” ${f.message}`);
  } catch {
    // no seed file here
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
