// The paragraph as the figure reader sees it: words, numbers, currency signs and punctuation, with offsets. The
// shared tokeniser splits `1,200` and `5,000-strong` and keeps `cent.` as a word; figures need them whole.

export type FigureTokenKind = 'word' | 'number' | 'currency' | 'percent' | 'dash' | 'punct';

export interface FigureToken {
  kind: FigureTokenKind;
  /** The token as written. */
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  /** Directly after the previous token, with no space between (`5,000-strong`, `25-year-old`). */
  joined: boolean;
}

// Longest first: `US$` before `$`; a number keeps its thousands commas, decimals and a letter suffix (`5m`, `1.2bn`,
// `3am`); a word keeps inner apostrophes and hyphens.
const TOKEN =
  /(US\$|A\$|C\$|NZ\$|HK\$|[$£€¥₹])|(\d{1,3}(?:,\d{3})+(?:\.\d+)?[A-Za-z]*|\d+(?:\.\d+)?[A-Za-z]*)|([A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+)*)|(%)|([-–—])|(\S)/g;

export function figureTokens(text: string): FigureToken[] {
  const out: FigureToken[] = [];
  TOKEN.lastIndex = 0;
  let previousEnd = -1;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const kind: FigureTokenKind =
      m[1] !== undefined
        ? 'currency'
        : m[2] !== undefined
          ? 'number'
          : m[3] !== undefined
            ? 'word'
            : m[4] !== undefined
              ? 'percent'
              : m[5] !== undefined
                ? 'dash'
                : 'punct';
    const start = m.index;
    const end = start + m[0].length;
    out.push({ kind, text: m[0], lower: m[0].toLowerCase().replace(/’/g, "'"), start, end, joined: start === previousEnd });
    previousEnd = end;
  }
  return out;
}

export function isCapitalised(t: FigureToken | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}
