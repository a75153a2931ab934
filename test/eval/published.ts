// The published-copy report: the whole engine over every article in the shared corpus, as the CLI checks a .txt
// file. Published copy has been through a copy desk, so each warning here is a question to answer: the report
// prints each rule's rate per 1,000 articles, scores the findings against the verdicts kept in
// test/eval/verdicts/*.tsv (matched by path, rule and overlap), and writes findings with their context to
// test-results/published/ for reading. Corpus text is read at run time and never stored in the project.
//
//   npm run eval -- published [--corpus DIR] [--preset copydesk:ap|copydesk:bbc] [--context RULE]... [--sample RULE N [--seed S]]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../server/src/engine/analyse';
import { defaultOptions, resolveOptions } from '../../server/src/engine/config';
import { PRESETS, type PresetName } from '../../server/src/engine/presets';
import type { Finding } from '../../server/src/engine/types';
import { publishedArticles, type Article } from './corpus';

export type VerdictLabel = 'TRUE' | 'FALSE' | 'DEBATABLE' | 'ARTEFACT';

export interface Verdict {
  path: string;
  rule: string;
  start: number;
  end: number;
  verdict: VerdictLabel;
  pattern: string;
  /** The file it came from (the project's own verdicts, or the shared 0.1 reading). */
  source: string;
}

const LABELS = new Set<string>(['TRUE', 'FALSE', 'DEBATABLE', 'ARTEFACT']);

/** Reads `path start end verdict pattern` rows (the rule from the file name), or the shared file's
 * `path rule severity start end verdict pattern` rows. */
export function readVerdicts(file: string, rule?: string): Verdict[] {
  const out: Verdict[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines[0].split('\t');
  const col = (name: string) => header.indexOf(name);
  const [p, r, s, e, v, pat] = ['path', 'rule', 'start', 'end', 'verdict', 'pattern'].map(col);
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const f = line.split('\t');
    const verdict = f[v];
    if (!LABELS.has(verdict)) throw new Error(`${file}: unknown verdict "${verdict}" in: ${line}`);
    out.push({
      path: f[p],
      rule: r >= 0 ? f[r] : rule!,
      start: Number(f[s]),
      end: Number(f[e]),
      verdict: verdict as VerdictLabel,
      pattern: pat >= 0 ? (f[pat] ?? '') : '',
      source: file,
    });
  }
  return out;
}

export function projectVerdicts(dir: string): Verdict[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.tsv'));
  } catch {
    return [];
  }
  return names.sort().flatMap((n) => readVerdicts(join(dir, n), n.replace(/\.tsv$/, '')));
}

/** The verdict for a finding: same path and rule, overlapping range; the project's own verdicts first. */
export class VerdictIndex {
  private byKey = new Map<string, Verdict[]>();
  constructor(verdicts: Verdict[]) {
    for (const v of verdicts) {
      const key = `${v.path}\u0000${v.rule}`;
      const list = this.byKey.get(key);
      if (list) list.push(v);
      else this.byKey.set(key, [v]);
    }
  }
  find(path: string, f: { rule: string; start: number; end: number }): Verdict | undefined {
    const list = this.byKey.get(`${path}\u0000${f.rule}`);
    return list?.find((v) => v.start < f.end && f.start < v.end);
  }
  all(): Verdict[] {
    return [...this.byKey.values()].flat();
  }
}

/** Deterministic sampling (mulberry32), so a fixed seed draws the same findings on the same output. */
export function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

export interface PublishedFinding extends Finding {
  path: string;
  corpus: Article['corpus'];
}

export function checkArticles(
  articles: Article[],
  options = defaultOptions('plaintext'),
): { findings: PublishedFinding[]; failures: string[] } {
  const findings: PublishedFinding[] = [];
  const failures: string[] = [];
  for (const a of articles) {
    const analysis = analyse(a.text, options);
    for (const x of analysis.failures) failures.push(`${a.path}: ${x.module}: ${x.message}`);
    for (const f of analysis.findings) findings.push({ ...f, path: a.path, corpus: a.corpus });
  }
  return { findings, failures };
}

function oneLine(s: string): string {
  return s.replace(/\r?\n/g, ' ⏎ ');
}

export function withContext(text: string, f: { start: number; end: number }, width = 100): string {
  const before = text.slice(Math.max(0, f.start - width), f.start);
  const after = text.slice(f.end, f.end + width);
  return oneLine(`…${before}[[${text.slice(f.start, f.end)}]]${after}…`);
}

const SEVERITY_ORDER = ['error', 'warning', 'info', 'hint'];

export function publishedReport(argv: string[]): void {
  const opt = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const corpusRoot = opt('--corpus') ?? '../shared/corpus';
  const contextRules = argv.flatMap((a, i) => (a === '--context' ? [argv[i + 1]] : []));
  const sampleAt = argv.indexOf('--sample');
  const sampleRule = sampleAt >= 0 ? argv[sampleAt + 1] : undefined;
  const sampleSize = sampleAt >= 0 ? Number(argv[sampleAt + 2] ?? 50) : 0;
  const seed = Number(opt('--seed') ?? 1);

  const started = performance.now();
  const articles = publishedArticles(corpusRoot);
  const texts = new Map(articles.map((a) => [a.path, a.text]));
  // --preset copydesk:ap|copydesk:bbc: the corpus under a house-style preset (its opt-in rules on).
  const preset = opt('--preset');
  if (preset !== undefined && !Object.hasOwn(PRESETS, preset))
    throw new Error(`unknown preset ${preset}; the presets are ${Object.keys(PRESETS).join(', ')}`);
  const options = preset ? resolveOptions('plaintext', {}, PRESETS[preset as PresetName].style).options : defaultOptions('plaintext');
  const { findings, failures } = checkArticles(articles, options);
  const seconds = (performance.now() - started) / 1000;

  const corpora = ['bbc', 'polnear', 'gum'] as const;
  const articleCount = Object.fromEntries(corpora.map((c) => [c, articles.filter((a) => a.corpus === c).length])) as Record<
    (typeof corpora)[number],
    number
  >;
  const verdicts = new VerdictIndex([...projectVerdicts('test/eval/verdicts')]);
  const shared = new VerdictIndex(readVerdicts(join(corpusRoot, '..', 'eval', 'published-verdicts.tsv')));

  console.log(
    `Published copy: ${articles.length} articles (BBC ${articleCount.bbc}, PolNeAR ${articleCount.polnear}, GUM news ${articleCount.gum}), ${seconds.toFixed(1)} s`,
  );
  if (failures.length) console.log(`checks that failed: ${failures.length}\n  ${failures.slice(0, 10).join('\n  ')}`);

  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  const per1000 = (n: number, c: number) => (c ? ((n / c) * 1000).toFixed(1) : '–');
  console.log('\nper 1,000 articles          severity   BBC    PolNeAR  GUM     all    | judged  TRUE FALSE DEBAT ARTEF precision');
  for (const rule of rules) {
    const mine = findings.filter((f) => f.rule === rule);
    for (const severity of SEVERITY_ORDER) {
      const these = mine.filter((f) => f.severity === severity);
      if (these.length === 0) continue;
      const by = (c: string) => these.filter((f) => f.corpus === c).length;
      const counts = { TRUE: 0, FALSE: 0, DEBATABLE: 0, ARTEFACT: 0 };
      for (const f of these) {
        const v = verdicts.find(f.path, f);
        if (v) counts[v.verdict]++;
      }
      const judged = counts.TRUE + counts.FALSE + counts.DEBATABLE + counts.ARTEFACT;
      const scored = counts.TRUE + counts.FALSE + counts.DEBATABLE;
      console.log(
        `${rule.padEnd(27)} ${severity.padEnd(8)} ${per1000(by('bbc'), articleCount.bbc).padStart(6)} ${per1000(by('polnear'), articleCount.polnear).padStart(8)} ${per1000(by('gum'), articleCount.gum).padStart(6)} ${per1000(these.length, articles.length).padStart(7)}  | ${String(judged).padStart(6)} ${String(counts.TRUE).padStart(5)} ${String(counts.FALSE).padStart(5)} ${String(counts.DEBATABLE).padStart(5)} ${String(counts.ARTEFACT).padStart(5)} ${scored ? (counts.TRUE / scored).toFixed(2).padStart(9) : '        –'}`,
      );
    }
  }
  // Precision by corpus: strict counts a DEBATABLE verdict against the rule, lenient leaves it out.
  console.log('\nprecision by corpus, judged findings (strict / lenient)   BBC            PolNeAR        GUM');
  for (const rule of rules) {
    for (const severity of SEVERITY_ORDER) {
      if (severity === 'hint') continue;
      const these = findings.filter((f) => f.rule === rule && f.severity === severity);
      const cells = corpora.map((c) => {
        const n = { TRUE: 0, FALSE: 0, DEBATABLE: 0 };
        for (const f of these) {
          if (f.corpus !== c) continue;
          const v = verdicts.find(f.path, f);
          if (v && v.verdict !== 'ARTEFACT') n[v.verdict]++;
        }
        const strict = n.TRUE + n.FALSE + n.DEBATABLE;
        const lenient = n.TRUE + n.FALSE;
        if (!strict) return '–'.padEnd(14);
        return `${(n.TRUE / strict).toFixed(2)} / ${lenient ? (n.TRUE / lenient).toFixed(2) : '–'} (${strict})`.padEnd(14);
      });
      if (cells.every((c) => c.trim() === '–')) continue;
      console.log(`${rule.padEnd(27)} ${severity.padEnd(8)}                     ${cells.join(' ')}`);
    }
  }

  const notHint = findings.filter((f) => f.severity !== 'hint');
  for (const c of corpora) {
    const n = notHint.filter((f) => f.corpus === c).length;
    console.log(`findings per article, hints excluded, ${c}: ${(n / (articleCount[c] || 1)).toFixed(2)}`);
  }
  console.log(`findings per article, hints excluded, all: ${(notHint.length / articles.length).toFixed(2)}`);

  // The shared 0.1 reading: which of its FALSE verdicts still fire, by rule.
  const gone = new Map<string, { stillFalse: number; falseTotal: number; stillTrue: number; trueTotal: number }>();
  const current = new Map<string, PublishedFinding[]>();
  for (const f of findings) {
    const list = current.get(f.path);
    if (list) list.push(f);
    else current.set(f.path, [f]);
  }
  for (const v of shared.all()) {
    const g = gone.get(v.rule) ?? { stillFalse: 0, falseTotal: 0, stillTrue: 0, trueTotal: 0 };
    const fires = (current.get(v.path) ?? []).some((f) => f.rule === v.rule && f.start < v.end && v.start < f.end);
    if (v.verdict === 'FALSE') {
      g.falseTotal++;
      if (fires) g.stillFalse++;
    } else if (v.verdict === 'TRUE') {
      g.trueTotal++;
      if (fires) g.stillTrue++;
    }
    gone.set(v.rule, g);
  }
  console.log('\nthe shared 0.1 reading (../shared/eval/published-verdicts.tsv): findings still raised');
  for (const [rule, g] of [...gone].sort()) {
    console.log(
      `  ${rule.padEnd(22)} FALSE still raised ${g.stillFalse}/${g.falseTotal}   TRUE still raised ${g.stillTrue}/${g.trueTotal}`,
    );
  }

  const outDir = 'test-results/published';
  mkdirSync(outDir, { recursive: true });
  const write = (name: string, list: PublishedFinding[]) => {
    const lines = list.map((f) => {
      const v = verdicts.find(f.path, f) ?? shared.find(f.path, f);
      const label = v
        ? `${v.verdict}${v.pattern ? ` (${v.pattern})` : ''}${v.source.includes('shared') ? ' [0.1 reading]' : ''}`
        : 'unjudged';
      return `${f.path}\t${f.start}\t${f.end}\t${f.severity}\t${label}\n  ${oneLine(f.message)}\n  ${withContext(texts.get(f.path)!, f)}\n`;
    });
    writeFileSync(join(outDir, name), lines.join('\n'));
    console.log(`wrote ${join(outDir, name)} (${list.length} findings)`);
  };
  for (const rule of new Set(['quote-unattributed', ...contextRules])) {
    write(
      `${rule}.txt`,
      findings.filter((f) => f.rule === rule),
    );
  }
  if (sampleRule) {
    const unjudged = findings.filter((f) => f.rule === sampleRule && !verdicts.find(f.path, f));
    const all = findings.filter((f) => f.rule === sampleRule);
    // Drawn from all the rule's findings, so the sample stays a random one as verdicts accumulate.
    const drawn = sample(all, sampleSize, seed).filter((f) => unjudged.includes(f));
    write(`${sampleRule}.sample-${seed}.txt`, drawn);
  }
}
