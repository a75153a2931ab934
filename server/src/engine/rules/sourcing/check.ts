import type { Check, PassParagraph, PassResult } from '../../pipeline';
import type { Mention } from '../quotes/paragraph';
import type { SpeakerKind } from '../quotes/speakers';
import { quoteMismatchFindings, type QuoteToCheck } from '../transcripts/mismatch';
import { sourceCreditsOf, type SourceCredit } from './credits';
import { attributionVerbFindings } from './loaded';
import { sourcePluralFindings } from './plural';
import { verbCandidatesOf, type VerbCandidate } from './verbs';

export interface ParagraphSourcingFacts {
  /** Cues that may hold an attribution verb, read by the document pass for the verbs it is asked about. */
  verbs: VerbCandidate[];
  credits: SourceCredit[];
  /** The paragraph's text, for the verbs, messages and fixes (kept only when it has a candidate or a credit). */
  text: string;
  /** People and bodies the quotes check read in the paragraph (the audit reads their kinds). */
  mentions: readonly Mention[];
  /** Direct quotes (paragraph-relative, marks included), for quote-mismatch. */
  quotes: QuoteToCheck[];
}

const NONE: ParagraphSourcingFacts = { verbs: [], credits: [], text: '', mentions: [], quotes: [] };

export type SourcingParagraph = PassParagraph<ParagraphSourcingFacts>;

export interface SourcingResult extends PassResult {
  /** The kinds of the speaker phrases asked for (lower case, without a leading article), as first read in the draft:
   * worked out when the audit asks. */
  speakerKinds(wanted: ReadonlySet<string>): ReadonlyMap<string, SpeakerKind>;
  /** Unnamed sources credited around speech cues (`a source close to the talks`, `officials`), as written. */
  unnamedCredits: string[];
}

const LEADING = /^(?:a|an|the|one|another)\s+/i;

/** attribution-verb, source-plural and quote-mismatch: the verbs and the unnamed sources of the draft's attributions, read from
 * the quote ledger's cues; and the speakers' kinds for the sourcing audit. */
export const sourcingCheck: Check<ParagraphSourcingFacts, SourcingResult> = {
  module: 'sourcing',
  paragraph({ text, kind, quotes }) {
    if (!quotes || kind === 'headline' || kind === 'heading') return { facts: NONE };
    const verbs = verbCandidatesOf(quotes);
    const credits = sourceCreditsOf(text, quotes);
    const { mentions } = quotes;
    const direct = quotes.quotes.filter((q) => !q.scare).map((q) => ({ start: q.start, end: q.end, text: q.text }));
    if (verbs.length === 0 && credits.length === 0 && mentions.length === 0 && direct.length === 0) return { facts: NONE };
    return { facts: { verbs, credits, text: verbs.length || credits.length ? text : '', mentions, quotes: direct } };
  },
  document(paragraphs, ctx) {
    const findings = [...attributionVerbFindings(paragraphs, ctx.options), ...sourcePluralFindings(paragraphs)];
    if (ctx.options.transcripts) {
      const quotes: QuoteToCheck[] = [];
      for (const p of paragraphs)
        for (const q of p.facts.quotes) quotes.push({ start: p.start + q.start, end: p.start + q.end, text: q.text });
      findings.push(...quoteMismatchFindings(quotes, ctx.options.transcripts));
    }
    const unnamedCredits: string[] = [];
    for (const p of paragraphs) for (const c of p.facts.credits) unnamedCredits.push(c.phrase);
    const speakerKinds = (wanted: ReadonlySet<string>) => {
      const kinds = new Map<string, SpeakerKind>();
      for (const p of paragraphs) {
        if (kinds.size === wanted.size) break;
        for (const m of p.facts.mentions) {
          if (m.kind === 'pronoun') continue;
          const name = m.text.toLowerCase().replace(LEADING, '');
          if (wanted.has(name) && !kinds.has(name)) kinds.set(name, m.kind);
        }
      }
      return kinds;
    };
    return { findings, speakerKinds, unnamedCredits };
  },
  failed: { findings: [], speakerKinds: () => new Map<string, SpeakerKind>(), unnamedCredits: [] },
};
