// The document pass: figures that count the same thing in the same frame, compared. Figures are grouped by unit and
// noun (one map lookup each), so the pass is linear in the number of figures; a group holds the few mentions of one
// count, and only pairs inside a group are compared.
import { makeFinding } from '../../findings';
import type { PassParagraph } from '../../pipeline';
import type { Finding, Fix } from '../../types';
import type { FigureMention } from './mentions';

export interface ParagraphFigureFacts {
  mentions: FigureMention[];
}

interface Placed {
  m: FigureMention;
  /** Document offset of the paragraph. */
  at: number;
  paragraph: number;
}

/** A group never holds more than this many mentions (a table of figures is not prose to cross-check). */
const GROUP_LIMIT = 24;

export function figureFindings(paragraphs: readonly PassParagraph<ParagraphFigureFacts>[]): Finding[] {
  const groups = new Map<string, Placed[]>();
  paragraphs.forEach((p, paragraph) => {
    for (const m of p.facts.mentions) {
      const key = `${m.unit}\u0000${m.noun ?? ''}`;
      const list = groups.get(key);
      if (list) list.push({ m, at: p.start, paragraph });
      else groups.set(key, [{ m, at: p.start, paragraph }]);
    }
  });
  const findings: Finding[] = [];
  for (const list of groups.values()) {
    if (list.length < 2 || list.length > GROUP_LIMIT) continue;
    findingsInGroup(list, findings);
  }
  return findings;
}

function findingsInGroup(list: Placed[], out: Finding[]): void {
  const agrees = list.map(() => [] as number[]);
  const conflicts = list.map(() => [] as number[]);
  for (let a = 0; a < list.length; a++) {
    for (let b = a + 1; b < list.length; b++) {
      if (!sameFrame(list[a], list[b])) continue;
      if (disjoint(list[a].m, list[b].m)) {
        conflicts[a].push(b);
        conflicts[b].push(a);
      } else if (list[a].m.bound === 'exact' && list[b].m.bound === 'exact') {
        agrees[a].push(b);
        agrees[b].push(a);
      }
    }
  }
  for (let i = 0; i < list.length; i++) {
    if (conflicts[i].length === 0) continue;
    const other = conflicts[i][0];
    const mine = 1 + agrees[i].length;
    const theirs = 1 + agrees[other].length;
    // The odd one out is flagged; between two lone mentions, the later one.
    if (mine > theirs || (mine === theirs && other > i)) continue;
    out.push(finding(list, i, conflicts[i], mine, theirs));
  }
}

function finding(list: Placed[], i: number, conflicting: number[], mine: number, theirs: number): Finding {
  const { m, at } = list[i];
  const o = list[conflicting[0]];
  const where = conflicting[0] < i ? 'earlier' : 'later';
  const what = m.counts || o.m.counts;
  const support = theirs > 1 ? ` (${theirs} mentions)` : '';
  const message = `“${o.m.core}”${support} ${where} in the draft and “${m.core}” here for the same count${what ? ` (${what})` : ''}: check which is right`;
  const related = conflicting.map((k) => ({
    start: list[k].at + list[k].m.start,
    end: list[k].at + list[k].m.end,
    message: `“${list[k].m.core}” here`,
  }));
  const fixes = fixFor(list, i, conflicting, mine, theirs);
  return makeFinding('figure-inconsistent', {
    start: at + m.start,
    end: at + m.end,
    message,
    actual: '',
    expected: fixes ? [fixes[0].edits[0].newText] : [],
    related,
    ...(fixes ? { fixes } : {}),
  });
}

/** A fix only where the right figure is clear: every other mention agrees on one exact value, at least two of them
 * say it, this one alone says otherwise, and both are written the same way (digits or words, same unit). */
function fixFor(list: Placed[], i: number, conflicting: number[], mine: number, theirs: number): Fix[] | undefined {
  if (mine !== 1 || theirs < 2) return undefined;
  const m = list[i].m;
  const o = list[conflicting[0]].m;
  if (m.bound !== 'exact' || o.bound !== 'exact' || m.form !== o.form || m.unit !== o.unit) return undefined;
  for (const k of conflicting) if (list[k].m.bound !== 'exact' || list[k].m.lo !== o.lo) return undefined;
  let text = o.core;
  if (m.form === 'words') text = m.sentenceInitial ? text.charAt(0).toUpperCase() + text.slice(1) : text.toLowerCase();
  if (text === m.core) return undefined;
  const start = list[i].at + m.coreStart;
  return [{ title: `Replace with “${text}”`, edits: [{ start, end: list[i].at + m.coreEnd, newText: text }], preferred: true }];
}

function disjoint(a: FigureMention, b: FigureMention): boolean {
  const eps = 1e-9 * Math.max(Math.abs(a.lo), Math.abs(b.lo), 1);
  return a.hi + eps < b.lo || b.hi + eps < a.lo;
}

/** Do two mentions of one noun and unit count the same thing in the same frame? */
function sameFrame(x: Placed, y: Placed): boolean {
  const a = x.m;
  const b = y.m;
  // Two figures in one sentence are a contrast or a breakdown, not a restatement.
  if (x.paragraph === y.paragraph && a.sentence === b.sentence) return false;
  if (a.event !== b.event && a.event !== null && b.event !== null) return false;
  if (a.rate !== b.rate || a.aggregate !== b.aggregate) return false;
  if (a.measure !== null && b.measure !== null && a.measure !== b.measure) return false;
  if (a.purpose !== null && b.purpose !== null && a.purpose !== b.purpose) return false;
  if (a.source !== null && b.source !== null && a.source !== b.source) return false;
  if (a.holder !== null && b.holder !== null && !sameHolder(a.holder, b.holder)) return false;
  if (a.times.length > 0 && b.times.length > 0 && !a.times.some((t) => b.times.includes(t))) return false;
  if (a.places.length > 0 && b.places.length > 0 && !a.places.some((p) => b.places.includes(p))) return false;
  return true;
}

/** One name is part of the other (`Okafor`, `Ms Okafor`; `Brightwater`, `Brightwater Marine`). */
function sameHolder(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w) => long.includes(w));
}
