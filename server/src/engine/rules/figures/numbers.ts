// Reads a number as a news draft writes it: digits or words (`1,200`, `twelve`, `two hundred and fifty`), a scale
// (`5m`, `1.2bn`, `3 million`), a currency (`£`, `US$`, `euros`), a percentage (`5%`, `5 per cent`, `5 percentage
// points`), a range (`10-12`, `between 10 and 12`, `two or three`) and a bound (`at least`, `more than`, `up to`,
// `about`). Years, clock times, dates, labels (`Article 50`, `M25`) and compound adjectives (`25-year-old`) are not
// figures.
import type { FigureToken } from './tokens';
import { isCapitalised } from './tokens';

/** What a figure says about the true value: exactly it, at least it, at most it, a range, or roughly it. */
export type Bound = 'exact' | 'lower' | 'upper' | 'range' | 'approx';

export type Form = 'digits' | 'words';

export interface Quantity {
  lo: number;
  hi: number;
  bound: Bound;
  /** `%`, `pp` (percentage points), a currency code, or '' for a plain count. */
  unit: string;
  /** Token range of the whole expression, bound words included: [first, end). */
  first: number;
  end: number;
  /** Token range of the number itself with its currency and scale (what a quick fix replaces): [coreFirst, coreEnd). */
  coreFirst: number;
  coreEnd: number;
  form: Form;
}

const SMALL = new Map<string, number>(
  Object.entries({
    zero: 0,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  }),
);

const SCALE_WORDS = new Map<string, number>(Object.entries({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }));
const SCALE_SUFFIX = new Map<string, number>(Object.entries({ k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12 }));

const CURRENCY_SIGNS = new Map<string, string>(
  Object.entries({
    $: 'USD',
    us$: 'USD',
    a$: 'AUD',
    c$: 'CAD',
    nz$: 'NZD',
    hk$: 'HKD',
    '£': 'GBP',
    '€': 'EUR',
    '¥': 'JPY',
    '₹': 'INR',
  }),
);

const CURRENCY_WORDS = new Map<string, string>(
  Object.entries({
    dollar: 'USD',
    dollars: 'USD',
    pound: 'GBP',
    pounds: 'GBP',
    euro: 'EUR',
    euros: 'EUR',
    yen: 'JPY',
    rupees: 'INR',
  }),
);

/** Words in front of a number that bound it. Matched longest first, as lower-case token sequences. */
const BOUND_BEFORE: [string[], Bound][] = (
  [
    ['at least', 'lower'],
    ['more than', 'lower'],
    ['over', 'lower'],
    ['in excess of', 'lower'],
    ['upwards of', 'lower'],
    ['no fewer than', 'lower'],
    ['no less than', 'lower'],
    ['a minimum of', 'lower'],
    ['above', 'lower'],
    ['just over', 'approx'],
    ['well over', 'lower'],
    ['fewer than', 'upper'],
    ['less than', 'upper'],
    ['under', 'upper'],
    ['up to', 'upper'],
    ['at most', 'upper'],
    ['no more than', 'upper'],
    ['not more than', 'upper'],
    ['below', 'upper'],
    ['a maximum of', 'upper'],
    ['as many as', 'approx'],
    ['just under', 'approx'],
    ['about', 'approx'],
    ['around', 'approx'],
    ['approximately', 'approx'],
    ['roughly', 'approx'],
    ['some', 'approx'],
    ['an estimated', 'approx'],
    ['estimated', 'approx'],
    ['close to', 'approx'],
    ['nearly', 'approx'],
    ['almost', 'approx'],
    ['circa', 'approx'],
    ['approaching', 'approx'],
    ['something like', 'approx'],
    ['in the region of', 'approx'],
    ['an approximate', 'approx'],
    ['a rough', 'approx'],
    ['perhaps', 'approx'],
    ['possibly', 'approx'],
    ['maybe', 'approx'],
  ] as [string, Bound][]
)
  .map(([p, b]): [string[], Bound] => [p.split(' '), b])
  .sort((a, b) => b[0].length - a[0].length);

const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Measures, not counts: a distance, a duration or a speed differs with its frame far more than a count does. */
const MEASURES = new Set([
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'hour',
  'hours',
  'minute',
  'minutes',
  'second',
  'seconds',
  'decade',
  'decades',
  'century',
  'centuries',
  'night',
  'nights',
  'times',
  'am',
  'pm',
  'gmt',
  'bst',
  'km',
  'kilometres',
  'kilometers',
  'mile',
  'miles',
  'metre',
  'metres',
  'meter',
  'meters',
  'feet',
  'foot',
  'ft',
  'inch',
  'inches',
  'cm',
  'mm',
  'yards',
  'mph',
  'kph',
  'degrees',
  'c',
  'f',
  'kg',
  'lb',
  'lbs',
  'st',
  'th',
  'nd',
  'rd',
  'stone',
  'seasons',
  'season',
  'games',
  'matches',
  'innings',
  'overs',
  'laps',
  'rounds',
  'holes',
  'under',
  'over',
  'par',
]);

/** Words that make a following number a label or an ordinal position, not a count. */
const LABELS_BEFORE = new Set([
  'no',
  'number',
  'page',
  'room',
  'flight',
  'route',
  'platform',
  'gate',
  'line',
  'article',
  'section',
  'chapter',
  'clause',
  'paragraph',
  'rule',
  'level',
  'grade',
  'stage',
  'step',
  'phase',
  'version',
  'aged',
  'age',
  'ages',
  'top',
  'channel',
  'radio',
  'size',
  'category',
  'class',
  'division',
  'tier',
  'band',
  'score',
  'scored',
  'ranked',
  'rank',
  'seed',
  'seeded',
  'minute',
  'hole',
  'week',
  'day',
  'year',
  'years',
  'model',
  'type',
  'mark',
]);

function matchBefore(tokens: readonly FigureToken[], at: number, phrase: string[]): boolean {
  const first = at - phrase.length;
  if (first < 0) return false;
  for (let k = 0; k < phrase.length; k++) if (tokens[first + k].lower !== phrase[k] || tokens[first + k].kind !== 'word') return false;
  return true;
}

interface Core {
  value: number;
  /** The token after the number (and its scale). */
  next: number;
  form: Form;
  /** A scale was written (`m`, `million`): another number in a range may share it. */
  scaled: boolean;
  scale: number;
  /** The letters glued to the digits (`m` in `60m`), or ''. */
  suffix: string;
}

/** A plain number from token i: digits with an optional scale suffix, or number words. Null when it is not one. */
function readCore(tokens: readonly FigureToken[], i: number): Core | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'number') {
    const m = /^([\d,]+(?:\.\d+)?)([a-z]*)$/.exec(t.lower);
    if (!m) return null;
    let scale = 1;
    if (m[2] !== '') {
      const suffix = SCALE_SUFFIX.get(m[2]);
      if (suffix === undefined) return null;
      scale = suffix;
    }
    let next = i + 1;
    const w = tokens[next];
    const factor = scale === 1 && w && w.kind === 'word' ? SCALE_WORDS.get(w.lower) : undefined;
    if (factor !== undefined) {
      scale = factor;
      next++;
    }
    const value = Number(m[1].replace(/,/g, '')) * scale;
    return Number.isFinite(value) ? { value, next, form: 'digits', scaled: scale !== 1, scale, suffix: m[2] } : null;
  }
  if (t.kind !== 'word') return null;
  return readWords(tokens, i);
}

function smallWord(lower: string): number | undefined {
  const direct = SMALL.get(lower);
  if (direct !== undefined) return direct;
  const dash = lower.indexOf('-');
  if (dash > 0) {
    const tens = SMALL.get(lower.slice(0, dash));
    const unit = SMALL.get(lower.slice(dash + 1));
    if (tens !== undefined && tens >= 20 && tens % 10 === 0 && unit !== undefined && unit > 0 && unit < 10) return tens + unit;
  }
  return undefined;
}

/** Number words: `twelve`, `twenty-one`, `two hundred and fifty`, `three million`, `a thousand`. `one` and `a`
 * alone are not read as figures (they are far more often pronouns and articles). */
function readWords(tokens: readonly FigureToken[], i: number): Core | null {
  let total = 0;
  let current = 0;
  let any = false;
  let scale = 1;
  let j = i;
  if (
    tokens[j].lower === 'a' &&
    tokens[j + 1]?.kind === 'word' &&
    (tokens[j + 1].lower === 'hundred' || SCALE_WORDS.get(tokens[j + 1].lower))
  ) {
    current = 1;
    j++;
  } else if (
    tokens[j].lower === 'one' &&
    tokens[j + 1]?.kind === 'word' &&
    (tokens[j + 1].lower === 'hundred' || SCALE_WORDS.get(tokens[j + 1].lower))
  ) {
    current = 1;
    j++;
  }
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind !== 'word') break;
    const small = smallWord(t.lower);
    if (small !== undefined) {
      if (any && current % 100 !== 0 && current !== 0) break;
      current += small;
      any = true;
      continue;
    }
    if (t.lower === 'hundred' && (any || current > 0)) {
      current = (current || 1) * 100;
      any = true;
      continue;
    }
    const factor = SCALE_WORDS.get(t.lower);
    if (factor !== undefined && (any || current > 0)) {
      total += (current || 1) * factor;
      current = 0;
      any = true;
      if (scale === 1) scale = factor;
      continue;
    }
    if (t.lower === 'and' && any && (current >= 100 || total > 0) && smallWord(tokens[j + 1]?.lower ?? '') !== undefined) continue;
    break;
  }
  if (!any) return null;
  return { value: total + current, next: j, form: 'words', scaled: scale !== 1, scale, suffix: '' };
}

/** A percentage sign or words after a number: `%`, `per cent`, `percent`, `percentage points`. */
function readPercent(tokens: readonly FigureToken[], j: number): { unit: string; next: number } | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.kind === 'percent') return { unit: '%', next: j + 1 };
  if (t.kind !== 'word') return null;
  if (t.lower === 'percent') return { unit: '%', next: j + 1 };
  if (t.lower === 'per' && tokens[j + 1]?.lower === 'cent') return { unit: '%', next: j + 2 };
  if ((t.lower === 'percentage' || t.lower === 'per-cent') && (tokens[j + 1]?.lower === 'points' || tokens[j + 1]?.lower === 'point'))
    return { unit: 'pp', next: j + 2 };
  return null;
}

/** Is the number at token i something other than a figure: a year, a time, a date, a label or a compound? */
function notAFigure(tokens: readonly FigureToken[], i: number, core: Core, unit: string, sentenceFirst: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[core.next];
  // Glued to a word (`M25`, `G8`) or to a colon or a slash (`02:40`, `24/7`).
  if (t.joined && before && (before.kind === 'word' || before.text === ':' || before.text === '/' || before.text === '.')) return true;
  if (after && after.joined && (after.text === ':' || after.text === '/')) return true;
  // A compound adjective (`25-year-old`, `5,000-strong`) or a score (`3-1`) is read by the range reader or not at all.
  if (after && after.kind === 'dash' && after.joined && tokens[core.next + 1]?.kind === 'word' && tokens[core.next + 1].joined) return true;
  // The second half of a compound or a score (`19-13`, `mid-30`).
  if (before && before.kind === 'dash' && t.joined && before.joined && (tokens[i - 2]?.kind === 'word' || tokens[i - 2]?.kind === 'number'))
    return true;
  if (unit === '' && !core.scaled && core.form === 'digits' && Number.isInteger(core.value) && core.value >= 1800 && core.value <= 2099)
    if (!/,/.test(t.text)) return true;
  if (before && before.kind === 'word') {
    if ((MONTHS.has(before.lower) && isCapitalised(before)) || (LABELS_BEFORE.has(before.lower) && unit === '')) return true;
    // `Article 50`, `Channel 4`; not a capital that only starts the sentence or a headline word, nor a name before
    // an amount (`fined Eastvale Water £250,000`).
    // At the start of a sentence only a verb may stand there (`Losing 17 seats …`); `Half-Life 2` is a title.
    const verb = i - 1 === sentenceFirst && /(ing|ed)$/.test(before.lower);
    if (isCapitalised(before) && unit === '' && !verb && !CAPITALISED_OK.has(before.lower)) return true;
  }
  if (after && after.kind === 'word' && ((MONTHS.has(after.lower) && isCapitalised(after)) || (unit === '' && MEASURES.has(after.lower))))
    return true;
  return false;
}

/** Words that may stand capitalised before a figure without making it a label (sentence starts, headline case). */
const CAPITALISED_OK = new Set([
  'the',
  'a',
  'an',
  'about',
  'around',
  'some',
  'nearly',
  'almost',
  'over',
  'more',
  'at',
  'up',
  'only',
  'just',
  'all',
  'and',
  'but',
  'with',
  'of',
  'by',
  'for',
  'to',
  'in',
  'on',
  'his',
  'her',
  'its',
  'their',
  'our',
  'these',
  'those',
  'another',
  'further',
  'fewer',
  'less',
  'under',
  'between',
  'approximately',
  'roughly',
  'estimated',
  'kills',
  'killed',
  'kill',
  'injures',
  'injured',
  'injure',
  'wins',
  'won',
  'cuts',
  'cut',
  'leaves',
  'left',
  'hits',
  'raises',
  'raised',
  'loses',
  'lost',
  'sees',
  'saw',
  'arrests',
  'arrested',
  'sells',
  'sold',
  'fined',
  'fines',
  'paid',
  'pays',
  'costs',
  'cost',
]);

export interface ReadOptions {
  /** Token index where the number's sentence starts. */
  sentenceFirst: number;
}

/** The quantity whose number starts at token i (after any currency sign), or null. `i` must be a number or
 * number word; bound words before it and a range or percentage after it are read here. */
export function readQuantity(tokens: readonly FigureToken[], i: number, opts: ReadOptions): Quantity | null {
  const core = readCore(tokens, i);
  if (!core) return null;
  let coreFirst = i;
  let unit = '';
  const sign = tokens[i - 1];
  if (sign && sign.kind === 'currency' && tokens[i].joined) {
    unit = CURRENCY_SIGNS.get(sign.lower) ?? sign.lower;
    coreFirst = i - 1;
  }
  let lo = core.value;
  let hi = core.value;
  let bound: Bound = 'exact';
  let next = core.next;

  // A range: `10-12`, `10 to 12`, `two or three`, `between 10 and 12`, `£4m-£5m`, `4-5m`.
  let first = coreFirst;
  const joiner = tokens[next];
  const between = tokens[coreFirst - 1]?.lower === 'between';
  if (
    joiner &&
    ((joiner.kind === 'dash' && joiner.joined) ||
      (joiner.kind === 'word' && (joiner.lower === 'to' || joiner.lower === 'or' || (between && joiner.lower === 'and'))))
  ) {
    let k = next + 1;
    if (tokens[k]?.kind === 'currency' && unit !== '') k++;
    const second = tokens[k] && (tokens[k].kind === 'number' || tokens[k].kind === 'word') ? readCore(tokens, k) : null;
    if (second && (second.form === core.form || joiner.kind === 'dash')) {
      let a = core.value;
      const b = second.value;
      // `4-5m`: the scale written on the second number applies to the first.
      if (!core.scaled && second.scaled) a *= second.scale;
      // From is a change (`rose from 80 to 110`), and a dash between a larger and a smaller number is a score.
      if (tokens[coreFirst - 1]?.lower === 'from' && joiner.lower === 'to') return null;
      if (joiner.kind === 'dash' && b < a) return null;
      if (joiner.lower === 'to' && b <= a) return null;
      if (b > a) {
        lo = a;
        hi = b;
        bound = 'range';
        next = second.next;
      }
    }
  }
  if (between && bound === 'range') first = coreFirst - 1;

  let coreEnd = next;
  const percent = readPercent(tokens, next);
  if (percent && unit === '') {
    unit = percent.unit;
    next = percent.next;
    coreEnd = next;
  } else if (unit === '' && tokens[next]?.kind === 'word' && CURRENCY_WORDS.has(tokens[next].lower)) {
    unit = CURRENCY_WORDS.get(tokens[next].lower) ?? '';
    next++;
    coreEnd = next;
  }
  if (notAFigure(tokens, i, core, unit, opts.sentenceFirst)) return null;
  // Without a currency, `60m`, `1500m` and `5K` are distances; `2.4m people` is a count.
  if (unit === '' && core.suffix !== '' && (core.suffix !== 'm' || core.value / core.scale >= 10)) return null;
  if (core.form === 'words' && unit === '' && core.value < 2) return null;

  // Bound words in front (`at least`, `about`), and after (`or more`, `or so`, `-plus`).
  if (bound === 'exact') {
    for (const [phrase, b] of BOUND_BEFORE) {
      if (matchBefore(tokens, first, phrase)) {
        bound = b;
        first -= phrase.length;
        break;
      }
    }
    const a1 = tokens[next];
    const a2 = tokens[next + 1];
    if (a1?.lower === 'or' && (a2?.lower === 'more' || a2?.lower === 'over' || a2?.lower === 'above')) {
      bound = bound === 'exact' ? 'lower' : 'approx';
      next += 2;
    } else if (a1?.lower === 'or' && a2?.lower === 'so') {
      bound = 'approx';
      next += 2;
    } else if (a1?.kind === 'word' && (a1.lower === 'plus' || a1.lower === '-plus' || a1.lower === 'odd')) {
      bound = a1.lower === 'odd' ? 'approx' : 'lower';
      next++;
    } else if (a1?.kind === 'dash' && a1.joined && (a2?.lower === 'plus' || a2?.lower === 'odd') && a2.joined) {
      bound = a2.lower === 'odd' ? 'approx' : 'lower';
      next += 2;
    }
  }
  if (bound === 'lower') hi = Infinity;
  if (bound === 'upper') lo = 0;
  return { lo, hi, bound, unit, first, end: next, coreFirst, coreEnd, form: core.form };
}

/** Could a figure start at this token? (A cheap test before readQuantity.) */
export function mayStartFigure(t: FigureToken): boolean {
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return false;
  return smallWord(t.lower) !== undefined || t.lower === 'a' || t.lower === 'one';
}
