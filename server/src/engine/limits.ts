// How much of a draft the engine analyses. The per-paragraph checks cost about 6 to 18 µs per character on the
// worst shapes measured (one 50,000-character sentence: 0.9 s), and every paragraph costs about 0.5 ms and a few
// kilobytes kept for the document passes however short it is. Past these limits a paragraph, or the rest of a
// draft, is skipped and said to be (Analysis.skipped), so that no keystroke and no file can take unbounded time or
// memory. No paragraph of the shared corpus comes near them (the longest is 2,573 characters).
import type { Paragraph, Span } from './types';

/** Longest paragraph analysed, in UTF-16 code units (about 3,300 words; at most about 0.4 s to analyse). */
export const MAX_PARAGRAPH_CHARS = 20_000;
/** Paragraphs analysed per draft: the document passes (names, quotes, style) go over all of them on every run. */
export const MAX_PARAGRAPHS = 10_000;

export type SkipReason = 'long' | 'count' | 'slow';

export interface Skipped extends Span {
  reason: SkipReason;
  /** 'long' and 'slow': the paragraph's length; 'count': how many paragraphs were left out. */
  size: number;
  /** The limit that was passed: characters for 'long' and 'slow', paragraphs for 'count'. */
  limit: number;
}

/** Decides, paragraph by paragraph, what a run analyses. */
export interface AnalysisLimits {
  /** Why paragraph `index` is skipped, or undefined to analyse it. `cached`: its facts are at hand without analysis.
   * May throw to abandon the run (a newer version is waiting). */
  skip(paragraph: Paragraph, index: number, cached: boolean): Omit<Skipped, 'start' | 'end'> | undefined;
  /** A paragraph was analysed afresh in `ms` milliseconds. */
  took(paragraph: Paragraph, ms: number): void;
}

/** The fixed limits: the same for the CLI and the editor, and the same whatever was analysed before. */
export function fixedSkip(paragraph: Paragraph, index: number): Omit<Skipped, 'start' | 'end'> | undefined {
  if (index >= MAX_PARAGRAPHS) return { reason: 'count', size: 1, limit: MAX_PARAGRAPHS };
  const length = paragraph.end - paragraph.start;
  if (length > MAX_PARAGRAPH_CHARS) return { reason: 'long', size: length, limit: MAX_PARAGRAPH_CHARS };
  return undefined;
}

export const FIXED_LIMITS: AnalysisLimits = { skip: fixedSkip, took: () => {} };

/** Adds a skipped paragraph to the list; paragraphs left out for the count make one range. */
export function addSkipped(list: Skipped[], paragraph: Paragraph, skip: Omit<Skipped, 'start' | 'end'>): void {
  const last = list[list.length - 1];
  if (skip.reason === 'count' && last?.reason === 'count') {
    last.end = paragraph.end;
    last.size++;
    return;
  }
  list.push({ start: paragraph.start, end: paragraph.end, ...skip });
}

/** What a skipped range says, for the editor and the CLI alike. */
export function skippedMessage(s: Skipped): string {
  const n = (x: number) => x.toLocaleString('en');
  switch (s.reason) {
    case 'long':
      return `Copydesk did not check this paragraph: it has ${n(s.size)} characters, more than the ${n(s.limit)} a paragraph may have.`;
    case 'count':
      return `Copydesk did not check the rest of this draft (${n(s.size)} more paragraph${s.size === 1 ? '' : 's'}): it checks the first ${n(s.limit)} paragraphs of a draft.`;
    case 'slow':
      return `Copydesk did not check this paragraph: a paragraph this long (${n(s.size)} characters) took too long to check in this draft; paragraphs of up to ${n(s.limit)} characters are checked.`;
  }
}
