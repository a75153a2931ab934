// Plain data shared by every layer. All offsets are 0-based UTF-16 indices (JavaScript string indices):
// paragraph-relative inside per-paragraph facts, document-relative in findings and document facts.

export type Severity = 'error' | 'warning' | 'info' | 'hint';

import type { RuleId } from './rules/registry';

export type { RuleId } from './rules/registry';

export interface Span {
  start: number;
  end: number;
}

export interface TextEdit extends Span {
  newText: string;
}

/** A quick fix: one or more edits computed for exactly the text the finding was made on. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Marks the fix an editor may apply by default. */
  preferred?: boolean;
}

export interface Related extends Span {
  message: string;
}

export interface Finding extends Span {
  rule: RuleId;
  severity: Severity;
  message: string;
  /** The text of the document at [start, end). */
  actual: string;
  /** Suggested replacements for `actual` (may be empty). */
  expected: string[];
  related?: Related[];
  fixes?: Fix[];
  /** Set on a style finding that lies inside quoted speech (used for severity lowering). */
  inQuote?: boolean;
}

export type BlockKind = 'headline' | 'heading' | 'paragraph' | 'list-item' | 'blockquote';

/** One unit of prose. `text` has the same length as the source slice [start, end): markup that is not prose
 * (inline code, link destinations, emphasis marks, HTML) is blanked out with spaces so offsets map 1:1. */
export interface Paragraph extends Span {
  kind: BlockKind;
  text: string;
}

export interface Word extends Span {
  text: string;
}

export interface Sentence extends Span {
  /** Index range into ParagraphTokens.words: [firstWord, endWord). */
  firstWord: number;
  endWord: number;
}

export interface ParagraphTokens {
  text: string;
  words: Word[];
  sentences: Sentence[];
}

export type DocumentFormat = 'markdown' | 'plaintext';
