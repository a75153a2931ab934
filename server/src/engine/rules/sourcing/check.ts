import type { Check, PassParagraph, PassResult } from '../../pipeline';
import { sourceCreditsOf, type SourceCredit } from './credits';
import { attributionVerbFindings } from './loaded';
import { sourcePluralFindings } from './plural';
import { attributionVerbsOf, type AttributionVerb } from './verbs';

export interface ParagraphSourcingFacts {
  verbs: AttributionVerb[];
  credits: SourceCredit[];
  /** The paragraph's text, for messages and fixes (kept only when it has a verb or a credit). */
  text: string;
}

const NONE: ParagraphSourcingFacts = { verbs: [], credits: [], text: '' };

export type SourcingParagraph = PassParagraph<ParagraphSourcingFacts>;

/** attribution-verb and source-plural: the verbs and the unnamed sources of the draft's attributions, read from
 * the quote ledger's cues. */
export const sourcingCheck: Check<ParagraphSourcingFacts, PassResult> = {
  module: 'sourcing',
  paragraph({ text, kind, quotes }) {
    if (!quotes || kind === 'headline' || kind === 'heading') return { facts: NONE };
    const verbs = attributionVerbsOf(text, quotes);
    const credits = sourceCreditsOf(text, quotes);
    return { facts: verbs.length || credits.length ? { verbs, credits, text } : NONE };
  },
  document: (paragraphs, ctx) => ({
    findings: [...attributionVerbFindings(paragraphs, ctx.options), ...sourcePluralFindings(paragraphs)],
  }),
  failed: { findings: [] },
};
