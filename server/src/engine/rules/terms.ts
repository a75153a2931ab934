import { makeFinding } from '../findings';
import type { Finding, Span } from '../types';

/** A house-style term: write `use` instead of any of `instead`. */
export interface Term {
  use: string;
  instead: string[];
  note?: string;
}

export interface TermHit extends Span {
  actual: string;
  use: string;
  note?: string;
  inQuote: boolean;
}

/** One variant as the matcher keeps it. */
interface Variant {
  text: string;
  /** Written in lower case: matches in any case ("kiev" matches "Kiev"); else only exactly as written. */
  anyCase: boolean;
  term: Term;
}

/**
 * The variants of a house style as an Aho-Corasick automaton over tokens: a token is a run of letters and digits, or
 * any other single code point, in lower case. A paragraph is read once, token by token, whatever the number and
 * length of the variants; nothing recurses and no regular expression is built from the house style (one alternation
 * of every variant overflowed V8's regular-expression stack past about 15,000 characters of variants). Built once
 * per house style.
 */
export interface CompiledTerms {
  /** Goto edges, keyed by the node's number and the token. Node 0 is the root. */
  edges: Map<string, number>;
  /** Per node: the longest proper suffix that is also a path (failure link), its depth in tokens, and the nearest
   * node on the failure chain where variants end (-1: none). */
  fail: number[];
  depth: number[];
  output: number[];
  /** The variants that end at a node, longest first. */
  ends: Map<number, Variant[]>;
  size: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && LETTER_OR_DIGIT.test(String.fromCodePoint(c)));

interface Tokens {
  starts: number[];
  ends: number[];
  texts: string[];
}

function tokensOf(text: string): Tokens {
  const out: Tokens = { starts: [], ends: [], texts: [] };
  for (let i = 0; i < text.length;) {
    const first = text.codePointAt(i)!;
    let end = i + (first > 0xffff ? 2 : 1);
    if (isWordCode(first)) {
      while (end < text.length) {
        const c = text.codePointAt(end)!;
        if (!isWordCode(c)) break;
        end += c > 0xffff ? 2 : 1;
      }
    }
    out.starts.push(i);
    out.ends.push(end);
    out.texts.push(text.slice(i, end).toLowerCase());
    i = end;
  }
  return out;
}

/** The code point that ends just before `offset`. */
function codePointBefore(text: string, offset: number): number | undefined {
  if (offset <= 0) return undefined;
  const low = text.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) {
    const high = text.charCodeAt(offset - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(offset - 2);
  }
  return low;
}

const byList = new WeakMap<Term[], CompiledTerms>();
const byContent = new Map<string, CompiledTerms>();
const MAX_BY_CONTENT = 4;

/** The matcher for a house style's terms, built once per list, and once per content: the CLI's worker threads get
 * a copy of the options with every file. */
export function compileTerms(terms: Term[]): CompiledTerms {
  let compiled = byList.get(terms);
  if (compiled) return compiled;
  const content = JSON.stringify(terms);
  compiled = byContent.get(content);
  if (!compiled) {
    compiled = buildAutomaton(terms);
    if (byContent.size >= MAX_BY_CONTENT) byContent.delete(byContent.keys().next().value!);
    byContent.set(content, compiled);
  }
  byList.set(terms, compiled);
  return compiled;
}

function buildAutomaton(terms: Term[]): CompiledTerms {
  const compiled: CompiledTerms = { edges: new Map(), fail: [0], depth: [0], output: [-1], ends: new Map(), size: 0 };
  const children: [string, number][][] = [[]];
  // As before: a variant listed under two terms belongs to the last one that lists it (in any case).
  const owner = new Map<string, Term>();
  for (const t of terms) for (const v of t.instead) if (v.trim() !== '') owner.set(v.toLowerCase(), t);
  for (const t of terms) {
    for (const v of t.instead) {
      if (v.trim() === '' || owner.get(v.toLowerCase()) !== t) continue;
      let node = 0;
      for (const token of tokensOf(v).texts) {
        const key = `${node}\u0000${token}`;
        let next = compiled.edges.get(key);
        if (next === undefined) {
          next = compiled.depth.length;
          compiled.edges.set(key, next);
          compiled.depth.push(compiled.depth[node] + 1);
          compiled.fail.push(0);
          compiled.output.push(-1);
          children.push([]);
          children[node].push([token, next]);
        }
        node = next;
      }
      const list = compiled.ends.get(node) ?? [];
      if (!list.some((x) => x.text === v)) {
        list.push({ text: v, anyCase: v === v.toLowerCase(), term: t });
        list.sort((a, b) => b.text.length - a.text.length);
        compiled.size++;
      }
      compiled.ends.set(node, list);
    }
  }
  // Failure and output links, breadth first (a queue, no recursion).
  const queue: number[] = [];
  for (const [, child] of children[0]) queue.push(child);
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q];
    for (const [token, child] of children[node]) {
      let f = compiled.fail[node];
      let target = compiled.edges.get(`${f}\u0000${token}`);
      while (target === undefined && f !== 0) {
        f = compiled.fail[f];
        target = compiled.edges.get(`${f}\u0000${token}`);
      }
      const link = target ?? 0;
      compiled.fail[child] = link;
      compiled.output[child] = compiled.ends.has(link) ? link : compiled.output[link];
      queue.push(child);
    }
  }
  return compiled;
}

/** The longest variant among `variants` that matches text[start, end). */
function matching(text: string, start: number, end: number, variants: Variant[]): Variant | undefined {
  const found = text.slice(start, end);
  const lower = found.toLowerCase();
  return variants.find((v) => (v.anyCase ? lower === v.text : found === v.text));
}

/** House-style variants in a paragraph: a variant matches where no letter or digit touches it on either side; at
 * each start the longest match wins, and matches do not overlap (the leftmost first). */
export function termHitsOf(text: string, compiled: CompiledTerms, quoteSpans: Span[]): TermHit[] {
  if (compiled.size === 0) return [];
  const tokens = tokensOf(text);
  const n = tokens.texts.length;
  // The longest valid match starting at each token: its end offset and variant.
  const bestEnd = new Map<number, { end: number; variant: Variant }>();
  const consider = (node: number, last: number) => {
    const first = last - compiled.depth[node] + 1;
    const start = tokens.starts[first];
    const end = tokens.ends[last];
    const before = codePointBefore(text, start);
    if (before !== undefined && isWordCode(before)) return;
    const after = text.codePointAt(end);
    if (after !== undefined && isWordCode(after)) return;
    const variant = matching(text, start, end, compiled.ends.get(node)!);
    if (!variant) return;
    const current = bestEnd.get(first);
    if (!current || current.end < end) bestEnd.set(first, { end, variant });
  };
  let state = 0;
  for (let k = 0; k < n; k++) {
    const token = tokens.texts[k];
    let next = compiled.edges.get(`${state}\u0000${token}`);
    while (next === undefined && state !== 0) {
      state = compiled.fail[state];
      next = compiled.edges.get(`${state}\u0000${token}`);
    }
    state = next ?? 0;
    for (let node = compiled.ends.has(state) ? state : compiled.output[state]; node > 0; node = compiled.output[node]) consider(node, k);
  }
  const hits: TermHit[] = [];
  let from = 0;
  for (let k = 0; k < n; k++) {
    const best = bestEnd.get(k);
    if (!best || tokens.starts[k] < from) continue;
    const start = tokens.starts[k];
    const { end, variant } = best;
    const actual = text.slice(start, end);
    hits.push({
      start,
      end,
      actual,
      use: matchCase(actual, variant.term.use),
      note: variant.term.note,
      inQuote: quoteSpans.some((q) => start >= q.start && end <= q.end),
    });
    from = end;
  }
  return hits;
}

/** "Kiev" -> "Kyiv" keeps a leading capital when the house form is written in lower case. */
function matchCase(actual: string, use: string): string {
  if (use === use.toLowerCase() && /^\p{Lu}/u.test(actual)) return use.charAt(0).toUpperCase() + use.slice(1);
  return use;
}

export function termFindings(hits: TermHit[], offset: number): Finding[] {
  return hits.map((h) =>
    makeFinding('house-style', {
      message: `“${h.actual}”: the house style writes “${h.use}”${h.note ? ` (${h.note})` : ''}`,
      start: offset + h.start,
      end: offset + h.end,
      actual: h.actual,
      expected: [h.use],
      fixes: [
        { title: `Replace with “${h.use}”`, edits: [{ start: offset + h.start, end: offset + h.end, newText: h.use }], preferred: true },
      ],
      inQuote: h.inQuote,
    }),
  );
}
