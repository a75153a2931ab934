// Readers' and guests' words inside a draft: letters and comments in a round-up, answers in a transcript. They are
// quoted material, written by others, so a name they spell their own way is reported as a quote's is (the rule's
// severity in quotes), and their spellings are no evidence of the draft's own.

import type { ParagraphNameFacts } from './mentions';

/** Two readers' letters at least make a round-up of signed-off letters. */
const MIN_SIGNED_LETTERS = 2;
/** How far back from its sign-off a letter may reach. */
const MAX_LETTER_PARAGRAPHS = 8;
/** A paragraph this short ends a letter going back: a label or heading of the round-up ("LETTERS.", "On Twitter"). */
const LABEL_WORDS = 3;
/** A trailing stretch of others' words, without sign-offs: at least this many first-person paragraphs, making up at
 * least this share of the stretch, after at least this many paragraphs of reporting. */
const MIN_FIRST_PERSON = 4;
const MIN_FIRST_PERSON_SHARE = 0.3;
const MIN_REPORT_PARAGRAPHS = 2;
/** Reporting quotes people; readers and interviewees speak for themselves. A first-person stretch with quoted speech
 * in more than this share of its paragraphs is a reporter writing in the first person (a feature), not others' words. */
const MAX_SPEECH_SHARE = 0.2;

interface VoiceParagraph {
  start: number;
  kind: string;
  facts: ParagraphNameFacts;
}

/** Whether a document offset lies in others' words; `undefined` when the draft has none. */
export function othersWords(paragraphs: readonly VoiceParagraph[]): ((offset: number) => boolean) | undefined {
  const ranges: [number, number][] = [];
  const endOf = (i: number): number => (i + 1 < paragraphs.length ? paragraphs[i + 1].start : Number.MAX_SAFE_INTEGER);
  signedLetters(paragraphs, endOf, ranges);
  firstPersonTail(paragraphs, endOf, ranges);
  if (ranges.length === 0) return undefined;
  return (offset) => ranges.some(([from, to]) => offset >= from && offset < to);
}

/** Letters or comments each signed off by a line of a name, a place or a handle: the paragraphs before each
 * sign-off, back to the one before or a label. */
function signedLetters(paragraphs: readonly VoiceParagraph[], endOf: (i: number) => number, ranges: [number, number][]): void {
  const signOffs: number[] = [];
  for (let i = 1; i < paragraphs.length; i++) {
    // a sign-off follows words that are not themselves a sign-off (the place line after a name belongs to it)
    if (paragraphs[i].facts.signOff && !paragraphs[i - 1].facts.signOff) signOffs.push(i);
  }
  if (signOffs.length < MIN_SIGNED_LETTERS) return;
  for (const i of signOffs) {
    let first = i - 1;
    while (
      first > 0 &&
      i - first < MAX_LETTER_PARAGRAPHS &&
      paragraphs[first - 1].kind !== 'headline' &&
      !paragraphs[first - 1].facts.signOff &&
      !isLabel(paragraphs[first - 1].facts)
    )
      first--;
    if (isLabel(paragraphs[first].facts) || paragraphs[first].kind === 'headline') continue;
    ranges.push([paragraphs[first].start, endOf(i - 1)]);
  }
}

function isLabel(facts: ParagraphNameFacts): boolean {
  let words = 0;
  for (const r of facts.runs) words += r.words.length;
  return facts.short === true && words + facts.lower.length <= LABEL_WORDS;
}

/** A round-up whose sign-offs were left out, or a transcript: from the first paragraph in the first person after the
 * report to the end, when the first person runs on through it. */
function firstPersonTail(paragraphs: readonly VoiceParagraph[], endOf: (i: number) => number, ranges: [number, number][]): void {
  const body = paragraphs.map((p, i) => ({ p, i })).filter(({ p }) => p.kind !== 'headline');
  const from = body.findIndex(({ p }) => p.facts.firstPerson);
  if (from < MIN_REPORT_PARAGRAPHS) return;
  const tail = body.slice(from);
  const voiced = tail.filter(({ p }) => p.facts.firstPerson).length;
  if (voiced < MIN_FIRST_PERSON || voiced < MIN_FIRST_PERSON_SHARE * tail.length) return;
  if (tail.filter(({ p }) => p.facts.speech).length > MAX_SPEECH_SHARE * tail.length) return;
  ranges.push([tail[0].p.start, endOf(paragraphs.length - 1)]);
}
