// Character classes shared by every rule, by UTF-16 code unit, so that "white space" or "an apostrophe" means the
// same thing to the quote, name and style checks.

/** Space inside a line: space, tab, no-break spaces, the typographic spaces (en, em, thin, hair, narrow no-break),
 * the ideographic space. */
export function isInlineSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** A line or paragraph break: LF, CR, vertical tab, form feed, the Unicode line and paragraph separators. */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0x2028 || code === 0x2029;
}

/** Any white space. */
export function isSpace(code: number): boolean {
  return isInlineSpace(code) || isLineBreak(code);
}

/** Format characters that pasted text carries and a reader never sees: direction marks and embeddings, the byte-order
 * mark, zero-width joiners and spaces. */
export function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200f) || code === 0xfeff || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** Characters written as an apostrophe inside a word: the straight one, the right single quotation mark (the
 * typographer's apostrophe), the modifier letter apostrophe, and the left mark and prime that keyboards and
 * converters leave in its place. */
export const APOSTROPHES = ["'", '\u2019', '\u02bc', '\u2018', '\u2032'] as const;

const APOSTROPHE_RUN = /[\u2019\u02bc\u2018\u2032]/g;

/** The word with every apostrophe written straight, so that "wasn’t" and "wasn't" are one word to a word list. */
export function foldApostrophes(word: string): string {
  return word.indexOf('\u2019') < 0 && word.indexOf('\u02bc') < 0 && word.indexOf('\u2018') < 0 && word.indexOf('\u2032') < 0
    ? word
    : word.replace(APOSTROPHE_RUN, "'");
}
