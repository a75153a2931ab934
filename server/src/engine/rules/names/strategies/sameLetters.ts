// Strategy: the same letters written with different hyphens, spaces, case or dots ("Kilroy-Silk"/"Kilroy Silk",
// "U.N."/"UN", "Worldcom"/"WorldCom").

import { foldInitials } from '../canonical';
import type { MatchContext } from '../context';
import type { Form } from '../forms';
import type { Unit } from '../occurrences';

export function linkSameLetters({ collected, table }: MatchContext): void {
  for (const group of collected.spelledTwoWays()) {
    const list = group.some((u) => u.shout) ? group.filter((u) => !u.shout) : group;
    const strong = new Map<string, number>();
    for (const u of list) if (!u.weak) strong.set(u.text, (strong.get(u.text) ?? 0) + 1);
    // a weak unit (sentence start, headline) takes the strong spelling it matches up to initials
    const textOf = (u: Unit): string => {
      if (!u.weak || strong.has(u.text)) return u.text;
      let best: string | undefined;
      let bestCount = 0;
      const folded = foldInitials(u.text);
      for (const [text, count] of strong) if (foldInitials(text) === folded && count > bestCount) [best, bestCount] = [text, count];
      return best ?? u.text;
    };
    const assigned = list.map(textOf);
    const texts = new Set(assigned);
    if (texts.size < 2) continue;
    // weak-only forms that differ from another form only by initials are title case, not a variant
    const all = [...texts];
    const real = all.filter((t) => strong.has(t) || !all.some((o) => o !== t && foldInitials(o) === foldInitials(t)));
    if (real.length < 2) continue;
    let first: Form | undefined;
    list.forEach((u, k) => {
      const t = assigned[k];
      if (!real.includes(t)) return;
      const form = table.formOf(u.acronym ? 'acronym' : 'name', t);
      form.occs.push(u);
      if (first === undefined) first = form;
      else table.link(first, form);
    });
  }
}
