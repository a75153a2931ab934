// Transcripts and notes as words: plain text, WebVTT (.vtt) and SubRip (.srt). Timestamps, cue numbers, headers,
// speaker labels (`ANN HALE:`, `>> Hale:`, `[Speaker 2]`), stage notes (`[laughter]`, `(inaudible)`) and fillers
// (`um`, `er`) are left out; caption line breaks are only spaces. Each word keeps where it is in the file.

export interface TranscriptWord {
  /** Lower case, apostrophes straightened, outer punctuation off: what a quote's word is compared with. */
  norm: string;
  /** Offset in the file and length of the word as written. */
  start: number;
  end: number;
  /** 0-based line in the file. */
  line: number;
}

export const FILLERS: ReadonlySet<string> = new Set(['um', 'umm', 'uh', 'uhh', 'er', 'erm', 'ah', 'hmm', 'mm', 'mmm', 'eh']);

const TIMESTAMP_LINE = /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?.*$/;
const CUE_NUMBER = /^\s*\d+\s*$/;
const HEADER = /^\s*(?:WEBVTT|NOTE|STYLE|REGION)\b/;
/** `ANN HALE:`, `Hale:`, `Q:`, `>> Interviewer:`, `[00:01:02] Hale:` at a line's start. */
const SPEAKER_LABEL =
  /^\s*(?:>>\s*)?(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\)?\]?\s*)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|Q|A|[A-Z]{2,}(?:\s+[A-Z]{2,}){0,3})\s*:\s+/;
const INLINE_TIME = /[[(]?\b(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d+)?\b[\])]?/g;
/** Stage notes and speaker tags in brackets: `[laughter]`, `(inaudible)`, `[Speaker 2]`, `<v Hale>`. */
const NOTES =
  /\[[^\]\n]{0,40}\]|\((?:inaudible|laughs?|laughter|crosstalk|pause|applause|unintelligible|sic)[^)\n]{0,20}\)|<[^>\n]{0,40}>/gi;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function normWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^[-']+|[-']+$/g, '');
}

/** The words of a transcript, in order. */
export function transcriptWords(text: string): TranscriptWord[] {
  const out: TranscriptWord[] = [];
  let lineStart = 0;
  let line = 0;
  const lines = text.split('\n');
  for (const raw of lines) {
    if (!(TIMESTAMP_LINE.test(raw) || CUE_NUMBER.test(raw) || HEADER.test(raw))) {
      const label = SPEAKER_LABEL.exec(raw);
      let from = label ? label[0].length : 0;
      // Blank out notes and inline timestamps, keeping offsets.
      const cleaned = raw.replace(NOTES, (m) => ' '.repeat(m.length)).replace(INLINE_TIME, (m) => ' '.repeat(m.length));
      if (from > cleaned.length) from = cleaned.length;
      WORD.lastIndex = from;
      for (let m = WORD.exec(cleaned); m !== null; m = WORD.exec(cleaned)) {
        const norm = normWord(m[0]);
        if (norm === '' || FILLERS.has(norm)) continue;
        out.push({ norm, start: lineStart + m.index, end: lineStart + m.index + m[0].length, line });
      }
    }
    lineStart += raw.length + 1;
    line++;
  }
  return out;
}
