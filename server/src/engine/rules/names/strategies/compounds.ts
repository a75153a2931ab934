// Strategy: lower-case compounds written two ways ("e-mail"/"email", "car maker"/"carmaker").

import type { MatchContext } from '../context';
import type { Form } from '../forms';
import type { CompoundOccurrence } from '../occurrences';

export function linkCompounds({ collected, table }: MatchContext): void {
  const byStem = new Map<string, CompoundOccurrence[]>();
  for (const c of collected.compounds) {
    let list = byStem.get(c.stem);
    if (list === undefined) byStem.set(c.stem, (list = []));
    list.push(c);
  }
  for (const [stem, list] of byStem) {
    const styles = new Set(list.map((c) => c.style));
    // a hyphen against a space is grammar ("a first-half goal", "in the first half"); the closed form is the tell
    if (styles.size < 2 || !styles.has('closed')) continue;
    // one form per way of writing it; each form's text is its most frequent spelling
    let first: Form | undefined;
    for (const style of styles) {
      const occs = list.filter((c) => c.style === style);
      const counts = new Map<string, number>();
      for (const c of occs) counts.set(c.text, (counts.get(c.text) ?? 0) + 1);
      const text = [...counts].sort((a, b) => b[1] - a[1])[0][0];
      const form: Form = { id: `c:${stem}:${style}`, text, kind: 'compound', occs };
      table.add(form);
      if (first === undefined) first = form;
      else table.link(first, form);
    }
  }
}
