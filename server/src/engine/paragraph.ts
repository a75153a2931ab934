import type { EngineOptions } from './config';
import type { CheckFacts, CheckModule, ParagraphContext, Pipeline } from './pipeline';
import { parseParagraph, tokensOf } from './tokens';
import type { BlockKind, Finding, Span } from './types';

export type { CheckModule } from './pipeline';

export interface ModuleFailure {
  module: CheckModule;
  message: string;
}

/** Everything the document passes need from one paragraph: plain data, no syntax tree. */
export interface ParagraphFacts {
  checks: CheckFacts;
  quoteSpans: Span[];
  /** Every check's findings that need nothing beyond this paragraph, paragraph-relative. */
  findings: Finding[];
  failures: ModuleFailure[];
}

/** Parses the paragraph once and runs each check of the pipeline on it, in order. */
export function analyseParagraph(text: string, kind: BlockKind, options: EngineOptions, pipeline: Pipeline): ParagraphFacts {
  const tree = parseParagraph(text);
  const ctx: ParagraphContext = {
    text,
    kind,
    tokens: tokensOf(tree, text),
    tree,
    options,
    quoteSpans: [],
    scareQuoteSpans: [],
    quotes: null,
  };
  const checks: Record<string, unknown> = {};
  const findings: Finding[] = [];
  const failures: ModuleFailure[] = [];
  for (const check of Object.values(pipeline)) {
    try {
      const out = check.paragraph(ctx);
      checks[check.module] = out.facts;
      if (out.findings) for (const f of out.findings) findings.push(f);
      if (out.quoteSpans) ctx.quoteSpans = out.quoteSpans;
      if (out.quotes) ctx.quotes = out.quotes;
      if (out.scareQuoteSpans) ctx.scareQuoteSpans = out.scareQuoteSpans;
    } catch (error) {
      failures.push({ module: check.module, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { checks: checks as CheckFacts, quoteSpans: ctx.quoteSpans, findings, failures };
}
