import { blocksOf, detached } from './blocks';
import { ParagraphCache } from './cache';
import type { EngineOptions } from './config';
import { addSkipped, FIXED_LIMITS, type AnalysisLimits, type Skipped } from './limits';
import { analyseParagraph, type CheckModule, type ParagraphFacts } from './paragraph';
import { resolveNames, type NameEntityRecord, type ResolvedNames } from './rules/names';
import { resolveQuotes, type QuoteRecord } from './rules/quotes';
import { resolveStyle, type DocumentStats, type ParagraphStatsRecord } from './rules/style';
import { termFindings } from './rules/terms';
import { applySuppressions } from './suppress';
import type { Finding, Paragraph } from './types';

export interface Statistics extends DocumentStats {
  quotes: number;
  speakers: number;
}

export interface Analysis {
  findings: Finding[];
  quotes: QuoteRecord[];
  /** The name sheet, worked out on first use: with a cache, read it before the cache's next run. */
  readonly names: NameEntityRecord[];
  stats: Statistics;
  paragraphStats: ParagraphStatsRecord[];
  paragraphs: Paragraph[];
  /** Checks that threw, once per module and message; their findings are missing, the rest are complete. */
  failures: { module: CheckModule; message: string }[];
  /** How many paragraphs were analysed afresh (the rest came from the cache). */
  analysedParagraphs: number;
  /** Paragraphs left out by the limits (see limits.ts): no check saw them. */
  skipped: Skipped[];
}

const optionKeys = new WeakMap<EngineOptions, string>();

/** The part of the options that changes per-paragraph facts (severities and name lists act later). */
function paragraphOptionsKey(options: EngineOptions): string {
  let key = optionKeys.get(options);
  if (key === undefined) {
    key = JSON.stringify([options.style, options.terms, options.styleInQuotes]);
    optionKeys.set(options, key);
  }
  return key;
}

/** Checks a whole draft. With a cache, only paragraphs whose text changed are analysed again. */
export function analyse(
  text: string,
  options: EngineOptions,
  cache: ParagraphCache = new ParagraphCache(),
  limits: AnalysisLimits = FIXED_LIMITS,
): Analysis {
  const { paragraphs, directives } = blocksOf(text, options.format, cache.blocks);
  const key = paragraphOptionsKey(options);
  const groups = new Map<string, string>();
  cache.beginRun();
  let analysedParagraphs = 0;
  const skipped: Skipped[] = [];
  const facts: ParagraphFacts[] = paragraphs.map((p, i) => {
    let group = groups.get(p.kind);
    if (group === undefined) groups.set(p.kind, (group = `${key}\u0000${p.kind}`));
    let f = cache.get(group, p.text);
    const skip = limits.skip(p, i, f !== undefined);
    if (skip) {
      addSkipped(skipped, p, skip);
      return NO_FACTS;
    }
    if (!f) {
      // A plain-text paragraph is a slice of the draft: its facts and key get their own copy.
      const own = detached(p.text);
      const started = performance.now();
      f = analyseParagraph(own, p.kind, options);
      limits.took(p, performance.now() - started);
      cache.set(group, own, f);
      analysedParagraphs++;
    }
    return f;
  });
  cache.endRun();

  const failures = new Map<string, { module: CheckModule; message: string }>();
  for (const f of facts) for (const x of f.failures) failures.set(`${x.module}\u0000${x.message}`, x);

  const findings: Finding[] = [];
  const guard = <T>(module: CheckModule, run: () => T, fallback: T): T => {
    try {
      return run();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.set(`${module}\u0000${message}`, { module, message });
      return fallback;
    }
  };

  const quotes = guard('quotes', () => resolveQuotes(passInput(paragraphs, facts, 'quotes')), { quotes: [], findings: [] });
  append(findings, quotes.findings);

  const names = guard('names', () => resolveNames(passInput(paragraphs, facts, 'names'), options.names, cache.names), NO_NAMES);
  append(findings, names.findings);

  const style = guard('style', () => resolveStyle(passInput(paragraphs, facts, 'style'), options.style), {
    findings: [],
    stats: EMPTY_STATS,
    perParagraph: [],
  });
  append(findings, style.findings);

  paragraphs.forEach((p, i) => append(findings, termFindings(facts[i].terms, p.start)));

  const configured = applySuppressions(configure(findings, options, text), directives, paragraphs, text.length);
  configured.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));

  const attributedQuotes = quotes.quotes.filter((q) => q.status !== 'scare');
  const speakers = new Set(attributedQuotes.flatMap((q) => (q.speaker ? [q.speaker.toLowerCase()] : [])));
  let sheet: NameEntityRecord[] | undefined;
  const failureList = [...failures.values()];
  return {
    findings: configured,
    quotes: quotes.quotes,
    get names() {
      if (sheet === undefined) {
        try {
          sheet = names.entities();
        } catch (error) {
          failureList.push({ module: 'names', message: error instanceof Error ? error.message : String(error) });
          sheet = [];
        }
      }
      return sheet;
    },
    stats: { ...style.stats, quotes: attributedQuotes.length, speakers: speakers.size },
    paragraphStats: style.perParagraph,
    paragraphs,
    failures: failureList,
    analysedParagraphs,
    skipped,
  };
}

/** A skipped paragraph: no check has anything from it. */
const NO_FACTS: ParagraphFacts = { quotes: null, quoteSpans: [], names: null, style: null, terms: [], failures: [] };

const NO_NAMES: ResolvedNames = { findings: [], entities: () => [] };

const EMPTY_STATS: DocumentStats = {
  words: 0,
  sentences: 0,
  paragraphs: 0,
  averageSentenceLength: 0,
  fleschReadingEase: 0,
  fleschKincaidGrade: 0,
  readingTimeMinutes: 0,
};

/** The paragraphs whose `key` facts exist (a check that threw on a paragraph left none), as a document pass reads
 * them. */
function passInput<K extends 'quotes' | 'names' | 'style'>(paragraphs: Paragraph[], facts: ParagraphFacts[], key: K) {
  const out: { start: number; kind: Paragraph['kind']; facts: NonNullable<ParagraphFacts[K]> }[] = [];
  paragraphs.forEach((p, i) => {
    const f = facts[i][key];
    if (f) out.push({ start: p.start, kind: p.kind, facts: f as NonNullable<ParagraphFacts[K]> });
  });
  return out;
}

/** push(...items) passes every item on the call stack, which overflows past ~100k findings (a long draft). */
function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

/** Applies rule settings: "off" drops a rule, a severity replaces the rule's default. A finding's `actual` is the
 * draft's own text at its range, taken here once for every rule: rules see Markdown with the markup blanked out,
 * and document passes rebuild texts from words (a name written across two spaces or a U+FEFF). */
function configure(findings: Finding[], options: EngineOptions, text: string): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = options.rules[f.rule];
    if (setting === 'off') continue;
    const actual = text.slice(f.start, f.end);
    out.push(setting || actual !== f.actual ? { ...f, actual, severity: setting || f.severity } : f);
  }
  return out;
}
