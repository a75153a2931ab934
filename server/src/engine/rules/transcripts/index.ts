// The transcripts a house style names, indexed once: every run of three words points at where it is said, so a
// quote finds its passage by the runs it shares with it, and only that passage is aligned word by word. A file is
// replaced or dropped on its own when it changes.

import { alignInside, type WordOp } from './align';
import { normWord, transcriptWords, type TranscriptWord } from './parse';

interface TranscriptFile {
  name: string;
  words: TranscriptWord[];
  text: string;
}

export interface QuoteSegment {
  /** Normalised words of one stretch of the quote between ellipses and bracketed insertions. */
  words: string[];
  /** The words as written, for messages. */
  shown: string[];
}

export interface PassageMatch {
  file: string;
  /** 0-based line of the passage's first word. */
  line: number;
  /** The passage as the transcript has it (its first to last aligned word). */
  passage: string;
  /** Changed, added and dropped words, quote against transcript, in order. */
  differences: string[];
  /** Words placed the same, out of the quote's words. */
  same: number;
  total: number;
}

const KEY_WORDS = 3;
/** Transcript words searched before and after a candidate start for each stretch. */
const SLACK = 12;

const keyOf = (words: readonly string[], at: number, n = KEY_WORDS) => words.slice(at, at + n).join(' ');

export class TranscriptIndex {
  private readonly files = new Map<string, TranscriptFile>();
  private readonly keys = new Map<string, { file: string; at: number }[]>();
  /** Runs of two words, for a short quote with a word changed in every run of three. */
  private readonly pairs = new Map<string, { file: string; at: number }[]>();

  get size(): number {
    return this.files.size;
  }

  get words(): number {
    let n = 0;
    for (const f of this.files.values()) n += f.words.length;
    return n;
  }

  /** Adds a transcript, or replaces it when it changed. */
  set(name: string, text: string): void {
    this.delete(name);
    const words = transcriptWords(text);
    this.files.set(name, { name, words, text });
    const norms = words.map((w) => w.norm);
    for (let i = 0; i + 2 <= norms.length; i++) {
      for (const [map, key] of [
        [this.pairs, keyOf(norms, i, 2)],
        [this.keys, i + KEY_WORDS <= norms.length ? keyOf(norms, i) : null],
      ] as const) {
        if (key === null) continue;
        let list = map.get(key);
        if (!list) map.set(key, (list = []));
        list.push({ file: name, at: i });
      }
    }
  }

  delete(name: string): void {
    if (!this.files.has(name)) return;
    this.files.delete(name);
    for (const map of [this.keys, this.pairs]) {
      for (const [key, list] of map) {
        const kept = list.filter((p) => p.file !== name);
        if (kept.length === 0) map.delete(key);
        else if (kept.length !== list.length) map.set(key, kept);
      }
    }
  }

  private votes(segments: readonly QuoteSegment[], map: Map<string, { file: string; at: number }[]>, n: number): Map<string, number> {
    const votes = new Map<string, number>();
    let offset = 0;
    for (const s of segments) {
      for (let i = 0; i + n <= s.words.length; i++) {
        const hits = map.get(keyOf(s.words, i, n));
        // A run said everywhere (`of the`) places nothing.
        if (!hits || hits.length > 50) continue;
        for (const h of hits) {
          const vote = `${h.file}\u0000${Math.max(0, h.at - offset - i)}`;
          votes.set(vote, (votes.get(vote) ?? 0) + 1);
        }
      }
      offset += s.words.length;
    }
    return votes;
  }

  /** The closest passage to a quote's stretches, or null when no run of three of its words is in any transcript. */
  match(segments: readonly QuoteSegment[]): PassageMatch | null {
    const all = segments.flatMap((s) => s.words);
    if (all.length < KEY_WORDS) return null;
    // Votes for where the quote would start in each file: by runs of three words, or of two when none is found.
    let votes = this.votes(segments, this.keys, KEY_WORDS);
    if (votes.size === 0) votes = this.votes(segments, this.pairs, 2);
    let best: string | null = null;
    let bestVotes = 0;
    for (const [k, v] of votes) if (v > bestVotes) [best, bestVotes] = [k, v];
    if (best === null) return null;
    const [name, startText] = best.split('\u0000');
    const file = this.files.get(name)!;
    const norms = file.words.map((w) => w.norm);
    let cursor = Math.max(0, Number(startText) - SLACK);
    const differences: string[] = [];
    let same = 0;
    let first = -1;
    let last = -1;
    for (const s of segments) {
      if (s.words.length === 0) continue;
      const end = Math.min(norms.length, cursor + s.words.length * 2 + 2 * SLACK + (first < 0 ? SLACK : 40));
      const window = norms.slice(cursor, end);
      const a = alignInside(s.words, window);
      differences.push(...describe(a.ops, s, file, cursor));
      same += a.ops.filter((o) => o.op === 'same').length;
      if (first < 0) first = cursor + a.first;
      last = cursor + a.end - 1;
      cursor += a.end;
    }
    if (first < 0) return null;
    const from = file.words[first];
    const to = file.words[Math.max(first, last)];
    return {
      file: name,
      line: from.line,
      passage: file.text.slice(from.start, to.end).replace(/\s+/g, ' '),
      differences,
      same,
      total: all.length,
    };
  }
}

/** Spoken words a quote may leave out without an ellipsis: hesitations and verbal tics. */
const TICS: ReadonlySet<string> = new Set(['you know', 'i mean', 'you see', 'sort of', 'like']);

function describe(ops: readonly WordOp[], s: QuoteSegment, file: TranscriptFile, base: number): string[] {
  const out: string[] = [];
  const said = (t: number) => file.text.slice(file.words[base + t].start, file.words[base + t].end);
  // Words added at the end stand for what the speaker went on to say (`by summer` for `by the spring`): pair them
  // with the transcript's next words, up to the end of its clause.
  let trailing = 0;
  while (trailing < ops.length && ops[ops.length - 1 - trailing].op === 'added') trailing++;
  const lastPlaced = [...ops].reverse().find((o) => o.op !== 'added') as { transcript: number } | undefined;
  const tail: WordOp[] = [];
  if (trailing > 0 && lastPlaced && trailing < ops.length) {
    let t = lastPlaced.transcript + 1;
    while (base + t < file.words.length && tail.length < trailing + 2) {
      tail.push({ op: 'dropped', transcript: t });
      const gap = file.text.slice(file.words[base + t].end, file.words[base + t + 1]?.start ?? file.text.length);
      if (/[.,;:!?\n]/.test(gap)) break;
      t++;
    }
  }
  ops = [...ops, ...tail];
  let k = 0;
  while (k < ops.length) {
    const o = ops[k];
    if (o.op === 'same') {
      k++;
      continue;
    }
    // A run of differences, read as one change.
    const run: WordOp[] = [];
    while (k < ops.length && ops[k].op !== 'same') run.push(ops[k++]);
    const quoted = run.flatMap((r) => (r.op === 'changed' || r.op === 'added' ? [s.shown[r.quote]] : []));
    const spoken = run.flatMap((r) => (r.op === 'changed' || r.op === 'dropped' ? [said(r.transcript)] : []));
    if (quoted.length === 0 && TICS.has(spoken.join(' ').toLowerCase())) continue;
    // A tic next to a changed word is not part of the change (`three` for `you know two` is `three` for `two`).
    for (const tic of TICS) {
      const n = tic.split(' ').length;
      if (quoted.length > 0 && spoken.length > n && spoken.slice(0, n).join(' ').toLowerCase() === tic) spoken.splice(0, n);
      if (quoted.length > 0 && spoken.length > n && spoken.slice(-n).join(' ').toLowerCase() === tic) spoken.splice(-n, n);
    }
    if (quoted.length && spoken.length) out.push(`“${quoted.join(' ')}” for “${spoken.join(' ')}”`);
    else if (quoted.length) out.push(`added “${quoted.join(' ')}”`);
    else out.push(`dropped “${spoken.join(' ')}”`);
  }
  return out;
}

/** A quote's text (marks included) as stretches: split at ellipses (`...`, `…`, `[...]`) and bracketed insertions
 * (`[the council]`), fillers left out. */
export function quoteSegments(text: string): QuoteSegment[] {
  const inner = text.replace(/^[\s"“”‘’'«»]+|[\s"“”‘’'«»]+$/g, '');
  const parts = inner.split(/\[[^\]]*\]|\.\.\.|…/);
  const out: QuoteSegment[] = [];
  for (const part of parts) {
    const shown = part.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
    const kept = shown.filter((w) => !FILLER_WORDS.has(normWord(w)));
    const words = kept.map(normWord);
    if (words.length > 0) out.push({ words, shown: kept });
  }
  return out;
}

const FILLER_WORDS: ReadonlySet<string> = new Set(['um', 'umm', 'uh', 'er', 'erm']);
