// The name sheet: every entity of the draft once, whole, with its forms, where each is written, and what kind of
// entity it is.

import type { Span } from '../../types';
import { addEvidence, entityKindOf, isAdjectiveOnly, isGroupNoun, noEvidence, type EntityKind, type RunEvidence } from './entityKinds';
import type { CollectedNames, RunOccurrence } from './occurrences';
import type { VariantCluster } from './report';
import { MONTHS, WEEKDAYS } from '../guide/calendar';

export type { EntityKind } from './entityKinds';

export interface NameEntityRecord {
  canonical: string;
  kind: 'name' | 'acronym';
  /** Person, organisation, place, group (a plural of nationality or belief) or other. */
  entity: EntityKind;
  forms: { text: string; count: number; variant: boolean; spans: Span[] }[];
}

type FormRecord = NameEntityRecord['forms'][number];

const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);

interface Draft {
  canonical: string;
  kind: 'name' | 'acronym';
  forms: FormRecord[];
  /** What the surroundings of its runs say, when known. */
  evidence?: RunEvidence;
  /** Merged into another entity (its full name). */
  merged?: true;
  shortened: boolean;
}

/** The run each span was written in, found by its start (the runs are in document order). */
function runFinder(sorted: RunOccurrence[]): (span: Span) => RunOccurrence | undefined {
  return (span) => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = sorted[mid];
      if (span.start < r.start) hi = mid - 1;
      else if (span.start >= r.end) lo = mid + 1;
      else return r;
    }
    return undefined;
  };
}

const inside = (span: Span, spans: Span[]): boolean => spans.some((s) => s.start <= span.start && span.end <= s.end);

export function nameSheet(collected: CollectedNames, variantClusters: VariantCluster[]): NameEntityRecord[] {
  const drafts: Draft[] = [];
  const claimed = new Set<string>();
  for (const { canonical: decided, tie, members } of variantClusters) {
    const canonical = decided ?? tie?.[0] ?? members[0];
    const kind = members.every((m) => m.kind === 'acronym') ? 'acronym' : 'name';
    drafts.push({
      canonical: canonical.text,
      kind,
      shortened: false,
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
  const allRuns = collected.runs();
  // every other name as written: whole runs and acronyms, short forms attached to the one full name they shorten
  const plain = new Map<string, { kind: 'name' | 'acronym'; spans: Span[]; evidence: RunEvidence; strong: boolean }>();
  for (const run of allRuns) {
    const text = run.text;
    // The pronoun "I" is capitalised but names nobody; days and months are not names an editor checks.
    if (claimed.has(text) || text === 'I' || CALENDAR_WORDS.has(text)) continue;
    let entry = plain.get(text);
    if (entry === undefined)
      plain.set(
        text,
        (entry = {
          kind: run.words.length === 1 && run.words[0].acronym ? 'acronym' : 'name',
          spans: [],
          evidence: noEvidence(),
          strong: false,
        }),
      );
    entry.spans.push({ start: run.start, end: run.end });
    addEvidence(entry.evidence, run);
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
  const byCanonical = new Map<string, Draft>();
  for (const [text, entry] of plain) {
    // A single word seen only where any word is capitalised (a sentence start) is more likely an ordinary word.
    if (shortOf.has(text) || !entry.strong) continue;
    const forms: FormRecord[] = [{ text, count: entry.spans.length, variant: false, spans: entry.spans }];
    const shorts = shortsOf.get(text);
    let evidence = entry.evidence;
    if (shorts !== undefined) {
      evidence = noEvidence();
      addEvidence(evidence, entry.evidence);
      for (const short of shorts) {
        const other = plain.get(short);
        forms.push({ text: short, count: other?.spans.length ?? 0, variant: false, spans: other?.spans ?? [] });
        if (other !== undefined) addEvidence(evidence, other.evidence);
      }
    }
    const draft: Draft = {
      canonical: text,
      kind: entry.kind,
      forms: forms.sort((a, b) => b.count - a.count),
      evidence,
      shortened: forms.length > 1,
    };
    drafts.push(draft);
    byCanonical.set(text, draft);
  }
  // A word spelt two ways that is the first or last word of one full name: the full name's entity, with the other
  // spelling as its variant ("Shahab al-Muhajir", then "Shahad")
  for (const draft of drafts) {
    if (draft.canonical.includes(' ') || draft.kind === 'acronym' || !draft.forms.some((f) => f.variant)) continue;
    const owner = owners.get(draft.canonical);
    const full = owner?.length === 1 ? byCanonical.get(owner[0]) : undefined;
    if (full === undefined) continue;
    const fullSpans = full.forms[0].spans;
    for (const form of draft.forms) {
      const spans = form.spans.filter((s) => !inside(s, fullSpans));
      if (spans.length === 0) continue;
      full.forms.push({ ...form, count: spans.length, spans });
    }
    full.forms.sort((a, b) => Number(a.variant) - Number(b.variant) || b.count - a.count);
    full.evidence = undefined;
    full.shortened = true;
    draft.merged = true;
  }
  // a word spelt two ways inside a longer name spelt two ways ("Greenvale" in "Greenvale Foods"): one entity
  const variantDrafts = drafts.filter((d) => !d.merged && d.forms.some((f) => f.variant));
  for (const inner of variantDrafts) {
    for (const outer of variantDrafts) {
      if (outer === inner || outer.canonical.length <= inner.canonical.length) continue;
      const outerSpans = outer.forms.flatMap((f) => f.spans);
      if (inner.forms.every((f) => f.spans.every((span) => inside(span, outerSpans)))) {
        inner.merged = true;
        break;
      }
    }
  }
  const runAt = runFinder(allRuns);
  const entities: NameEntityRecord[] = [];
  for (const draft of drafts) {
    if (draft.merged) continue;
    // adjectives of nationality, religion or party are no entity, unless a plural names a group ("Afghans")
    if (isAdjectiveOnly(draft.canonical) && draft.forms.every((f) => isAdjectiveOnly(f.text) && !isGroupNoun(f.text))) continue;
    let evidence = draft.evidence;
    if (evidence === undefined) {
      evidence = noEvidence();
      for (const form of draft.forms) {
        for (const span of form.spans) {
          const run = runAt(span);
          if (run !== undefined && run.start === span.start && run.end === span.end) addEvidence(evidence, run);
        }
      }
    }
    const entity = entityKindOf({
      texts: draft.forms.map((f) => f.text),
      evidence,
      acronym: draft.kind === 'acronym',
      shortened: draft.shortened,
    });
    entities.push({ canonical: draft.canonical, kind: draft.kind, entity, forms: draft.forms });
  }
  const total = (e: NameEntityRecord): number => e.forms.reduce((n, f) => n + f.count, 0);
  const hasVariant = (e: NameEntityRecord): number => (e.forms.some((f) => f.variant) ? 0 : 1);
  return entities.sort((a, b) => hasVariant(a) - hasVariant(b) || total(b) - total(a) || a.canonical.localeCompare(b.canonical));
}
