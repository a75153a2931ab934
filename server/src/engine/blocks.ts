import type { Nodes, Parent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { htmlBlocks } from './formats/html';
import { ProseBuilder } from './formats/proseMap';
import { referenceAt } from './formats/references';
import { parseDirective, type Directive } from './suppress';
import type { BlockKind, DocumentFormat, Paragraph } from './types';
import { isSpace as isAnySpace } from './lexicon/characters';

export interface Blocks {
  paragraphs: Paragraph[];
  /** Suppression comments in document order, each with the offset where it takes effect. */
  directives: Directive[];
}

/** Splits a draft into paragraphs. With a memo (one per document), a run after an edit works out again only the
 * part of the draft around the edit, and Markdown chunks seen in recent runs are not parsed again. The paragraphs
 * and directives returned may then be shared with earlier and later results: treat them as read-only. */
export function blocksOf(text: string, format: DocumentFormat, memo?: BlockMemo): Blocks {
  if (format === 'html') return memo ? htmlWithMemo(text, memo) : htmlBlocks(text);
  if (format !== 'markdown') return memo ? plainTextWithMemo(text, memo) : plainTextBlocks(text);
  if (!memo) return markdownBlocks(text, undefined);
  memo.beginRun();
  const last = memo.last;
  const blocks = last?.format === 'markdown' ? markdownAfterEdit(last, text, memo) : markdownBlocks(text, memo);
  memo.endRun();
  return blocks;
}

/** Where two versions of a draft differ: from `start` on, text up to `newEnd` of the new one replaces the old. */
interface Change {
  start: number;
  newEnd: number;
  /** How far text after the change moved. */
  shift: number;
}

function changeBetween(before: string, after: string): Change {
  const start = commonPrefix(before, after);
  const tail = commonSuffix(before, after, Math.min(before.length, after.length) - start);
  return { start, newEnd: after.length - tail, shift: after.length - before.length };
}

// Whole blocks are compared first: comparing two slices is much faster than a loop over their characters.
const BLOCK = 1024;

function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let n = 0;
  while (n + BLOCK <= limit && a.slice(n, n + BLOCK) === b.slice(n, n + BLOCK)) n += BLOCK;
  while (n < limit && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** The length of the common suffix, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let n = 0;
  while (n + BLOCK <= limit && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** Index of the first item that starts at or after `offset` (items sorted by start). */
function firstFrom(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function shifted(d: Directive, shift: number): Directive {
  return shift === 0 ? d : { ...d, start: d.start + shift, end: d.end + shift, at: d.at + shift };
}

/** Copies of the lists (the memo keeps its own). */
function handOut(blocks: Blocks): Blocks {
  return { paragraphs: blocks.paragraphs.slice(), directives: blocks.directives.slice() };
}

// A short line with no closing punctuation reads as a (sub)heading in CMS copy.
const HEADING_MAX_WORDS = 14;
const SENTENCE_END = /[.!?:;…"”’)\]]\s*$/;

function looksLikeHeading(line: string): boolean {
  if (SENTENCE_END.test(line)) return false;
  const words = line.trim().split(/\s+/);
  return words.length <= HEADING_MAX_WORDS && /^[\p{Lu}\p{N}]/u.test(line.trim());
}

function plainTextBlocks(text: string): Blocks {
  const out: Blocks = { paragraphs: [], directives: [] };
  readLines(text, 0, out, false);
  return out;
}

/** Reads plain-text lines, one paragraph or directive each, from the line start `from` to the end, or until `stop`
 * accepts the start of the next line; returns where it stopped (text.length + 1 at the end). With `own`, texts are
 * copies that do not keep the draft alive (see detached). */
function readLines(text: string, from: number, out: Blocks, own: boolean, stop?: (next: number) => boolean): number {
  let lineStart = from;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    let next = lineEnd;
    if (text[next] === '\r' && text[next + 1] === '\n') next += 2;
    else if (next < text.length) next += 1;
    else next = text.length + 1;

    let start = lineStart;
    let end = lineEnd;
    if (start === 0 && text.charCodeAt(0) === 0xfeff) start = 1;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      const line = own ? detached(text.slice(start, end)) : text.slice(start, end);
      const directive = parseDirective(line, start, next);
      if (directive) out.directives.push(directive);
      else {
        let kind: BlockKind = 'paragraph';
        if (/^[-*•]\s/.test(line)) kind = 'list-item';
        // The first paragraph of the draft is its headline; later ones are headings.
        else if (looksLikeHeading(line)) kind = out.paragraphs.length > 0 ? 'heading' : 'headline';
        out.paragraphs.push({ start, end, kind, text: line });
      }
    }
    lineStart = next;
    if (stop?.(next)) return next;
  }
  return lineStart;
}

/** A line start at or before `offset` whose line break lies wholly before it: an edit at `offset` leaves the lines
 * before it as they were. (A CR just before `offset` may yet be joined by an LF.) */
function lineStartBefore(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && i < offset - 1)) return i + 1;
  }
  return 0;
}

/** Plain text with a memo: after an edit, the lines before and after it are taken over from the last run. */
function plainTextWithMemo(text: string, memo: BlockMemo): Blocks {
  const last = memo.last;
  let blocks: Blocks;
  if (last?.format !== 'plaintext') {
    blocks = { paragraphs: [], directives: [] };
    readLines(text, 0, blocks, true);
  } else {
    blocks = plainTextAfterEdit(last, text);
  }
  memo.last = { format: 'plaintext', text, blocks };
  return handOut(blocks);
}

function plainTextAfterEdit(last: PlainRun, text: string): Blocks {
  const change = changeBetween(last.text, text);
  const from = lineStartBefore(text, change.start);
  const before = last.blocks;
  const out: Blocks = {
    paragraphs: before.paragraphs.slice(0, firstFrom(before.paragraphs, from)),
    directives: before.directives.slice(0, firstFrom(before.directives, from)),
  };
  // Past the edit, a line start is also one in the last run's text, and every line from there on is unchanged.
  const resumed = readLines(text, from, out, true, (next) => next > change.newEnd && next <= text.length);
  if (resumed > text.length) return out;
  const oldResume = resumed - change.shift;
  const first = firstFrom(before.paragraphs, oldResume);
  const sawProse = first > 0;
  for (let i = first; i < before.paragraphs.length; i++) {
    const para = before.paragraphs[i];
    let kind = para.kind;
    // Only the first paragraph's kind hangs on whether prose came before it.
    if (i === first && sawProse !== out.paragraphs.length > 0 && (kind === 'headline' || kind === 'heading')) {
      kind = sawProse ? 'headline' : 'heading';
    }
    const same = change.shift === 0 && kind === para.kind;
    out.paragraphs.push(same ? para : { start: para.start + change.shift, end: para.end + change.shift, kind, text: para.text });
  }
  for (let i = firstFrom(before.directives, oldResume); i < before.directives.length; i++) {
    out.directives.push(shifted(before.directives[i], change.shift));
  }
  return out;
}

/** Padding around a block's text: white space other than LF and CR (which the block split itself reads), and the
 * byte-order mark. */
function isSpace(c: number): boolean {
  return c !== 0x0a && c !== 0x0d && (isAnySpace(c) || c === 0xfeff);
}

// Nodes that may come before the headline without taking its place.
const NOT_CONTENT = new Set<string>(['html', 'yaml', 'toml', 'definition']);

/** The blocks of one chunk of a Markdown document, with chunk-relative offsets. */
export interface ChunkBlocks {
  paragraphs: Paragraph[];
  directives: Directive[];
  /** The chunk holds a node that takes the headline's place (a depth-1 heading after it is a mere heading). */
  hasContent: boolean;
  /** Every block was closed at the chunk's end, so the next chunk starts as if the document began there. */
  clean: boolean;
  /** The chunk opens with front matter. */
  matter: boolean;
}

/** A chunk of a Markdown run, where it stands, and where its blocks begin in the run's lists. */
interface Chunk {
  start: number;
  end: number;
  blocks: ChunkBlocks;
  firstParagraph: number;
  firstDirective: number;
  /** An earlier chunk holds content (a headline in this one is a mere heading). */
  contentBefore: boolean;
}

interface PlainRun {
  format: 'plaintext';
  text: string;
  blocks: Blocks;
}

/** An HTML page is parsed whole on every change (a page parses in milliseconds); an unchanged one not at all. */
interface HtmlRun {
  format: 'html';
  text: string;
  blocks: Blocks;
}

function htmlWithMemo(text: string, memo: BlockMemo): Blocks {
  const last = memo.last;
  if (last?.format === 'html' && last.text === text) return handOut(last.blocks);
  const blocks = htmlBlocks(text);
  memo.last = { format: 'html', text, blocks };
  return handOut(blocks);
}

interface MarkdownRun {
  format: 'markdown';
  text: string;
  blocks: Blocks;
  chunks: Chunk[];
  /** Where the front matter's closing fence ends: 0 without front matter, Infinity if it never closes (or the
   * scan stopped inside it). Chunk starts before it are not safe places to start again from: a safeguard, since
   * while micromark closes front matter where isFence does, the first chunk holds all of it. */
  matterEnd: number;
  /** The text holds `]:` and was parsed whole. */
  definitions: boolean;
}

/** What one document's earlier runs leave for the next: the last run (text and result), and Markdown chunk
 * results keyed by chunk text (one map per position: first chunk, middle, last, whole). */
export class BlockMemo {
  private readonly maps: Map<string, { blocks: ChunkBlocks; run: number }>[] = [new Map(), new Map(), new Map(), new Map()];
  private run = 0;
  /** The last run, for the next one to start from. */
  last: PlainRun | MarkdownRun | HtmlRun | undefined;

  beginRun(): void {
    this.run++;
    this.parsed = 0;
  }

  get(slot: number, source: string): ChunkBlocks | undefined {
    const entry = this.maps[slot].get(source);
    if (entry) entry.run = this.run;
    return entry?.blocks;
  }

  /** Chunks parsed (not found in the memo) by the last run. */
  parsed = 0;

  set(slot: number, source: string, blocks: ChunkBlocks): void {
    this.parsed++;
    this.maps[slot].set(source, { blocks, run: this.run });
  }

  /** Keeps the chunks the last two runs looked up (undo stays cheap); the rest goes. */
  endRun(): void {
    for (const map of this.maps) for (const [key, entry] of map) if (entry.run < this.run - 1) map.delete(key);
  }

  get size(): number {
    return this.maps.reduce((n, m) => n + m.size, 0);
  }

  clear(): void {
    for (const map of this.maps) map.clear();
    this.last = undefined;
  }
}

const FIRST = 2;
const LAST = 1;
/** Appended after a middle chunk (which ends with a blank line): it stays a paragraph of its own only if
 * nothing (a fenced code block, an HTML block) is still open there. */
const SENTINEL = 'Z';

/** Splits the document into chunks that parse alone exactly as they parse inside the whole: a chunk ends before
 * an unindented line that follows a blank line (every container and paragraph is closed there), and a chunk whose
 * parse leaves a fence or HTML block open is merged with the next. Link reference definitions reach across the
 * whole document, so a draft that may hold one (`]:`) is parsed whole. */
function markdownBlocks(text: string, memo: BlockMemo | undefined): Blocks {
  const definitions = text.includes(']:');
  // Without CR line endings, each line end is found with indexOf and only a line's first characters are read.
  const boundaries = new Boundaries(text, 0, !text.includes('\r'));
  // A draft too long or too marked up to parse whole is cut into chunks all the same: a reference then resolves
  // only to a definition in its own chunk (elsewhere its brackets stay in the text).
  if (definitions && !tooCostlyForMarkdown(text)) boundaries.stop();
  const out = new Assembly();
  addChunks(text, 0, boundaries, memo, out);
  if (!memo) return out.blocks();
  memo.last = { format: 'markdown', text, blocks: out.blocks(), chunks: out.chunks, matterEnd: boundaries.matterEnd, definitions };
  return handOut(out);
}

/** Markdown after an edit: the chunks before the edit are kept as they were, the chunks from the one the edit
 * falls in are cut and parsed again until a chunk ends where one ended in the last run, and the chunks after
 * that are taken over, shifted. */
function markdownAfterEdit(last: MarkdownRun, text: string, memo: BlockMemo): Blocks {
  if (text === last.text) return handOut(last.blocks);
  const change = changeBetween(last.text, text);
  // Only an edit can bring in a `]:` the last text did not hold.
  const definitions = last.definitions ? text.includes(']:') : text.slice(Math.max(0, change.start - 1), change.newEnd + 1).includes(']:');
  if (definitions) return markdownBlocks(text, memo);

  const k = restartChunk(last, change.start);
  const kept = last.chunks[k];
  const out = new Assembly(last, k);
  const boundaries = new Boundaries(text, kept.start, false);
  // An edit at the very start of a chunk leaves the one before it as it was.
  const keptIsLast = kept.end === last.text.length;
  const unchanged = (start: number, end: number) =>
    start === kept.start && end === kept.end && end <= change.start && (end === text.length) === keptIsLast ? kept.blocks : undefined;
  addChunks(text, kept.start, boundaries, memo, out, rejoin(last, change, text.length, boundaries, out, k), unchanged);
  const matterEnd = k === 0 ? boundaries.matterEnd : last.matterEnd;
  memo.last = { format: 'markdown', text, blocks: out.blocks(), chunks: out.chunks, matterEnd, definitions };
  return handOut(out);
}

/** Told each chunk end of the new text from the `k`th chunk on: once the end lies past the edit and a chunk of the
 * last run ended at the same place, adds the last run's chunks after it, shifted, and says so. */
function rejoin(
  last: MarkdownRun,
  change: Change,
  length: number,
  boundaries: Boundaries,
  out: Assembly,
  k: number,
): (end: number) => boolean {
  let j = k;
  return (end) => {
    // From `end` on the text is unchanged, and so are the line breaks, chunk starts and chunks.
    if (end < change.newEnd || end === length || boundaries.matterEnd > end) return false;
    const oldEnd = end - change.shift;
    while (j < last.chunks.length && last.chunks[j].end < oldEnd) j++;
    if (j === last.chunks.length || last.chunks[j].end !== oldEnd || last.matterEnd > oldEnd) return false;
    for (let i = j + 1; i < last.chunks.length; i++) {
      const c = last.chunks[i];
      out.add(c.start + change.shift, c.end + change.shift, c.blocks);
    }
    return true;
  };
}

/** The last chunk that starts before `offset` (its start is still a chunk start after an edit there) and not
 * inside the front matter; else the first. */
function restartChunk(last: MarkdownRun, offset: number): number {
  let lo = 0;
  let hi = last.chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (last.chunks[mid].start < offset) lo = mid;
    else hi = mid - 1;
  }
  return last.chunks[lo].start >= last.matterEnd ? lo : 0;
}

/** Cuts text[start..] into chunks and adds them to `out`. `rejoined`, told each chunk end, may add the rest itself
 * and end the cutting there; `unchanged` may know a chunk's blocks from the last run. */
function addChunks(
  text: string,
  start: number,
  boundaries: Boundaries,
  memo: BlockMemo | undefined,
  out: Assembly,
  rejoined?: (end: number) => boolean,
  unchanged?: (start: number, end: number) => ChunkBlocks | undefined,
): void {
  // A front matter fence that never closes leaves the parser in a state that changes how the rest of the draft
  // reads (list items and block quotes are no longer recognised), so such a draft is parsed whole as well.
  const fenced = start === 0 && (text.startsWith('---') || text.startsWith('+++'));
  while (start < text.length || (start === 0 && text.length === 0)) {
    let end = start;
    let chunk: ChunkBlocks;
    do {
      // A chunk that leaves a block open is tried again at least twice as long: one boundary longer each time was
      // quadratic in the parse (an unclosed code fence at the top of a draft of 1,000 paragraphs took 27 s).
      const tried = end - start;
      end = boundaries.next();
      while (end - start < 2 * tried && end !== text.length) end = boundaries.next();
      chunk = unchanged?.(start, end) ?? chunkAt(text, start, end, memo);
    } while (!chunk.clean && end !== text.length);
    if (start === 0 && fenced && !chunk.matter && end !== text.length) {
      boundaries.stop();
      continue;
    }
    out.add(start, end, chunk);
    if (end === start || rejoined?.(end)) return;
    start = end;
  }
}

function chunkAt(text: string, start: number, end: number, memo: BlockMemo | undefined): ChunkBlocks {
  const slot = (start === 0 ? FIRST : 0) | (end === text.length ? LAST : 0);
  const source = text.slice(start, end);
  let found = memo?.get(slot, source);
  if (!found) {
    const own = memo ? detached(source) : source;
    found = parseChunk(own, (slot & FIRST) !== 0, (slot & LAST) === 0);
    memo?.set(slot, own, found);
  }
  return found;
}

/** A Markdown run's chunks and its paragraphs and directives, put together chunk by chunk. */
class Assembly implements Blocks {
  readonly chunks: Chunk[];
  readonly paragraphs: Paragraph[];
  readonly directives: Directive[];
  private contentBefore: boolean;

  /** Starts with the first `keep` chunks of `last` and their blocks, as they were. */
  constructor(last?: MarkdownRun, keep = 0) {
    if (!last || keep === 0) {
      this.chunks = [];
      this.paragraphs = [];
      this.directives = [];
      this.contentBefore = false;
      return;
    }
    const next = last.chunks[keep];
    this.chunks = last.chunks.slice(0, keep);
    this.paragraphs = last.blocks.paragraphs.slice(0, next.firstParagraph);
    this.directives = last.blocks.directives.slice(0, next.firstDirective);
    this.contentBefore = next.contentBefore;
  }

  add(start: number, end: number, blocks: ChunkBlocks): void {
    const contentBefore = this.contentBefore;
    this.chunks.push({ start, end, blocks, firstParagraph: this.paragraphs.length, firstDirective: this.directives.length, contentBefore });
    for (const p of blocks.paragraphs) {
      const kind = p.kind === 'headline' && contentBefore ? 'heading' : p.kind;
      const moved: Paragraph = { start: p.start + start, end: p.end + start, kind, text: p.text };
      if (p.map) moved.map = p.map;
      this.paragraphs.push(moved);
    }
    for (const d of blocks.directives) this.directives.push(shifted(d, start));
    if (blocks.hasContent) this.contentBefore = true;
  }

  blocks(): Blocks {
    return { paragraphs: this.paragraphs, directives: this.directives };
  }
}

/** The offsets where a chunk may start, found one at a time: a line not indented by a space or tab that follows a
 * blank line, except a front matter's closing fence and a line that opens with U+FEFF. */
class Boundaries {
  private lineStart: number;
  private previousBlank = false;
  private readonly matter: string | null = null;
  private inMatter = false;
  /** No boundary before this offset (the line after a front matter's closing fence). */
  private from = 0;
  /** See MarkdownRun.matterEnd (as far as the scan has gone). */
  matterEnd = 0;

  /** Scans from the document start, or past `after`, a chunk start found earlier (after any front matter). With
   * `lf`, the text holds no CR. */
  constructor(
    private readonly text: string,
    after: number,
    private readonly lf: boolean,
  ) {
    if (after > 0) {
      this.lineStart = nextLineStart(text, after);
      return;
    }
    this.lineStart = 0;
    this.matter = text.startsWith('---') ? '---' : text.startsWith('+++') ? '+++' : null;
  }

  /** The next chunk start, or the text's length when there is none. */
  next(): number {
    const text = this.text;
    while (this.lineStart < text.length) {
      const lineStart = this.lineStart;
      let lineEnd: number;
      if (this.lf) {
        lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = text.length;
      } else {
        lineEnd = lineStart;
        while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
      }
      let next = lineEnd;
      if (text.charCodeAt(next) === 13 && text.charCodeAt(next + 1) === 10) next += 2;
      else if (next < text.length) next += 1;
      let firstInk = lineStart;
      while (firstInk < lineEnd && (text.charCodeAt(firstInk) === 32 || text.charCodeAt(firstInk) === 9)) firstInk++;
      const blank = firstInk === lineEnd;
      if (this.matter !== null) {
        if (lineStart === 0) {
          this.inMatter = isFence(text, lineStart, lineEnd, this.matter);
          if (this.inMatter) this.matterEnd = Infinity;
        } else if (this.inMatter && isFence(text, lineStart, lineEnd, this.matter)) {
          this.inMatter = false;
          this.from = this.matterEnd = next;
        }
      }
      const previousBlank = this.previousBlank;
      this.previousBlank = blank;
      this.lineStart = next;
      // Not before U+FEFF either: micromark drops it at the start of a chunk, but not inside the whole.
      if (!blank && previousBlank && firstInk === lineStart && lineStart >= this.from && text.charCodeAt(lineStart) !== 0xfeff)
        return lineStart;
    }
    return text.length;
  }

  /** No more chunk starts: the rest is one chunk. */
  stop(): void {
    this.lineStart = this.text.length;
  }
}

/** A front matter fence: the marker, then only spaces or tabs. */
function isFence(text: string, start: number, end: number, marker: string): boolean {
  if (!text.startsWith(marker, start)) return false;
  for (let i = start + marker.length; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** micromark drops a leading byte-order mark and counts offsets from the character after it. */
function shiftPastByteOrderMark(tree: Root): void {
  const seen = new Set<object>();
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      if (seen.has(point) || point.offset === undefined) continue;
      seen.add(point);
      point.offset += 1;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
}

// The Markdown parser takes time superlinear in deep nesting: 8,000 `*` around a word take seconds, and so do
// long runs of brackets or a list nested hundreds deep. Such a chunk is not prose anyone writes; it is read line by
// line as plain text instead, so a pasted or hostile draft cannot hold up every other check.
const MAX_MARKUP_RUN = 200;
const MAX_INDENT = 200;
const MARKUP = new Set(['*', '_', '[', ']', '>', '`', '~', '<', '(', ')', '!', '-', '+', '#']);

export function tooDeepForMarkdown(text: string): boolean {
  let run = 0;
  let indent = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      lineStart = true;
      indent = 0;
      run = 0;
      continue;
    }
    if (lineStart && (c === ' ' || c === '\t' || c === '>' || c === '-' || c === '*' || c === '+')) {
      if (++indent > MAX_INDENT) return true;
    } else lineStart = false;
    if (MARKUP.has(c)) {
      if (++run > MAX_MARKUP_RUN) return true;
    } else if (c !== ' ') run = 0;
  }
  return false;
}

// micromark also takes time superlinear in some flat shapes: setext headings one after another (12,000 of them,
// 181 KB with no blank line: 43 s), runs of emphasis marks or brackets that never pair up (`a* ` or `[a](b ` repeated),
// and long lists. A chunk with more of these than prose has is read as plain text too. Markdown prose has a heading
// underline or two per chunk, tens of marks and tens of lines.
const MAX_SETEXT_UNDERLINES = 32;
const MAX_INLINE_MARKS = 2_000;
const MAX_CHUNK_LINES = 1_500;
const MAX_CHUNK_CHARS = 100_000;
const INLINE_MARKS = new Set(['*', '_', '[', ']', '`', '<', '&', '\\', '!']);

/** True for a chunk the Markdown parser would take superlinear time on: read it as plain text. */
export function tooCostlyForMarkdown(text: string): boolean {
  if (text.length > MAX_CHUNK_CHARS || tooDeepForMarkdown(text)) return true;
  let marks = 0;
  let lines = 0;
  let underlines = 0;
  let previousBlank = true;
  for (let lineStart = 0; lineStart < text.length;) {
    let lineEnd = lineStart;
    let ink = false;
    let underline = true;
    let indent = 0;
    let marker = '';
    for (; lineEnd < text.length; lineEnd++) {
      const c = text[lineEnd];
      if (c === '\n' || c === '\r') break;
      if (INLINE_MARKS.has(c)) marks++;
      if (c === ' ' || c === '\t') {
        if (!ink) indent++;
        continue;
      }
      ink = true;
      if ((c === '=' || c === '-') && (marker === '' || marker === c)) marker = c;
      else underline = false;
    }
    if (ink && underline && indent < 4 && !previousBlank && ++underlines > MAX_SETEXT_UNDERLINES) return true;
    if (++lines > MAX_CHUNK_LINES || marks > MAX_INLINE_MARKS) return true;
    previousBlank = !ink;
    lineStart = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1);
  }
  return false;
}

// A paragraph of image references only, left as text because their definitions are in another chunk (a Google Docs
// export's images, see DEFINITION): still images, not prose.
const UNRESOLVED_IMAGES = /^\s*(?:!\[[^\]\n]*\]\[[^\]\n]*\]\s*)+$/;

// A link reference definition on a line of its own: never prose, even read line by line. Google Docs exports each
// image as one, its data inline: a line of 100,000 characters or more, which is what sends a chunk here.
const DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+[ \t]*("[^"]*"|'[^']*'|\([^)]*\))?[ \t]*$/;

function plainChunk(source: string): ChunkBlocks {
  const { paragraphs, directives } = plainTextBlocks(source);
  const prose = paragraphs
    .filter((p) => !(p.text.startsWith('[') && DEFINITION.test(p.text)))
    .map((p) => (p.kind === 'headline' ? { ...p, kind: 'paragraph' as const } : p));
  return { paragraphs: prose, directives, hasContent: prose.length > 0, clean: true, matter: false };
}

function parseChunk(source: string, withFrontmatter: boolean, sentinel: boolean): ChunkBlocks {
  if (tooCostlyForMarkdown(source)) return plainChunk(source);
  return plainParagraphChunk(source, sentinel) ?? markdownChunk(source, withFrontmatter, sentinel);
}

/** A line of ordinary words opening with a letter, a quotation mark or a bracket, then blank lines: nothing in it
 * starts a block or an inline construct (no escapes, code, emphasis, links, HTML or character references), so it is
 * one paragraph of exactly its characters. Most paragraphs of a news draft are such a line, and an edit inside one
 * then costs a scan instead of a Markdown parse (about 0.6 ms for a paragraph). */
const PLAIN_LINE = /^[\p{L}"“”‘’'(][^\n\r\t\0\\`*_[\]<&\ufeff]*$/u;

export function plainParagraphChunk(source: string, sentinel: boolean): ChunkBlocks | undefined {
  let end = source.length;
  while (end > 0 && source.charCodeAt(end - 1) === 0x0a) end--;
  // a middle chunk must end with a blank line: otherwise the next line would continue the paragraph
  if (end === 0 || (sentinel && source.length - end < 2)) return undefined;
  // trailing white space is not part of the paragraph: such a line is left to the parser
  if (/\s/.test(source[end - 1])) return undefined;
  const line = end === source.length ? source : source.slice(0, end);
  if (!PLAIN_LINE.test(line)) return undefined;
  return { paragraphs: [{ start: 0, end, kind: 'paragraph', text: line }], directives: [], hasContent: true, clean: true, matter: false };
}

/** A chunk read by the Markdown parser. */
export function markdownChunk(source: string, withFrontmatter: boolean, sentinel: boolean): ChunkBlocks {
  const text = sentinel ? source + SENTINEL : source;
  const tree: Root = withFrontmatter
    ? fromMarkdown(text, { extensions: [frontmatter(['yaml', 'toml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])] })
    : fromMarkdown(text);
  if (text.charCodeAt(0) === 0xfeff) shiftPastByteOrderMark(tree);
  let clean = true;
  if (sentinel) {
    const last = tree.children[tree.children.length - 1];
    clean = last !== undefined && last.type === 'paragraph' && last.position?.start.offset === source.length;
    if (clean) tree.children.pop();
  }
  const paragraphs: Paragraph[] = [];
  const directives: Directive[] = [];
  let first = true;

  // Walks with its own stack, not by recursion: block quotes nested 10,000 deep would overflow the call stack.
  const visitBlocks = (root: Parent, rootContainer: BlockKind) => {
    const frames: { nodes: Nodes[]; next: number; container: BlockKind; after?: string }[] = [
      { nodes: root.children as Nodes[], next: 0, container: rootContainer },
    ];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      if (frame.next === frame.nodes.length) {
        frames.pop();
        // A container counts as content once it has been read, as each block does.
        if (frame.after !== undefined && !NOT_CONTENT.has(frame.after)) first = false;
        continue;
      }
      const node = frame.nodes[frame.next++];
      const container = frame.container;
      switch (node.type) {
        case 'heading': {
          const kind: BlockKind = first && node.depth === 1 ? 'headline' : 'heading';
          pushProse(node, kind);
          break;
        }
        case 'paragraph':
          pushProse(node, container);
          break;
        case 'blockquote':
          frames.push({ nodes: node.children as Nodes[], next: 0, container: 'blockquote', after: node.type });
          continue;
        case 'list': {
          const inner: BlockKind = container === 'blockquote' ? 'blockquote' : 'list-item';
          frames.push({ nodes: node.children.flatMap((item) => item.children as Nodes[]), next: 0, container: inner, after: node.type });
          continue;
        }
        case 'html': {
          const start = node.position?.start.offset ?? 0;
          const end = node.position?.end.offset ?? start;
          const directive = parseDirective(node.value, start, nextLineStart(text, end));
          if (directive) directives.push(directive);
          break;
        }
        default:
          // code, yaml/toml front matter, thematic breaks, definitions, tables: not prose.
          break;
      }
      if (!NOT_CONTENT.has(node.type)) first = false;
    }
  };

  const pushProse = (node: Nodes & Parent, kind: BlockKind) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || end <= start) return;
    const chars: string[] = new Array(end - start).fill(' ');
    // Keep line breaks so sentence positions still make sense to a reader of the raw text.
    for (let i = start; i < end; i++) if (text[i] === '\n' || text[i] === '\r') chars[i - start] = text[i];
    const replaced: Replacement[] = [];
    copyInlineText(node, chars, start, replaced);
    const masked = chars.join('');
    if (masked.trim() === '' || UNRESOLVED_IMAGES.test(masked)) return;
    const heading = kind === 'heading' || kind === 'headline';
    if (replaced.length > 0) {
      paragraphs.push(withReplacements(masked, start, end, replaced, kind, heading));
    } else if (heading) {
      // Skip the leading #'s and trailing spaces: the paragraph is the heading's words.
      let s = 0;
      while (s < masked.length && masked[s] === ' ') s++;
      let e = masked.length;
      while (e > s && /\s/.test(masked[e - 1])) e--;
      paragraphs.push({ start: start + s, end: start + e, kind, text: masked.slice(s, e) });
    } else {
      paragraphs.push({ start, end, kind, text: masked });
    }
  };

  const copyInlineText = (node: Nodes, chars: string[], base: number, replaced: Replacement[]) => {
    if (node.type === 'text') {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s === undefined || e === undefined) return;
      alignInto(text, s, e, node.value, chars, base, replaced);
      return;
    }
    // Inline code, inline HTML, images and link destinations are not prose: they stay blank.
    if (node.type === 'inlineCode' || node.type === 'html' || node.type === 'image' || node.type === 'imageReference') {
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) copyInlineText(child, chars, base, replaced);
  };

  visitBlocks(tree, 'paragraph');
  const head: string | undefined = tree.children[0]?.type;
  return { paragraphs, directives, hasContent: !first, clean, matter: head === 'yaml' || head === 'toml' };
}

/** Source characters a text node's value holds as something else: an escaped character's backslash (left out) or a
 * character reference (decoded). */
interface Replacement {
  from: number;
  to: number;
  text: string;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** Copies a text node's value into the mask at its source position. Source characters that the value does not
 * contain (container markers such as `> ` on continuation lines) stay blank; backslash escapes and character
 * references are listed in `replaced`, for the paragraph's prose to read as the value does. */
function alignInto(source: string, s: number, e: number, value: string, chars: string[], base: number, replaced: Replacement[]): void {
  let v = 0;
  for (let i = s; i < e && v < value.length; i++) {
    const c = source[i];
    if (c === '\\' && source[i + 1] === value[v] && i + 1 < e && ASCII_PUNCTUATION.test(value[v])) {
      replaced.push({ from: i, to: i + 1, text: '' });
      continue;
    }
    if (c === '&' && !(value[v] === '&' && source[i + 1] === value[v + 1])) {
      const ref = referenceAt(source, i, e, value, v);
      if (ref) {
        replaced.push({ from: i, to: i + ref.length, text: value.slice(v, v + ref.decoded) });
        i += ref.length - 1;
        v += ref.decoded;
        continue;
      }
    }
    // micromark reads a NUL as U+FFFD: without this, the rest of the paragraph would be blanked out.
    if (c === value[v] || (c === '\u0000' && value[v] === '\ufffd')) {
      chars[i - base] = c;
      v++;
    } else if ((c === '\r' || c === '\n') && value[v] === '\n') {
      v++;
    }
  }
}

/** A Markdown paragraph whose prose differs in length from its source: the masked text with the replacements made,
 * and its map. */
function withReplacements(
  masked: string,
  start: number,
  end: number,
  replaced: Replacement[],
  kind: BlockKind,
  heading: boolean,
): Paragraph {
  const prose = new ProseBuilder();
  let at = start;
  for (const r of replaced) {
    if (r.from > at) prose.add(masked.slice(at - start, r.from - start), at, r.from);
    prose.add(r.text, r.from, r.to);
    at = r.to;
  }
  if (end > at) prose.add(masked.slice(at - start), at, end);
  // Like the masked text, a paragraph keeps its blanks; a heading loses its marks and trailing spaces.
  const built = prose.build(heading ? (c) => c === 32 || c === 9 || c === 10 || c === 13 : () => false)!;
  const paragraph: Paragraph = { start: built.start, end: built.end, kind, text: built.text };
  if (built.map) paragraph.map = built.map;
  return paragraph;
}

function nextLineStart(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  if (text[i] === '\r' && text[i + 1] === '\n') return i + 2;
  return Math.min(i + 1, text.length);
}

/** A copy of `s` that does not keep alive the longer string it may be a slice of (V8 keeps a sliced string's whole
 * parent): what a cache keeps between runs must not pin every earlier version of a long draft in memory. */
export function detached(s: string): string {
  return (' ' + s).slice(1);
}

/** The whole draft parsed as one piece: what chunked parsing must equal (for tests and comparison). */
export function wholeMarkdownBlocks(text: string): Blocks {
  const { paragraphs, directives } = parseChunk(text, true, false);
  return { paragraphs, directives };
}
