import type { Span } from '../../types';

/** Answers "does [start, end) overlap quoted speech?" by binary search over merged, sorted spans. */
export class QuoteIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
    for (const s of sorted) {
      const last = this.ends.length - 1;
      if (last >= 0 && s.start <= this.ends[last]) this.ends[last] = Math.max(this.ends[last], s.end);
      else {
        this.starts.push(s.start);
        this.ends.push(s.end);
      }
    }
  }

  get empty(): boolean {
    return this.starts.length === 0;
  }

  overlaps(start: number, end: number): boolean {
    if (this.starts.length === 0) return false;
    // last span starting before `end`
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < end) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && this.ends[found] > start;
  }
}
