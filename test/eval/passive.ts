// Passive-voice precision and recall on the hand-written sentences in test/fixtures/passive-sentences.ts.
// Run: node --import tsx test/eval/passive.ts
import { DEFAULT_STYLE_OPTIONS, styleFactsOf } from '../../server/src/engine/rules/style';
import { retextHits } from '../../server/src/engine/rules/style/processor';
import { parseParagraph, tokensOf } from '../../server/src/engine/tokens';
import { PASSIVE_CASES } from '../fixtures/passive-sentences';

let truePositives = 0;
let falsePositives = 0;
let falseNegatives = 0;
const problems: string[] = [];
const byKind = new Map<string, { tp: number; fp: number; fn: number }>();

for (const c of PASSIVE_CASES) {
  const tree = parseParagraph(c.text);
  const facts = styleFactsOf(
    { text: c.text, kind: 'paragraph', tokens: tokensOf(tree, c.text), tree, quoteSpans: [] },
    DEFAULT_STYLE_OPTIONS,
  );
  const found = facts.findings.filter((f) => f.rule === 'passive-voice').map((f) => f.actual);
  const expected = [...c.passives];
  const k = byKind.get(c.kind) ?? { tp: 0, fp: 0, fn: 0 };
  byKind.set(c.kind, k);
  for (const actual of found) {
    const at = expected.findIndex((e) => actual.startsWith(e));
    if (at >= 0) {
      expected.splice(at, 1);
      truePositives++;
      k.tp++;
    } else {
      falsePositives++;
      k.fp++;
      problems.push(`false positive: “${actual}” in: ${c.text}`);
    }
  }
  for (const missed of expected) {
    falseNegatives++;
    k.fn++;
    problems.push(`missed: “${missed}” in: ${c.text}`);
  }
}

const precision = truePositives / (truePositives + falsePositives || 1);
const recall = truePositives / (truePositives + falseNegatives || 1);
for (const p of problems) console.log(p);
for (const [kind, k] of byKind) console.log(`${kind}: tp ${k.tp}, fp ${k.fp}, fn ${k.fn}`);
console.log(
  `passive-voice: ${PASSIVE_CASES.length} sentences, precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}%`,
);

// Baseline: retext-passive alone (a hit counts when it is the participle ending an expected construction).
let baseTp = 0;
let baseFp = 0;
let baseFn = 0;
for (const c of PASSIVE_CASES) {
  const hits = retextHits(parseParagraph(c.text), ['passive']).map((h) => h.actual);
  const expected = c.passives.map((e) => e.slice(e.lastIndexOf(' ') + 1));
  for (const h of hits) {
    const at = expected.indexOf(h);
    if (at >= 0) {
      expected.splice(at, 1);
      baseTp++;
    } else baseFp++;
  }
  baseFn += expected.length;
}
console.log(
  `retext-passive alone: precision ${((baseTp / (baseTp + baseFp || 1)) * 100).toFixed(1)}%, recall ${((baseTp / (baseTp + baseFn || 1)) * 100).toFixed(1)}%`,
);
