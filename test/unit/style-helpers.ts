import { DEFAULT_STYLE_OPTIONS, styleFactsOf, type ParagraphStyleFacts, type StyleOptions } from '../../server/src/engine/rules/style';
import { parseParagraph, tokensOf } from '../../server/src/engine/tokens';
import type { BlockKind, Span } from '../../server/src/engine/types';

export function facts(
  text: string,
  opts: { kind?: BlockKind; quoteSpans?: Span[]; options?: StyleOptions; judgeQuotes?: boolean } = {},
): ParagraphStyleFacts {
  const tree = parseParagraph(text);
  return styleFactsOf(
    {
      text,
      kind: opts.kind ?? 'paragraph',
      tokens: tokensOf(tree, text),
      tree,
      quoteSpans: opts.quoteSpans ?? [],
      judgeQuotes: opts.judgeQuotes,
    },
    opts.options ?? DEFAULT_STYLE_OPTIONS,
  );
}

export function ruleFindings(text: string, rule: string, opts: Parameters<typeof facts>[1] = {}) {
  return facts(text, opts).findings.filter((f) => f.rule === rule);
}

/** The span of the n-th occurrence (0-based) of `needle` in `text`. */
export function spanOf(text: string, needle: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`“${needle}” not found`);
  }
  return { start: at, end: at + needle.length };
}
