import type { Nodes, Parent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { parseDirective, type Directive } from './suppress';
import type { BlockKind, DocumentFormat, Paragraph } from './types';

export interface Blocks {
  paragraphs: Paragraph[];
  /** Suppression comments in document order, each with the offset where it takes effect. */
  directives: Directive[];
}

/** Splits a draft into paragraphs. With a memo, Markdown chunks seen in earlier runs are not parsed again. */
export function blocksOf(text: string, format: DocumentFormat, memo?: BlockMemo): Blocks {
  if (format !== 'markdown') return plainTextBlocks(text);
  memo?.beginRun();
  const blocks = markdownBlocks(text, memo);
  memo?.endRun();
  return blocks;
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
  const paragraphs: Paragraph[] = [];
  const directives: Directive[] = [];
  let lineStart = 0;
  let seenProse = false;
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
      const line = text.slice(start, end);
      const directive = parseDirective(line, start, next);
      if (directive) directives.push(directive);
      else {
        let kind: BlockKind = 'paragraph';
        if (/^[-*•]\s/.test(line)) kind = 'list-item';
        else if (looksLikeHeading(line)) kind = seenProse ? 'heading' : 'headline';
        seenProse = true;
        paragraphs.push({ start, end, kind, text: line });
      }
    }
    lineStart = next;
  }
  return { paragraphs, directives };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029 || c === 11 || c === 12;
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

/** Chunk results between runs, keyed by chunk text (one map per position: first chunk, middle, last, whole). */
export class BlockMemo {
  private readonly maps: Map<string, { blocks: ChunkBlocks; run: number }>[] = [new Map(), new Map(), new Map(), new Map()];
  private run = 0;

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

  /** Keeps what the last two runs used (undo stays cheap); the rest goes. */
  endRun(): void {
    for (const map of this.maps) for (const [key, entry] of map) if (entry.run < this.run - 1) map.delete(key);
  }

  get size(): number {
    return this.maps.reduce((n, m) => n + m.size, 0);
  }

  clear(): void {
    for (const map of this.maps) map.clear();
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
  // A front matter fence that never closes leaves the parser in a state that changes how the rest of the draft
  // reads (list items and block quotes are no longer recognised), so such a draft is parsed whole as well.
  const fenced = text.startsWith('---') || text.startsWith('+++');
  const boundaries = text.includes(']:') ? [] : chunkBoundaries(text);
  boundaries.push(text.length);
  const paragraphs: Paragraph[] = [];
  const directives: Directive[] = [];
  let contentBefore = false;
  let start = 0;
  let b = 0;
  while (start < text.length || (start === 0 && text.length === 0)) {
    let chunk: ChunkBlocks;
    let end: number;
    for (;;) {
      end = boundaries[b++];
      const slot = (start === 0 ? FIRST : 0) | (end === text.length ? LAST : 0);
      const source = text.slice(start, end);
      let found = memo?.get(slot, source);
      if (!found) {
        const own = memo ? detached(source) : source;
        found = parseChunk(own, (slot & FIRST) !== 0, (slot & LAST) === 0);
        memo?.set(slot, own, found);
      }
      chunk = found;
      if (chunk.clean || end === text.length) break;
    }
    if (start === 0 && fenced && !chunk.matter && end !== text.length) {
      boundaries.length = 0;
      boundaries.push(text.length);
      b = 0;
      continue;
    }
    for (const p of chunk.paragraphs) {
      const kind = p.kind === 'headline' && contentBefore ? 'heading' : p.kind;
      paragraphs.push({ start: p.start + start, end: p.end + start, kind, text: p.text });
    }
    for (const d of chunk.directives) directives.push({ ...d, start: d.start + start, end: d.end + start, at: d.at + start });
    if (chunk.hasContent) contentBefore = true;
    if (end === start) break;
    start = end;
  }
  return { paragraphs, directives };
}

/** Offsets where a chunk may start: a line not indented by a space or tab that follows a blank line, after any
 * front matter. */
function chunkBoundaries(text: string): number[] {
  const out: number[] = [];
  let from = 0;
  const matter = text.startsWith('---') ? '---' : text.startsWith('+++') ? '+++' : null;
  // Without CR line endings, each line end is found with indexOf and only a line's first characters are read.
  const lf = !text.includes('\r');
  let lineStart = 0;
  let previousBlank = false;
  let inMatter = false;
  while (lineStart < text.length) {
    let lineEnd: number;
    if (lf) {
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
    if (matter !== null) {
      if (lineStart === 0) inMatter = isFence(text, lineStart, lineEnd, matter);
      else if (inMatter && isFence(text, lineStart, lineEnd, matter)) {
        inMatter = false;
        from = next;
      }
    }
    // Not before U+FEFF either: micromark drops it at the start of a chunk, but not inside the whole.
    if (!blank && previousBlank && firstInk === lineStart && lineStart >= from && text.charCodeAt(lineStart) !== 0xfeff) out.push(lineStart);
    previousBlank = blank;
    lineStart = next;
  }
  return out;
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

function plainChunk(source: string): ChunkBlocks {
  const { paragraphs, directives } = plainTextBlocks(source);
  const prose = paragraphs.map((p) => (p.kind === 'headline' ? { ...p, kind: 'paragraph' as const } : p));
  return { paragraphs: prose, directives, hasContent: prose.length > 0, clean: true, matter: false };
}

function parseChunk(source: string, withFrontmatter: boolean, sentinel: boolean): ChunkBlocks {
  if (tooDeepForMarkdown(source)) return plainChunk(source);
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
    copyInlineText(node, chars, start);
    const masked = chars.join('');
    if (masked.trim() === '') return;
    if (kind === 'heading' || kind === 'headline') {
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

  const copyInlineText = (node: Nodes, chars: string[], base: number) => {
    if (node.type === 'text') {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s === undefined || e === undefined) return;
      alignInto(text, s, e, node.value, chars, base);
      return;
    }
    // Inline code, inline HTML, images and link destinations are not prose: they stay blank.
    if (node.type === 'inlineCode' || node.type === 'html' || node.type === 'image' || node.type === 'imageReference') {
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) copyInlineText(child, chars, base);
  };

  visitBlocks(tree, 'paragraph');
  const head: string | undefined = tree.children[0]?.type;
  return { paragraphs, directives, hasContent: !first, clean, matter: head === 'yaml' || head === 'toml' };
}

/** Copies a text node's value into the mask at its source position. Source characters that the value does not
 * contain (container markers such as `> ` on continuation lines, backslash escapes, entity spellings) stay blank. */
function alignInto(source: string, s: number, e: number, value: string, chars: string[], base: number): void {
  let v = 0;
  for (let i = s; i < e && v < value.length; i++) {
    // micromark reads a NUL as U+FFFD: without this, the rest of the paragraph would be blanked out.
    if (source[i] === value[v] || (source[i] === '\u0000' && value[v] === '\ufffd')) {
      chars[i - base] = source[i];
      v++;
    } else if ((source[i] === '\r' || source[i] === '\n') && value[v] === '\n') {
      v++;
    }
  }
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
