// Strategy: multi-word names that differ in one word ("Dan Regan"/"Don Regan", "World Summit for the Information
// Society"/"World Summit on the Information Society").

import type { MatchContext } from '../context';
import { NAME_CONNECTORS } from '../data';
import { editDistance } from '../keys';
import { shareASentence, type Occurrence, type RunOccurrence } from '../occurrences';

/** The shortest differing word compared. */
const MIN_WORD = 3;
/** Connectors (of/for/on/the) swapped only inside names of at least this many words. */
const MIN_WORDS_CONNECTOR_SWAP = 5;
/** Allowed edits in the differing word: its length over this divisor, at most the cap (longer names allow more). */
const EDIT_DIVISOR_SHORT = 3;
const EDIT_DIVISOR_LONG = 2.5;
const MAX_EDITS_SHORT = 2;
const MAX_EDITS_LONG = 4;
/** Names of this many words or more count as long. */
const LONG_NAME = 3;
/** Endings that make another word of a name word: plurals and demonyms. */
const WORD_ENDINGS = new Set(['s', 'es', 'n', 'an', 'ian', 'i', 'ese', 'ish', 'ns', 'ans', 'ians', 'is']);
/** A rare form written more than once must be this many times rarer than the frequent one. */
const RARE_RATIO = 3;

const runOccs = (runs: readonly RunOccurrence[]): Occurrence[] =>
  runs.map((run) => {
    const ws = run.words;
    return {
      text: run.text,
      start: run.start,
      end: run.end,
      weak: ws.some((w) => !!w.weak),
      inQuote: !!ws[0].inQuote,
      headline: run.headline,
      paragraph: run.paragraph,
      sentence: run.sentence,
    };
  });

function differingParts(a: string, b: string): [string, string] {
  const pa = a.split('-');
  const pb = b.split('-');
  if (pa.length < 2 || pa.length !== pb.length) return [a, b];
  const keep = pa.map((_, i) => i).filter((i) => pa[i].toLowerCase() !== pb[i].toLowerCase());
  return [keep.map((i) => pa[i]).join('-'), keep.map((i) => pb[i]).join('-')];
}

export function linkOneWordDiffers({ collected, table, isDistinct }: MatchContext): void {
  const runsOf = (text: string): { text: string; runs: readonly RunOccurrence[] } => ({ text, runs: collected.runsOf(text) });
  for (const [frame, list] of collected.framePairs()) {
    const [p, q] = list.map(runsOf);
    const pos = frame.split(' ').indexOf('*');
    // of two hyphenated words, only the parts that differ ("NBC-Wall"/"News-Wall" differ in "NBC"/"News")
    const [wp, wq] = differingParts(p.text.split(' ')[pos], q.text.split(' ')[pos]);
    if (wp.toLowerCase() === wq.toLowerCase()) continue;
    // one word the other with an ending that makes another word: a plural ("Lib Dems"), a demonym ("Sri
    // Lankan"), a first name in full ("Steve"/"Steven", "Pete"/"Peter"); "Clark"/"Clarke" stays a spelling
    const [lp, lq] = [wp.toLowerCase(), wq.toLowerCase()];
    const [shorter, longer] = lp.length < lq.length ? [lp, lq] : [lq, lp];
    const size = frame.split(' ').length;
    if (longer.startsWith(shorter) && (WORD_ENDINGS.has(longer.slice(shorter.length)) || (pos === 0 && size === 2))) continue;
    const long = size >= LONG_NAME;
    const connectors = NAME_CONNECTORS.has(wp) && NAME_CONNECTORS.has(wq) && size >= MIN_WORDS_CONNECTOR_SWAP;
    const allowed = Math.max(
      1,
      Math.min(
        long ? MAX_EDITS_LONG : MAX_EDITS_SHORT,
        Math.floor(Math.min(wp.length, wq.length) / (long ? EDIT_DIVISOR_LONG : EDIT_DIVISOR_SHORT)),
      ),
    );
    const similar =
      wp.length >= MIN_WORD &&
      wq.length >= MIN_WORD &&
      wp[0] === wq[0] &&
      !isDistinct(wp, wq) &&
      editDistance(wp.toLowerCase(), wq.toLowerCase(), MAX_EDITS_LONG) <= allowed;
    if (!connectors && !similar) continue;
    const [rare, frequent] =
      p.runs.length < q.runs.length || (p.runs.length === q.runs.length && p.runs[0].start > q.runs[0].start) ? [p, q] : [q, p];
    if (rare.runs.length > 1 && rare.runs.length * RARE_RATIO > frequent.runs.length) continue;
    // written in one sentence: two names meant ("Dana Vell, daughter of Dan Vell")
    if (shareASentence(rare.runs, frequent.runs)) continue;
    // a one-to-one tie is only trusted for the closest spellings: the earlier one is taken as usual
    if (rare.runs.length === frequent.runs.length && !connectors && editDistance(wp.toLowerCase(), wq.toLowerCase(), 1) > 1) continue;
    table.link(table.formWith('name', frequent.text, runOccs(frequent.runs)), table.formWith('name', rare.text, runOccs(rare.runs)));
  }
}
