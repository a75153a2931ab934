// quote-mismatch: each direct quote against the transcripts the house style names. A quote whose closest passage
// differs by changed, dropped or added words is a warning, with the passage and the differences; a quote found
// nowhere is information (only when the draft has transcripts at all).

import { makeFinding } from '../../findings';
import type { Finding } from '../../types';
import { quoteSegments, TranscriptIndex, type PassageMatch } from '.';

/** A transcript as the editor or the CLI read it: its name (relative to the house style) and its text. */
export interface TranscriptSource {
  name: string;
  text: string;
}

export interface QuoteToCheck {
  /** Document offsets, marks included. */
  start: number;
  end: number;
  text: string;
}

/** Words a quote needs before it is compared: shorter ones are phrases any speaker may use. */
const MIN_WORDS = 4;
/** Share of a quote's words its passage must hold to be the same quote misquoted, not another one. */
const MIN_SAME = 0.5;

const indexes = new WeakMap<readonly TranscriptSource[], TranscriptIndex>();
/** Each index's answers by quote text (the quote's word count and its passage): an edit re-aligns only the quotes it
 * changed, and the others are not even split into words again. */
const answers = new WeakMap<TranscriptIndex, Map<string, Answer>>();
const MAX_ANSWERS = 10_000;

interface Answer {
  words: number;
  match: PassageMatch | null;
}

function answerOf(index: TranscriptIndex, text: string): Answer {
  let memo = answers.get(index);
  if (!memo) answers.set(index, (memo = new Map()));
  let answer = memo.get(text);
  if (answer === undefined) {
    const segments = quoteSegments(text);
    const words = segments.reduce((n, s) => n + s.words.length, 0);
    answer = { words, match: words < MIN_WORDS ? null : index.match(segments) };
    if (memo.size >= MAX_ANSWERS) memo.clear();
    memo.set(text, answer);
  }
  return answer;
}

/** The index of a set of transcripts, built once for the set (the caller hands a new set when a file changes). */
export function transcriptIndexOf(sources: readonly TranscriptSource[]): TranscriptIndex {
  let index = indexes.get(sources);
  if (!index) {
    index = new TranscriptIndex();
    for (const s of sources) index.set(s.name, s.text);
    indexes.set(sources, index);
  }
  return index;
}

const shorten = (s: string, n = 160) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

export function quoteMismatchFindings(quotes: readonly QuoteToCheck[], sources: readonly TranscriptSource[] | null): Finding[] {
  if (!sources || sources.length === 0) return [];
  const index = transcriptIndexOf(sources);
  if (index.words === 0) return [];
  const out: Finding[] = [];
  for (const q of quotes) {
    const { words, match } = answerOf(index, q.text);
    if (words < MIN_WORDS) continue;
    if (!match || match.same / match.total < MIN_SAME) {
      const finding = makeFinding('quote-mismatch', {
        start: q.start,
        end: q.end,
        message: 'Quote not in the transcripts: no passage of the transcripts the house style names holds these words.',
        actual: q.text,
      });
      finding.severity = 'info';
      out.push(finding);
      continue;
    }
    if (match.differences.length === 0) continue;
    out.push(
      makeFinding('quote-mismatch', {
        start: q.start,
        end: q.end,
        message: `Quote differs from the transcript (${match.file}, line ${match.line + 1}): ${match.differences.join('; ')}. The transcript has: “${shorten(match.passage)}”`,
        actual: q.text,
      }),
    );
  }
  return out;
}
