// Stretches of a paragraph that are not prose an editor spells: social handles, hashtags, web and e-mail addresses,
// markup tags and embedded posts, HTML entities, a "Platform/Name" credit line, and quoted titles. Names there are
// compared with nothing. Every scan here is linear in the paragraph's length (paragraphs can be very long).

import type { Span } from '../../types';
import { isSpace } from '../../lexicon/characters';

/** Markup elements whose content is someone else's post, kept as they wrote it. */
const EMBEDS = ['tweet', 'blockquote', 'embed'];
/** The longest paragraph read as a credit line. */
const MAX_CREDIT = 60;
/** The longest quotation read as a possible title. */
const MAX_TITLE = 200;

const TLDS = new Set(['com', 'org', 'net', 'gov', 'edu', 'co', 'uk', 'ly', 'io', 'tv', 'us', 'me']);

/** White space as `\s` reads it. */
const isWhitespace = (code: number): boolean => isSpace(code) || code === 0x1680 || code === 0xfeff;

/** A whitespace-free token that is an address, a handle, a hashtag or holds an HTML entity. */
function isNotProseToken(token: string): boolean {
  // "@handle", "#tag", ".@handle" (a reply made public), "(@handle)", author="@handle"
  if ((token.includes('@') || token.includes('#')) && /(?:^|[^\p{L}\p{N}_])[@#][\p{L}\p{N}_]/u.test(token)) return true;
  if (token.includes('://') || ((token[0] === 'w' || token[0] === 'W') && token.slice(0, 4).toLowerCase() === 'www.')) return true;
  const at = token.indexOf('@');
  if (at > 0 && token.indexOf('.', at) > at + 1) return true;
  if (token.includes('&') && /&#?\w{2,8};/.test(token)) return true;
  // "twitter.com/handle", "example.org/page"
  const slash = token.indexOf('/');
  if (slash > 0) {
    const host = token.slice(0, slash);
    const dot = host.lastIndexOf('.');
    if (dot > 0 && TLDS.has(host.slice(dot + 1).toLowerCase())) return true;
  }
  return false;
}

/** A quoted title of a book, film or programme ("''The Long Harbour: A History of the XYZ Ferry Line''"): every longer
 * word capitalised. A title keeps its own spelling. */
function isTitle(inner: string): boolean {
  // most quotations are speech: a longer word in lower case ends the test at once
  if (/(?:^|[\s:,–—-])\p{Ll}\p{L}{3}/u.test(inner)) return false;
  let long = 0;
  for (const word of inner.split(/[\s:,–—-]+/)) {
    const letters = word.replace(/[^\p{L}]/gu, '');
    if (letters.length < 4) continue;
    if (letters[0] === letters[0].toLowerCase()) return false;
    long++;
  }
  return long >= 2;
}

function titleSpans(text: string, out: Span[]): void {
  const pairs: [string, string][] = [
    ['“', '”'],
    ['"', '"'],
    ["''", "''"],
  ];
  for (const [open, close] of pairs) {
    let from = 0;
    while (from < text.length) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      const end = text.indexOf(close, start + open.length);
      if (end < 0) break;
      const inner = text.slice(start + open.length, end);
      if (inner.length <= MAX_TITLE && !inner.includes('\n') && isTitle(inner)) out.push({ start, end: end + close.length });
      from = end + close.length;
    }
  }
}

function markupSpans(text: string, out: Span[]): void {
  const lower = text.toLowerCase();
  let from = 0;
  while (from < text.length) {
    const open = text.indexOf('<', from);
    if (open < 0) break;
    const close = text.indexOf('>', open + 1);
    if (close < 0) break;
    const tag = text.slice(open + 1, close);
    const name = /^\/?([A-Za-z][\w-]*)/.exec(tag)?.[1]?.toLowerCase();
    if (name === undefined || tag.includes('<')) {
      from = open + 1;
      continue;
    }
    let end = close + 1;
    // an embedded post: to its closing tag ("</tweet>" or "<tweet/>")
    if (EMBEDS.includes(name) && !tag.startsWith('/') && !tag.endsWith('/')) {
      const closing = [lower.indexOf(`</${name}>`, end), lower.indexOf(`<${name}/>`, end)].filter((i) => i >= 0);
      if (closing.length > 0) end = text.indexOf('>', Math.min(...closing)) + 1;
    }
    out.push({ start: open, end });
    from = end;
  }
}

/** The spans of a paragraph that are not prose, sorted and merged. */
export function notProseSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (text.includes('"') || text.includes('“') || text.includes("''")) titleSpans(text, spans);
  if (text.includes('<')) markupSpans(text, spans);
  // only a token holding one of these can be an address, a handle or an entity: the others are not read
  const trigger = /[@#/&]|www\./gi;
  for (let m = trigger.exec(text); m !== null; m = trigger.exec(text)) {
    let start = m.index;
    while (start > 0 && !isWhitespace(text.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < text.length && !isWhitespace(text.charCodeAt(end))) end++;
    if (isNotProseToken(text.slice(start, end))) spans.push({ start, end });
    // the next search starts after this token: each token is read once
    trigger.lastIndex = end;
  }
  // a credit line naming the source after a slash: "Facebook/Jane Doe."
  const slash = text.indexOf('/');
  if (
    slash > 0 &&
    text.length <= MAX_CREDIT &&
    /^[\p{L}.]+$/u.test(text.slice(0, slash).trimStart()) &&
    /^\p{Lu}/u.test(text.slice(slash + 1))
  ) {
    spans.push({ start: 0, end: text.length });
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}
