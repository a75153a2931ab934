// Fits the weights of the engine's two rankings on PolNeAR train. Never fit on dev: dev is where the result is reported.
//   node --import tsx test/eval/fit-speakers.ts [--quotes] [--corpus DIR] [--dry-run] [--l2 PENALTY] [--steps N]
//
// Without --quotes: the pronoun ranking (server/src/engine/rules/quotes/discourse.ts), written to weights.json. Every
// pronoun that is a gold Source is an example: the engine's candidates for it, labelled by whether they answer to the
// keys of the gold antecedent (see speakers.ts).
// With --quotes: the speaker ranking of credited quotes (candidates.ts), written to quote-weights.json. Every gold
// direct quote the paragraph pass credits is an example: the mentions ranked for it, labelled right when they overlap
// the gold Source or (names and descriptions) answer to its keys.
// Both models are conditional logits over each example's candidates (the probability of a candidate is softmax of its
// score), fitted by gradient descent with an L2 penalty.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksOf } from '../../server/src/engine/blocks';
import { PRONOUN_FEATURES, type PronounEvent } from '../../server/src/engine/rules/quotes/discourse';
import { SPEAKER_FEATURES, type SpeakerEvent } from '../../server/src/engine/rules/quotes/candidates';
import { quoteFactsOf, resolveQuotes } from '../../server/src/engine/rules/quotes';
import { tokenize } from '../../server/src/engine/tokens';
import { loadGold, speakerMatches } from './speakers';

interface Example {
  features: number[][];
  positive: boolean[];
}

const WEIGHTS_FILE = join(import.meta.dirname, '../../server/src/engine/rules/quotes/weights.json');
const QUOTE_WEIGHTS_FILE = join(import.meta.dirname, '../../server/src/engine/rules/quotes/quote-weights.json');
let L2 = 0.01;
let STEPS = 3000;
const RATE = 0.5;

/** The engine's pronoun events for one article, as analyse() would produce them for plain text. */
export function pronounEvents(text: string): PronounEvent[] {
  const events: PronounEvent[] = [];
  const { paragraphs } = blocksOf(text, 'plaintext');
  const input = paragraphs.map((p) => ({
    start: p.start,
    kind: p.kind,
    facts: quoteFactsOf({ text: p.text, kind: p.kind, tokens: tokenize(p.text) }),
  }));
  resolveQuotes(input, { trace: (e) => events.push(e) });
  return events;
}

function examplesOf(corpus: string): { examples: Example[]; pronouns: number; matched: number; reachable: number } {
  const examples: Example[] = [];
  let pronouns = 0;
  let matched = 0;
  for (const article of loadGold(corpus, 'train')) {
    const events = pronounEvents(article.text);
    const byStart = new Map(events.map((e) => [e.at, e]));
    for (const gold of article.pronouns) {
      pronouns++;
      const event = byStart.get(gold.start);
      if (!event) continue;
      matched++;
      // The ranking rules out a known gender mismatch before it scores: fit on the candidates it scores.
      const mismatch = PRONOUN_FEATURES.indexOf('gender-mismatch');
      const kept = event.candidates.some((c) => c.features[mismatch] === 0)
        ? event.candidates.filter((c) => c.features[mismatch] === 0)
        : event.candidates;
      const positive = kept.map((c) => speakerMatches(c.display, gold.keys, gold.described, article.links));
      if (!positive.some(Boolean) || positive.every(Boolean)) continue;
      examples.push({ features: kept.map((c) => c.features), positive });
    }
  }
  return { examples, pronouns, matched, reachable: examples.length };
}

/** Negative log-likelihood of the positive candidates and its gradient, plus the L2 penalty. */
function lossAndGradient(examples: Example[], w: number[]): { loss: number; grad: number[] } {
  const grad = w.map((x) => 2 * L2 * x);
  let loss = w.reduce((sum, x) => sum + L2 * x * x, 0);
  for (const ex of examples) {
    const scores = ex.features.map((f) => f.reduce((sum, x, k) => sum + x * w[k], 0));
    const max = Math.max(...scores);
    const exp = scores.map((s) => Math.exp(s - max));
    const total = exp.reduce((a, b) => a + b, 0);
    const positiveMass = exp.reduce((sum, e, i) => sum + (ex.positive[i] ? e : 0), 0);
    loss -= Math.log(positiveMass / total) / examples.length;
    for (let i = 0; i < exp.length; i++) {
      const p = exp[i] / total;
      const q = ex.positive[i] ? exp[i] / positiveMass : 0;
      for (let k = 0; k < w.length; k++) grad[k] += ((p - q) * ex.features[i][k]) / examples.length;
    }
  }
  return { loss, grad };
}

function accuracy(examples: Example[], w: number[]): number {
  let right = 0;
  for (const ex of examples) {
    const scores = ex.features.map((f) => f.reduce((sum, x, k) => sum + x * w[k], 0));
    let best = 0;
    for (let i = 1; i < scores.length; i++) if (scores[i] > scores[best]) best = i;
    if (ex.positive[best]) right++;
  }
  return right / examples.length;
}

function fit(examples: Example[], size: number): number[] {
  let w = new Array<number>(size).fill(0);
  // Adam: the features differ in scale (mentions-log) and frequency.
  const m = w.map(() => 0);
  const v = w.map(() => 0);
  for (let step = 1; step <= STEPS; step++) {
    const { grad } = lossAndGradient(examples, w);
    w = w.map((x, k) => {
      m[k] = 0.9 * m[k] + 0.1 * grad[k];
      v[k] = 0.999 * v[k] + 0.001 * grad[k] * grad[k];
      const mh = m[k] / (1 - 0.9 ** step);
      const vh = v[k] / (1 - 0.999 ** step);
      return x - (RATE / Math.sqrt(step)) * (mh / (Math.sqrt(vh) + 1e-8));
    });
  }
  return w;
}

/** The speaker ranking's events for one article, paragraph offsets made document offsets. */
export function speakerEvents(text: string): SpeakerEvent[] {
  const events: SpeakerEvent[] = [];
  const { paragraphs } = blocksOf(text, 'plaintext');
  for (const p of paragraphs) {
    quoteFactsOf({ text: p.text, kind: p.kind, tokens: tokenize(p.text) }, (e) =>
      events.push({
        ...e,
        start: e.start + p.start,
        end: e.end + p.start,
        candidates: e.candidates.map((c) => ({ ...c, at: c.at + p.start })),
      }),
    );
  }
  return events;
}

function quoteExamplesOf(corpus: string): { examples: Example[]; quotes: number; ranked: number } {
  const examples: Example[] = [];
  let quotes = 0;
  let ranked = 0;
  for (const article of loadGold(corpus, 'train')) {
    const events = speakerEvents(article.text);
    for (const gold of article.quotes) {
      if (gold.keys.length === 0 || gold.nested) continue;
      quotes++;
      const event = events.find((e) => Math.min(e.end, gold.end) - Math.max(e.start, gold.start) > 0);
      if (!event) continue;
      ranked++;
      const positive = event.candidates.map((c) => {
        const overlaps = c.at < gold.source.end && gold.source.start < c.at + c.text.length;
        if (overlaps) return true;
        // A pronoun candidate away from the gold Source cannot be judged without its antecedent.
        return c.kind !== 'pronoun' && speakerMatches(c.text, gold.keys, gold.described, article.links);
      });
      if (!positive.some(Boolean) || positive.every(Boolean)) continue;
      examples.push({ features: event.candidates.map((c) => c.features), positive });
    }
  }
  return { examples, quotes, ranked };
}

function fitQuotes(corpus: string, dryRun: boolean): void {
  const { examples, quotes, ranked } = quoteExamplesOf(corpus);
  console.log(`gold quotes ${quotes}; ranked by the engine ${ranked}; with a right and a wrong candidate ${examples.length}`);
  fitAndWrite(
    examples,
    SPEAKER_FEATURES,
    QUOTE_WEIGHTS_FILE,
    26,
    dryRun,
    (n) =>
      'Weights of the speaker ranking in candidates.ts, fitted on PolNeAR train by test/eval/fit-speakers.ts --quotes ' +
      `(${n} gold quotes with a right and a wrong candidate). Refit after changing the features.`,
  );
}

/** Fits the weights of `features` on the examples, prints them beside the current ones' accuracy and writes them to
 * `file` (unless a dry run). */
function fitAndWrite(
  examples: Example[],
  features: readonly string[],
  file: string,
  pad: number,
  dryRun: boolean,
  about: (examples: number) => string,
): void {
  const current = JSON.parse(readFileSync(file, 'utf8')) as { weights: Record<string, number> };
  const before = features.map((name) => current.weights[name] ?? 0);
  console.log(`accuracy on them with the current weights: ${(100 * accuracy(examples, before)).toFixed(1)}%`);
  const w = fit(examples, features.length);
  console.log(`after fitting: ${(100 * accuracy(examples, w)).toFixed(1)}% (loss ${lossAndGradient(examples, w).loss.toFixed(4)})`);
  const weights: Record<string, number> = {};
  features.forEach((name, k) => (weights[name] = Math.round(w[k] * 1000) / 1000));
  for (const [name, value] of Object.entries(weights)) console.log(`  ${name.padEnd(pad)} ${value}`);
  if (dryRun) return;
  writeFileSync(file, JSON.stringify({ about: about(examples.length), weights }, null, 2) + '\n');
  console.log(`wrote ${file}`);
}

export function main(argv: string[]): void {
  const corpusAt = argv.indexOf('--corpus');
  const corpus = corpusAt >= 0 ? argv[corpusAt + 1] : '../shared/corpus';
  // The quote ranking's committed weights were fitted with a lighter penalty and longer (`--l2 0.0003 --steps 8000`).
  if (argv.includes('--quotes')) {
    L2 = 0.0003;
    STEPS = 8000;
  }
  const l2At = argv.indexOf('--l2');
  if (l2At >= 0) L2 = Number(argv[l2At + 1]);
  const stepsAt = argv.indexOf('--steps');
  if (stepsAt >= 0) STEPS = Number(argv[stepsAt + 1]);
  if (argv.includes('--quotes')) return fitQuotes(corpus, argv.includes('--dry-run'));
  const { examples, pronouns, matched, reachable } = examplesOf(corpus);
  console.log(`gold pronoun sources ${pronouns}; seen by the engine ${matched}; with a right and a wrong candidate ${reachable}`);
  fitAndWrite(
    examples,
    PRONOUN_FEATURES,
    WEIGHTS_FILE,
    20,
    argv.includes('--dry-run'),
    () =>
      'Weights of the pronoun ranking in discourse.ts, fitted on PolNeAR train by test/eval/fit-speakers.ts ' +
      `(${reachable} gold pronoun sources with a right and a wrong candidate). Refit after changing the features.`,
  );
}

if (process.argv[1]?.endsWith('fit-speakers.ts')) main(process.argv.slice(2));
