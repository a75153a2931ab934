// source-plural: the draft credits "sources" (or officials, diplomats ...) in the plural, but the sources of that
// kind it credits one at a time are one: `a source close to the talks` and later `the source`, and nowhere
// `another source`, `two sources` or `a second official`. A plural with no such singular is left alone: the draft
// then gives no count to hold it against.

import { makeFinding } from '../../findings';
import type { Finding, Related } from '../../types';
import type { SourcingParagraph } from './check';
import { SOURCE_HEADS, type SourceCredit } from './credits';

interface Placed {
  credit: SourceCredit;
  offset: number;
  text: string;
}

export function sourcePluralFindings(paragraphs: SourcingParagraph[]): Finding[] {
  const byHead = new Map<string, Placed[]>();
  for (const { start, facts } of paragraphs) {
    for (const credit of facts.credits) {
      let list = byHead.get(credit.head);
      if (!list) byHead.set(credit.head, (list = []));
      list.push({ credit, offset: start, text: facts.text });
    }
  }
  const out: Finding[] = [];
  for (const [head, credits] of byHead) {
    const plurals = credits.filter((c) => c.credit.number === 'plural');
    if (plurals.length === 0) continue;
    if (credits.some((c) => c.credit.number === 'counted' || c.credit.number === 'another')) continue;
    const allSingles = credits.filter((c) => c.credit.number === 'one' || c.credit.number === 'the-one');
    // `the official` refers back to the last one introduced (`a Mexican official`), and is of its group.
    let last: SourceCredit | null = null;
    for (const c of allSingles) {
      if (c.credit.number === 'one') last = c.credit;
      else if (last && c.credit.modifiers.length === 0) c.credit = { ...c.credit, modifiers: last.modifiers };
    }
    if (allSingles.filter((c) => c.credit.number === 'one').length > 1) continue;
    const singles = allSingles.filter((s) => plurals.some((p) => sameGroup(s.credit, p.credit)));
    if (singles.length === 0) continue;
    const related: Related[] = singles.map((s) => ({
      start: s.offset + s.credit.start,
      end: s.offset + s.credit.end,
      message: `“${s.credit.phrase}” here`,
    }));
    const one = singles[0].credit.phrase;
    for (const p of plurals) {
      const { credit } = p;
      const start = p.offset + credit.start;
      const end = p.offset + credit.end;
      const fix = singularOf(credit, p.text);
      out.push(
        makeFinding('source-plural', {
          start,
          end,
          message: `“${credit.phrase}” in the plural, but the draft credits a single ${head} (“${one}”) and no other: check how many ${SOURCE_HEADS.get(head)} there were.`,
          actual: credit.phrase,
          expected: fix ? [fix] : [],
          related,
          fixes: fix ? [{ title: `Replace with “${fix}”`, edits: [{ start, end, newText: fix }] }] : undefined,
        }),
      );
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Modifiers that rank a source within its group rather than name another group. */
const RANKS = new Set(['senior', 'top', 'high-ranking', 'high-level', 'junior', 'one', 'single', 'anonymous', 'unnamed']);

/** A single source can be one of the plural's: it names no group the plural does not (`a Treasury official` is not
 * one of `officials` said elsewhere; `a source` is one of `party sources`). A former one never is. */
function sameGroup(single: SourceCredit, plural: SourceCredit): boolean {
  if (single.modifiers.some((m) => m === 'former' || m === 'ex')) return false;
  const own = new Set(plural.modifiers);
  if (!single.modifiers.every((m) => RANKS.has(m) || own.has(m))) return false;
  // `Democratic sources` and `a source close to the campaign`: an unqualified one introduced is not shown to be of a
  // qualified group; `the source` after them refers back to it.
  const qualified = plural.modifiers.some((m) => !RANKS.has(m));
  return !qualified || single.modifiers.some((m) => !RANKS.has(m)) || single.number === 'the-one';
}

/** `Senior officials` → `A senior official`, when the verb is in the past and needs no change. */
function singularOf(credit: SourceCredit, text: string): string | null {
  if (!credit.pastVerb) return null;
  const words = credit.phrase.split(/\s+/);
  const last = words[words.length - 1];
  const singular = [...SOURCE_HEADS].find(([, p]) => p === last.toLowerCase())?.[0];
  if (!singular) return null;
  const first = words[0].toLowerCase();
  if (['the', 'these', 'those'].includes(first)) return null;
  const body = [...words.slice(0, -1), singular];
  const atSentenceStart = /(?:^|[.!?]["”’]?\s+)$/.test(text.slice(0, credit.start));
  const firstWord = body[0];
  const keepCase = /^[A-Z]{2,}$/.test(firstWord) || (/^[A-Z]/.test(firstWord) && !atSentenceStart);
  if (!keepCase) body[0] = firstWord.toLowerCase();
  const article = /^[aeiou]/i.test(body[0]) && !/^(?:US|UN|UK|uni|euro|one)/i.test(body[0]) ? 'an' : 'a';
  const phrase = `${article} ${body.join(' ')}`;
  return atSentenceStart ? phrase[0].toUpperCase() + phrase.slice(1) : phrase;
}
