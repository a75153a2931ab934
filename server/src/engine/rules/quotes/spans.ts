// Quote-mark scanning: pairs double quotation marks in one paragraph in a single linear pass.

/** A double-quoted stretch of one paragraph (paragraph-relative offsets, marks included). */
export interface MarkSpan {
  start: number;
  /** After the closing mark, or the end of the paragraph when the quote is still open there. */
  end: number;
  closed: boolean;
}

export interface StrayMark {
  at: number;
  mark: string;
}

export interface MarkScan {
  spans: MarkSpan[];
  /** Closing marks with no opening mark before them. */
  strayClosers: StrayMark[];
}

const MAX_STRAY = 20;
const OPEN_CURLY = 0x201c; // “
const CLOSE_CURLY = 0x201d; // ”
const STRAIGHT = 0x22; // "
const LOW_OPEN = 0x201e; // „
const GUILLEMET_OPEN = 0x00ab; // «
const GUILLEMET_CLOSE = 0x00bb; // »

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x2009;
}

function isWordChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 &&
      code !== 0x2014 &&
      code !== 0x2013 &&
      code !== 0x2026 &&
      code !== OPEN_CURLY &&
      code !== CLOSE_CURLY &&
      code !== 0x2018 &&
      code !== 0x2019)
  );
}

/** Characters after which a mark starts a quote: start of text, space, opening brackets and dashes. */
function opensAfter(code: number | undefined): boolean {
  return (
    code === undefined ||
    isSpace(code) ||
    code === 0x28 ||
    code === 0x5b ||
    code === 0x2014 ||
    code === 0x2013 ||
    code === 0x2d ||
    code === 0x2f ||
    code === 0x3a
  );
}

/**
 * Pairs the paragraph's double quotation marks. Curly marks carry their direction; straight marks alternate,
 * helped by what stands either side of them. A mark whose direction contradicts its surroundings (a ” used to open
 * `”Yes”`) is read by its surroundings.
 */
export function scanMarks(text: string): MarkScan {
  const spans: MarkSpan[] = [];
  const strayClosers: StrayMark[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      code !== OPEN_CURLY &&
      code !== CLOSE_CURLY &&
      code !== STRAIGHT &&
      code !== LOW_OPEN &&
      code !== GUILLEMET_OPEN &&
      code !== GUILLEMET_CLOSE
    )
      continue;
    const before = i > 0 ? text.charCodeAt(i - 1) : undefined;
    const after = i + 1 < text.length ? text.charCodeAt(i + 1) : undefined;
    const looksOpening = opensAfter(before) && after !== undefined && !isSpace(after);
    const looksClosing = before !== undefined && !isSpace(before) && (after === undefined || !isWordChar(after));
    let opening: boolean;
    if (code === OPEN_CURLY || code === LOW_OPEN || code === GUILLEMET_OPEN) {
      opening = !(open >= 0 && looksClosing && !looksOpening);
    } else if (code === CLOSE_CURLY || code === GUILLEMET_CLOSE) {
      opening = open < 0 && looksOpening && !looksClosing;
    } else {
      opening = open < 0 && !(looksClosing && !looksOpening);
    }
    if (opening) {
      if (open >= 0) spans.push({ start: open, end: i, closed: false });
      open = i;
    } else if (open >= 0) {
      spans.push({ start: open, end: i + 1, closed: true });
      open = -1;
    } else {
      // A paragraph of nothing but marks should not drown the writer in findings.
      if (strayClosers.length < MAX_STRAY) strayClosers.push({ at: i, mark: text.charAt(i) });
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length, closed: false });
  return { spans, strayClosers };
}
