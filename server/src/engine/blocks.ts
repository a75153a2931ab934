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

export function blocksOf(text: string, format: DocumentFormat): Blocks {
  return format === 'markdown' ? markdownBlocks(text) : plainTextBlocks(text);
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

function markdownBlocks(text: string): Blocks {
  const tree: Root = fromMarkdown(text, {
    extensions: [frontmatter(['yaml', 'toml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])],
  });
  const paragraphs: Paragraph[] = [];
  const directives: Directive[] = [];
  let first = true;

  const visitBlocks = (parent: Parent, container: BlockKind) => {
    for (const node of parent.children as Nodes[]) {
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
          visitBlocks(node, 'blockquote');
          break;
        case 'list':
          for (const item of node.children) visitBlocks(item, container === 'blockquote' ? 'blockquote' : 'list-item');
          break;
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
  return { paragraphs, directives };
}

/** Copies a text node's value into the mask at its source position. Source characters that the value does not
 * contain (container markers such as `> ` on continuation lines, backslash escapes, entity spellings) stay blank. */
function alignInto(source: string, s: number, e: number, value: string, chars: string[], base: number): void {
  let v = 0;
  for (let i = s; i < e && v < value.length; i++) {
    if (source[i] === value[v]) {
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
