// Character references (`&rsquo;`, `&#8217;`, `&amp`) as a parser decoded them. The parsers hand over only the
// decoded text; which source characters made each decoded one is found here, with the decoded text as the guide,
// so no table of entity names is needed.

const NUMERIC = /&#(?:[xX][0-9a-fA-F]+|[0-9]+);?/y;
const NAMED = /&[A-Za-z][A-Za-z0-9]*;?/y;
/** How far past a reference its surroundings are compared to tell which reading of it the parser took. */
const LOOKAHEAD = 48;

/** The character reference at source[i] that the parser decoded to value[v…], as its source length and the
 * number of UTF-16 units it decoded to; null for a literal `&`. The value tells which reading the parser took: of
 * the readings the syntax allows, the first after which source and value go on alike. */
export function referenceAt(source: string, i: number, e: number, value: string, v: number): { length: number; decoded: number } | null {
  const v0 = value.charCodeAt(v);
  const astral = v0 >= 0xd800 && v0 <= 0xdbff;
  const lengths: number[] = [];
  NUMERIC.lastIndex = i;
  const numeric = NUMERIC.exec(source);
  let named = false;
  if (numeric && i + numeric[0].length <= e) lengths.push(numeric[0].length);
  else {
    NAMED.lastIndex = i;
    const match = NAMED.exec(source);
    if (match && i + match[0].length <= e) {
      named = true;
      const name = match[0];
      lengths.push(name.length);
      // Legacy references (`&copy`, `&amp`) are read without their semicolon, and as the longest known prefix.
      for (let n = name.length - 1; n >= 3; n--) lengths.push(n);
    }
  }
  for (const length of lengths) {
    for (const decoded of astral ? [2] : [1, 2]) {
      if (v + decoded > value.length) continue;
      // A named reference decodes to `&` only as &amp; (either case, with or without its semicolon).
      if (named && v0 === 38 && !/^&(amp|AMP);?$/.test(source.slice(i, i + length))) continue;
      if (goOnAlike(source, i + length, e, value, v + decoded)) return { length, decoded };
    }
  }
  return null;
}

function goOnAlike(source: string, i: number, e: number, value: string, v: number): boolean {
  for (let n = 0; n < LOOKAHEAD; n++, i++, v++) {
    if (i >= e) return v >= value.length;
    const c = source.charCodeAt(i);
    // What follows is decided at the next reference, escape, tag, line break or NUL.
    if (c === 38 || c === 92 || c === 60 || c === 10 || c === 13 || c === 0) return true;
    if (v >= value.length || c !== value.charCodeAt(v)) return false;
  }
  return true;
}
