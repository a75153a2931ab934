// Strategy: a two-word name against a hyphenated one spelt differently ("Nagorny Karabakh"/"Nagorno-Karabakh").

import type { MatchContext } from '../context';
import { rareFirst } from '../forms';
import { editDistance, joinKey, phoneticKey } from '../keys';
import type { Occurrence } from '../occurrences';

/** More edits than this (in the joined letters) and the two are different names; two only when they sound alike. */
const MAX_EDITS = 2;
/** The usual form is written at least this often, and a rare form written more than once this many times less. */
const MIN_FREQUENT = 2;
const RARE_RATIO = 3;

interface Joined {
  text: string;
  occs: readonly Occurrence[];
  hyphen: boolean;
  first: number;
}

export function linkJoinedNames({ collected, table, isDistinct }: MatchContext): void {
  const entries = new Map<string, Joined>();
  const joinedOf = (text: string): Joined | undefined => {
    let entry = entries.get(text);
    if (entry === undefined && collected.pairedByText.size(text) > 0) {
      const occs = collected.pairedOf(text);
      entries.set(text, (entry = { text, occs, hyphen: !text.includes(' '), first: occs[0].start }));
    }
    return entry;
  };
  const seen = new Set<string>();
  for (const list of collected.pairedLookAlikes()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = joinedOf(list[i]);
        const b = joinedOf(list[j]);
        if (a === undefined || b === undefined || a.hyphen === b.hyphen) continue;
        const key = a.text < b.text ? `${a.text}\u0000${b.text}` : `${b.text}\u0000${a.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const ka = joinKey(a.text);
        const kb = joinKey(b.text);
        // one the other with an ending: singular and plural ("Cuban American", "Cuban-Americans")
        if (ka === kb || ka[0] !== kb[0] || ka.startsWith(kb) || kb.startsWith(ka)) continue;
        const d = editDistance(ka, kb, MAX_EDITS);
        if (d > MAX_EDITS || (d === MAX_EDITS && phoneticKey(ka) !== phoneticKey(kb))) continue;
        const [rare, frequent] = rareFirst({ ...a, count: a.occs.length }, { ...b, count: b.occs.length });
        if (frequent.count < MIN_FREQUENT || (rare.count > 1 && rare.count * RARE_RATIO > frequent.count)) continue;
        if (isDistinct(a.text, b.text)) continue;
        table.link(table.formWith('name', frequent.text, frequent.occs), table.formWith('name', rare.text, rare.occs));
      }
    }
  }
}
