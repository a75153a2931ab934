// The document pass: figures that count the same thing in the same frame, compared. Figures are grouped by unit and
// noun (money by currency alone), one map lookup each, so the pass is linear in the number of figures; only pairs
// inside a group are compared, and a group is a handful of mentions (one larger than GROUP_LIMIT is a table, left
// alone).
import { makeFinding } from '../../findings';
import type { PassParagraph } from '../../pipeline';
import type { Finding, Fix } from '../../types';
import { isEventClass, PEOPLE_EVENTS } from './lexicon';
import type { FigureMention } from './mentions';

export interface ParagraphFigureFacts {
  mentions: FigureMention[];
}

interface Placed {
  m: FigureMention;
  /** Document offset of the paragraph. */
  at: number;
  paragraph: number;
  headline: boolean;
}

/** A group never holds more than this many mentions (a table of figures is not prose to cross-check). */
const GROUP_LIMIT = 24;

export function figureFindings(paragraphs: readonly PassParagraph<ParagraphFigureFacts>[]): Finding[] {
  const groups = new Map<string, Placed[]>();
  paragraphs.forEach((p, paragraph) => {
    for (const m of p.facts.mentions) {
      // Money is grouped by currency alone: what it is for may be said in a noun (`the $45m fund`) or not at all
      // (`agreed to pay $40m into a fund`).
      const key = isMoney(m.unit) ? m.unit : `${m.unit}\u0000${m.noun ?? ''}`;
      const placed = { m, at: p.start, paragraph, headline: p.kind === 'headline' };
      const list = groups.get(key);
      if (list) list.push(placed);
      else groups.set(key, [placed]);
    }
  });
  const findings: Finding[] = [];
  for (const list of groups.values()) {
    if (list.length < 2 || list.length > GROUP_LIMIT) continue;
    // One value throughout: nothing can disagree.
    if (list.every(({ m }) => m.lo === list[0].m.lo && m.hi === list[0].m.hi)) continue;
    findingsInGroup(list, findings);
  }
  return findings;
}

function findingsInGroup(list: Placed[], out: Finding[]): void {
  const agrees = list.map(() => [] as number[]);
  const conflicts = list.map(() => [] as number[]);
  const compatible = list.map(() => [] as number[]);
  // A definite figure that agrees with the count it refers back to is that count: its other links are not conflicts.
  const resolved = list.map(() => false);
  const byReference = new Set<string>();
  const ambiguous = ambiguousFrames(list);
  for (let a = 0; a < list.length; a++) {
    for (let b = a + 1; b < list.length; b++) {
      const link = relation(list[a], list[b], ambiguous);
      if (link === null) continue;
      const x = list[a].m;
      const y = list[b].m;
      compatible[a].push(b);
      compatible[b].push(a);
      if (!disjoint(x, y)) {
        if (x.bound === 'exact' && y.bound === 'exact') {
          if (link === 'reference') resolved[b] = true;
          agrees[a].push(b);
          agrees[b].push(a);
        }
      } else if (list[a].paragraph !== list[b].paragraph && slip(x, y) && !headlineRounding(list[a], list[b])) {
        // Figures in one paragraph are a contrast, a breakdown or a sequence, not a restatement.
        conflicts[a].push(b);
        conflicts[b].push(a);
        if (link === 'reference') byReference.add(`${a}:${b}`);
      }
    }
  }
  for (let b = 0; b < list.length; b++) {
    if (!resolved[b]) continue;
    for (const a of conflicts[b].filter((a) => a < b && byReference.has(`${a}:${b}`))) {
      conflicts[b] = conflicts[b].filter((k) => k !== a);
      conflicts[a] = conflicts[a].filter((k) => k !== b);
    }
  }
  // Three or more values for one count are several counts (a list, a table, a series), not one stated two ways. (A
  // bound such as `no more than $6m` is not a value of its own.)
  const values = (k: number) =>
    new Set(
      [k, ...compatible[k]]
        .filter((n) => list[n].m.bound === 'exact' || list[n].m.bound === 'range')
        .map((n) => `${list[n].m.lo}:${list[n].m.hi}`),
    ).size;
  for (let i = 0; i < list.length; i++) {
    if (conflicts[i].length === 0) continue;
    const other = conflicts[i][0];
    if (values(i) > 2 || values(other) > 2) continue;
    const mine = 1 + agrees[i].length;
    const theirs = 1 + agrees[other].length;
    // The odd one out is flagged; between two lone mentions, the later one.
    if (mine > theirs || (mine === theirs && other > i)) continue;
    out.push(finding(list, i, conflicts[i], agrees[other], mine, theirs));
  }
}

function finding(list: Placed[], i: number, conflicting: number[], agreeing: number[], mine: number, theirs: number): Finding {
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
  const fixes = fixFor(list, i, conflicting, agreeing, mine, theirs);
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
 * say it in different paragraphs and one of those states it (rather than refers back to it), this one alone says
 * otherwise, and both are written the same way (digits or words, same unit). */
function fixFor(list: Placed[], i: number, conflicting: number[], agreeing: number[], mine: number, theirs: number): Fix[] | undefined {
  if (mine !== 1 || theirs < 2) return undefined;
  const m = list[i].m;
  const o = list[conflicting[0]].m;
  const majority = [conflicting[0], ...agreeing];
  if (new Set(majority.map((k) => list[k].paragraph)).size < 2 || majority.every((k) => list[k].m.definite)) return undefined;
  if (m.bound !== 'exact' || o.bound !== 'exact' || m.form !== o.form || m.unit !== o.unit) return undefined;
  for (const k of conflicting) if (list[k].m.bound !== 'exact' || list[k].m.lo !== o.lo) return undefined;
  let text = o.core;
  if (m.form === 'words') text = m.sentenceInitial ? text.charAt(0).toUpperCase() + text.slice(1) : text.toLowerCase();
  if (text === m.core) return undefined;
  const start = list[i].at + m.coreStart;
  return [{ title: `Replace with “${text}”`, edits: [{ start, end: list[i].at + m.coreEnd, newText: text }], preferred: true }];
}

/** A headline rounds (`UK pledges £1bn` over `£960m`): its figure is the other one to its own precision. */
function headlineRounding(x: Placed, y: Placed): boolean {
  if (x.headline === y.headline) return false;
  const [h, body] = x.headline ? [x.m, y.m] : [y.m, x.m];
  if (h.bound !== 'exact' || body.bound !== 'exact' || h.lo === 0) return false;
  const digits = significantDigits(h.lo);
  return Number(body.lo.toPrecision(digits)) === h.lo || Number(body.lo.toPrecision(Math.max(1, digits - 1))) === h.lo;
}

function significantDigits(v: number): number {
  const s = Math.abs(v).toPrecision(15).replace('.', '');
  let first = 0;
  let end = s.length;
  while (first < end && s[first] === '0') first++;
  while (end > first && s[end - 1] === '0') end--;
  return Math.max(1, end - first);
}

function isMoney(unit: string): boolean {
  return unit !== '' && unit !== '%' && unit !== 'pp';
}

function disjoint(a: FigureMention, b: FigureMention): boolean {
  const eps = 1e-9 * Math.max(Math.abs(a.lo), Math.abs(b.lo), 1);
  return a.hi + eps < b.lo || b.hi + eps < a.lo;
}

/** Could two different figures be one count stated two ways? Only as a small revision (less than double) or a
 * slip of the keys: two digits swapped (`23`/`32`, `4.5`/`5.4`), one dropped or added (`$300,000`/`$30,000`), or, in
 * a long number, one changed (`12,408`/`12,480` is a swap). Counts further apart are different counts. */
function slip(a: FigureMention, b: FigureMention): boolean {
  const x = a.bound === 'lower' ? a.lo : a.bound === 'upper' ? a.hi : (a.lo + a.hi) / 2;
  const y = b.bound === 'lower' ? b.lo : b.bound === 'upper' ? b.hi : (b.lo + b.hi) / 2;
  const [small, large] = x <= y ? [x, y] : [y, x];
  if (small > 0 && large / small < 2) return true;
  if (a.bound !== 'exact' || b.bound !== 'exact') return false;
  // `sixteen`/`sixty`: the words differ in one ending; `four hundred`/`four thousand`: in one scale word.
  if (small >= 13 && small <= 19 && large === (small - 10) * 10) return true;
  if (a.form === 'words' && b.form === 'words') return scaleWordSlip(a.core, b.core);
  if (a.form !== 'digits' || b.form !== 'digits') return false;
  return keySlip(digitsOf(a.core), digitsOf(b.core));
}

function scaleWordSlip(a: string, b: string): boolean {
  const x = a.toLowerCase().split(/\s+/);
  const y = b.toLowerCase().split(/\s+/);
  if (x.length !== y.length) return false;
  const differ = x.map((w, i) => [w, y[i]]).filter(([p, q]) => p !== q);
  return differ.length === 1 && differ[0].every((w) => /^(hundred|thousand|million|billion)$/.test(w));
}

function digitsOf(core: string): string {
  return core.replace(/[^0-9]/g, '');
}

/** One transposition of neighbours, one digit more or less, or one digit changed in a number of three or more. */
function keySlip(p: string, q: string): boolean {
  if (p === q || p === '' || q === '') return false;
  if (p.length === q.length) {
    const diff: number[] = [];
    for (let i = 0; i < p.length; i++) if (p[i] !== q[i]) diff.push(i);
    if (diff.length === 2 && diff[1] === diff[0] + 1 && p[diff[0]] === q[diff[1]] && p[diff[1]] === q[diff[0]]) return true;
    return diff.length === 1 && p.length >= 3;
  }
  const [short, long] = p.length < q.length ? [p, q] : [q, p];
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

type FrameKey = 'holder' | 'times' | 'places' | 'measure' | 'purpose' | 'source' | 'group' | 'scene';
const FRAME_KEYS: FrameKey[] = ['holder', 'times', 'places', 'measure', 'purpose', 'source', 'group', 'scene'];

function frameValue(m: FigureMention, key: FrameKey): string | null {
  const v = m[key];
  if (v === null) return null;
  if (Array.isArray(v)) return v.length > 0 ? v.join('\u0000') : null;
  return v;
}

/** The parts of the frame in which the group's mentions take two or more values: there, a mention that does not
 * say its own value cannot be placed, and is compared with none. */
function ambiguousFrames(list: Placed[]): Set<FrameKey> {
  const out = new Set<FrameKey>();
  for (const key of FRAME_KEYS) {
    let seen: string | null = null;
    for (const { m } of list) {
      const v = frameValue(m, key);
      if (v === null) continue;
      if (seen === null) seen = v;
      else if (seen !== v) {
        out.add(key);
        break;
      }
    }
  }
  return out;
}

/** How two mentions of one noun and unit (x before y) count the same thing in the same frame: y refers back to x
 * (`the 44 people arrested`, `the $5.2m contract`: a definite figure that adds nothing to the description), both
 * state one event (`14 people died` … `killing 15 people`), or not at all (null). Two counts of one event by
 * someone (votes won, money paid, awards, box-office takings) are one count only when both name the same someone;
 * casualties need no one; a change needs what changed. */
function relation(x: Placed, y: Placed, ambiguous: Set<FrameKey>): 'reference' | 'event' | null {
  const a = x.m;
  const b = y.m;
  if (a.noun !== b.noun && a.noun !== null && b.noun !== null && a.purpose !== b.noun && b.purpose !== a.noun) return null;
  // A reference points at a statement of the count, not at another reference. Its event may describe the count
  // another way (`brought out nine boys` … `the eight boys rescued`), but not as another known event (`arrested` …
  // `the 30 people injured`).
  const otherEvent = a.event !== null && b.event !== null && a.event !== b.event && isEventClass(a.event) && isEventClass(b.event);
  const reference = b.definite && !a.definite && !a.governed && !otherEvent && subset(b.modifiers, a.modifiers);
  if (!reference) {
    if (a.event === null || a.event !== b.event || !subset(a.modifiers, b.modifiers) || a.distinct || b.distinct) return null;
    if (a.event === 'rise' || a.event === 'fall') {
      if (a.measure === null || b.measure === null) return null;
    } else if ((a.object || b.object) && !PEOPLE_EVENTS.has(a.event)) {
      if (a.holder === null || b.holder === null) return null;
    }
  }
  for (const key of ambiguous) {
    // A reference takes its time and place from what it refers to.
    if (reference && (key === 'times' || key === 'places')) continue;
    if (frameValue(a, key) === null || frameValue(b, key) === null) return null;
  }
  if ((!reference && a.rate !== b.rate) || a.aggregate !== b.aggregate) return null;
  if (a.measure !== null && b.measure !== null && a.measure.join(' ') !== b.measure.join(' ')) return null;
  if (a.purpose !== null && b.purpose !== null && a.purpose !== b.purpose) return null;
  if (a.source !== null && b.source !== null && a.source !== b.source) return null;
  if (a.group !== null && b.group !== null && a.group !== b.group) return null;
  if (a.scene !== null && b.scene !== null && a.scene !== b.scene) return null;
  if (a.holder !== null && b.holder !== null && !subset(a.holder, b.holder) && !subset(b.holder, a.holder)) return null;
  if (!reference) {
    if (a.times.length > 0 && b.times.length > 0 && !a.times.some((t) => b.times.includes(t))) return null;
    if (a.places.length > 0 && b.places.length > 0 && !a.places.some((p) => b.places.includes(p))) return null;
  }
  return reference ? 'reference' : 'event';
}

/** Every word of a is in b (`Okafor` in `Ms Okafor`; no modifier in `12 soldiers` that `12 British soldiers` lacks). */
function subset(a: readonly string[], b: readonly string[]): boolean {
  return a.every((w) => b.includes(w));
}
