// Look-alike names that are different names: the built-in pairs, the house style's, and every known place.

import { DISTINCT_NAMES, KNOWN_PLACES } from './data';

export const pairKey = (a: string, b: string): string => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
};

function pairSet(groups: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const group of groups) {
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) out.add(pairKey(group[i], group[j]));
  }
  return out;
}

const BUILT_IN_DISTINCT = pairSet(DISTINCT_NAMES);
const distinctCache = new WeakMap<readonly string[][], Set<string>>();

/** The pairs of distinct names, built-in and the house style's (the set is the same object while the list is). */
export function distinctPairSet(extra: string[][] | undefined): Set<string> {
  if (extra === undefined || extra.length === 0) return BUILT_IN_DISTINCT;
  let set = distinctCache.get(extra);
  if (set === undefined) distinctCache.set(extra, (set = new Set([...BUILT_IN_DISTINCT, ...pairSet(extra)])));
  return set;
}

/** Whether two names are different names: a listed pair, or either one a known place. */
export function isDistinctIn(distinct: Set<string>, a: string, b: string): boolean {
  return distinct.has(pairKey(a, b)) || KNOWN_PLACES.has(a) || KNOWN_PLACES.has(b);
}
