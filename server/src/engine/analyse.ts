import { blocksOf, detached } from './blocks';
import { ParagraphCache } from './cache';
import type { EngineOptions } from './config';
import { shiftFinding } from './findings';
import { escapeHtmlText, SourcePositions } from './formats/toSource';
import { addSkipped, FIXED_LIMITS, type AnalysisLimits, type Skipped } from './limits';
import { analyseParagraph, type ParagraphFacts } from './paragraph';
import {
  PIPELINE,
  type Check,
  type CheckFacts,
  type CheckModule,
  type DocumentContext,
  type PassParagraph,
  type PassResult,
  type Pipeline,
  type PipelineResults,
} from './pipeline';
import { RULES, type RuleDefinition } from './rules/registry';
import type { NameEntityRecord } from './rules/names';
import type { QuoteRecord } from './rules/quotes';
import { sourcingAudit, type SourcingAudit } from './rules/sourcing/audit';
import type { DocumentStats, ParagraphStatsRecord } from './rules/style';
import { applySuppressions } from './suppress';
import type { Finding, Paragraph } from './types';

export interface Statistics extends DocumentStats {
  quotes: number;
  speakers: number;
}

export interface Analysis {
  findings: Finding[];
  quotes: QuoteRecord[];
  /** The sourcing audit: sources by kind and their share of the quoted words (worked out on first use). */
  readonly sourcing: SourcingAudit;
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

/** Opt-in rules: their checks run only when turned on, so whether each is on shapes a paragraph's facts. */
const OPT_IN_RULES = RULES.filter((r: RuleDefinition) => r.optIn === true).map((r) => r.id);

/** The part of the options that changes per-paragraph facts (severities and name lists act later). */
function paragraphOptionsKey(options: EngineOptions): string {
  let key = optionKeys.get(options);
  if (key === undefined) {
    const optedIn = OPT_IN_RULES.filter((id) => (options.rules[id] ?? 'off') !== 'off');
    key = JSON.stringify([options.style, options.terms, options.styleInQuotes, options.guide, optedIn]);
    optionKeys.set(options, key);
  }
  return key;
}

/** Checks a whole draft. With a cache, only paragraphs whose text changed are analysed again. */
export function analyse(
  text: string,
  options: EngineOptions,
  cache: ParagraphCache = new ParagraphCache(),
  pipeline: Pipeline = PIPELINE,
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
      f = analyseParagraph(own, p.kind, options, pipeline);
      limits.took(p, performance.now() - started);
      cache.set(group, own, f);
      analysedParagraphs++;
    }
    return f;
  });
  cache.endRun();

  const failures = new Map<string, { module: CheckModule; message: string }>();
  for (const f of facts) for (const x of f.failures) failures.set(`${x.module}\u0000${x.message}`, x);

  // Paragraph findings move to document offsets here, once for every check.
  const findings: Finding[] = [];
  paragraphs.forEach((p, i) => {
    for (const f of facts[i].findings) findings.push(shiftFinding(f, p.start));
  });

  const ctx: DocumentContext = { options, cache };
  const results = {} as Record<CheckModule, PassResult>;
  for (const check of Object.values(pipeline) as Check<unknown, PassResult>[]) {
    let result: PassResult;
    try {
      result = check.document(passInput(paragraphs, facts, check.module), ctx);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.set(`${check.module}\u0000${message}`, { module: check.module, message });
      result = check.failed;
    }
    results[check.module] = result;
    if (check.module === 'names') ctx.othersWords = (result as PipelineResults['names']).othersWords;
    append(findings, result.findings);
  }
  const { quotes, names, style, sourcing } = results as PipelineResults;

  // Offsets so far are in the prose the checks read; a paragraph with a map has them moved to the draft's.
  // In HTML every fix's new text is escaped, so that it reads back as written.
  const toSource = SourcePositions.of(paragraphs, options.format === 'html');
  const located = toSource ? findings.map((f) => toSource.finding(f, options.format === 'html' ? escapeHtmlText : (t) => t)) : findings;
  const quoteRecords = toSource ? quotes.quotes.map((q) => toSource.span(q)) : quotes.quotes;

  const configured = applySuppressions(configure(located, options, text), directives, paragraphs, text.length);
  configured.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));

  const attributedQuotes = quoteRecords.filter((q) => q.status !== 'scare');
  const speakers = new Set(attributedQuotes.flatMap((q) => (q.speaker ? [q.speaker.toLowerCase()] : [])));
  let sheet: NameEntityRecord[] | undefined;
  let audit: SourcingAudit | undefined;
  const failureList = [...failures.values()];
  return {
    findings: configured,
    quotes: quoteRecords,
    get sourcing() {
      audit ??= sourcingAudit(quoteRecords, sourcing.speakerKinds, options.sources, sourcing.unnamedCredits);
      return audit;
    },
    get names() {
      if (sheet === undefined) {
        try {
          sheet = names.entities();
          if (toSource)
            sheet = sheet.map((e) => ({ ...e, forms: e.forms.map((f) => ({ ...f, spans: f.spans.map((x) => toSource.span(x)) })) }));
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
const NO_FACTS: ParagraphFacts = { checks: {} as CheckFacts, quoteSpans: [], findings: [], failures: [] };

/** The paragraphs whose facts a check kept (a check that threw on a paragraph left none), as its document pass
 * reads them. */
function passInput(paragraphs: Paragraph[], facts: ParagraphFacts[], module: CheckModule): PassParagraph<unknown>[] {
  const out: PassParagraph<unknown>[] = [];
  paragraphs.forEach((p, i) => {
    const f = facts[i].checks[module];
    if (f !== undefined) out.push({ start: p.start, kind: p.kind, facts: f });
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
