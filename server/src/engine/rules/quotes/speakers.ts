// Speaker finding: the noun phrase that does the saying, read off the words around a speech cue.

export type SpeakerKind = 'name' | 'role' | 'pronoun' | 'thing' | 'single';

/** Someone or something that can be credited with words (paragraph-relative offset of the phrase). */
export interface SpeakerRef {
  text: string;
  kind: SpeakerKind;
  at: number;
}

/** A word outside quotation marks, with what separates it from the previous outside word. */
export interface OutsideWord {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Index of the sentence (own segmentation) the word is in. */
  sentence: number;
  /** Punctuation between the previous outside word and this one (',' ';' ':' '(' ')' '.' or '"' for a quote). */
  gapBefore: string;
  capital: boolean;
}

const DETERMINERS = new Set(
  'a an the one another some this that these those each every several many most two three four five both any no its his her their our my your'.split(
    ' ',
  ),
);
const INDEFINITE = new Set(['a', 'an', 'one']);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
const SKIP_BEFORE_CUE = new Set(
  `also has have had will would could can may might should must shall once then later again previously recently
  earlier repeatedly reportedly never not did does do just already still often always first quickly simply only
  further even flatly publicly privately has since subsequently frequently initially finally today yesterday
  tuesday monday wednesday thursday friday saturday sunday last week month year night morning afternoon evening
  is was were are been being`.split(/\s+/),
);
const STOP_BACK = new Set(
  `and but or that who which whom whose because when while if as than how what where why so since after before although
  though until whether unless said says say told`.split(/\s+/),
);
const LEADING_ADVERBS = new Set('but and so yet then still now however meanwhile also instead indeed'.split(' '));
const PREPOSITIONS = new Set('of from at with for in on near by to about under inside outside during among'.split(' '));
const STOP_AFTER = new Set(
  `in on at during after before to with for when who while as because adding according told that which and but or
  via through last this on today yesterday earlier later in`.split(/\s+/),
);
const TITLES = new Set(
  `president vice sen sen. senator rep rep. representative gov gov. governor mayor dr dr. mr mr. mrs mrs. ms ms. miss
  gen gen. general col col. lt lt. capt capt. sgt sgt. prof prof. professor judge justice chief commissioner
  secretary minister prime director chairman chairwoman chair police attorney speaker leader majority minority
  sheriff rev rev. reverend father pope king queen prince princess sir dame lord lady sister brother ambassador
  former state deputy assistant acting interim u.s. us house senate supreme`.split(/\s+/),
);
export const ORG_WORDS = new Set(
  `state party centre center university news department ministry forces force network group committee council court
  house senate times post journal street city county province republic united national international security
  intelligence foundation institute research bank company inc inc. corp corp. association union office agency
  service services army police commission assembly congress parliament coalition campaign club school college
  hospital church airport station square park road avenue island islands administration government media press
  tv radio channel magazine review register tribune herald gazette daily weekly org organization organisation fund
  project watch reuters afp ap cnn bbc fox msnbc abc cbs nbc npr pbs twitter facebook google microsoft apple
  democrats republicans taliban brigade corps navy guard board authority bureau fbi cia nsa un nato eu gop dnc rnc
  white america american africa europe asia day week month monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december`.split(/\s+/),
);
const NONPERSON_HEADS = new Set(
  `report statement ministry department agency government company campaign group committee letter email e-mail sign
  memo study survey poll document paper website site post tweet article editorial book release note message page
  analysis court office council administration board organisation organization network newspaper magazine channel
  station party army police video ad advert advertisement filing complaint lawsuit indictment ruling order decision
  law bill plan proposal motion resolution banner placard poster shirt cap t-shirt leaflet flyer brochure pamphlet
  announcement notice transcript record records documents data book column blog caption headline`.split(/\s+/),
);
const NAME_LINKS = new Set(['of', 'the', 'de', 'al', 'bin', 'van', 'von', 'da', 'del', 'la', 'le', 'el', 'and', '&']);
const NAME_PARTICLES = new Set([
  'al',
  'bin',
  'ibn',
  'de',
  'da',
  'del',
  'della',
  'der',
  'van',
  'von',
  'la',
  'le',
  'du',
  'dos',
  'di',
  'el',
  'abu',
]);

export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

function isAcronym(word: string): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) letters++;
  }
  return letters >= 2;
}

function stripPossessive(word: string): string {
  if (word.endsWith("'s") || word.endsWith('’s')) return word.slice(0, -2);
  if (word.endsWith("'") || word.endsWith('’')) return word.slice(0, -1);
  return word;
}

function isPossessive(word: string): boolean {
  return word.endsWith("'s") || word.endsWith('’s') || (word.length > 2 && (word.endsWith("s'") || word.endsWith('s’')));
}

/** The last run of capitalised words (name particles allowed inside), titles and possessors removed. */
function lastCapitalRun(words: OutsideWord[]): OutsideWord[] {
  let end = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    if (words[i].capital && !DETERMINERS.has(words[i].lower)) {
      end = i;
      break;
    }
  }
  if (end < 0) return [];
  let start = end;
  while (start > 0) {
    const prev = words[start - 1];
    if (words[start].gapBefore !== '') break;
    if (prev.capital && !DETERMINERS.has(prev.lower)) start--;
    else if (NAME_PARTICLES.has(prev.lower) && start - 2 >= 0 && words[start - 2].capital) start--;
    else break;
  }
  let run = words.slice(start, end + 1);
  // `the Herald's Ann Hale`: the possessor is not the speaker.
  for (let i = run.length - 2; i >= 0; i--) {
    if (isPossessive(run[i].text)) {
      run = run.slice(i + 1);
      break;
    }
  }
  while (run.length > 1 && TITLES.has(run[0].lower)) run = run.slice(1);
  return run;
}

function joinWords(text: string, words: OutsideWord[]): string {
  if (words.length === 0) return '';
  return text.slice(words[0].start, words[words.length - 1].end);
}

/** Classifies a noun phrase and picks the part worth showing as the speaker. */
export function speakerOf(text: string, np: OutsideWord[]): SpeakerRef | null {
  if (np.length === 0) return null;
  if (np.length === 1 && SUBJECT_PRONOUNS.has(np[0].lower)) {
    return { text: np[0].lower === 'i' ? 'I' : np[0].lower, kind: 'pronoun', at: np[0].start };
  }
  let headEnd = np.length;
  for (let i = 1; i < np.length; i++) {
    if (PREPOSITIONS.has(np[i].lower) || np[i].gapBefore !== '') {
      headEnd = i;
      break;
    }
  }
  const head = np.slice(0, headEnd);
  const first = head[0];
  const last = head[head.length - 1];
  if (DETERMINERS.has(first.lower) && head.length > 1) {
    const shown = np.slice(0, Math.min(np.length, 8));
    if (!last.capital) {
      const kind: SpeakerKind = NONPERSON_HEADS.has(stripPossessive(last.lower)) ? 'thing' : 'role';
      return { text: joinWords(text, shown), kind, at: first.start };
    }
    if (first.lower === 'the') return { text: joinWords(text, head), kind: 'thing', at: first.start };
  }
  // `Harbour safety experts`: a lower-case head makes a role even when the phrase opens with a capital.
  const run = last.capital ? lastCapitalRun(head) : [];
  if (run.length > 0) {
    const words = run.map((w) => w.lower.replace(/[’']s$/, ''));
    const org = words.some((w) => ORG_WORDS.has(w)) || (run.length === 1 && isAcronym(run[0].text));
    let shownText = joinWords(text, run);
    shownText = stripPossessive(shownText);
    return { text: shownText, kind: org ? 'thing' : 'name', at: run[0].start };
  }
  const shown = np.slice(Math.max(0, np.length - 6));
  const kind: SpeakerKind = NONPERSON_HEADS.has(stripPossessive(last.lower)) ? 'thing' : 'role';
  return { text: joinWords(text, shown), kind, at: shown[0].start };
}

/** The words of the clause subject standing before the cue at `k`, or null when nothing stands there. */
export function subjectBefore(words: OutsideWord[], k: number): OutsideWord[] | null {
  const sentence = words[k].sentence;
  let j = k - 1;
  let boundary = words[k].gapBefore;
  while (
    j >= 0 &&
    words[j].sentence === sentence &&
    boundary === '' &&
    SKIP_BEFORE_CUE.has(words[j].lower) &&
    !SUBJECT_PRONOUNS.has(words[j].lower)
  ) {
    boundary = words[j].gapBefore;
    j--;
  }
  while (j >= 0 && words[j].sentence === sentence && boundary === '' && words[j].lower.endsWith('ly') && words[j].lower.length > 4) {
    boundary = words[j].gapBefore;
    j--;
  }
  if (j < 0 || words[j].sentence !== sentence || boundary === '"' || boundary === '.') return null;
  if (boundary === ',' || boundary === '(' || boundary === ')') return firstSegmentSubject(words, j, sentence);
  if (boundary !== '') return null;
  const np: OutsideWord[] = [];
  let i = j;
  while (i >= 0 && words[i].sentence === sentence && np.length < 10) {
    if (STOP_BACK.has(words[i].lower)) break;
    np.unshift(words[i]);
    if (words[i].gapBefore !== '') break;
    i--;
  }
  if (np.length === 0) {
    const stop = words[i];
    if (!stop || stop.sentence !== sentence) return null;
    if (stop.lower === 'who' || stop.lower === 'which' || stop.lower === 'that') {
      return i > 0 && words[i - 1].sentence === sentence ? subjectBefore(words, i) : null;
    }
    if (stop.lower === 'and' || stop.lower === 'but' || stop.lower === 'or') return sentenceSubject(words, sentence);
    return null;
  }
  return np;
}

/** How far back a clause is searched for its subject (keeps pathological sentences linear). */
const MAX_CLAUSE_WORDS = 40;

/** For `X, a spokesman, said`: the first comma segment of the clause that reads as a subject. */
function firstSegmentSubject(words: OutsideWord[], j: number, sentence: number): OutsideWord[] | null {
  let start = j;
  while (
    start > 0 &&
    j - start < MAX_CLAUSE_WORDS &&
    words[start - 1].sentence === sentence &&
    words[start].gapBefore !== '"' &&
    words[start].gapBefore !== '.'
  )
    start--;
  return subjectSegmentFrom(words, start, j);
}

function subjectSegmentFrom(words: OutsideWord[], start: number, last: number): OutsideWord[] | null {
  const segments: OutsideWord[][] = [];
  let current: OutsideWord[] = [];
  for (let i = start; i <= last; i++) {
    if (i > start && words[i].gapBefore !== '') {
      segments.push(current);
      current = [];
    }
    current.push(words[i]);
  }
  segments.push(current);
  for (let seg of segments) {
    while (seg.length > 1 && LEADING_ADVERBS.has(seg[0].lower)) seg = seg.slice(1);
    if (seg.length === 0) continue;
    const lead = seg[0].lower;
    if (PREPOSITIONS.has(lead) || lead.endsWith('ing') || /^\d/.test(lead) || STOP_BACK.has(lead)) continue;
    if (seg[0].capital || DETERMINERS.has(lead) || SUBJECT_PRONOUNS.has(lead)) return seg.slice(0, 10);
  }
  return null;
}

/** Index of the first word of a sentence (words are in sentence order), or -1. */
export function firstWordOf(words: OutsideWord[], sentence: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].sentence < sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo < words.length && words[lo].sentence === sentence ? lo : -1;
}

/** The subject at the start of the sentence: its first comma segment that reads as a noun phrase. */
export function sentenceSubject(words: OutsideWord[], sentence: number): OutsideWord[] | null {
  const first = firstWordOf(words, sentence);
  if (first < 0) return null;
  let last = first;
  while (
    last + 1 < words.length &&
    last - first < MAX_CLAUSE_WORDS &&
    words[last + 1].sentence === sentence &&
    words[last + 1].gapBefore !== '"'
  )
    last++;
  const seg = subjectSegmentFrom(words, first, last);
  if (!seg) return null;
  const np: OutsideWord[] = [];
  for (const w of seg) {
    if (np.length > 0 && (w.gapBefore !== '' || STOP_BACK.has(w.lower))) break;
    np.push(w);
    if (np.length >= 8) break;
  }
  // Keep the noun phrase, not the verb after it: cut after the last capitalised word or the first noun-ish run.
  const run = lastCapitalRun(np);
  if (run.length > 0) return np.slice(0, np.indexOf(run[run.length - 1]) + 1);
  return np.slice(0, Math.min(np.length, 4));
}

/** The noun phrase after a cue (`said Smith, a spokesman`, `according to the report`). */
export function phraseAfter(words: OutsideWord[], k: number): OutsideWord[] {
  let np: OutsideWord[] = [];
  const sentence = words[k].sentence;
  let seenCapital = false;
  for (let i = k + 1; i < words.length && np.length < 8; i++) {
    const w = words[i];
    if (w.sentence !== sentence || w.gapBefore !== '') break;
    if (np.length > 0 && STOP_AFTER.has(w.lower)) break;
    // After a name, a lower-case word other than a linking one is the verb: `from Ann Hale appeared`.
    if (seenCapital && !w.capital && !NAME_LINKS.has(w.lower)) break;
    if (w.capital && !DETERMINERS.has(w.lower)) seenCapital = true;
    np.push(w);
  }
  while (np.length > 0 && NAME_LINKS.has(np[np.length - 1].lower)) np = np.slice(0, -1);
  if (
    np.length > 0 &&
    (np[0].lower === 'that' ||
      np[0].lower === 'to' ||
      np[0].lower === 'it' ||
      np[0].lower === 'him' ||
      np[0].lower === 'her' ||
      np[0].lower === 'them' ||
      np[0].lower === 'me' ||
      np[0].lower === 'us')
  )
    return [];
  return np;
}

/** `a shopkeeper` -> `the shopkeeper`, for a speaker referred back to. */
export function definite(text: string): string {
  const space = text.indexOf(' ');
  if (space < 0) return text;
  const first = text.slice(0, space).toLowerCase();
  if (INDEFINITE.has(first)) return 'the' + text.slice(space);
  // A determiner capitalised only because it opened a sentence.
  if (DETERMINERS.has(first)) return first + text.slice(space);
  return text;
}

export function isPersonLike(kind: SpeakerKind): boolean {
  return kind === 'name' || kind === 'role';
}

export { joinWords, lastCapitalRun, isAcronym, isPossessive, stripPossessive, DETERMINERS };
