// From clusters of forms to findings: the usual form of each entity, why the others are taken for it, and the
// message and quick fixes of each finding.

import type { Finding, Fix, Related } from '../../types';
import { NAME_CONNECTORS } from './data';
import type { Form } from './forms';
import { acronymCore, editDistance, isTransliterationEdit, isTransposition, joinKey, phoneticKey } from './keys';
import type { CompoundOccurrence, Occurrence } from './occurrences';

/** Related locations per finding, capped so a long draft with many variants stays linear. */
const MAX_RELATED = 200;

export interface VariantCluster {
  canonical: Form;
  members: Form[];
}

function times(n: number): string {
  if (n === 1) return 'once';
  if (n === 2) return 'twice';
  return `${n} times`;
}

export function pickCanonical(members: Form[], isKnown: (text: string) => boolean): Form {
  const preferred = members.find((m) => m.housePreferred);
  if (preferred !== undefined) return preferred;
  const known = members.filter((m) => m.kind === 'acronym' && isKnown(m.text));
  if (
    known.length === 1 &&
    members.every((m) => m.kind === 'acronym') &&
    members.filter((m) => acronymCore(m.text) === acronymCore(known[0].text)).length === 1
  ) {
    return known[0];
  }
  let best = members[0];
  for (const m of members) {
    const first = (f: Form): number => f.occs[0]?.start ?? Infinity;
    if (m.occs.length > best.occs.length || (m.occs.length === best.occs.length && first(m) < first(best))) best = m;
  }
  return best;
}

/** Why two forms are the same name written differently, for the message. */
export function reasonFor(variant: string, canonical: string): string {
  if (joinKey(variant) === joinKey(canonical)) {
    const dots = (s: string): number => s.split('.').length - 1;
    if (dots(variant) !== dots(canonical) && variant.replace(/\./g, '') === canonical.replace(/\./g, '')) return 'dots differ';
    return 'hyphen/space/case differs';
  }
  if (variant === variant.toLowerCase() && stemKey(variant) === stemKey(canonical)) return 'hyphen/space/case differs';
  const v = variant.toLowerCase();
  const c = canonical.toLowerCase();
  if (isAcronymText(variant) && isAcronymText(canonical)) {
    if (isTransposition(acronymCore(variant), acronymCore(canonical))) return 'two letters swapped';
    return 'an acronym variant';
  }
  const vw = v.split(' ');
  const cw = c.split(' ');
  if (vw.length === cw.length && vw.length > 1) {
    const diff = vw.filter((w, i) => w !== cw[i]);
    if (diff.length === 1) {
      const i = vw.findIndex((w, k) => w !== cw[k]);
      if (NAME_CONNECTORS.has(vw[i])) return 'one word differs';
      return reasonFor(variant.split(' ')[i], canonical.split(' ')[i]);
    }
  }
  const d = editDistance(joinKey(v), joinKey(c), 3);
  if (d === 1) {
    if (isTransposition(joinKey(v), joinKey(c))) return 'two letters swapped';
    if (isTransliterationEdit(joinKey(v), joinKey(c))) return 'a different transliteration';
    return 'spelt one letter differently';
  }
  if (phoneticKey(joinKey(v)) === phoneticKey(joinKey(c))) return 'a different transliteration';
  return 'spelt differently';
}

const stemKey = (s: string): string => joinKey(s).replace(/(ings|ing|ed|es|s|e)$/, '');
const isAcronymText = (s: string): boolean => /^[A-Z0-9.&-]+s?$/.test(s) && /[A-Z].*[A-Z]/.test(s);

/** Compounds are collected in lower case: one written with a capital ("Email" opening a sentence) is shown as
 * written, and its replacement keeps the capital ("E-mail"). */
function asWritten(o: Occurrence): string {
  return (o as CompoundOccurrence).capital ? o.text.charAt(0).toUpperCase() + o.text.slice(1) : o.text;
}

function replacementOf(o: Occurrence, canonical: Form): string {
  const text = restyle(o.text, canonical.text);
  return (o as CompoundOccurrence).capital ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** The canonical form in the variant's inflection, for common compounds: "emails" written like "e-mail" is "e-mails". */
export function restyle(variant: string, canonical: string): string {
  const v = joinKey(variant);
  const c = joinKey(canonical);
  if (variant !== variant.toLowerCase() || v === c || !v.startsWith(stemKey(canonical)) || c.length > v.length + 1) return canonical;
  // walk the canonical surface over the shared stem, then keep the variant's own ending
  const shared = stemKey(canonical).length;
  let seen = 0;
  let cut = 0;
  while (cut < canonical.length && seen < shared) {
    if (joinKey(canonical[cut]) !== '') seen++;
    cut++;
  }
  let vcut = 0;
  seen = 0;
  while (vcut < variant.length && seen < shared) {
    if (joinKey(variant[vcut]) !== '') seen++;
    vcut++;
  }
  return canonical.slice(0, cut) + variant.slice(vcut);
}

/** Drops a finding that overlaps an earlier, longer one (a word inside a flagged multi-word name). */
export function dropOverlaps(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && f.start < last.end) continue;
    out.push(f);
  }
  return out;
}

/** The findings of one cluster: one per occurrence of each form other than the canonical one. */
export function clusterFindings({ canonical, members }: VariantCluster, findings: Finding[]): void {
  const variants = members.filter((m) => m !== canonical && m.occs.length > 0);
  const allVariantEdits = variants.flatMap((m) =>
    m.occs.map((o) => ({ start: o.start, end: o.end, newText: replacementOf(o, canonical) })),
  );
  const relatedOf = (others: Form[]): Related[] => {
    const out: Related[] = [];
    for (const m of others) {
      for (const x of m.occs) {
        if (out.length === MAX_RELATED) return out;
        out.push({ start: x.start, end: x.end, message: `“${asWritten(x)}” here` });
      }
    }
    return out;
  };
  for (const form of variants) {
    const reason = form.houseVariant ? 'the house style name' : reasonFor(form.text, canonical.text);
    // the same places for every occurrence of this form (shared: findings are read only)
    const related = relatedOf(members.filter((m) => m !== form));
    for (const o of form.occs) {
      const expected = replacementOf(o, canonical);
      const written = asWritten(o);
      const message =
        canonical.occs.length === 0
          ? `“${written}”: house style writes “${canonical.text}”`
          : `“${written}”: elsewhere this draft writes “${canonical.text}” (${times(canonical.occs.length)}) — ${reason}`;
      const fixes: Fix[] = [
        { title: `Replace with “${expected}”`, edits: [{ start: o.start, end: o.end, newText: expected }], preferred: true },
        { title: `Replace every variant with “${canonical.text}”`, edits: allVariantEdits },
      ];
      const finding: Finding = {
        rule: 'name-inconsistent',
        severity: o.inQuote ? 'info' : 'warning',
        message,
        start: o.start,
        end: o.end,
        actual: written,
        expected: [expected],
        related,
        fixes,
      };
      if (o.inQuote) finding.inQuote = true;
      findings.push(finding);
    }
  }
}
