// The document pass of name-inconsistent: runs each matching strategy over the document's names (each links the
// spellings it takes for one entity), picks the usual form of each cluster and flags the others. Reads only the
// per-paragraph facts.

import type { BlockKind, Finding } from '../../types';
import { undefinedAcronyms } from './acronyms';
import { matchContext, type NameOptions } from './context';
import { distinctPairSet } from './distinct';
import type { ParagraphNameFacts } from './mentions';
import { collectNames, type NamesMemo, type Occurrence } from './occurrences';
import { decideCanonical, type Evidence } from './canonical';
import { clusterFindings, dropOverlaps, type VariantCluster } from './report';
import { nameSheet, type NameEntityRecord } from './sheet';
import { othersWords } from './voices';
import { nameReferences } from './references';
import { acronymTable, linkAcronymFamilies, linkAcronymLookAlikes, linkAcronymPrefixes, linkAcronymSwaps } from './strategies/acronymForms';
import { linkCompounds } from './strategies/compounds';
import { linkHouseStyle } from './strategies/houseStyle';
import { linkJoinedNames } from './strategies/joinedNames';
import { linkLowerCaseTails } from './strategies/lowerCaseTail';
import { linkOneWordDiffers } from './strategies/oneWordDiffers';
import { linkSameLetters } from './strategies/sameLetters';
import { linkWordSpellings } from './strategies/wordSpellings';

export type { NameOptions } from './context';
export type { NameEntityRecord } from './sheet';

export interface ResolvedNames {
  findings: Finding[];
  /** The name sheet, worked out when first asked for. With a memo, ask before the memo's next run: that run moves
   * the offsets this sheet is read from. */
  entities(): NameEntityRecord[];
  /** Whether a document offset lies in others' words (readers' letters and comments, a transcript's answers);
   * undefined when the draft has none. */
  othersWords?: (offset: number) => boolean;
}

export function resolveNames(
  paragraphs: readonly { start: number; kind: BlockKind; facts: ParagraphNameFacts }[],
  options: NameOptions,
  memo?: NamesMemo,
): ResolvedNames {
  const collected = collectNames(paragraphs, memo);
  const generation = memo?.generation;
  const ctx = matchContext(collected, options, distinctPairSet(options.distinctNames));

  linkSameLetters(ctx);
  const acronyms = acronymTable(ctx);
  linkAcronymFamilies(ctx, acronyms);
  linkAcronymPrefixes(ctx, acronyms);
  linkAcronymLookAlikes(ctx, acronyms);
  linkAcronymSwaps(ctx, acronyms);
  linkWordSpellings(ctx);
  linkJoinedNames(ctx);
  linkOneWordDiffers(ctx);
  linkLowerCaseTails(ctx);
  linkCompounds(ctx);
  linkHouseStyle(ctx);

  // letters, comments and transcript answers are quoted material: reported as quotes are, and no evidence
  const others = othersWords(paragraphs);
  const quoted = others === undefined ? (o: Occurrence) => o.inQuote : (o: Occurrence) => o.inQuote || others(o.start);
  const evidence: Evidence = {
    quoted,
    isKnown: acronyms.isKnown,
    wordCount: (word) => {
      let n = 0;
      for (const text of collected.spellingsOfLower.get(word.toLowerCase()) ?? []) n += collected.wordsOf(text).length;
      return n;
    },
  };
  const findings: Finding[] = [];
  const variantClusters: VariantCluster[] = [];
  for (const members of ctx.table.groups()) {
    if (members.length < 2 && !members.some((m) => m.houseVariant)) continue;
    for (const m of members) m.occs.sort((a, b) => a.start - b.start);
    const decision = decideCanonical(members, evidence);
    const flagged = members.filter((m) => !decision.silent.includes(m));
    const cluster: VariantCluster =
      decision.canonical !== undefined
        ? { canonical: decision.canonical, members, flagged }
        : // no usual form: every tied form is flagged, the most used first
          {
            tie: decision.tie
              .filter((m) => m.occs.length > 0)
              .sort((a, b) => b.occs.length - a.occs.length || a.occs[0].start - b.occs[0].start),
            members,
            flagged,
          };
    variantClusters.push(cluster);
    clusterFindings(cluster, findings, quoted);
  }

  const named = dropOverlaps(findings);
  // an acronym already flagged as a variant of another is not reported again as undefined
  const variantAt = new Set(named.map((f) => f.start));
  const acronymFindings = undefinedAcronyms(paragraphs, options.knownAcronyms).filter((f) => !variantAt.has(f.start));
  // name-reference reads the sheet's people, so the sheet is worked out now
  let sheet: NameEntityRecord[] | undefined;
  const entities = (): NameEntityRecord[] => {
    if (sheet !== undefined) return sheet;
    if (memo !== undefined && memo.generation !== generation) {
      throw new Error('the name sheet of an earlier analysis was asked for after the document was analysed again');
    }
    return (sheet = nameSheet(collected, variantClusters));
  };
  const referenceFindings = nameReferences(paragraphs, {
    style: options.secondReference,
    bodyStart: bodyStartOf(paragraphs),
    quoted: (offset) => others !== undefined && others(offset),
    ordinary: (word) => collected.vocabulary.has(word),
  });
  return {
    entities,
    findings: [...named, ...acronymFindings, ...referenceFindings].sort((a, b) => a.start - b.start),
    othersWords: others,
  };
}

/** A line under the headline this short (in words) is display text: a second headline, a standfirst, a label. */
const DISPLAY_WORDS = 25;

/** A label this short (in words) near the top ("ABSTRACT.", "FULL TEXT.") ends the display text above it. */
const LABEL_WORDS = 3;
const TOP_PARAGRAPHS = 6;

/** The first paragraph that is neither the headline nor a short line under it, after any label near the top (a
 * summary under "ABSTRACT." is display text too). */
function bodyStartOf(paragraphs: readonly { start: number; kind: BlockKind; facts: ParagraphNameFacts }[]): number {
  const wordsOf = (facts: ParagraphNameFacts): number => facts.runs.reduce((n, r) => n + r.words.length, facts.lower.length);
  let from = 0;
  for (let i = 1; i < Math.min(paragraphs.length, TOP_PARAGRAPHS); i++) if (wordsOf(paragraphs[i].facts) <= LABEL_WORDS) from = i + 1;
  for (let i = from; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.kind !== 'headline' && p.kind !== 'heading' && wordsOf(p.facts) > DISPLAY_WORDS) return p.start;
  }
  return Number.MAX_SAFE_INTEGER;
}
