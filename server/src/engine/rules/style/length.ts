import { makeFinding } from '../../findings';
import type { BlockKind, Span } from '../../types';
import type { LocalFinding, SentenceFacts } from './facts';

/** Headlines and headings are measured in the statistics but never judged for length. */
export function isHeading(kind: BlockKind): boolean {
  return kind === 'headline' || kind === 'heading';
}

export function sentenceLengthFinding(text: string, s: Span, counted: number, maxWords: number): LocalFinding | null {
  if (counted <= maxWords) return null;
  return makeFinding('sentence-length', {
    start: s.start,
    end: s.end,
    message: `Long sentence: ${counted} words (limit ${maxWords}); consider splitting it`,
    actual: text.slice(s.start, s.end),
  });
}

export function paragraphLengthFinding(
  text: string,
  sentences: readonly SentenceFacts[],
  limits: { maxSentences: number; maxWords: number },
): LocalFinding | null {
  if (sentences.length === 0) return null;
  let words = 0;
  for (const s of sentences) words += s.words;
  const over: string[] = [];
  if (sentences.length > limits.maxSentences) over.push(`${sentences.length} sentences (limit ${limits.maxSentences})`);
  if (words > limits.maxWords) over.push(`${words} words (limit ${limits.maxWords})`);
  if (over.length === 0) return null;
  const start = sentences[0].start;
  const end = sentences[sentences.length - 1].end;
  return makeFinding('paragraph-length', {
    start,
    end,
    message: `Long paragraph: ${over.join(', ')}; news paragraphs read best short`,
    actual: text.slice(start, end),
  });
}
