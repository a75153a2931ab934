// The checks run on prose. Where a paragraph's prose is not a slice of the draft (it has a ProseMap), the offsets
// they report (paragraph start plus a prose offset) are taken back to the draft here, once, for findings, their
// related places and fixes, quotes and names.
import type { Finding, Fix, Paragraph, Span } from '../types';

export class SourcePositions {
  private constructor(private readonly paragraphs: readonly Paragraph[]) {}

  /** Null when every paragraph is a slice of the draft: offsets need no moving (unless `always`). */
  static of(paragraphs: readonly Paragraph[], always = false): SourcePositions | null {
    if (always) return new SourcePositions(paragraphs);
    for (const p of paragraphs) if (p.map) return new SourcePositions(paragraphs);
    return null;
  }

  /** The last paragraph starting at or before `offset` (strictly before, for an end). */
  private paragraphAt(offset: number, end: boolean): Paragraph | undefined {
    const list = this.paragraphs;
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < offset || (!end && list[mid].start === offset)) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? undefined : list[found];
  }

  start(offset: number): number {
    const p = this.paragraphAt(offset, false);
    if (!p?.map) return offset;
    const rel = offset - p.start;
    return rel > p.text.length ? p.end : p.start + p.map.sourceStart(rel);
  }

  end(offset: number): number {
    const p = this.paragraphAt(offset, true);
    if (!p?.map) return offset;
    const rel = offset - p.start;
    return rel > p.text.length ? p.end : p.start + p.map.sourceEnd(rel);
  }

  span<T extends Span>(s: T): T {
    const start = this.start(s.start);
    const end = s.end === s.start ? start : this.end(s.end);
    return start === s.start && end === s.end ? s : { ...s, start, end };
  }

  /** True when the prose [start, end) is the draft's own characters, with no markup or reference among them. */
  private copiedAsIs(start: number, end: number): boolean {
    const p = this.paragraphAt(start, false);
    if (!p?.map) return true;
    return end - p.start <= p.text.length && p.map.copiedAsIs(start - p.start, end - p.start);
  }

  /** A finding in the draft's offsets. A fix survives only where it edits the draft's own characters (an edit across
   * a tag or a character reference would break the markup), its new text escaped for the format. */
  finding(f: Finding, escape: (text: string) => string): Finding {
    const moved = this.span(f);
    const out: Finding = moved === f ? { ...f } : moved;
    if (f.related) out.related = f.related.map((r) => this.span(r));
    if (f.fixes) {
      const fixes: Fix[] = [];
      for (const fix of f.fixes) {
        if (!fix.edits.every((e) => e.start === e.end || this.copiedAsIs(e.start, e.end))) continue;
        fixes.push({ ...fix, edits: fix.edits.map((e) => ({ ...this.span(e), newText: escape(e.newText) })) });
      }
      if (fixes.length > 0) out.fixes = fixes;
      else delete out.fixes;
    }
    return out;
  }
}

/** Text as HTML reads it back: the three characters that could start markup or a reference. */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}
