// The name sheet: every entity of the draft once, with its forms and where each is written.

import type { Span } from '../../types';
import type { CollectedNames } from './occurrences';
import type { VariantCluster } from './report';

export interface NameEntityRecord {
  canonical: string;
  kind: 'name' | 'acronym';
  forms: { text: string; count: number; variant: boolean; spans: Span[] }[];
}

const CALENDAR_WORDS = new Set([
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);

export function nameSheet(collected: CollectedNames, variantClusters: VariantCluster[]): NameEntityRecord[] {
  const entities: NameEntityRecord[] = [];
  const claimed = new Set<string>();
  for (const { canonical: decided, tie, members } of variantClusters) {
    const canonical = decided ?? tie?.[0] ?? members[0];
    const kind = members.every((m) => m.kind === 'acronym') ? 'acronym' : 'name';
    entities.push({
      canonical: canonical.text,
      kind,
      forms: members
        .map((m) => ({
          text: m.text,
          count: m.occs.length,
          variant: m !== canonical,
          spans: m.occs.map((o) => ({ start: o.start, end: o.end })),
        }))
        .sort((a, b) => Number(a.variant) - Number(b.variant) || b.count - a.count),
    });
    for (const m of members) claimed.add(m.text);
  }
  // every other name as written: whole runs and acronyms, short forms attached to the one full name they shorten
  const plain = new Map<string, { kind: 'name' | 'acronym'; spans: Span[]; strong: boolean }>();
  for (const run of collected.runs()) {
    const text = run.text;
    // The pronoun "I" is capitalised but names nobody; days and months are not names an editor checks.
    if (claimed.has(text) || text === 'I' || CALENDAR_WORDS.has(text)) continue;
    let entry = plain.get(text);
    if (entry === undefined)
      plain.set(text, (entry = { kind: run.words.length === 1 && run.words[0].acronym ? 'acronym' : 'name', spans: [], strong: false }));
    entry.spans.push({ start: run.start, end: run.end });
    if (run.words.length > 1 || !run.words[0].weak || run.words[0].acronym) entry.strong = true;
  }
  const owners = new Map<string, string[]>();
  for (const text of plain.keys()) {
    const parts = text.split(' ');
    if (parts.length < 2) continue;
    for (const part of new Set([parts[0], parts[parts.length - 1]])) {
      let list = owners.get(part);
      if (list === undefined) owners.set(part, (list = []));
      list.push(text);
    }
  }
  const shortOf = new Map<string, string>();
  for (const text of plain.keys()) {
    const owner = owners.get(text);
    if (!text.includes(' ') && owner !== undefined && owner.length === 1) shortOf.set(text, owner[0]);
  }
  const shortsOf = new Map<string, string[]>();
  for (const [short, owner] of shortOf) {
    let list = shortsOf.get(owner);
    if (list === undefined) shortsOf.set(owner, (list = []));
    list.push(short);
  }
  for (const [text, entry] of plain) {
    // A single word seen only where any word is capitalised (a sentence start) is more likely an ordinary word.
    if (shortOf.has(text) || !entry.strong) continue;
    const forms = [{ text, count: entry.spans.length, variant: false, spans: entry.spans }];
    for (const short of shortsOf.get(text) ?? []) {
      const spans = plain.get(short)?.spans ?? [];
      forms.push({ text: short, count: spans.length, variant: false, spans });
    }
    entities.push({ canonical: text, kind: entry.kind, forms: forms.sort((a, b) => b.count - a.count) });
  }
  const total = (e: NameEntityRecord): number => e.forms.reduce((n, f) => n + f.count, 0);
  const hasVariant = (e: NameEntityRecord): number => (e.forms.some((f) => f.variant) ? 0 : 1);
  return entities.sort((a, b) => hasVariant(a) - hasVariant(b) || total(b) - total(a) || a.canonical.localeCompare(b.canonical));
}
