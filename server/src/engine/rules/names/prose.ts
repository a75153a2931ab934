// Stretches of a paragraph that are not prose an editor spells: social handles, hashtags, web and e-mail addresses,
// markup tags and embedded posts, the name after a "Platform/" credit, and quoted titles. Names there are compared
// with nothing.

import type { Span } from '../../types';

const NOT_PROSE: readonly RegExp[] = [
  // an embedded post, whole: someone else's text, as they wrote it
  /<(tweet|blockquote|embed)\b[^>\n]*>[^\n]*?(?:<\/\1>|<\1\s*\/>)/gi,
  // markup tags, with their attributes (an embedded post's author="@handle")
  /<\/?[A-Za-z][^<>\n]*>/g,
  // web addresses
  /\b(?:https?:\/\/|www\.)[^\s<>"“”]+/gi,
  /\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|co|uk|ly|io|tv|us|me)\/[^\s<>"“”]*/gi,
  // e-mail addresses
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  // handles and hashtags
  /(?<![\w@#])[@#][\p{L}\p{N}_]+/gu,
  // a word holding an HTML entity ("Pap&#233;"): its spelling is the markup's, not the writer's
  /[\p{L}\p{N}]*&#?\w+;[\p{L}\p{N}]*/gu,
  // a credit line naming the source after a slash: "Facebook/Jane Doe."
  /^\s*[\p{L}.]+\/\p{Lu}[^\n]*$/gu,
];

const QUOTED = /“([^“”\n]{3,200})”|"([^"\n]{3,200})"|''([^'\n]{3,200})''/g;

/** A quoted title of a book, film or programme ("''The Fixers: … and the MGM Publicity Machine''"): every longer
 * word capitalised. A title keeps its own spelling. */
function isTitle(inner: string): boolean {
  let long = 0;
  for (const word of inner.split(/[\s:,–—-]+/)) {
    const letters = word.replace(/[^\p{L}]/gu, '');
    if (letters.length < 4) continue;
    if (letters[0] === letters[0].toLowerCase()) return false;
    long++;
  }
  return long >= 2;
}

/** The spans of a paragraph that are not prose, sorted and merged. */
export function notProseSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (/[“"']/.test(text)) {
    QUOTED.lastIndex = 0;
    for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) {
      if (isTitle(m[1] ?? m[2] ?? m[3])) spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  // most paragraphs have none of the marks the rest need
  if (!/[<@#/.&]/.test(text)) return spans;
  for (const re of NOT_PROSE) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
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
