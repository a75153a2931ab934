export interface LineColumn {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

/** Converts offsets to line/column once per text; every layer speaks offsets and converts here. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  positionAt(offset: number): LineColumn {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(position: LineColumn): number {
    if (position.line >= this.starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineEnd = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.text.length;
    return Math.max(this.starts[position.line], Math.min(this.starts[position.line] + position.character, lineEnd));
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
