// The sourcing audit: who a draft quotes, by kind (named people, unnamed people, bodies, documents), with each
// source's share of the quoted words and the anonymous sources counted. It reads the quote ledger (who each quote is
// credited to) and the kinds of the speakers the quotes check read. A desk may keep a list of its contributors in the
// house style (`sources`, with a gender and a role each); Copydesk never guesses a gender from a name.

import type { QuoteRecord } from '../quotes';
import type { SpeakerKind } from '../quotes/speakers';

export type SourceKind = 'named' | 'unnamed' | 'body' | 'document' | 'unresolved';

export const SOURCE_KINDS: readonly SourceKind[] = ['named', 'unnamed', 'body', 'document', 'unresolved'];

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  named: 'Named people',
  unnamed: 'Unnamed people',
  body: 'Bodies',
  document: 'Documents',
  unresolved: 'Not resolved (a pronoun)',
};

/** A contributor on the desk's list (`.copydesk.json`, `sources`). */
export interface DeskSource {
  name: string;
  gender?: string;
  role?: string;
}

export interface SourceEntry {
  /** As the quote ledger shows the speaker. */
  name: string;
  kind: SourceKind;
  quotes: number;
  words: number;
  /** Share of all quoted words in the draft (credited or not), 0–1. */
  share: number;
  /** From the desk's list, for a named person on it. */
  gender?: string;
  role?: string;
}

export interface KindTotal {
  sources: number;
  quotes: number;
  words: number;
  share: number;
}

export interface SourcingAudit {
  sources: SourceEntry[];
  byKind: Record<SourceKind, KindTotal>;
  /** Quoted words in the draft, credited or not (scare quotes left out). */
  quotedWords: number;
  unattributed: { quotes: number; words: number; share: number };
  /** Distinct unnamed people quoted. */
  anonymous: number;
  /** Passages that credit unnamed sources, quoted or not (`a source close to the talks said`, `officials told`). */
  unnamedCredits: string[];
  /** Named people by the gender the desk's list gives them; `notListed` counts those not on it. Absent without a list. */
  genders?: { counts: Record<string, number>; notListed: number };
}

/** Heads of a speaker phrase that make it a document, not a body. */
const DOCUMENT_HEADS = new Set(
  `report statement letter email e-mail memo study survey poll document paper website site post tweet article editorial
  book release note message page filing complaint lawsuit indictment ruling order decision transcript record records
  documents data column blog caption headline notice leaflet ad advert advertisement video`.split(/\s+/),
);
const BODY_WORDS = new Set(
  `government ministry department agency company council committee court police army party union office board bank
  campaign group club association commission authority service firm school university hospital league federation team
  administration parliament senate congress`.split(/\s+/),
);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'him', 'her', 'them']);
const LEADING = /^(?:a|an|the|one|another)\s+/i;

const key = (s: string) =>
  s
    .toLowerCase()
    .replace(LEADING, '')
    .replace(/[’']s$/, '')
    .trim();

/** Words by quote text: the audit runs after every edit, and most quotes are the ones it counted last time. */
const counted = new Map<string, number>();
const MAX_COUNTED = 20_000;

function wordsIn(text: string): number {
  let n = counted.get(text);
  if (n === undefined) {
    n = text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu)?.length ?? 0;
    if (counted.size >= MAX_COUNTED) counted.clear();
    counted.set(text, n);
  }
  return n;
}

/** What kind of source a ledger speaker is: from the kinds the quotes check read, or from its words. */
export function sourceKindOf(speaker: string, weak: string | undefined, kinds: ReadonlyMap<string, SpeakerKind>): SourceKind {
  if (weak === 'a document') return 'document';
  const k = key(speaker);
  if (PRONOUNS.has(k)) return 'unresolved';
  const words = k.split(/\s+/);
  const head = words[words.length - 1];
  const read = kinds.get(k);
  if (read === 'name' || read === 'single') return 'named';
  if (read === 'role') return 'unnamed';
  if (read === 'thing' || read === undefined) {
    if (DOCUMENT_HEADS.has(head)) return 'document';
    if (read === 'thing' || words.some((w) => BODY_WORDS.has(w))) return 'body';
  }
  return /^\p{Lu}/u.test(speaker.replace(LEADING, '')) && !/^(?:the|a|an)\s/.test(speaker) ? 'named' : 'unnamed';
}

function deskEntry(name: string, desk: readonly DeskSource[]): DeskSource | undefined {
  const lower = name.toLowerCase();
  const exact = desk.find((d) => d.name.toLowerCase() === lower);
  if (exact) return exact;
  // A surname alone, when it is the surname of one person on the list only.
  const surname = lower.split(/\s+/).pop()!;
  const bySurname = desk.filter((d) => d.name.toLowerCase().split(/\s+/).pop() === surname);
  return bySurname.length === 1 && (lower === surname || bySurname[0].name.toLowerCase().endsWith(lower)) ? bySurname[0] : undefined;
}

export function sourcingAudit(
  quotes: readonly QuoteRecord[],
  kindsOf: ReadonlyMap<string, SpeakerKind> | ((wanted: ReadonlySet<string>) => ReadonlyMap<string, SpeakerKind>),
  desk: readonly DeskSource[] | null = null,
  unnamedCredits: readonly string[] = [],
): SourcingAudit {
  const wanted = new Set<string>();
  for (const q of quotes) if (q.speaker && q.status !== 'scare' && q.status !== 'unattributed') wanted.add(key(q.speaker));
  const kinds = typeof kindsOf === 'function' ? kindsOf(wanted) : kindsOf;
  const entries = new Map<string, SourceEntry>();
  let quotedWords = 0;
  const unattributed = { quotes: 0, words: 0, share: 0 };
  for (const q of quotes) {
    if (q.status === 'scare') continue;
    const words = wordsIn(q.text);
    quotedWords += words;
    if (q.status === 'unattributed' || !q.speaker) {
      unattributed.quotes++;
      unattributed.words += words;
      continue;
    }
    let entry = entries.get(q.speaker);
    if (!entry)
      entries.set(q.speaker, (entry = { name: q.speaker, kind: sourceKindOf(q.speaker, q.weak, kinds), quotes: 0, words: 0, share: 0 }));
    entry.quotes++;
    entry.words += words;
  }
  const share = (w: number) => (quotedWords > 0 ? w / quotedWords : 0);
  unattributed.share = share(unattributed.words);
  const byKind = Object.fromEntries(SOURCE_KINDS.map((k) => [k, { sources: 0, quotes: 0, words: 0, share: 0 }])) as Record<
    SourceKind,
    KindTotal
  >;
  const sources = [...entries.values()].sort((a, b) => b.words - a.words || a.name.localeCompare(b.name));
  for (const s of sources) {
    s.share = share(s.words);
    const total = byKind[s.kind];
    total.sources++;
    total.quotes += s.quotes;
    total.words += s.words;
  }
  for (const k of SOURCE_KINDS) byKind[k].share = share(byKind[k].words);
  const audit: SourcingAudit = {
    sources,
    byKind,
    quotedWords,
    unattributed,
    anonymous: byKind.unnamed.sources,
    unnamedCredits: [...unnamedCredits],
  };
  if (desk && desk.length > 0) {
    const counts: Record<string, number> = {};
    let notListed = 0;
    for (const s of sources) {
      if (s.kind !== 'named') continue;
      const listed = deskEntry(s.name, desk);
      if (!listed) {
        notListed++;
        continue;
      }
      if (listed.gender) s.gender = listed.gender;
      if (listed.role) s.role = listed.role;
      const label = listed.gender ?? 'not given';
      counts[label] = (counts[label] ?? 0) + 1;
    }
    audit.genders = { counts, notListed };
  }
  return audit;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The audit as Markdown lines (the report and `copydesk quotes`). */
export function auditMarkdown(audit: SourcingAudit): string[] {
  const out = ['| Sources | Count | Quotes | Quoted words | Share |', '|---|---|---|---|---|'];
  for (const k of SOURCE_KINDS) {
    const t = audit.byKind[k];
    if (t.sources > 0) out.push(`| ${SOURCE_KIND_LABELS[k]} | ${t.sources} | ${t.quotes} | ${t.words} | ${percent(t.share)} |`);
  }
  if (audit.unattributed.quotes > 0)
    out.push(`| Unattributed | – | ${audit.unattributed.quotes} | ${audit.unattributed.words} | ${percent(audit.unattributed.share)} |`);
  out.push('', `Anonymous sources quoted: ${audit.anonymous}.`);
  if (audit.unnamedCredits.length > 0)
    out.push(
      `Unnamed sources credited (quoted or not): ${audit.unnamedCredits.length} (${audit.unnamedCredits.map((c) => `“${c}”`).join(', ')}).`,
    );
  if (audit.genders) {
    const parts = Object.entries(audit.genders.counts).map(([g, n]) => `${g} ${n}`);
    out.push(`Named people by the desk's list: ${[...parts, `not on the list ${audit.genders.notListed}`].join(', ')}.`);
  }
  if (audit.sources.length > 0) {
    out.push('', '| Source | Kind | Quotes | Quoted words | Share |', '|---|---|---|---|---|');
    for (const s of audit.sources) {
      const extra = [s.role, s.gender].filter(Boolean).join(', ');
      out.push(
        `| ${s.name}${extra ? ` (${extra})` : ''} | ${SOURCE_KIND_LABELS[s.kind]} | ${s.quotes} | ${s.words} | ${percent(s.share)} |`,
      );
    }
  }
  return out;
}
