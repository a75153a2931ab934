// Where a paragraph's prose and its source differ in length: an HTML page's tags are dropped and its character
// references decoded, a Markdown escape loses its backslash. The checks read the prose; a ProseMap takes their
// offsets back to the draft's own characters, so that a finding covers exactly what the writer typed.

/** Pieces of prose in order, each from one stretch of source. A piece as long as its source maps character for
 * character; any other (a decoded reference, `<br>` read as a line break) maps as a whole. Offsets are relative to
 * the paragraph's start in the source and to the start of its prose. */
export class ProseMap {
  /** Per piece: prose start, source start, prose length, source length. */
  private constructor(private readonly pieces: Int32Array) {}

  static fromPieces(pieces: readonly number[]): ProseMap {
    return new ProseMap(Int32Array.from(pieces));
  }

  private get count(): number {
    return this.pieces.length >> 2;
  }

  /** The last piece whose prose starts at or before `x`. */
  private pieceAt(x: number): number {
    const p = this.pieces;
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (p[mid * 4] <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Where in the source the prose character at `x` begins (at the prose's end: where the last piece ends). */
  sourceStart(x: number): number {
    const p = this.pieces;
    const i = this.pieceAt(x) * 4;
    const within = x - p[i];
    if (within >= p[i + 2]) return p[i + 1] + p[i + 3];
    return p[i + 2] === p[i + 3] ? p[i + 1] + within : p[i + 1];
  }

  /** Where in the source a range of prose ending at `y` (exclusive) ends. */
  sourceEnd(y: number): number {
    if (y <= 0) return this.sourceStart(0);
    const p = this.pieces;
    const i = this.pieceAt(y - 1) * 4;
    const within = y - p[i];
    if (within >= p[i + 2]) return p[i + 1] + p[i + 3];
    return p[i + 2] === p[i + 3] ? p[i + 1] + within : p[i + 1] + p[i + 3];
  }

  /** The prose offset of a source offset: inside a piece read as a whole, its start; between pieces (a tag), the
   * next piece's start. */
  proseOffset(source: number): number {
    const p = this.pieces;
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (p[mid * 4 + 1] <= source) lo = mid;
      else hi = mid - 1;
    }
    const i = lo * 4;
    const within = source - p[i + 1];
    if (within < 0) return p[i];
    if (within >= p[i + 3]) return p[i] + p[i + 2];
    return p[i + 2] === p[i + 3] ? p[i] + within : p[i];
  }

  /** True when prose [x, y) is source copied character for character, with nothing left out in between: an edit of
   * that prose is the same edit of the source. */
  copiedAsIs(x: number, y: number): boolean {
    const p = this.pieces;
    const i = this.pieceAt(x) * 4;
    return p[i + 2] === p[i + 3] && x >= p[i] && y <= p[i] + p[i + 2];
  }
}

/** Builds a paragraph's prose and its map, piece by piece, in source order. */
export class ProseBuilder {
  private readonly parts: string[] = [];
  private readonly pieces: number[] = [];
  /** Prose length so far. */
  length = 0;

  /** Adds `text` as the prose for source [from, to). Same lengths: character for character; otherwise as a whole. */
  add(text: string, from: number, to: number): void {
    if (text.length === 0) return;
    const p = this.pieces;
    const n = p.length;
    const exact = text.length === to - from;
    // A copy that continues the last one extends it.
    if (exact && n > 0 && p[n - 2] === p[n - 1] && p[n - 3] + p[n - 1] === from && p[n - 4] + p[n - 2] === this.length) {
      p[n - 2] += text.length;
      p[n - 1] += text.length;
    } else p.push(this.length, from, text.length, to - from);
    this.parts.push(text);
    this.length += text.length;
  }

  /** The prose without surrounding white space, where it stands in the source, and its map (none when the prose is
   * the source slice itself). Null when there is no prose. */
  build(isSpace: (c: number) => boolean): { text: string; start: number; end: number; map: ProseMap | undefined } | null {
    const whole = this.parts.join('');
    let a = 0;
    let b = whole.length;
    while (a < b && isSpace(whole.charCodeAt(a))) a++;
    while (b > a && isSpace(whole.charCodeAt(b - 1))) b--;
    if (a === b) return null;
    const text = whole.slice(a, b);
    const full = ProseMap.fromPieces(this.pieces);
    const start = full.sourceStart(a);
    const end = full.sourceEnd(b);
    const src = this.pieces;
    // One copied piece covering the prose: the prose is the source slice.
    const first = pieceIndex(src, a);
    if (src[first + 2] === src[first + 3] && b <= src[first] + src[first + 2]) return { text, start, end, map: undefined };
    const pieces: number[] = [];
    for (let i = first; i < src.length && src[i] < b; i += 4) {
      let t = src[i];
      let s = src[i + 1];
      let tl = src[i + 2];
      let sl = src[i + 3];
      const exact = tl === sl;
      if (t < a) {
        // Only a copied piece can be cut: trimmed white space is always copied or a whole piece of its own.
        const cut = a - t;
        t += cut;
        tl -= cut;
        if (exact) {
          s += cut;
          sl -= cut;
        }
      }
      if (t + tl > b) {
        const cut = t + tl - b;
        tl -= cut;
        if (exact) sl -= cut;
      }
      pieces.push(t - a, s - start, tl, sl);
    }
    return { text, start, end, map: ProseMap.fromPieces(pieces) };
  }
}

function pieceIndex(pieces: readonly number[], x: number): number {
  let i = 0;
  while (i + 4 < pieces.length && pieces[i + 4] <= x) i += 4;
  return i;
}
