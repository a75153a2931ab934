// number-style (AP and BBC): one to nine in words, 10 and up in figures. Figures stay for what both styles always
// write in figures: ages, percentages, money, measurements, times, dates, scores and ratios, and labels such as
// "Section 5" or "page 3". Words stay at the start of a sentence (both styles spell a number out there).
import { makeFinding } from '../../findings';
import type { Finding, Span } from '../../types';

const SMALL_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Words after a figure that make it a measurement, an amount, a time or part of a larger number. */
const UNIT_AFTER = new Set(
  (
    'am pm a.m. p.m. percent percentage per cent pc million billion trillion bn m k km kms kg kgs g mg lb lbs oz mph kph km/h ' +
    'ft feet foot in inch inches yd yard yards mile miles metre metres meter meters cm mm litre litres liter liters ' +
    'gallon gallons ton tons tonne tonnes degree degrees c f sq square cubic hour hours hr hrs minute minutes min mins ' +
    "second seconds sec secs year years yr yrs month months week weeks day days o’clock o'clock st nd rd th points " +
    'point pts goals goal runs run wickets wicket seats seat votes vote stars star times x dollars dollar pounds pound ' +
    'euros euro cents cent pence p yen'
  ).split(' '),
);

/** Words before a figure that make it an age, a date, a label or a score. */
const LABEL_BEFORE = new Set(
  (
    'aged age ages no no. number page pages route platform gate room line grade level year chapter section article ' +
    'plus minus clause act part phase stage round game match race leg episode series season volume issue flight bus channel ' +
    'category class division tier zone ward district box lane floor apartment flat unit suite door step version ' +
    'january february march april may june july august september october november december jan feb mar apr jun ' +
    'jul aug sep sept oct nov dec to between from versus vs v'
  ).split(' '),
);

/** Characters either side of a figure within which another figure makes it part of a range, score or series. */
const SERIES_REACH = 12;

const FIGURE = /(?<![\w.,:/£$€¥#%+-])[1-9](?![\w%/]|[.,:]\d|-\w)/g;
const WORD_NUMBER = new RegExp(
  `\\b(?:${TENS.join('|')})(?:-(?:${SMALL_WORDS.join('|')}))?\\b(?!-)|\\b(?:${TEENS.join('|')})\\b(?!-)`,
  'gi',
);

/** Words that open a sentence before a count (The 5 boats): the only capitalised words a counted figure follows. */
const SENTENCE_OPENERS = new Set(
  'the a an all only some about nearly almost just another those these his her their its our my your with for after in on at by of over under around'.split(
    ' ',
  ),
);

/** The word (letters and full stops) just before `at`, across white space, within 30 characters. Read backwards
 * one character at a time: a pattern anchored at the end would try every start (quadratic on a long run). */
function wordBefore(text: string, at: number): string {
  const from = Math.max(0, at - 30);
  let end = at;
  while (end > from && SPACE.test(text[end - 1])) end--;
  let start = end;
  while (start > from && WORD_CHAR.test(text[start - 1])) start--;
  return text.slice(start, end);
}

const SPACE = /[\s\u00a0]/;
const WORD_CHAR = /[\p{L}.]/u;

function wordAfter(text: string, at: number): string {
  const m = /^[\s\u00a0]*([\p{L}’'./]+)/u.exec(text.slice(at, at + 30));
  return m ? m[1] : '';
}

/** At the start of the paragraph or just after a sentence's end (and any opening quote or bracket). */
function sentenceStart(text: string, at: number): boolean {
  return /(^|[.!?:;]["”’)\]]?\s+)["“‘([]?$/.test(text.slice(Math.max(0, at - 6), at)) || /^\s*["“‘([]?$/.test(text.slice(0, at));
}

function inside(spans: readonly Span[], at: number): boolean {
  return spans.some((s) => at >= s.start && at < s.end);
}

/** Paragraph-relative findings of number-style in one paragraph of body copy (headlines write figures). */
export function numberStyleFindings(text: string, quoteSpans: readonly Span[]): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const at = m.index;
    if (inside(quoteSpans, at)) continue;
    const after = wordAfter(text, at + 1);
    const previous = wordBefore(text, at);
    const before = previous.toLowerCase();
    // After a capitalised word, a figure is part of a name or a title (Radio 4, World War 2, Halo 2), unless that
    // word only opens the sentence (The 5 boats).
    if (/^\p{Lu}/u.test(previous) && !(SENTENCE_OPENERS.has(before) && sentenceStart(text, text.lastIndexOf(previous, at)))) continue;
    // A figure counting something: a lower-case word follows, and it is not a unit, nor the figure a label or date.
    const unit = after.toLowerCase();
    // A rate is a measurement (8 megabits per second).
    if (/^[\s\u00a0]*[\p{L}.]+[\s\u00a0]+per\b/u.test(text.slice(at + 1, at + 40))) continue;
    if (!/^\p{Ll}/u.test(after) || UNIT_AFTER.has(unit) || UNIT_AFTER.has(unit.replace(/[.,]$/, '')) || LABEL_BEFORE.has(before)) continue;
    // A score, a range or a series of figures (1 – 1, 2 or 3 percent, Key Stages 1, 3 and 4): figures throughout.
    if (/[-–—/:]\s*$/.test(text.slice(Math.max(0, at - 3), at)) || /^[\s\u00a0]*[-–—/]/.test(text.slice(at + 1, at + 3))) continue;
    if (/\d/.test(text.slice(Math.max(0, at - SERIES_REACH), at)) || /\d/.test(text.slice(at + 1, at + 1 + SERIES_REACH))) continue;
    const word = SMALL_WORDS[Number(m[0]) - 1];
    out.push(
      makeFinding('number-style', {
        start: at,
        end: at + 1,
        actual: m[0],
        expected: [word],
        message: `“${m[0]}”: numbers from one to nine are written in words (“${word}”)`,
        fixes: [{ title: `Write “${word}”`, edits: [{ start: at, end: at + 1, newText: word }], preferred: true }],
      }),
    );
  }
  for (const m of text.matchAll(WORD_NUMBER)) {
    const at = m.index;
    const end = at + m[0].length;
    if (inside(quoteSpans, at) || sentenceStart(text, at)) continue;
    // A capital mid-sentence is a name (the Big Ten, Ocean's Eleven).
    if (/^\p{Lu}/u.test(m[0])) continue;
    const figure = String(wordValue(m[0].toLowerCase()));
    out.push(
      makeFinding('number-style', {
        start: at,
        end,
        actual: m[0],
        expected: [figure],
        message: `“${m[0]}”: numbers from 10 up are written in figures (“${figure}”)`,
        fixes: [{ title: `Write “${figure}”`, edits: [{ start: at, end, newText: figure }], preferred: true }],
      }),
    );
  }
  return out.sort((a, b) => a.start - b.start);
}

function wordValue(word: string): number {
  const [tens, unit] = word.split('-');
  const teen = TEENS.indexOf(tens);
  if (teen >= 0) return 10 + teen;
  return (TENS.indexOf(tens) + 2) * 10 + (unit ? SMALL_WORDS.indexOf(unit) + 1 : 0);
}
