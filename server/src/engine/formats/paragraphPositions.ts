// Places in a Word file, which has no lines or columns a writer can go to: paragraph numbers and the words a
// finding covers, read from the paragraphs of the HTML the file was read as (docx.ts).
import type { Paragraph, Span } from '../types';

/** A place in a Word file: paragraph number (from 1, counting paragraphs with words in them, headings and list
 * items included) and column (from 1, in the paragraph's text). */
export interface ParagraphPoint {
  paragraph: number;
  column: number;
}

/** Places findings of a Word file (analysed as the HTML docxToHtml made) by paragraph, with the words they cover. */
export class ParagraphPositions {
  constructor(private readonly paragraphs: readonly Paragraph[]) {}

  private indexAt(offset: number, end: boolean): number {
    const list = this.paragraphs;
    let lo = 0;
    let hi = list.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < offset || (!end && list[mid].start === offset)) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The prose offset of a source offset within paragraph `i`. */
  private proseOffset(i: number, offset: number): number {
    const p = this.paragraphs[i];
    if (!p) return 0;
    const rel = Math.max(0, Math.min(offset, p.end) - p.start);
    return p.map ? p.map.proseOffset(rel) : Math.min(rel, p.text.length);
  }

  point(offset: number, end = false): ParagraphPoint {
    const i = this.indexAt(offset, end);
    return { paragraph: i + 1, column: this.proseOffset(i, offset) + 1 };
  }

  /** The words a finding covers, as the paragraph reads (without markup); across paragraphs, joined by a space. */
  words(span: Span): string {
    const first = this.indexAt(span.start, false);
    const last = span.end === span.start ? first : this.indexAt(span.end, true);
    const parts: string[] = [];
    for (let i = first; i <= last && i < this.paragraphs.length; i++) {
      const p = this.paragraphs[i];
      const from = i === first ? this.proseOffset(i, span.start) : 0;
      const to = i === last ? this.proseOffset(i, span.end) : p.text.length;
      parts.push(p.text.slice(from, Math.max(from, to)));
    }
    return parts.join(' ');
  }
}
