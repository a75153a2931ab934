// A baseline: findings a desk has seen and accepted, so a check reports only new ones. A finding is recorded by its
// rule, its text and a fingerprint of the paragraph it is in, never by line or offset: an edit elsewhere in the
// draft moves it without bringing it back, while rewriting its own paragraph does (the sentence is new copy).
import { createHash } from 'node:crypto';
import type { Finding, Paragraph, Span } from './types';

export const BASELINE_FILE = '.copydesk-baseline.json';
/** Largest baseline file read (one finding is about 100 bytes). */
export const BASELINE_MAX_BYTES = 20_000_000;

export interface BaselineEntry {
  rule: string;
  /** The finding's text (`actual`). */
  text: string;
  /** paragraphFingerprint of its paragraph. */
  paragraph: string;
}

/** Hashes of recent texts, at most this many: the editor asks for every finding's fingerprint and digest on each
 * keystroke, and all but the edited paragraph's are the same as last time. */
const RECENT = 4_096;

function remembered(recent: Map<string, string>, key: string, hash: (key: string) => string): string {
  let value = recent.get(key);
  if (value === undefined) {
    value = hash(key);
    if (recent.size >= RECENT) recent.clear();
    recent.set(key, value);
  }
  return value;
}

const sha16 = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);
const recentPrints = new Map<string, string>();
const recentDigests = new Map<string, string>();

/** The paragraph's words, whitespace and markup spacing aside, hashed: 16 hex digits. */
export function paragraphFingerprint(text: string): string {
  return remembered(recentPrints, text, (t) => sha16(t.replace(/\s+/g, ' ').trim()));
}

export function entryKey(e: BaselineEntry): string {
  return `${e.rule}\u0000${e.text}\u0000${e.paragraph}`;
}

/** An entry in 16 hex digits: what an editor's diagnostic carries instead of the finding's text (a long-paragraph
 * finding's text is the whole paragraph, sent again on every keystroke). */
export function entryDigest(e: BaselineEntry): string {
  return remembered(recentDigests, entryKey(e), sha16);
}

/** Each finding's entry, found through the paragraph holding its start (document offsets; paragraphs in order). */
export function baselineEntries(findings: readonly Finding[], paragraphs: readonly (Span & Pick<Paragraph, 'text'>)[]): BaselineEntry[] {
  const prints = new Map<number, string>();
  return findings.map((f) => {
    const i = paragraphIndexAt(paragraphs, f.start);
    let print = prints.get(i);
    if (print === undefined) prints.set(i, (print = paragraphFingerprint(i >= 0 ? paragraphs[i].text : '')));
    return { rule: f.rule, text: f.actual, paragraph: print };
  });
}

/** The last paragraph starting at or before `offset`, or -1. */
function paragraphIndexAt(paragraphs: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The recorded findings, counted: a finding recorded twice hides two like it in one draft. */
export class Baseline {
  private readonly counts = new Map<string, number>();
  private digests: Map<string, number> | undefined;

  constructor(readonly entries: readonly BaselineEntry[]) {
    for (const e of entries) this.counts.set(entryKey(e), (this.counts.get(entryKey(e)) ?? 0) + 1);
  }

  /** For one draft: which of its findings are recorded (true), in the draft's order. */
  match(entries: readonly BaselineEntry[]): boolean[] {
    return Baseline.take(this.counts, entries.map(entryKey));
  }

  /** The same, for findings known by their entryDigest. */
  matchDigests(digests: readonly string[]): boolean[] {
    if (this.digests === undefined) {
      this.digests = new Map();
      for (const e of this.entries) this.digests.set(entryDigest(e), (this.digests.get(entryDigest(e)) ?? 0) + 1);
    }
    return Baseline.take(this.digests, digests);
  }

  private static take(counts: ReadonlyMap<string, number>, keys: readonly string[]): boolean[] {
    const left = new Map(counts);
    return keys.map((key) => {
      const n = left.get(key) ?? 0;
      if (n === 0) return false;
      left.set(key, n - 1);
      return true;
    });
  }

  has(e: BaselineEntry): boolean {
    return this.counts.has(entryKey(e));
  }
}

export function parseBaseline(text: string): { baseline: Baseline } | { error: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return { error: `not JSON: ${(error as Error).message}` };
  }
  const findings = (doc as { findings?: unknown } | null)?.findings;
  if (typeof doc !== 'object' || doc === null || (doc as { copydeskBaseline?: unknown }).copydeskBaseline !== 1 || !Array.isArray(findings))
    return { error: 'not a Copydesk baseline (expected {"copydeskBaseline": 1, "findings": [...]})' };
  const entries: BaselineEntry[] = [];
  for (const [i, f] of findings.entries()) {
    const e = f as Partial<BaselineEntry> | null;
    if (typeof e?.rule !== 'string' || typeof e.text !== 'string' || typeof e.paragraph !== 'string')
      return { error: `findings[${i}] needs "rule", "text" and "paragraph" strings` };
    entries.push({ rule: e.rule, text: e.text, paragraph: e.paragraph });
  }
  return { baseline: new Baseline(entries) };
}

/** The file's text: one finding a line, sorted, so a recorded baseline diffs well under version control. */
export function formatBaseline(entries: readonly BaselineEntry[]): string {
  const lines = entries
    .map((e) => JSON.stringify({ rule: e.rule, text: e.text, paragraph: e.paragraph }))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{\n  "copydeskBaseline": 1,\n  "findings": [${lines.length ? `\n    ${lines.join(',\n    ')}\n  ` : ''}]\n}\n`;
}
