import { RULE_IDS } from './rules/registry';
import type { Finding, Paragraph, RuleId, Span } from './types';

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** null: every rule. */
  rules: RuleId[] | null;
  /** Names given that are not rule ids (reported, never silently ignored). */
  unknown: string[];
  /** Where the comment itself stands. */
  start: number;
  end: number;
  /** Where it takes effect: the start of the following line. */
  at: number;
}

const KNOWN = new Set<string>(RULE_IDS);
const PREFIX = 'copydesk-';

/** Reads `copydesk-disable RULE…`, `copydesk-enable RULE…` or `copydesk-disable-next-line RULE…`, bare (plain
 * text, a line of its own) or inside an HTML comment (Markdown). Returns null for anything else. */
export function parseDirective(raw: string, start: number, at: number): Directive | null {
  let body = raw.trim();
  if (body.startsWith('<!--')) {
    if (!body.endsWith('-->')) return null;
    body = body.slice(4, -3).trim();
  }
  if (!body.startsWith(PREFIX)) return null;
  const parts = body
    .slice(PREFIX.length)
    .split(/[\s,]+/)
    .filter((p) => p !== '');
  const keyword = parts.shift();
  if (keyword !== 'disable' && keyword !== 'enable' && keyword !== 'disable-next-line') return null;
  const rules: RuleId[] = [];
  const unknown: string[] = [];
  for (const p of parts) (KNOWN.has(p) ? rules : unknown).push(p as RuleId);
  return {
    kind: keyword,
    rules: rules.length === 0 && unknown.length === 0 ? null : rules,
    unknown,
    start,
    end: start + raw.length,
    at,
  };
}

interface Silenced extends Span {
  rules: Set<RuleId> | null;
}

function silencedRanges(directives: Directive[], paragraphs: Paragraph[], textLength: number): Silenced[] {
  const ranges: Silenced[] = [];
  const open = new Map<RuleId | '*', number>();
  for (const d of directives) {
    const keys: (RuleId | '*')[] = d.rules ?? ['*'];
    if (d.kind === 'disable-next-line') {
      const next = paragraphs.find((p) => p.start >= d.at);
      if (next) ranges.push({ start: next.start, end: next.end, rules: d.rules ? new Set(d.rules) : null });
    } else if (d.kind === 'disable') {
      for (const k of keys) if (!open.has(k)) open.set(k, d.at);
    } else {
      const closing = d.rules === null ? [...open.keys()] : keys;
      for (const k of closing) {
        const from = open.get(k);
        if (from === undefined) continue;
        open.delete(k);
        ranges.push({ start: from, end: d.start, rules: k === '*' ? null : new Set([k]) });
      }
    }
  }
  for (const [k, from] of open) ranges.push({ start: from, end: textLength, rules: k === '*' ? null : new Set([k]) });
  return ranges;
}

/** Drops findings that a suppression comment silences. A finding is silenced when it starts inside a silenced range. */
export function applySuppressions(findings: Finding[], directives: Directive[], paragraphs: Paragraph[], textLength: number): Finding[] {
  if (directives.length === 0) return findings;
  const ranges = silencedRanges(directives, paragraphs, textLength);
  if (ranges.length === 0) return findings;
  return findings.filter((f) => !ranges.some((r) => f.start >= r.start && f.start < r.end && (r.rules === null || r.rules.has(f.rule))));
}
