import type { Root, Sentence as NlcstSentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import type { ParagraphTokens, Sentence, Word } from './types';

const parser = new ParseEnglish();

// parse-latin overflows the call stack (it merges nodes with push(...children)) once one sentence or one
// whitespace-free run holds ~100k tokens, and merges slash-joined runs in quadratic time. A paragraph longer than
// this is therefore parsed in pieces cut at a sentence end, else at a space, else anywhere (never inside a
// surrogate pair); real paragraphs are far shorter and are parsed whole.
const PARSE_PIECE = 10_000;

/** Parses one paragraph of English into an nlcst tree (positions are paragraph-relative). */
export function parseParagraph(text: string): Root {
  if (text.length <= PARSE_PIECE) return parser.parse(text);
  const children: Root['children'] = [];
  let line = 1;
  let column = 1;
  for (let start = 0; start < text.length;) {
    const end = pieceEnd(text, start);
    const piece = parser.parse(text.slice(start, end));
    shiftPositions(piece, start, line, column);
    for (const child of piece.children) children.push(child);
    for (let i = start; i < end; i++) {
      if (text.charCodeAt(i) === 10 || (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        column = 1;
      } else column++;
    }
    start = end;
  }
  const position = { start: { line: 1, column: 1, offset: 0 }, end: { line, column, offset: text.length } };
  return { type: 'RootNode', children, position };
}

function pieceEnd(text: string, start: number): number {
  const limit = start + PARSE_PIECE;
  if (limit >= text.length) return text.length;
  const floor = start + PARSE_PIECE / 2;
  let space = -1;
  for (let i = limit; i > floor; i--) {
    const c = text.charCodeAt(i - 1);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) continue;
    const before = text.charCodeAt(i - 2);
    if (before === 46 || before === 33 || before === 63) return i; // after ". ", "! " or "? "
    if (space < 0) space = i;
  }
  if (space > 0) return space;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/** Moves a piece's positions to where the piece starts in the paragraph. Points may be shared between nodes. */
function shiftPositions(tree: Root, offset: number, line: number, column: number): void {
  const seen = new Set<object>();
  const stack: { position?: { start: Point; end: Point }; children?: unknown[] }[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      if (seen.has(point)) continue;
      seen.add(point);
      if (point.offset !== undefined) point.offset += offset;
      if (point.line === 1) point.column += column - 1;
      point.line += line - 1;
    }
    if (node.children) for (const child of node.children) stack.push(child as (typeof stack)[number]);
  }
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** Flattens an nlcst tree into the word and sentence lists that paragraph rules read. */
export function tokensOf(tree: Root, text: string): ParagraphTokens {
  const words: Word[] = [];
  const sentences: Sentence[] = [];
  for (const para of tree.children) {
    if (para.type !== 'ParagraphNode') continue;
    for (const node of para.children) {
      if (node.type !== 'SentenceNode') continue;
      const sentence = node as NlcstSentence;
      const firstWord = words.length;
      for (const child of sentence.children) {
        if (child.type !== 'WordNode') continue;
        const start = child.position?.start.offset ?? 0;
        const end = child.position?.end.offset ?? start;
        // the paragraph's own characters: joining the node's children again would build the same string slowly
        words.push({ start, end, text: child.position ? text.slice(start, end) : toString(child) });
      }
      sentences.push({
        start: sentence.position?.start.offset ?? 0,
        end: sentence.position?.end.offset ?? 0,
        firstWord,
        endWord: words.length,
      });
    }
  }
  return { text, words, sentences };
}

/** Convenience for rules and tests that only need tokens. */
export function tokenize(text: string): ParagraphTokens {
  return tokensOf(parseParagraph(text), text);
}
