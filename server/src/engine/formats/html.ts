// An HTML page (a CMS export, a saved article, a Word file converted by mammoth) as paragraphs of prose, each
// with a map back to the exact characters of the page. Paragraphs, headings, list items, block quotes and figure
// captions are read; scripts, styles, navigation, embedded posts and frames, code, forms and attribute values are
// not. The page's first h1 is its headline.
import { fromHtml } from 'hast-util-from-html';
import { parseDirective, type Directive } from '../suppress';
import type { BlockKind, Paragraph } from '../types';
import { ProseBuilder } from './proseMap';
import { referenceAt } from './references';

type Root = ReturnType<typeof fromHtml>;
type Node = Root | Root['children'][number];
type Element = Extract<Node, { type: 'element' }>;

export interface HtmlBlocks {
  paragraphs: Paragraph[];
  directives: Directive[];
}

/** Never prose, nor anything inside them. */
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'video',
  'audio',
  'svg',
  'math',
  'canvas',
  'map',
  'form',
  'button',
  'select',
  'textarea',
  'input',
  'pre',
  'code',
  'kbd',
  'samp',
  'dialog',
]);

/** Markup that third-party embeds (posts from social networks, CMS embed blocks) wrap their copy in. */
const EMBED_CLASSES = new Set([
  'twitter-tweet',
  'twitter-video',
  'instagram-media',
  'tiktok-embed',
  'fb-post',
  'fb-video',
  'reddit-embed-bq',
  'bluesky-embed',
  'wp-block-embed',
]);

/** Elements that end a run of inline text. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Table cells: text loose in them is data, not prose (a paragraph in them is read). */
const CELLS = new Set(['td', 'th', 'caption']);

/** What loose text in a container reads as; null: not read. */
type Container = BlockKind | null;

export function isHtmlSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029;
}

function skipped(element: Element): boolean {
  if (SKIPPED.has(element.tagName)) return true;
  const props = element.properties;
  if (props.hidden !== undefined && props.hidden !== false && props.hidden !== null) return true;
  if (props.ariaHidden === 'true' || props.role === 'navigation') return true;
  const classes = props.className;
  return Array.isArray(classes) && classes.some((c) => EMBED_CLASSES.has(String(c)));
}

// The parse is turned into a tree by recursion, which overflows the call stack on elements nested some 2,000
// deep. No page nests that deep (browsers stop nesting at 512), so a page that does is read flattened.
const MAX_NESTING = 1_000;

/** The tree, and for a flattened page, which of its characters were tags (blanked, not text). */
function parse(source: string): { tree: Root; blanked?: Uint8Array } {
  if (!nestingOver(source, MAX_NESTING)) {
    try {
      return { tree: fromHtml(source) };
    } catch {
      // flattened below
    }
  }
  const blanked = new Uint8Array(source.length);
  return { tree: fromHtml(flattened(source, blanked)), blanked };
}

const TAG =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([A-Za-z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?)>/g;

/** Elements that do not nest: empty ones, and those a parser closes when the next one starts. */
const FLAT = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'tr',
  'td',
  'th',
]);

/** Whether elements open without closing, one inside another, deeper than `limit` (an estimate from the tags). */
function nestingOver(source: string, limit: number): boolean {
  let depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(source); m; m = TAG.exec(source)) {
    const name = m[3];
    if (name === undefined || FLAT.has(name.toLowerCase())) continue;
    if (m[2] === '/') depth = Math.max(0, depth - 1);
    else if (!m[4].endsWith('/') && ++depth > limit) return true;
  }
  return false;
}

/** The page with every tag blanked out (same length, so offsets hold, and marked in `blanked`), a block's tags
 * read as paragraph breaks. */
function flattened(source: string, blanked: Uint8Array): string {
  TAG.lastIndex = 0;
  return source.replace(
    TAG,
    (tag: string, _raw: string | undefined, _close: string, name: string | undefined, _attributes: string, at: number) => {
      if (name === undefined) return tag;
      blanked.fill(1, at, at + tag.length);
      const lower = name.toLowerCase();
      if (lower === 'br') return '<br>' + ' '.repeat(tag.length - 4);
      if (BLOCKS.has(lower) && tag.length >= 3) return '<p>' + ' '.repeat(tag.length - 3);
      return ' '.repeat(tag.length);
    },
  );
}

/** Splits a page into paragraphs with maps back to the source, and reads its suppression comments. */
export function htmlBlocks(source: string): HtmlBlocks {
  const { tree, blanked } = parse(source);
  const paragraphs: Paragraph[] = [];
  const directives: Directive[] = [];
  let headline = false;
  let run = new ProseBuilder();
  /** After a `<br>` with nothing but white space since: a second one ends the paragraph. */
  let brokeLine = false;

  /** Ends the run of text so far: a paragraph of the kind given, unless null (text not read). */
  const flush = (kind: Container) => {
    const built = kind === null ? null : run.build(isHtmlSpace);
    if (built && kind !== null)
      paragraphs.push({ start: built.start, end: built.end, kind, text: built.text, ...(built.map ? { map: built.map } : {}) });
    run = new ProseBuilder();
    brokeLine = false;
  };

  // Walks with its own stack, not by recursion: elements nested 100,000 deep must not overflow the call stack. An
  // inline element's frame reads loose text as its container does; a block's frame closes its paragraph at its end.
  type Frame = { nodes: Node[]; next: number; container: Container; block: boolean };
  const frames: Frame[] = [{ nodes: [tree], next: 0, container: 'paragraph', block: true }];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    if (frame.next === frame.nodes.length) {
      frames.pop();
      if (frame.block) flush(frame.container);
      continue;
    }
    const node = frame.nodes[frame.next++];
    switch (node.type) {
      case 'root':
        frames.push({ nodes: node.children, next: 0, container: frame.container, block: false });
        break;
      case 'text': {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined) break;
        alignText(source, start, end, node.value, run, blanked);
        if (brokeLine && !isAllSpace(node.value)) brokeLine = false;
        break;
      }
      case 'comment': {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined) break;
        const directive = parseDirective(source.slice(start, end), start, end);
        if (directive) directives.push(directive);
        break;
      }
      case 'element': {
        if (skipped(node)) break;
        const name = node.tagName;
        if (name === 'br') {
          const start = node.position?.start.offset;
          const end = node.position?.end.offset;
          // Two line breaks in a row end a paragraph (copy pasted into a CMS often has no other).
          if (brokeLine) flush(frame.container);
          else if (start !== undefined && end !== undefined) {
            run.add('\n', start, end);
            brokeLine = true;
          }
          break;
        }
        if (!BLOCKS.has(name)) {
          frames.push({ nodes: node.children, next: 0, container: frame.container, block: false });
          break;
        }
        flush(frame.container);
        frames.push({ nodes: node.children, next: 0, container: containerOf(name, frame.container, !headline), block: true });
        if (name === 'h1') headline = true;
        break;
      }
      default:
        // doctype: nothing to read.
        break;
    }
  }
  return { paragraphs, directives };
}

/** What text in a block element reads as, inside a container. */
function containerOf(name: string, outer: Container, firstH1: boolean): Container {
  if (name.length === 2 && name[0] === 'h' && name[1] >= '1' && name[1] <= '6') return name === 'h1' && firstH1 ? 'headline' : 'heading';
  if (name === 'blockquote') return 'blockquote';
  if (name === 'li') return outer === 'blockquote' ? 'blockquote' : 'list-item';
  if (CELLS.has(name)) return null;
  // A paragraph or a caption is read wherever it stands, a table cell included.
  if (name === 'p' || name === 'figcaption' || name === 'dt' || name === 'dd') return outer ?? 'paragraph';
  return outer;
}

function isAllSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isHtmlSpace(s.charCodeAt(i))) return false;
  return true;
}

const IGNORED_TAG =
  /<(?:\/?[A-Za-z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?|![Dd][Oo][Cc][Tt][Yy][Pp][Ee][^>]*|\/)>/y;

/** Adds a text node's value to the run, piece by piece against its source [s, e): characters as written, each
 * character reference as a whole, CR LF as written (the parser reads it as LF), NUL left out (the parser drops it),
 * and the blanks of a flattened page's tags left out. */
export function alignText(source: string, s: number, e: number, value: string, out: ProseBuilder, blanked?: Uint8Array): void {
  if (!blanked && e - s === value.length && source.startsWith(value, s)) {
    out.add(value, s, e);
    return;
  }
  let i = s;
  let v = 0;
  let copyFrom = s;
  const flushCopy = (to: number) => {
    if (to > copyFrom) out.add(source.slice(copyFrom, to), copyFrom, to);
  };
  while (i < e && v < value.length) {
    if (blanked?.[i] && value.charCodeAt(v) === 32) {
      flushCopy(i);
      i++;
      v++;
      copyFrom = i;
      continue;
    }
    const c = source.charCodeAt(i);
    if (c === 38 /* & */) {
      const ref = referenceAt(source, i, e, value, v);
      if (ref) {
        flushCopy(i);
        out.add(value.slice(v, v + ref.decoded), i, i + ref.length);
        i += ref.length;
        v += ref.decoded;
        copyFrom = i;
        continue;
      }
    }
    if (c === 13 && value.charCodeAt(v) === 10) {
      // CR LF, or a lone CR, read as LF: kept as written.
      i += source.charCodeAt(i + 1) === 10 ? 2 : 1;
      v++;
      continue;
    }
    if (c === value.charCodeAt(v)) {
      i++;
      v++;
      continue;
    }
    if (c === 0) {
      flushCopy(i);
      i++;
      copyFrom = i;
      continue;
    }
    // A tag the parser ignored (a stray end tag, a second <body>) lies inside the text it joined on either side.
    if (c === 60 /* < */) {
      IGNORED_TAG.lastIndex = i;
      const tag = IGNORED_TAG.exec(source);
      if (tag && i + tag[0].length <= e) {
        flushCopy(i);
        i += tag[0].length;
        copyFrom = i;
        continue;
      }
    }
    break;
  }
  flushCopy(i);
  copyFrom = i;
  // Anything the walk could not account for (never seen; a safeguard) maps to the rest of the node as a whole.
  if (v < value.length) out.add(value.slice(v), i, Math.max(i, e));
}
