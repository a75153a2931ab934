// Strategies for acronyms: one family (US/USA), one prefix before a shared suffix (IS-K/ISIS-K), a look-alike digit
// (M16/MI6) and two letters swapped (MNSBC/MSNBC).

import { knownAcronymSet } from '../acronyms';
import type { MatchContext } from '../context';
import { ACRONYM_FAMILIES } from '../data';
import { acronymCore, isTransposition } from '../keys';
import { byPosition, type WordOccurrence } from '../occurrences';

/** A bucket with more acronyms than this is a list (tables, sports results), not spellings of one body. */
const MAX_BUCKET = 40;
/** A frequent form is at least this many times as frequent as the rare one (unless the rare one is single). */
const RARE_RATIO = 3;
/** Letters an acronym needs before a look-alike digit or a swap in it is read as a misspelling. */
const MIN_LOOK_ALIKE_CORE = 3;
const MIN_SWAP_CORE = 4;

const LOOK_ALIKE: Record<string, string> = { '1': 'I', '0': 'O', '5': 'S', '8': 'B', l: 'I' };

const FAMILY = new Map<string, number>();
ACRONYM_FAMILIES.forEach((f, i) => f.forEach((a) => FAMILY.set(a, i)));

/** The document's acronyms by text, in order of first use. */
export interface AcronymTable {
  texts: string[];
  occs: Map<string, WordOccurrence[]>;
  count(text: string): number;
  isKnown(text: string): boolean;
}

export function acronymTable({ collected, options }: MatchContext): AcronymTable {
  const occs = new Map<string, WordOccurrence[]>();
  for (const text of collected.acronymsByText.keys()) {
    const inFamily = FAMILY.has(acronymCore(text.split('-')[0]));
    // "USA Today": a family member written as part of a longer name is that name's, not the body's
    const list = collected.acronymsOf(text).filter((w) => !(w.joined && inFamily));
    if (list.length > 0) occs.set(text, list);
  }
  const texts = [...occs.keys()].sort((a, b) => byPosition(occs.get(a)![0], occs.get(b)![0]));
  const known = knownAcronymSet(options.knownAcronyms);
  return { texts, occs, count: (text) => occs.get(text)?.length ?? 0, isKnown: (text) => known.has(acronymCore(text)) };
}

/** Links two acronyms, unless the draft writes them side by side as aliases ("the Islamic State, also known as
 * ISIS or ISIL"). */
function linker(ctx: MatchContext, acronyms: AcronymTable): (a: string, b: string) => void {
  return (a, b) => {
    const occsA = acronyms.occs.get(a) ?? [];
    const occsB = acronyms.occs.get(b) ?? [];
    if (occsA.some((o) => o.alias?.includes(b)) || occsB.some((o) => o.alias?.includes(a))) return;
    ctx.table.link(ctx.table.formWith('acronym', a, occsA), ctx.table.formWith('acronym', b, occsB));
  };
}

function bucket(map: Map<string, string[]>, key: string, text: string): void {
  let list = map.get(key);
  if (list === undefined) map.set(key, (list = []));
  list.push(text);
}

function eachPair(lists: Iterable<string[]>, visit: (a: string, b: string) => void): void {
  for (const list of lists) {
    if (list.length > MAX_BUCKET) continue;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) visit(list[i], list[j]);
  }
}

/** One family's members (ISIS/ISIL), with the same suffix, when one of them is clearly the usual one. */
export function linkAcronymFamilies(ctx: MatchContext, acronyms: AcronymTable): void {
  const link = linker(ctx, acronyms);
  const byFamily = new Map<string, string[]>();
  for (const text of acronyms.texts) {
    const parts = text.split('-').map(acronymCore);
    const family = FAMILY.get(parts[0]);
    if (family !== undefined) bucket(byFamily, [String(family), ...parts.slice(1)].join('-'), text);
  }
  eachPair(byFamily.values(), (a, b) => {
    if (acronymCore(a) === acronymCore(b)) return;
    // one name of the body is clearly the usual one: a single other spelling, or the other form used often
    const [ca, cb] = [acronyms.count(a), acronyms.count(b)];
    if (Math.min(ca, cb) === 1 ? Math.max(ca, cb) >= 2 : Math.min(ca, cb) * RARE_RATIO <= Math.max(ca, cb)) link(a, b);
  });
}

/** Same suffix, one prefix extending the other: IS-K/ISIS-K. */
export function linkAcronymPrefixes(ctx: MatchContext, acronyms: AcronymTable): void {
  const link = linker(ctx, acronyms);
  const bySuffix = new Map<string, string[]>();
  for (const text of acronyms.texts) {
    const hyphen = text.lastIndexOf('-');
    if (hyphen > 0) bucket(bySuffix, text.slice(hyphen), text);
  }
  eachPair(bySuffix.values(), (x, y) => {
    const a = acronymCore(x.slice(0, x.lastIndexOf('-')));
    const b = acronymCore(y.slice(0, y.lastIndexOf('-')));
    if (a !== b && a.length > 0 && b.length > 0 && (a.startsWith(b) || b.startsWith(a))) link(x, y);
  });
}

/** A well-known acronym against an unknown look-alike, or a frequent one against a single odd spelling. */
function lopsided(acronyms: AcronymTable, a: string, b: string): boolean {
  const [ca, cb] = [acronyms.count(a), acronyms.count(b)];
  return acronyms.isKnown(a) !== acronyms.isKnown(b) || (Math.min(ca, cb) === 1 && Math.max(ca, cb) >= 2);
}

/** A digit standing for a letter: M16/MI6. */
export function linkAcronymLookAlikes(ctx: MatchContext, acronyms: AcronymTable): void {
  const link = linker(ctx, acronyms);
  const byCore = new Map<string, string[]>();
  for (const text of acronyms.texts) bucket(byCore, acronymCore(text), text);
  for (const text of acronyms.texts) {
    const core = acronymCore(text);
    if (core.length < MIN_LOOK_ALIKE_CORE) continue;
    const lookAlike = [...core].map((ch) => LOOK_ALIKE[ch] ?? ch).join('');
    if (lookAlike === core) continue;
    for (const other of byCore.get(lookAlike) ?? []) if (other !== text && lopsided(acronyms, other, text)) link(other, text);
  }
}

/** Two adjacent letters swapped: MNSBC/MSNBC. */
export function linkAcronymSwaps(ctx: MatchContext, acronyms: AcronymTable): void {
  const link = linker(ctx, acronyms);
  const byLetters = new Map<string, string[]>();
  for (const text of acronyms.texts) {
    const core = acronymCore(text);
    if (core.length >= MIN_LOOK_ALIKE_CORE) bucket(byLetters, [...core].sort().join(''), text);
  }
  eachPair(byLetters.values(), (x, y) => {
    const a = acronymCore(x);
    const b = acronymCore(y);
    if (a.length >= MIN_SWAP_CORE && isTransposition(a, b) && lopsided(acronyms, x, y)) link(x, y);
  });
}
