// From clusters of forms to findings: the usual form of each entity, why the others are taken for it, and the
// message and quick fixes of each finding.

import { makeFinding } from '../../findings';
import type { Finding, Fix, Related } from '../../types';
import { NAME_CONNECTORS } from './data';
import type { Form } from './forms';
import { acronymCore, editDistance, isTransliterationEdit, isTransposition, joinKey, phoneticKey } from './keys';
import type { CompoundOccurrence, Occurrence } from './occurrences';

/** Related locations per finding, capped so a long draft with many variants stays linear. */
const MAX_RELATED = 200;

/** An entity's forms: with the usual one, or with the forms tied for usual (none recommended). */
export interface VariantCluster {
  members: Form[];
  /** The members that may be flagged (not those seen only where their style says nothing). */
  flagged: Form[];
  canonical?: Form;
  tie?: Form[];
}

function times(n: number): string {
  if (n === 1) return 'once';
  if (n === 2) return 'twice';
  return `${n} times`;
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
  const text =
    isAcronymText(canonical.text) && isAcronymText(o.text) ? inflectAcronym(o.text, canonical.text) : restyle(o.text, canonical.text);
  return (o as CompoundOccurrence).capital ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** An acronym's plural: a lower-case "s" after its capitals ("MPs"). */
const isPluralAcronym = (text: string): boolean => /[\p{Lu}\d.]s$/u.test(text);

/** The canonical acronym in the variant's number: "MMOPRGs" against "MMORPG" is "MMORPGs". */
export function inflectAcronym(variant: string, canonical: string): string {
  const base = isPluralAcronym(canonical) ? canonical.slice(0, -1) : canonical;
  return isPluralAcronym(variant) ? `${base}s` : base;
}

/** The same acronym in the singular and the plural is one spelling. */
function isInflectionOf(variant: string, canonical: string): boolean {
  return isAcronymText(variant) && isAcronymText(canonical) && variant !== canonical && inflectAcronym(variant, canonical) === variant;
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

/** The findings of one cluster: one per occurrence of each form other than the canonical one; on a tie, one per
 * occurrence of every tied form, recommending none. */
export function clusterFindings(cluster: VariantCluster, findings: Finding[], quoted: (o: Occurrence) => boolean): void {
  if (cluster.canonical !== undefined) variantFindings(cluster.canonical, cluster.members, cluster.flagged, findings, quoted);
  else if (cluster.tie !== undefined && cluster.tie.length > 1) tieFindings(cluster.tie, cluster.members, findings, quoted);
}

/** The other forms' occurrences in document order (however the forms were gathered, so an edited draft lists the
 * same places as a fresh one), capped at MAX_RELATED. */
function relatedOf(others: Form[]): Related[] {
  const all: Occurrence[] = [];
  for (const m of others) for (const x of m.occs) all.push(x);
  all.sort((a, b) => a.start - b.start);
  return all.slice(0, MAX_RELATED).map((x) => ({ start: x.start, end: x.end, message: `“${asWritten(x)}” here` }));
}

function finding(o: Occurrence, quoted: boolean, message: string, expected: string[], related: Related[], fixes: Fix[]): Finding {
  return makeFinding('name-inconsistent', {
    message,
    start: o.start,
    end: o.end,
    actual: asWritten(o),
    expected,
    related,
    fixes,
    inQuote: quoted,
  });
}

function variantFindings(canonical: Form, members: Form[], flagged: Form[], findings: Finding[], quoted: (o: Occurrence) => boolean): void {
  const variants = flagged.filter((m) => m !== canonical && m.occs.length > 0 && !isInflectionOf(m.text, canonical.text));
  const allVariantEdits = variants.flatMap((m) =>
    m.occs.map((o) => ({ start: o.start, end: o.end, newText: replacementOf(o, canonical) })),
  );
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
      findings.push(finding(o, quoted(o), message, [expected], related, fixes));
    }
  }
}

function tieFindings(tie: Form[], members: Form[], findings: Finding[], quoted: (o: Occurrence) => boolean): void {
  const listed = tie.map((f) => `“${f.text}” (${times(f.occs.length)})`);
  const ways = tie.length === 2 ? 'two ways' : `${tie.length} ways`;
  const everywhere: Fix[] = tie.map((target) => ({
    title: `Write “${target.text}” everywhere`,
    edits: members
      .filter((m) => m !== target)
      .flatMap((m) => m.occs.map((o) => ({ start: o.start, end: o.end, newText: replacementOf(o, target) }))),
  }));
  for (const form of tie) {
    const others = tie.filter((f) => f !== form);
    const reason = reasonFor(form.text, others[0].text);
    const related = relatedOf(members.filter((m) => m !== form));
    for (const o of form.occs) {
      const message = `“${asWritten(o)}”: this draft writes the name ${ways}, ${listed.join(' and ')} — ${reason}; check which is right`;
      const here: Fix[] = others.map((f) => {
        const text = replacementOf(o, f);
        return { title: `Replace with “${text}”`, edits: [{ start: o.start, end: o.end, newText: text }] };
      });
      findings.push(finding(o, quoted(o), message, [], related, [...here, ...everywhere]));
    }
  }
}
