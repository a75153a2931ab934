// The document pass of name-inconsistent: groups the spellings of each entity, picks the usual form and flags
// the others. Reads only the per-paragraph facts.

import { makeFinding } from '../../findings';
import type { BlockKind, Finding, Fix, Related, Span } from '../../types';
import { ACRONYM_FAMILIES, COMMON_CAPITALISED, DISTINCT_NAMES, KNOWN_PLACES, NAME_CONNECTORS } from './data';
import { acronymCore, editDistance, isTransliterationEdit, isTransposition, joinKey, phoneticKey } from './keys';
import { knownAcronymSet, undefinedAcronyms } from './acronyms';
import type { ParagraphNameFacts } from './mentions';
import {
  byPosition,
  collectNames,
  type CompoundOccurrence,
  type NamesMemo,
  type Occurrence,
  type RunOccurrence,
  type Unit,
  type WordOccurrence,
} from './occurrences';

export interface NameOptions {
  /** House style: preferred names and their known variants. */
  preferred?: { preferred: string; variants?: string[] }[];
  /** Extends the built-in list of well-known acronyms. */
  knownAcronyms?: string[];
  /** Extends the built-in list of distinct names that look alike. */
  distinctNames?: string[][];
}

export interface NameEntityRecord {
  canonical: string;
  kind: 'name' | 'acronym';
  forms: { text: string; count: number; variant: boolean; spans: Span[] }[];
}

type FormKind = 'name' | 'acronym' | 'compound';

interface Form {
  id: string;
  text: string;
  kind: FormKind;
  occs: Occurrence[];
  /** Set when the house style lists this form as a variant. */
  houseVariant?: boolean;
  housePreferred?: boolean;
}

/** Union-find over form ids. */
class Clusters {
  private parent = new Map<string, string>();
  find(id: string): string {
    let root = id;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    for (let cur = id; cur !== root;) {
      const next = this.parent.get(cur) ?? root;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

const foldInitials = (text: string): string =>
  text
    .split(' ')
    .map((w) => w.charAt(0).toLowerCase() + w.slice(1))
    .join(' ');

const pairKey = (a: string, b: string): string => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
};

const MAX_RELATED = 200;

const LOOK_ALIKE: Record<string, string> = { '1': 'I', '0': 'O', '5': 'S', '8': 'B', l: 'I' };

function times(n: number): string {
  if (n === 1) return 'once';
  if (n === 2) return 'twice';
  return `${n} times`;
}

const FAMILY = new Map<string, number>();
ACRONYM_FAMILIES.forEach((f, i) => f.forEach((a) => FAMILY.set(a, i)));

const distinctCache = new WeakMap<readonly string[][], Set<string>>();
const BUILT_IN_DISTINCT = pairSet(DISTINCT_NAMES);

function pairSet(groups: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const group of groups) {
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) out.add(pairKey(group[i], group[j]));
  }
  return out;
}

function distinctPairSet(extra: string[][] | undefined): Set<string> {
  if (extra === undefined || extra.length === 0) return BUILT_IN_DISTINCT;
  let set = distinctCache.get(extra);
  if (set === undefined) distinctCache.set(extra, (set = new Set([...BUILT_IN_DISTINCT, ...pairSet(extra)])));
  return set;
}

export interface ResolvedNames {
  findings: Finding[];
  /** The name sheet, worked out when first asked for. With a memo, ask before the memo's next run: that run moves
   * the offsets this sheet is read from. */
  entities(): NameEntityRecord[];
}

export function resolveNames(
  paragraphs: readonly { start: number; kind: BlockKind; facts: ParagraphNameFacts }[],
  options: NameOptions,
  memo?: NamesMemo,
): ResolvedNames {
  const collected = collectNames(paragraphs, memo);
  const generation = memo?.generation;
  const forms = new Map<string, Form>();
  const clusters = new Clusters();
  const formOf = (kind: FormKind, text: string): Form => {
    const id = `${kind === 'compound' ? 'c' : 'n'}:${text}`;
    let form = forms.get(id);
    if (form === undefined) {
      form = { id, text, kind, occs: [] };
      forms.set(id, form);
    }
    return form;
  };
  const distinct = distinctPairSet(options.distinctNames);
  const isDistinct = (a: string, b: string): boolean => distinct.has(pairKey(a, b)) || KNOWN_PLACES.has(a) || KNOWN_PLACES.has(b);

  // ---- (A) same letters, different hyphens, spaces, case or dots ----
  for (const list of collected.spelledTwoWays()) {
    const strong = new Map<string, number>();
    for (const u of list) if (!u.weak) strong.set(u.text, (strong.get(u.text) ?? 0) + 1);
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
      const form = formOf(u.acronym ? 'acronym' : 'name', t);
      form.occs.push(u);
      if (first === undefined) first = form;
      else clusters.union(first.id, form.id);
    });
  }

  const ensureWordForm = (text: string, occs: readonly Occurrence[], kind: FormKind): Form => {
    const form = formOf(kind, text);
    if (form.occs.length === 0) form.occs.push(...occs);
    return form;
  };

  // ---- (B) acronym variants: one family (US/USA), one prefix (IS-K/ISIS-K), swapped or look-alike letters ----
  const family = FAMILY;
  const acronyms = new Map<string, WordOccurrence[]>();
  for (const text of collected.acronymsByText.keys()) {
    const family = familyOfText(text, FAMILY);
    const list = collected.acronymsOf(text).filter((w) => !(w.joined && family));
    if (list.length > 0) acronyms.set(text, list);
  }
  // in order of first use, as the draft reads
  const acronymTexts = [...acronyms.keys()].sort((a, b) => byPosition(acronyms.get(a)![0], acronyms.get(b)![0]));
  const familyKey = (text: string): string | undefined => {
    const parts = text.split('-').map(acronymCore);
    const f = family.get(parts[0]);
    return f === undefined ? undefined : [String(f), ...parts.slice(1)].join('-');
  };
  const byFamily = new Map<string, string[]>();
  const bySuffix = new Map<string, string[]>();
  for (const text of acronymTexts) {
    const fk = familyKey(text);
    if (fk !== undefined) {
      let list = byFamily.get(fk);
      if (list === undefined) byFamily.set(fk, (list = []));
      list.push(text);
    }
    const hyphen = text.lastIndexOf('-');
    if (hyphen > 0) {
      const suffix = text.slice(hyphen);
      let list = bySuffix.get(suffix);
      if (list === undefined) bySuffix.set(suffix, (list = []));
      list.push(text);
    }
  }
  const countOf = (text: string): number => acronyms.get(text)?.length ?? 0;
  const linkAcronyms = (a: string, b: string): void => {
    const fa = ensureWordForm(a, acronyms.get(a) ?? [], 'acronym');
    const fb = ensureWordForm(b, acronyms.get(b) ?? [], 'acronym');
    clusters.union(fa.id, fb.id);
  };
  for (const list of byFamily.values()) {
    if (list.length > 40) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        if (acronymCore(a) === acronymCore(b)) continue;
        // one name of the body is clearly the usual one: a single other spelling, or the other form used often
        const [ca, cb] = [countOf(a), countOf(b)];
        if (Math.min(ca, cb) === 1 ? Math.max(ca, cb) >= 2 : Math.min(ca, cb) * 3 <= Math.max(ca, cb)) linkAcronyms(a, b);
      }
    }
  }
  for (const list of bySuffix.values()) {
    if (list.length > 40) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = acronymCore(list[i].slice(0, list[i].lastIndexOf('-')));
        const b = acronymCore(list[j].slice(0, list[j].lastIndexOf('-')));
        if (a !== b && a.length > 0 && b.length > 0 && (a.startsWith(b) || b.startsWith(a))) linkAcronyms(list[i], list[j]);
      }
    }
  }
  const known = knownAcronymSet(options.knownAcronyms);
  const isKnown = (text: string): boolean => known.has(acronymCore(text));
  // a well-known acronym against an unknown look-alike, or a frequent one against a single odd spelling
  const lopsided = (a: string, b: string): boolean =>
    isKnown(a) !== isKnown(b) || (Math.min(countOf(a), countOf(b)) === 1 && Math.max(countOf(a), countOf(b)) >= 2);
  const textsByCore = new Map<string, string[]>();
  for (const text of acronymTexts) {
    const core = acronymCore(text);
    let list = textsByCore.get(core);
    if (list === undefined) textsByCore.set(core, (list = []));
    list.push(text);
  }
  const byCoreSorted = new Map<string, string[]>();
  for (const text of acronymTexts) {
    const core = acronymCore(text);
    if (core.length < 3) continue;
    const sorted = [...core].sort().join('');
    let list = byCoreSorted.get(sorted);
    if (list === undefined) byCoreSorted.set(sorted, (list = []));
    list.push(text);
    const lookAlike = [...core].map((ch) => LOOK_ALIKE[ch] ?? ch).join('');
    if (lookAlike !== core) {
      for (const other of textsByCore.get(lookAlike) ?? []) {
        if (other !== text && lopsided(other, text)) linkAcronyms(other, text);
      }
    }
  }
  for (const list of byCoreSorted.values()) {
    if (list.length > 40) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = acronymCore(list[i]);
        const b = acronymCore(list[j]);
        if (a.length >= 4 && isTransposition(a, b) && lopsided(list[i], list[j])) {
          linkAcronyms(list[i], list[j]);
        }
      }
    }
  }

  // ---- (C) misspellings and transliterations of one name word ----
  // several spellings of one lower-case word (case differences are handled above): the most frequent speaks for
  // it, and a tie goes to the one used first
  const spellingOf = (lower: string): { text: string; occs: readonly WordOccurrence[] } | undefined => {
    let best: { text: string; occs: readonly WordOccurrence[] } | undefined;
    for (const text of collected.spellingsOfLower.get(lower) ?? []) {
      const occs = collected.wordsOf(text);
      if (occs.length === 0) continue;
      if (best === undefined || occs.length > best.occs.length || (occs.length === best.occs.length && occs[0].start < best.occs[0].start))
        best = { text, occs };
    }
    return best;
  };
  // the statistics only for words that have a look-alike: a few among thousands
  const stats = new Map<string, WordStats>();
  const statsOf = (lower: string): WordStats | undefined => {
    const cached = stats.get(lower);
    if (cached !== undefined) return cached;
    const entry = spellingOf(lower);
    if (entry === undefined) return undefined;
    const s = wordStatsOf(entry.text, lower, entry.occs);
    stats.set(lower, s);
    return s;
  };
  for (const [x, y] of collected.lookAlikePairs()) {
    if (collected.vocabulary.has(x) || collected.vocabulary.has(y)) continue;
    const a = statsOf(x);
    const b = statsOf(y);
    if (a === undefined || b === undefined) continue;
    if (misspellingPair(a, b, distinct)) {
      const [rare, frequent] = rareFirst(a, b);
      clusters.union(ensureWordForm(frequent.text, frequent.occs, 'name').id, ensureWordForm(rare.text, rare.occs, 'name').id);
    }
  }

  // ---- (C') a two-word name against a hyphenated one spelt differently ("Nagorny Karabakh"/"Nagorno-Karabakh") ----
  const joinedEntries = new Map<string, { text: string; occs: readonly Occurrence[]; hyphen: boolean; first: number }>();
  const joinedOf = (text: string) => {
    let entry = joinedEntries.get(text);
    if (entry === undefined && collected.pairedByText.size(text) > 0) {
      const occs = collected.pairedOf(text);
      joinedEntries.set(text, (entry = { text, occs, hyphen: !text.includes(' '), first: occs[0].start }));
    }
    return entry;
  };
  const joinedPairs = new Set<string>();
  for (const list of collected.pairedLookAlikes()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = joinedOf(list[i]);
        const b = joinedOf(list[j]);
        if (a === undefined || b === undefined || a.hyphen === b.hyphen) continue;
        const key = a.text < b.text ? `${a.text}\u0000${b.text}` : `${b.text}\u0000${a.text}`;
        if (joinedPairs.has(key)) continue;
        joinedPairs.add(key);
        const ka = joinKey(a.text);
        const kb = joinKey(b.text);
        if (ka === kb || ka[0] !== kb[0]) continue;
        const d = editDistance(ka, kb, 2);
        if (d > 2 || (d === 2 && phoneticKey(ka) !== phoneticKey(kb))) continue;
        const [rare, frequent] = rareFirst({ ...a, count: a.occs.length }, { ...b, count: b.occs.length });
        if (frequent.count < 2 || (rare.count > 1 && rare.count * 3 > frequent.count)) continue;
        if (isDistinct(a.text, b.text)) continue;
        const fr = formOf('name', frequent.text);
        if (fr.occs.length === 0) fr.occs.push(...frequent.occs);
        const ra = formOf('name', rare.text);
        if (ra.occs.length === 0) ra.occs.push(...rare.occs);
        clusters.union(fr.id, ra.id);
      }
    }
  }

  // ---- (D) multi-word names that differ in one word ("Dan Regan"/"Don Regan") ----
  const runsOf = (text: string): { text: string; runs: readonly RunOccurrence[] } => ({ text, runs: collected.runsOf(text) });
  const runOccs = (runs: readonly RunOccurrence[]): Occurrence[] =>
    runs.map((run) => {
      const ws = run.words;
      return { text: run.text, start: run.start, end: run.end, weak: ws.some((w) => !!w.weak), inQuote: !!ws[0].inQuote };
    });
  for (const [frame, list] of collected.framePairs()) {
    const [p, q] = list.map(runsOf);
    const pos = frame.split(' ').indexOf('*');
    const wp = p.text.split(' ')[pos];
    const wq = q.text.split(' ')[pos];
    if (wp.toLowerCase() === wq.toLowerCase()) continue;
    // "Lib Dem"/"Lib Dems", "Golden Globe"/"Golden Globes": singular and plural, not two spellings
    const [lp, lq] = [wp.toLowerCase(), wq.toLowerCase()];
    if (lp + 's' === lq || lq + 's' === lp || lp + 'es' === lq || lq + 'es' === lp) continue;
    const size = frame.split(' ').length;
    const connectors = NAME_CONNECTORS.has(wp) && NAME_CONNECTORS.has(wq) && size >= 5;
    const similar =
      wp.length >= 3 &&
      wq.length >= 3 &&
      wp[0] === wq[0] &&
      !isDistinct(wp, wq) &&
      editDistance(wp.toLowerCase(), wq.toLowerCase(), 4) <=
        Math.max(1, Math.min(size >= 3 ? 4 : 2, Math.floor(Math.min(wp.length, wq.length) / (size >= 3 ? 2.5 : 3))));
    if (!connectors && !similar) continue;
    const [rare, frequent] =
      p.runs.length < q.runs.length || (p.runs.length === q.runs.length && p.runs[0].start > q.runs[0].start) ? [p, q] : [q, p];
    if (rare.runs.length > 1 && rare.runs.length * 3 > frequent.runs.length) continue;
    // a one-to-one tie is only trusted for the closest spellings: the earlier one is taken as usual
    if (rare.runs.length === frequent.runs.length && !connectors && editDistance(wp.toLowerCase(), wq.toLowerCase(), 1) > 1) continue;
    const fr = formOf('name', frequent.text);
    if (fr.occs.length === 0) fr.occs.push(...runOccs(frequent.runs));
    const ra = formOf('name', rare.text);
    if (ra.occs.length === 0) ra.occs.push(...runOccs(rare.runs));
    clusters.union(fr.id, ra.id);
  }

  // ---- lower-case compounds: "e-mail"/"email", "car maker"/"carmaker" ----
  const byStem = new Map<string, CompoundOccurrence[]>();
  for (const c of collected.compounds) {
    let list = byStem.get(c.stem);
    if (list === undefined) byStem.set(c.stem, (list = []));
    list.push(c);
  }
  for (const [stem, list] of byStem) {
    const styles = new Set(list.map((c) => c.style));
    if (styles.size < 2 || !styles.has('closed')) continue;
    // one form per way of writing it; each form's text is its most frequent spelling
    let first: Form | undefined;
    for (const style of styles) {
      const occs = list.filter((c) => c.style === style);
      const counts = new Map<string, number>();
      for (const c of occs) counts.set(c.text, (counts.get(c.text) ?? 0) + 1);
      const text = [...counts].sort((a, b) => b[1] - a[1])[0][0];
      const form: Form = { id: `c:${stem}:${style}`, text, kind: 'compound', occs };
      forms.set(form.id, form);
      if (first === undefined) first = form;
      else clusters.union(first.id, form.id);
    }
  }

  // ---- house style ----
  const house = new Map<string, string>();
  for (const entry of options.preferred ?? []) for (const v of entry.variants ?? []) house.set(v, entry.preferred);
  if (house.size > 0 || (options.preferred?.length ?? 0) > 0) {
    const preferredTexts = new Set((options.preferred ?? []).map((p) => p.preferred));
    const all: Occurrence[] = [...collected.units(), ...collected.compounds];
    for (const u of all) {
      const preferred = house.get(u.text);
      if (preferred !== undefined) {
        const variant = formOf('name', u.text);
        if (!variant.occs.some((o) => o.start === u.start && o.end === u.end)) variant.occs.push(u);
        variant.houseVariant = true;
        const target = formOf('name', preferred);
        target.housePreferred = true;
        clusters.union(target.id, variant.id);
      } else if (preferredTexts.has(u.text)) {
        const target = formOf('name', u.text);
        if (!target.occs.some((o) => o.start === u.start && o.end === u.end)) target.occs.push(u);
        target.housePreferred = true;
      }
    }
  }

  // ---- findings ----
  const groups = new Map<string, Form[]>();
  for (const form of forms.values()) {
    const root = clusters.find(form.id);
    let list = groups.get(root);
    if (list === undefined) groups.set(root, (list = []));
    list.push(form);
  }
  const findings: Finding[] = [];
  const variantClusters: { canonical: Form; members: Form[] }[] = [];
  for (const members of groups.values()) {
    if (members.length < 2 && !members.some((m) => m.houseVariant)) continue;
    for (const m of members) m.occs.sort((a, b) => a.start - b.start);
    const canonical = pickCanonical(members, isKnown);
    variantClusters.push({ canonical, members });
    const variants = members.filter((m) => m !== canonical && m.occs.length > 0);
    const allVariantEdits = variants.flatMap((m) =>
      m.occs.map((o) => ({ start: o.start, end: o.end, newText: replacementOf(o, canonical) })),
    );
    // the other forms' occurrences, capped so a long draft with many variants stays linear
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
        findings.push(
          makeFinding('name-inconsistent', {
            message,
            start: o.start,
            end: o.end,
            actual: written,
            expected: [expected],
            related,
            fixes,
            inQuote: o.inQuote,
          }),
        );
      }
    }
  }

  const named = dropOverlaps(findings);
  // an acronym already flagged as a variant of another is not reported again as undefined
  const variantAt = new Set(named.map((f) => f.start));
  const acronymFindings = undefinedAcronyms(paragraphs, options.knownAcronyms).filter((f) => !variantAt.has(f.start));
  let sheet: NameEntityRecord[] | undefined;
  const entities = (): NameEntityRecord[] => {
    if (sheet !== undefined) return sheet;
    if (memo !== undefined && memo.generation !== generation) {
      throw new Error('the name sheet of an earlier analysis was asked for after the document was analysed again');
    }
    return (sheet = nameSheet(collected, variantClusters));
  };
  return { entities, findings: [...named, ...acronymFindings].sort((a, b) => a.start - b.start) };
}

function familyOfText(text: string, family: Map<string, number>): boolean {
  return family.has(acronymCore(text.split('-')[0]));
}

interface WordStats extends PairStats {
  occs: readonly WordOccurrence[];
}

/** A name word's statistics, kept with its occurrence list (a new list when the word's occurrences change). Its
 * first use is read from the occurrence itself: offsets move with edits above it. */
const wordStatsCache = new WeakMap<readonly WordOccurrence[], WordStats>();

function wordStatsOf(text: string, lower: string, occs: readonly WordOccurrence[]): WordStats {
  const cached = wordStatsCache.get(occs);
  if (cached !== undefined && cached.text === text) return cached;
  const s: WordStats = {
    text,
    lower,
    occs,
    count: occs.length,
    get first() {
      return occs[0].start;
    },
    givenOf: new Set(),
    surnameOf: new Set(),
    standalone: 0,
    alone: 0,
    parts: 0,
    titled: false,
  };
  for (const o of occs) {
    if (o.givenBefore !== undefined) s.givenOf.add(o.givenBefore);
    if (o.surnameAfter !== undefined) s.surnameOf.add(o.surnameAfter);
    if (o.givenBefore === undefined && o.surnameAfter === undefined) s.standalone++;
    if (o.alone) s.alone++;
    if (o.part) s.parts++;
    if (o.titled) s.titled = true;
  }
  wordStatsCache.set(occs, s);
  return s;
}

function rareFirst<T extends { count: number; first: number }>(a: T, b: T): [T, T] {
  if (a.count !== b.count) return a.count < b.count ? [a, b] : [b, a];
  return a.first > b.first ? [a, b] : [b, a];
}

interface PairStats {
  text: string;
  lower: string;
  count: number;
  readonly first: number;
  givenOf: Set<string>;
  surnameOf: Set<string>;
  standalone: number;
  alone: number;
  /** Occurrences that are parts of a hyphenated name: they can be misspelt, but are no evidence of the usual form. */
  parts: number;
  titled: boolean;
}

/** The decision for two words, kept while neither word's occurrences change (and the distinct names stay). */
const pairDecisions = new WeakMap<WordStats, WeakMap<WordStats, { distinct: Set<string>; same: boolean }>>();

function misspellingPair(a: WordStats, b: WordStats, distinct: Set<string>): boolean {
  let byB = pairDecisions.get(a);
  if (byB === undefined) pairDecisions.set(a, (byB = new WeakMap()));
  const known = byB.get(b);
  if (known !== undefined && known.distinct === distinct) return known.same;
  const isDistinct = (x: string, y: string): boolean => distinct.has(pairKey(x, y)) || KNOWN_PLACES.has(x) || KNOWN_PLACES.has(y);
  const same = isMisspellingPair(a, b, isDistinct);
  byB.set(b, { distinct, same });
  return same;
}

/** Whether two name words are one name spelt two ways, with the guards against look-alike distinct names. */
function isMisspellingPair(a: PairStats, b: PairStats, isDistinct: (a: string, b: string) => boolean): boolean {
  const [rare, frequent] = rareFirst(a, b);
  if (isDistinct(a.text, b.text) || COMMON_CAPITALISED.has(a.lower) || COMMON_CAPITALISED.has(b.lower)) return false;
  const x = rare.lower;
  const y = frequent.lower;
  const distance = editDistance(x, y, 2);
  if (distance > 2) return false;
  const phonetic = phoneticKey(x) === phoneticKey(y);
  const swap = isTransposition(x, y);
  if (distance === 2) {
    // two changes only as a romanisation: same skeleton, same last letter, long enough
    if (!phonetic || Math.min(x.length, y.length) < 6 || x[x.length - 1] !== y[y.length - 1]) return false;
  }
  if (!phonetic && x[0] !== y[0]) return false;
  const shortest = Math.min(x.length, y.length);
  if (shortest < (swap ? 4 : 5) && !(rare.titled && frequent.titled && shortest >= 3)) return false;
  if (frequent.parts > 0 && frequent.count - frequent.parts < 2) return false;
  // counts: a rare form against a frequent one; a one-to-one tie only against a full name given earlier
  if (rare.count > 1 && rare.count * 3 > frequent.count) return false;
  const tie = frequent.count < 2;
  // (the tie case: a name like "Karim al-Masri", whose bearer goes by the first element, then that element alone)
  const goesByFirst = [...frequent.givenOf].some((g) => g[0] === g[0].toLowerCase());
  if (tie && !(goesByFirst && rare.alone === rare.count && frequent.first < rare.first && x.length >= 5)) return false;
  // first names against other names: Linus/Linux, Corey/Comey, Tony/Tory, Eric/Erica
  const onlyGiven = (s: PairStats): boolean =>
    s.givenOf.size > 0 && s.givenOf.size + 0 >= 1 && s.standalone === 0 && s.surnameOf.size === 0;
  if (onlyGiven(rare) && frequent.givenOf.size === 0) return false;
  if (!tie && onlyGiven(frequent) && rare.givenOf.size === 0) return false;
  if (frequent.givenOf.size > 0 && rare.givenOf.size > 0) {
    for (const s of rare.givenOf) if (!frequent.givenOf.has(s)) return false;
  }
  // different people with similar surnames: the rare one comes with a first name the other never has
  for (const g of rare.surnameOf) if (!frequent.surnameOf.has(g)) return false;
  // an ending that changes the word (Israel/Israeli, Democrat/Democrats) only counts for people's surnames
  const personal = frequent.titled && rare.givenOf.size === 0;
  if (y.startsWith(x) && !personal) return false;
  if (x.startsWith(y) && !(personal && rare.titled)) return false;
  // a last letter changed to or from "s" reads as a plural (Scott/Scots)
  if (
    x.length === y.length &&
    x.slice(0, -1) === y.slice(0, -1) &&
    (x.endsWith('s') || y.endsWith('s')) &&
    !(x.endsWith('z') || y.endsWith('z')) &&
    !personal
  )
    return false;
  return true;
}

function pickCanonical(members: Form[], isKnown: (text: string) => boolean): Form {
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
function dropOverlaps(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && f.start < last.end) continue;
    out.push(f);
  }
  return out;
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

function nameSheet(
  collected: ReturnType<typeof collectNames>,
  variantClusters: { canonical: Form; members: Form[] }[],
): NameEntityRecord[] {
  const entities: NameEntityRecord[] = [];
  const claimed = new Set<string>();
  for (const { canonical, members } of variantClusters) {
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
