// A paragraph's figures, each attached to what it counts and the frame it is stated in. What a figure counts is the
// noun it modifies (`12 people`, `a $5m contract`, `18% of the vote`, `a crowd of 40,000`) and the event it belongs
// to: the verb it is the object of (`killing 14 people`), the verb or participle after it (`12 people died`, `the 45
// jobs cut`), or an event noun (`14 deaths`). Its frame is what makes two counts of the same thing differ
// legitimately: the time and the place of its sentence, who holds it (`Okafor won 12,000 votes`), what changed (`a
// 3% rise in prices`), what money is for, a rate (`£2m a year`) or a sum (`a total of 40`). Figures that are not
// the count itself are left out: increments (`another 3`), parts (`3 of them`, `including 3 children`), levels after
// a change (`rose to 12`, `up from 10`), figures in a sentence that updates a count (`so far`, `later`,
// `initially`), approximations, and quoted speech.
import type { Span } from '../../types';
import {
  AGGREGATE_WORDS,
  AUXILIARIES,
  CHANGE_NOUNS,
  CHANGING_COUNT_PHRASES,
  COMPASS,
  DETERMINERS_DEFINITE,
  EMPTY_VERBS,
  EVENT_NOUNS,
  eventOf,
  FUNCTION_WORDS,
  IRREGULAR_PARTICIPLES,
  isKnownEvent,
  lemma,
  LEVEL_CHANGE_VERBS,
  LIGHT_VERBS,
  looksPlural,
  NOT_THE_COUNT_AFTER,
  NOT_THE_COUNT_BEFORE,
  PEOPLE_EVENTS,
  PHRASAL_PARTICLES,
  PLACE_PREPOSITIONS,
  RATE_UNITS,
  RATE_WORDS,
  TIME_RELATIVE,
  TIME_UNITS,
  TIME_WORDS,
  TITLES,
  WEEKDAYS,
} from './lexicon';
import { mayStartFigure, readQuantity, type Bound, type Form, type Quantity } from './numbers';
import { figureTokens, isCapitalised, type FigureToken } from './tokens';

export interface FigureMention {
  /** Paragraph-relative: the figure and the noun it counts (`twelve people`). */
  start: number;
  end: number;
  /** The number with its currency and scale or percentage (`$5.2m`, `twelve`, `21 per cent`): what a fix replaces. */
  coreStart: number;
  coreEnd: number;
  core: string;
  form: Form;
  lo: number;
  hi: number;
  bound: Bound;
  unit: string;
  /** The noun it counts, as a lemma (`person`, `job`, `contract`), or null. */
  noun: string | null;
  /** Its event (`death`, `arrest`, `cut`, or another verb's lemma), or null. */
  event: string | null;
  /** The words before its noun (`British` in `12 British soldiers`), as lemmas. */
  modifiers: string[];
  /** What changed, for a change (`house price` in `a 3% rise in house prices`), as lemmas. */
  measure: string[] | null;
  /** Who holds the count: a name before its verb, or a possessive (`Duarte's €45m fee`), lower case. */
  holder: string[] | null;
  /** What money is for (`for flood defences`). */
  purpose: string | null;
  /** The setting its sentence opens with (`In the men's race,`), as lemmas. */
  scene: string | null;
  /** Its sentence speaks of another instance (`a second poll`, `a separate fire`). */
  distinct: boolean;
  /** The part of a population it counts (`among women`), lower case. */
  group: string | null;
  /** Whose claim it is, when the sentence puts the source first (`Police said 1,000 people …`). */
  source: string | null;
  times: string[];
  places: string[];
  rate: boolean;
  aggregate: boolean;
  /** The figure is the object of someone's action (`Okafor won 12,000 votes`): that someone is part of the count. */
  object: boolean;
  /** Governed by a preposition (`in 48 states`, `above a $12 minimum wage`): a place or a comparison, not a
   * statement of the count that a later `the 50 states` could refer back to. */
  governed: boolean;
  /** Refers back to a count already made (`the 12 people`, `her 12,480 votes`, `Duarte's €45m fee`). */
  definite: boolean;
  /** Which sentence of the paragraph it is in. */
  sentence: number;
  /** Starts a sentence (a fix keeps the capital). */
  sentenceInitial: boolean;
  /** What it counts, in the draft's words, for messages (`people died`). */
  counts: string;
}

interface Clause {
  first: number;
  end: number;
  times: string[];
  places: string[];
  changing: boolean;
  aggregate: boolean;
  /** A rate anywhere in the sentence: `every day`, `per year`, `a week`. */
  rate: boolean;
  /** The sentence opens with a setting (`In the men's race,`, `Among voters under 30,`): its words. */
  scene: string | null;
  /** The sentence speaks of another instance (`a second poll`, `a separate fire`, `its rival`). */
  distinct: boolean;
}

/** Most paragraphs hold no number at all: one scan finds them before the tokens are built. */
const MAY_HOLD_A_FIGURE =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)/i;

const CHANGING_BY_FIRST = new Map<string, string[][]>();
for (const phrase of CHANGING_COUNT_PHRASES) CHANGING_BY_FIRST.set(phrase[0], [...(CHANGING_BY_FIRST.get(phrase[0]) ?? []), phrase]);

const MONTH_NAMES = new Set('january february march april may june july august september october november december'.split(' '));

/** Every figure of the paragraph that counts something in a known frame. */
export function figureMentions(text: string, sentences: readonly Span[], quoteSpans: readonly Span[]): FigureMention[] {
  if (!MAY_HOLD_A_FIGURE.test(text)) return [];
  const tokens = figureTokens(text);
  if (!tokens.some((t) => t.kind === 'number' || (t.kind === 'word' && mayStartFigure(t)))) return [];
  const out: FigureMention[] = [];
  let s = 0;
  let first = 0;
  let sentence = 0;
  while (first < tokens.length) {
    // The tokens of one sentence of the shared tokeniser (a headline without a full stop is one sentence).
    while (s < sentences.length && sentences[s].end <= tokens[first].start) s++;
    const sentenceEnd = s < sentences.length ? sentences[s].end : text.length;
    let end = first;
    while (end < tokens.length && tokens[end].start < sentenceEnd) end++;
    if (end === first) end = first + 1;
    readSentence(tokens, first, end, sentence++, quoteSpans, out);
    first = end;
  }
  return out;
}

function readSentence(
  tokens: readonly FigureToken[],
  first: number,
  end: number,
  sentence: number,
  quoteSpans: readonly Span[],
  out: FigureMention[],
): void {
  let clause: Clause | null = null;
  for (let i = first; i < end; i++) {
    const t = tokens[i];
    if (!mayStartFigure(t)) continue;
    const q = readQuantity(tokens, i, { sentenceFirst: first });
    if (!q || q.end > end) continue;
    i = Math.max(i, q.end - 1);
    if (q.bound === 'approx') continue;
    if (inQuote(tokens[q.first].start, quoteSpans)) continue;
    clause ??= clauseOf(tokens, first, end);
    const m = attach(tokens, q, first, end, clause, sentence);
    if (m) out.push(m);
  }
}

function inQuote(offset: number, spans: readonly Span[]): boolean {
  for (const s of spans) if (offset >= s.start && offset < s.end) return true;
  return false;
}

function word(tokens: readonly FigureToken[], i: number): string {
  const t = tokens[i];
  return t && t.kind === 'word' ? t.lower : '';
}

function isContent(t: FigureToken | undefined): boolean {
  return !!t && t.kind === 'word' && !FUNCTION_WORDS.has(t.lower) && !t.lower.endsWith('ly') && !t.lower.endsWith("'s");
}

/** The sentence's frame: its time and place words, and whether it updates a count or states a sum. */
function clauseOf(tokens: readonly FigureToken[], first: number, end: number): Clause {
  const times: string[] = [];
  const places: string[] = [];
  let changing = false;
  let aggregate = false;
  for (let i = first; i < end; i++) {
    const t = tokens[i];
    if (t.kind === 'number') {
      const v = Number(t.text);
      if (Number.isInteger(v) && v >= 1800 && v <= 2099 && !t.text.includes(',')) times.push(t.text);
      continue;
    }
    if (t.kind !== 'word') continue;
    const w = t.lower;
    if (WEEKDAYS.has(w) || (TIME_WORDS.has(w) && (!MONTH_NAMES.has(w) || isCapitalised(t)))) times.push(w);
    else if (TIME_RELATIVE.has(w) && TIME_UNITS.has(lemma(word(tokens, i + 1)))) times.push(`${w} ${lemma(word(tokens, i + 1))}`);
    else if (w === 'quarter' || w === 'half') times.push(`${word(tokens, i - 1)} ${w}`);
    if (AGGREGATE_WORDS.has(w) || (w === 'all' && word(tokens, i - 1) === 'in')) aggregate = true;
    if (PLACE_PREPOSITIONS.has(w)) {
      let k = i + 1;
      if (word(tokens, k) === 'the') k++;
      if (COMPASS.has(word(tokens, k))) places.push(word(tokens, k));
      else {
        const run: string[] = [];
        while (k < end && isCapitalised(tokens[k]) && !WEEKDAYS.has(tokens[k].lower) && !TIME_WORDS.has(tokens[k].lower))
          run.push(tokens[k++].lower);
        if (run.length > 0) places.push(run.join(' '));
      }
    }
    if (!changing) {
      for (const phrase of CHANGING_BY_FIRST.get(w) ?? []) {
        let ok = true;
        for (let k = 1; k < phrase.length && ok; k++) ok = word(tokens, i + k) === phrase[k];
        if (ok) changing = true;
      }
    }
  }
  let distinct = false;
  for (let i = first; i < end && !distinct; i++) distinct = DISTINCT_WORDS.has(word(tokens, i));
  return {
    first,
    end,
    times,
    places,
    changing,
    aggregate,
    rate: sentenceRate(tokens, first, end),
    scene: sceneOf(tokens, first, end),
    distinct,
  };
}

const DISTINCT_WORDS = new Set('second third separate another rival different'.split(' '));
const SCENE_OPENERS = new Set('in at among for on across outside inside within'.split(' '));

/** A setting in front of the sentence, up to its comma: `In the men's race, …` gives `man race`. */
function sceneOf(tokens: readonly FigureToken[], first: number, end: number): string | null {
  if (!SCENE_OPENERS.has(word(tokens, first))) return null;
  const words: string[] = [];
  for (let k = first + 1; k < end && k < first + 8; k++) {
    const t = tokens[k];
    if (t.kind === 'punct') return t.text === ',' && words.length > 0 ? words.join(' ') : null;
    if (t.kind === 'word' && !FUNCTION_WORDS.has(t.lower)) words.push(lemma(t.lower.replace(/'s$/, '')));
  }
  return null;
}

/** Reads what the figure counts and its own frame; null when it is not a count to compare. */
function attach(
  tokens: readonly FigureToken[],
  q: Quantity,
  first: number,
  end: number,
  clause: Clause,
  sentence: number,
): FigureMention | null {
  const before = word(tokens, q.first - 1);
  const before2 = word(tokens, q.first - 2);
  if (NOT_THE_COUNT_BEFORE.has(before) || (before === 'a' && NOT_THE_COUNT_BEFORE.has(before2))) return null;
  if (before === 'from' || before === 'than' || (before === 'of' && (before2 === 'out' || before2 === 'one'))) return null;
  if (DETERMINERS_DEFINITE.has(before) && (before2 === 'from' || before2 === 'than')) return null;
  // The second half of a ratio: `one in five`, `3 in 10`.
  if (before === 'in' && tokens[q.first - 2] && (tokens[q.first - 2].kind === 'number' || mayStartFigure(tokens[q.first - 2]))) return null;
  // `leading 47 percent to 43 percent`: a poll's two shares.
  const beforeTo = tokens[q.first - 2];
  if (
    before === 'to' &&
    beforeTo &&
    (beforeTo.kind === 'number' || beforeTo.kind === 'percent' || /^(percent|cent|points?)$/.test(beforeTo.lower))
  )
    return null;
  if (before === 'to' || before === 'at' || before === 'by') {
    // `rose to 12`, `bringing the total to 20`: a level after a change.
    for (let k = q.first - 2; k >= Math.max(first, q.first - 5); k--) {
      if (before === 'to' && LEVEL_CHANGE_VERBS.has(word(tokens, k))) return null;
      if (tokens[k].kind === 'punct') break;
    }
  }
  const j = q.end;
  const after = word(tokens, j);
  if (NOT_THE_COUNT_AFTER.has(after)) return null;
  if (after === 'to' && (tokens[j + 1]?.kind === 'number' || tokens[j + 1]?.kind === 'currency')) return null;
  // Ratios (`one in five`, `3 out of 10`) and parts (`3 of them`, `200 of the workers`).
  if ((after === 'in' || after === 'out') && tokens[j + 1] && (tokens[j + 1].kind === 'number' || word(tokens, j + 1) === 'of'))
    return null;
  if (after === 'of' && q.unit !== '%' && q.unit !== 'pp' && !isMoney(q.unit)) return null;

  let noun: string | null = null;
  let nounText = '';
  let event: string | null = null;
  let eventText = '';
  let measure: string[] | null = null;
  let modifiers: string[] = [];
  let nounEnd = j;
  let runWords: FigureToken[] = [];

  if ((q.unit === '%' || q.unit === 'pp' || isMoney(q.unit)) && after === 'of') {
    let k = j + 1;
    while (k < end && tokens[k].kind === 'word' && FUNCTION_WORDS.has(tokens[k].lower) && !AUXILIARIES.has(tokens[k].lower)) k++;
    const np = nounPhrase(tokens, k, end, false);
    if (np.head === null) return null;
    // `of the vote shows voters …`: a singular noun, then a verb taking an object.
    if (np.words.length > 1 && !looksPlural(np.words[0].lower) && looksPlural(np.words[1].lower) && isContent(tokens[k + 2])) {
      np.head = np.words[0];
      np.end = k + 1;
    }
    noun = lemma(np.head.lower);
    modifiers = np.words.slice(0, np.words.indexOf(np.head)).map((t) => lemma(t.lower));
    nounText = `${tokens
      .slice(q.coreEnd, np.end)
      .map((t) => t.text)
      .join(' ')}`;
    nounEnd = np.end;
  } else {
    const np = nounPhrase(tokens, j, end, q.unit === '');
    runWords = np.words;
    if (np.event) {
      event = eventOf(np.event.lower);
      eventText = np.event.text;
      nounEnd = np.end;
    } else if (np.head) {
      const h = np.head.lower;
      if (EVENT_NOUNS.has(h) || CHANGE_NOUNS.has(h)) {
        event = eventOf(h);
        eventText = np.head.text;
      } else {
        noun = lemma(h);
        nounText = np.head.text;
      }
      modifiers = np.words.slice(0, -1).map((t) => lemma(t.lower));
      nounEnd = np.end;
    }
  }

  const determined = DETERMINERS_DEFINITE.has(before) || possessive(tokens[q.first - 1]);
  let holder: string[] | null = null;
  const possessor = tokens[q.first - 1];
  if (possessive(possessor) && isCapitalised(possessor)) holder = [possessor.lower.slice(0, -2)];

  // `a crowd of 40,000`, `a fee of €40m`, `a rise of 4%`, `turnout was 61%`, `inflation at 5%`.
  let frontNoun: { head: FigureToken; modifier: FigureToken | null } | null = null;
  if (noun === null && event === null) {
    if (before === 'of' || before === 'at' || before === 'worth') {
      frontNoun = nounBefore(tokens, q.first - 2, first);
    } else if (
      before === 'was' ||
      before === 'is' ||
      before === 'were' ||
      before === 'are' ||
      before === 'totalled' ||
      before === 'totaled'
    ) {
      frontNoun = nounBefore(tokens, q.first - 2, first);
    }
    if (frontNoun) {
      const h = frontNoun.head.lower;
      if (AGGREGATE_WORDS.has(h)) return null;
      if (EVENT_NOUNS.has(h) || CHANGE_NOUNS.has(h)) {
        event = eventOf(h);
        eventText = frontNoun.head.text;
      } else {
        noun = lemma(h);
        nounText = frontNoun.head.text;
      }
      if (frontNoun.modifier) modifiers = [lemma(frontNoun.modifier.lower)];
    }
  }

  // The verb before the figure, for an indefinite object (`killing 14 people`, `signed by 5,000 people`); a definite
  // one (`the 12 people`) refers back to a count already made, whatever verb governs it now.
  let verbAt = -1;
  let objectOf = false;
  if (!frontNoun && !determined) {
    verbAt = verbBefore(tokens, q.first - 1, first);
    if (verbAt < 0 && isMoney(q.unit) && (before === 'for' || before === 'at')) verbAt = priceVerb(tokens, q.first - 2, first);
    if (verbAt >= 0) {
      const v = tokens[verbAt].lower;
      if (LIGHT_VERBS.has(v)) verbAt = -1;
      else if (!EMPTY_VERBS.has(v) && event === null) {
        event = eventOf(v);
        eventText = tokens[verbAt].text;
        objectOf = word(tokens, verbAt + 1) !== 'by';
      }
    }
  }
  // The event after the noun: `12 people died`, `the 15 people killed`, `jobs under threat`.
  let post: { event: string; text: string } | null = null;
  if (event === null) {
    post = eventAfter(tokens, nounEnd, end, determined);
    if (post) {
      event = post.event;
      eventText = post.text;
    }
  }
  if (noun === null && event !== null && PEOPLE_EVENTS.has(event)) noun = 'person';
  const purpose = isMoney(q.unit)
    ? (complementHead(tokens, nounEnd, end, 'for') ??
      complementHead(tokens, nounEnd, end, 'on') ??
      complementHead(tokens, nounEnd, end, 'into') ??
      complementHead(tokens, nounEnd, end, 'in'))
    : null;
  if (noun === null && event === null && purpose === null) return null;
  // A share of nobody said (`26% satisfied`, `42 percent favored Sanders`): a poll's breakdown, not placed.
  if ((q.unit === '%' || q.unit === 'pp') && noun === null && event !== 'rise' && event !== 'fall') return null;
  // A definite figure refers back to a count already made (`the 12 people`, `the 15 people killed`, `her 12,480
  // votes`), unless a phrase after it makes a new description (`the seven states with Senate races`, `the 50
  // delegates at stake`).
  const definite =
    determined && (post !== null || purpose !== null || !PREPOSITIONS.has(word(tokens, nounEnd)) || timePhrase(tokens, nounEnd + 1));
  // A sentence that updates a count (`so far`, `later`, `initially`) says nothing about a definite figure inside it:
  // `have so far checked half of the 1,100 buildings damaged`.
  if (clause.changing && !definite) return null;
  if (noun !== null && /^\d/.test(noun)) return null;

  if (holder === null && verbAt >= 0) holder = holderBefore(tokens, verbAt, first);
  // What changed: `a 3% rise in prices`, `a pay rise`, or the subject of the sentence (`Sales rose 3%`).
  if (event === 'rise' || event === 'fall') {
    if (modifiers.length > 0) measure = modifiers;
    else if (verbAt >= 0 && (eventOf(tokens[verbAt].lower) === 'rise' || eventOf(tokens[verbAt].lower) === 'fall'))
      measure = wordsBefore(tokens, verbAt - 1, first);
    else measure = complementWords(tokens, nounEnd, end, 'in') ?? subjectWords(tokens, first, q.first);
  }
  const rate = clause.rate || rateAfter(tokens, nounEnd);

  const startToken = tokens[q.first].lower === 'between' ? q.first + 1 : q.coreFirst;
  const nounAdjacent = noun !== null && nounText !== '' && runWords.length > 0 ? nounEnd : q.coreEnd;
  const endToken = Math.max(q.coreEnd, (q.unit === '%' || q.unit === 'pp') && after === 'of' ? nounEnd : nounAdjacent);
  const coreText = tokens
    .slice(q.coreFirst, q.coreEnd)
    .map((t, k) => (k > 0 && !t.joined ? ' ' : '') + t.text)
    .join('');
  return {
    start: tokens[startToken].start,
    end: tokens[endToken - 1].end,
    coreStart: tokens[q.coreFirst].start,
    coreEnd: tokens[q.coreEnd - 1].end,
    core: coreText,
    form: q.form,
    lo: q.lo,
    hi: q.hi,
    bound: q.bound,
    unit: q.unit,
    noun,
    event,
    modifiers,
    measure,
    holder,
    purpose,
    times: clause.times,
    places: clause.places,
    group: groupAfter(tokens, nounEnd, end),
    scene: clause.scene,
    distinct: clause.distinct,
    source: sourceBefore(tokens, q.first, first),
    rate,
    aggregate: clause.aggregate,
    object: objectOf,
    // (A price after `for` or `at` is a statement: `sold the painting for $8.5m`.)
    governed:
      !(isMoney(q.unit) && (before === 'for' || before === 'at')) &&
      (GOVERNING.has(before) || ((before === 'a' || before === 'an' || DETERMINERS_DEFINITE.has(before)) && GOVERNING.has(before2))),
    definite,
    sentence,
    sentenceInitial: q.coreFirst === first,
    counts: [nounText, eventText].filter((x) => x !== '').join(' '),
  };
}

/** `in the first half`, `on Monday`, `in 2004`: a time, not a new description. */
function timePhrase(tokens: readonly FigureToken[], k: number): boolean {
  for (let n = 0; n < 4 && tokens[k]; n++, k++) {
    const t = tokens[k];
    if (t.kind === 'number') return /^(1[89]|20)\d\d$/.test(t.text);
    if (t.kind !== 'word') return false;
    if (WEEKDAYS.has(t.lower) || TIME_WORDS.has(t.lower) || TIME_UNITS.has(lemma(t.lower)) || t.lower === 'half' || t.lower === 'quarter')
      return true;
    if (!FUNCTION_WORDS.has(t.lower) && !TIME_RELATIVE.has(t.lower) && !/^(first|second|third|fourth)$/.test(t.lower)) return false;
  }
  return false;
}

/** `the company's`, `Duarte's`; not `that's`, `it's`. */
function possessive(t: FigureToken | undefined): t is FigureToken {
  return !!t && t.kind === 'word' && t.lower.endsWith("'s") && !CONTRACTIONS.has(t.lower);
}

const CONTRACTIONS = new Set("that's it's there's here's he's she's what's who's where's let's how's".split(' '));

const GOVERNING = new Set(
  'in across above below within among throughout around into onto near beyond towards against outside inside'.split(' '),
);

const PREPOSITIONS = new Set('at from in with to for across of by near inside outside among within under over between'.split(' '));

/** `leads by 7 points among female voters`: the part of the population the figure is about. */
function groupAfter(tokens: readonly FigureToken[], k: number, end: number): string | null {
  for (let n = 0; k < end && n < 4; k++, n++) {
    if (word(tokens, k) !== 'among') continue;
    const words: string[] = [];
    for (k++; k < end && words.length < 3 && tokens[k].kind === 'word'; k++)
      if (!FUNCTION_WORDS.has(tokens[k].lower)) words.push(lemma(tokens[k].lower));
    return words.length > 0 ? words.join(' ') : null;
  }
  return null;
}

function verbLike(lower: string): boolean {
  return (
    lower.endsWith('ed') || lower.endsWith('ing') || IRREGULAR_PARTICIPLES.has(lower) || (isKnownEvent(lower) && !CHANGE_NOUNS.has(lower))
  );
}

function isMoney(unit: string): boolean {
  return unit !== '' && unit !== '%' && unit !== 'pp';
}

interface NounPhrase {
  words: FigureToken[];
  head: FigureToken | null;
  /** An event word right after the figure (`14 deaths` is a noun; `12 dead`, `12 injured`, `12 died`). */
  event: FigureToken | null;
  end: number;
}

/** The words after a figure up to its head noun: at most three content words, ending at the first plural for a
 * plain count (`12 British soldiers`), at a function word, or at punctuation. An event word or participle right after
 * the figure (`12 dead`, `12 died`, `£21,000 raised`) is its event, unless a noun follows (`a 2% pay rise`). */
function nounPhrase(tokens: readonly FigureToken[], j: number, end: number, count: boolean): NounPhrase {
  const words: FigureToken[] = [];
  let k = j;
  for (; k < end && words.length < 3; k++) {
    const t = tokens[k];
    if (!isContent(t) || TIME_RELATIVE.has(t.lower) || WEEKDAYS.has(t.lower) || TIME_WORDS.has(t.lower)) break;
    const eventLike =
      (isKnownEvent(t.lower) && !EVENT_NOUNS.has(t.lower) && !CHANGE_NOUNS.has(t.lower)) ||
      t.lower.endsWith('ed') ||
      IRREGULAR_PARTICIPLES.has(t.lower);
    if (words.length === 0 && eventLike && !isContent(tokens[k + 1])) return { words, head: null, event: t, end: k + 1 };
    if (words.length === 0 && t.lower === 'took' && word(tokens, k + 1) === 'part') return { words, head: null, event: t, end: k + 2 };
    if (words.length > 0 && (eventLike || t.lower.endsWith('ing'))) break;
    // `the £23m fee makes him …`: a singular noun, then a verb.
    if (!count && words.length > 0 && !looksPlural(words[words.length - 1].lower) && looksPlural(t.lower)) break;
    words.push(t);
    if (count && looksPlural(t.lower))
      return isCapitalised(t) ? { words: [], head: null, event: null, end: j } : { words, head: t, event: null, end: k + 1 };
  }
  if (words.length === 0) return { words, head: null, event: null, end: j };
  // A capitalised head is a name (`the Six Nations`, `the Big Four`), not what is counted.
  if (isCapitalised(words[words.length - 1])) return { words: [], head: null, event: null, end: j };
  // A plain count needs a plural head (`12 people`), or a lone collective noun (`the 44,000 crowd`); a capitalised
  // word is a name, not what is counted.
  if (count && !looksPlural(words[words.length - 1].lower) && (words.length > 1 || isCapitalised(words[0]) || isContent(tokens[k])))
    return { words: [], head: null, event: null, end: j };
  return { words, head: words[words.length - 1], event: null, end: j + words.length };
}

/** The noun phrase ending just before token k (`a crowd` of, `a pay rise` of, `Turnout` was). */
function nounBefore(tokens: readonly FigureToken[], k: number, first: number): { head: FigureToken; modifier: FigureToken | null } | null {
  while (k >= first && tokens[k].kind === 'word' && (tokens[k].lower.endsWith('ly') || tokens[k].lower === 'stood')) k--;
  const head = tokens[k];
  if (k < first || !isContent(head) || (isCapitalised(head) && k !== first)) return null;
  const modifier = k - 1 >= first && isContent(tokens[k - 1]) && !isCapitalised(tokens[k - 1]) ? tokens[k - 1] : null;
  return { head, modifier };
}

/** The verb a figure is the object of: the word before it, past a particle (`set aside`), an agent's `by`, or a
 * name in between (`fined Eastvale Water £250,000`). */
function verbBefore(tokens: readonly FigureToken[], k: number, first: number): number {
  if (k < first) return -1;
  if (word(tokens, k) === 'a' || word(tokens, k) === 'an') k--;
  if (k < first) return -1;
  if (word(tokens, k) === 'by') k--;
  else if (PHRASAL_PARTICLES.has(word(tokens, k))) k--;
  else if (isCapitalised(tokens[k]) && k > first) {
    // A name between the verb and the figure: `fined Eastvale Water £250,000`.
    while (k > first && isCapitalised(tokens[k])) k--;
  }
  const t = tokens[k];
  if (k < first || !t || t.kind !== 'word' || (isCapitalised(t) && k !== first) || SPEECH_VERBS.has(t.lower)) return -1;
  if (FUNCTION_WORDS.has(t.lower) && !EMPTY_VERBS.has(t.lower)) return -1;
  return k;
}

/** The verb of a price: `sold the painting for $8.5m`, `valued the firm at £2bn` (a past form within a few words). */
function priceVerb(tokens: readonly FigureToken[], k: number, first: number): number {
  for (let n = 0; k >= first && n < 5; k--, n++) {
    const t = tokens[k];
    if (t.kind !== 'word') return -1;
    if (!FUNCTION_WORDS.has(t.lower) && (t.lower.endsWith('ed') || PRICE_VERBS.has(t.lower))) return k;
  }
  return -1;
}

const PRICE_VERBS = new Set('sold sell sells selling bought buy buys buying paid pay pays paying went fetch fetched'.split(' '));

/** Who did it: the name just before the verb (`Ms Okafor won`, `Acme Steel will cut`, `her rival, Peter Hale, won`). */
function holderBefore(tokens: readonly FigureToken[], verbAt: number, first: number): string[] | null {
  let k = verbAt - 1;
  while (k >= first && tokens[k].kind === 'word' && AUXILIARIES.has(tokens[k].lower)) k--;
  if (k >= first && tokens[k].text === ',') k--;
  const run: FigureToken[] = [];
  while (k >= first && isCapitalised(tokens[k]) && !WEEKDAYS.has(tokens[k].lower) && !TIME_WORDS.has(tokens[k].lower))
    run.unshift(tokens[k--]);
  if (run.length === 0 || (k >= first && isCapitalised(tokens[k]))) return null;
  const atStart = k < first;
  if (atStart && run.length === 1 && !TITLES.has(run[0].lower)) return null;
  const words = run.map((t) => t.lower).filter((w) => !TITLES.has(w) && !FUNCTION_WORDS.has(w));
  return words.length > 0 ? words : null;
}

/** An event after the noun: an event word (`died`, `were killed`, `injured`, `under threat`), or, after a definite
 * figure, a participle (`the 45,000 copies sold`). */
function eventAfter(tokens: readonly FigureToken[], k: number, end: number, definite: boolean): { event: string; text: string } | null {
  const start = k;
  if (word(tokens, k) === 'who' || word(tokens, k) === 'that' || word(tokens, k) === 'which') k++;
  let aux = false;
  while (
    k < end &&
    tokens[k].kind === 'word' &&
    (AUXILIARIES.has(tokens[k].lower) || tokens[k].lower === 'all' || tokens[k].lower.endsWith('ly'))
  ) {
    aux ||= AUXILIARIES.has(tokens[k].lower);
    k++;
  }
  const t = tokens[k];
  if (!t || t.kind !== 'word' || k >= end) return null;
  // After a definite figure, only a participle right after it restricts the count (`the 15 people killed`); a verb
  // after an auxiliary says something new about it (`all 321 passengers were taken off`).
  if (definite && aux) return null;
  if (t.lower === 'take' || t.lower === 'took' || t.lower === 'taken' || t.lower === 'taking') {
    if (word(tokens, k + 1) === 'part') return { event: 'take part', text: `${t.text} part` };
  }
  if ((t.lower === 'under' && word(tokens, k + 1) === 'threat') || (t.lower === 'at' && word(tokens, k + 1) === 'risk'))
    return { event: 'cut', text: `${t.text} ${tokens[k + 1].text}` };
  if (isKnownEvent(t.lower)) return { event: eventOf(t.lower), text: t.text };
  // `had damp`, `have no heating`: a state, named by what is had.
  const last = tokens[k - 1];
  if (aux && !definite && last && /^(has|have|had)$/.test(last.lower) && isContent(t) && !verbLike(t.lower))
    return { event: `have ${lemma(t.lower)}`, text: `${last.text} ${t.text}` };
  // A participle: after an auxiliary (`were evacuated`), or right after the noun (`the 45,000 copies sold`, `voters
  // backing the plan`).
  if (
    (aux || definite || k === start) &&
    !FUNCTION_WORDS.has(t.lower) &&
    (t.lower.endsWith('ed') || t.lower.endsWith('ing') || IRREGULAR_PARTICIPLES.has(t.lower))
  )
    return { event: eventOf(t.lower), text: t.text };
  return null;
}

/** The head noun of `in X` / `for X` / `on X` right after the figure's noun phrase (time words are not a head). */
function complementHead(tokens: readonly FigureToken[], k: number, end: number, preposition: string): string | null {
  if (word(tokens, k) !== preposition || timePhrase(tokens, k + 1)) return null;
  k++;
  while (k < end && tokens[k].kind === 'word' && FUNCTION_WORDS.has(tokens[k].lower)) k++;
  let head: FigureToken | null = null;
  for (let n = 0; k < end && n < 3 && isContent(tokens[k]) && !verbLike(tokens[k].lower); k++, n++) {
    head = tokens[k];
    if (looksPlural(tokens[k].lower)) break;
  }
  if (!head) return null;
  const h = lemma(head.lower);
  if (TIME_UNITS.has(h) || TIME_WORDS.has(h) || WEEKDAYS.has(h) || h === 'month' || h === 'year') return null;
  return h;
}

/** The content words of `in X` right after the figure's noun phrase (`in house prices`), as lemmas; null for a
 * time (`in the year to June`). */
function complementWords(tokens: readonly FigureToken[], k: number, end: number, preposition: string): string[] | null {
  const head = complementHead(tokens, k, end, preposition);
  if (head === null) return null;
  k++;
  while (k < end && tokens[k].kind === 'word' && FUNCTION_WORDS.has(tokens[k].lower)) k++;
  const words: string[] = [];
  for (let n = 0; k < end && n < 3 && isContent(tokens[k]) && !verbLike(tokens[k].lower); k++, n++) {
    words.push(lemma(tokens[k].lower));
    if (words[words.length - 1] === head) break;
  }
  return words;
}

/** The noun phrase before a change verb (`car sales` fell, `military spending is set to` rise), as lemmas. */
function wordsBefore(tokens: readonly FigureToken[], k: number, first: number): string[] | null {
  while (
    k >= first &&
    tokens[k].kind === 'word' &&
    (AUXILIARIES.has(tokens[k].lower) || tokens[k].lower.endsWith('ly') || FORECAST_WORDS.has(tokens[k].lower))
  )
    k--;
  const words: string[] = [];
  while (k >= first && words.length < 3 && isContent(tokens[k])) words.unshift(lemma(tokens[k--].lower));
  return words.length > 0 ? words : null;
}

const FORECAST_WORDS = new Set('to also set expected forecast likely due predicted projected estimated still now'.split(' '));

/** The sentence's first noun phrase (`US retail sales fell …` gives `us retail sale`), with what follows its head
 * (`spending on health`, `sales at clothing stores`), as lemmas. */
function subjectWords(tokens: readonly FigureToken[], first: number, limit: number): string[] | null {
  const words: string[] = [];
  let k = first;
  for (; k < limit; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') break;
    if (FUNCTION_WORDS.has(t.lower)) {
      if (words.length > 0) break;
      continue;
    }
    if (isKnownEvent(t.lower) && words.length > 0) break;
    words.push(lemma(t.lower));
    if (looksPlural(t.lower) || words.length === 3) {
      k++;
      break;
    }
  }
  if (words.length === 0) return null;
  const p = word(tokens, k);
  if (p === 'on' || p === 'of' || p === 'at' || p === 'for') {
    k++;
    while (k < limit && tokens[k].kind === 'word' && FUNCTION_WORDS.has(tokens[k].lower)) k++;
    for (let n = 0; k < limit && n < 2 && isContent(tokens[k]) && !isKnownEvent(tokens[k].lower); k++, n++)
      words.push(lemma(tokens[k].lower));
  }
  return words;
}

/** Whose claim a figure is, when a speech verb leads into it: `Police said 1,000 people joined`, `organisers
 * estimated that 5,000 …`, `officials put the toll at 12`. This is how copy sets rival figures side by side; an
 * attribution after the figure (`…, officials said`) is routine sourcing and leaves the frame alone. */
function sourceBefore(tokens: readonly FigureToken[], k: number, first: number): string | null {
  k--;
  if (word(tokens, k) === 'that') k--;
  if (k < first || !SPEECH_VERBS.has(word(tokens, k))) return null;
  return nameBefore(tokens, k - 1, first);
}

const SPEECH_VERBS = new Set(
  'said says say told tells estimated estimates estimate claimed claims claim reported reports believe believes found finds showed shows'.split(
    ' ',
  ),
);

function nameBefore(tokens: readonly FigureToken[], k: number, first: number): string | null {
  while (k >= first && tokens[k].kind === 'word' && (AUXILIARIES.has(tokens[k].lower) || tokens[k].lower.endsWith('ly'))) k--;
  const t = tokens[k];
  if (k < first || !t || t.kind !== 'word' || FUNCTION_WORDS.has(t.lower) || TIME_UNITS.has(lemma(t.lower)) || WEEKDAYS.has(t.lower))
    return null;
  return lemma(t.lower);
}

function sentenceRate(tokens: readonly FigureToken[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const w = word(tokens, k);
    if (RATE_WORDS.has(w) && w !== 'each') return true;
    if ((w === 'every' || w === 'per' || w === 'each' || w === 'a') && RATE_UNITS.has(lemma(word(tokens, k + 1)))) {
      if (w === 'a' && /^(ago|earlier|later|before|after|on|since)$/.test(word(tokens, k + 2))) continue;
      if (
        w === 'a' &&
        (word(tokens, k - 1) === 'than' || word(tokens, k - 1) === 'for' || word(tokens, k - 1) === 'in' || word(tokens, k - 1) === 'half')
      )
        continue;
      return true;
    }
  }
  return false;
}

function rateAfter(tokens: readonly FigureToken[], k: number): boolean {
  const w = word(tokens, k);
  if (RATE_WORDS.has(w)) return true;
  return (w === 'a' || w === 'per' || w === 'each' || w === 'every' || w === 'an') && RATE_UNITS.has(lemma(word(tokens, k + 1)));
}
