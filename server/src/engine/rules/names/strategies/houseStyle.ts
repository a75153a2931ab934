// Strategy: the house style's preferred names and their listed variants, linked wherever the draft has them.

import type { MatchContext } from '../context';
import type { Occurrence } from '../occurrences';

export function linkHouseStyle({ collected, table, options }: MatchContext): void {
  const house = new Map<string, string>();
  for (const entry of options.preferred ?? []) for (const v of entry.variants ?? []) house.set(v, entry.preferred);
  if (house.size === 0 && (options.preferred?.length ?? 0) === 0) return;
  const preferredTexts = new Set((options.preferred ?? []).map((p) => p.preferred));
  const all: Occurrence[] = [...collected.units(), ...collected.compounds];
  for (const u of all) {
    const preferred = house.get(u.text);
    if (preferred !== undefined) {
      const variant = table.formOf('name', u.text);
      if (!variant.occs.some((o) => o.start === u.start && o.end === u.end)) variant.occs.push(u);
      variant.houseVariant = true;
      const target = table.formOf('name', preferred);
      target.housePreferred = true;
      table.link(target, variant);
    } else if (preferredTexts.has(u.text)) {
      const target = table.formOf('name', u.text);
      if (!target.occs.some((o) => o.start === u.start && o.end === u.end)) target.occs.push(u);
      target.housePreferred = true;
    }
  }
}
