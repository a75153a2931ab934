// Speaker finding: the noun phrase that does the saying, read off the words around a speech cue.

import type { Word } from '../../types';
import { CUE_VERBS, SPEECH_NOUNS } from './cues';
import { FIRST_NAME_GENDER } from './firstNames';
import { wordList } from '../../lexicon/lists';
import { NAME_PARTICLES, SUBJECT_PRONOUNS } from '../../lexicon/words';

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

/** A token outside quotation marks as the speaker finding reads it. */
export function outsideWord(word: Word, sentence: number, gapBefore: string): OutsideWord {
  return {
    text: word.text,
    lower: normalised(word.text),
    start: word.start,
    end: word.end,
    sentence,
    gapBefore,
    capital: isCapitalised(word.text),
  };
}

/** Lower case, without a sentence-final period the tokenizer kept on the word (`in.` but not `U.S.`). */
function normalised(word: string): string {
  const lower = lowerCase(word);
  return lower.length > 2 && lower.endsWith('.') && lower.indexOf('.') === lower.length - 1 ? lower.slice(0, -1) : lower;
}

/** The first word starting at or after `at` (words.length when none does). */
export function wordIndexAt(words: readonly OutsideWord[], at: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const DETERMINERS = new Set(
  'a an the one another some this that these those each every several many most two three four five both any no its his her their our my your'.split(
    ' ',
  ),
);
const INDEFINITE = new Set(['a', 'an', 'one']);
export { SUBJECT_PRONOUNS };
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
const PREPOSITIONS = new Set(
  `of from at with for in on near by to about under inside outside during among between over through across into onto
  upon within without against toward towards amid despite beyond behind below above beside besides except per via
  throughout around along alongside beneath underneath atop past unlike like`.split(/\s+/),
);
const STOP_AFTER = new Set(
  `in on at during after before to with for when who while as because adding according told that which and but or
  via through last this on today yesterday earlier later in`.split(/\s+/),
);
const TITLES = wordList(
  'quotes/TITLES_AND_ROLES',
  `president vice sen sen. senator rep rep. representative gov gov. governor mayor dr dr. mr mr. mrs mrs. ms ms. miss
  gen gen. general col col. lt lt. capt capt. sgt sgt. prof prof. professor judge justice chief commissioner
  sens sens. reps reps. govs govs. del del. maj maj. adm adm. brig brig. cmdr cmdr. cpl cpl. pvt pvt. atty atty.
  secretary minister prime director chairman chairwoman chair police attorney speaker leader majority minority
  sheriff rev rev. reverend father pope king queen prince princess sir dame lord lady sister brother ambassador
  former state deputy assistant acting interim u.s. us house senate supreme chancellor congressman
  congresswoman councilman councilwoman councillor alderman spokesman spokeswoman adviser advisor ceo coach manager
  superintendent detective officer trooper inspector constable corporal private admiral commander marshal
  treasurer comptroller auditor solicitor barrister bishop archbishop cardinal rabbi imam pastor sheikh farmer guard
  shopkeeper teacher driver nurse soldier worker student resident fighter engineer lawyer activist analyst researcher
  economist strategist pollster candidate nominee voter delegate player striker midfielder defender goalkeeper
  captain singer actor actress author writer historian scientist chef pilot`,
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
  white america american africa europe asia day week month`.split(/\s+/),
);
/** Months written short (`Dec. 7`; `Jan Hale` is a first name, as `April Mellody` is). */
const MONTH_SHORT = 'jan jan. feb feb. aug aug. sept sept. sep sep. oct oct. nov nov. dec dec.';
/** Days and months: a thing when alone (`Monday`), a first name before another name (`April Mellody`). */
export const TIME_NAMES = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december ${MONTH_SHORT}`.split(/\s+/),
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
/** Verbs and auxiliaries that end a noun phrase read forward (`Clinton has`, `the senator was`). */
const VERBS = new Set(
  `is was are were be been being am has have had having do does did will would can could should may might must shall
  isn't wasn't aren't weren't hasn't haven't hadn't don't doesn't didn't won't wouldn't can't couldn't shouldn't
  isn’t wasn’t aren’t weren’t hasn’t haven’t hadn’t don’t doesn’t didn’t won’t wouldn’t can’t couldn’t shouldn’t
  got gets get made makes make took takes take gave gives came comes went goes became becomes seems seemed
  wants wanted tried tries knows knew thinks believes feels hopes appears appeared remains remained lost won
  sent sends put puts kept keeps let lets led leads held holds left leaves ran runs saw sees found finds
  also never often then now later still already just even only once recently sought thought brought bought fought
  caught taught spent met paid stood sat fell grew drew drove rose chose hid struck threw understood withdrew
  overcame upheld meant lent slept woke wore rode rang sang sank shook shot shut stole swung hung dealt forgot
  forgave heard felt knew`.split(/\s+/),
);
/** Words that open a sentence or a clause without being its subject: time, manner, linking. */
const NOT_SUBJECT = new Set(
  `later earlier shortly meanwhile afterward afterwards then now today yesterday tonight tomorrow recently finally
  first still yet however instead indeed also again separately elsewhere overall moreover furthermore nonetheless
  nevertheless thus so but and or there there's there’s here last next this that these those when while after before as if because
  since although though until unless whether once during despite amid according asked speaking back
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december morning afternoon evening night week month year ${MONTH_SHORT}`.split(/\s+/),
);
const SUBORDINATORS = new Set('when while after before as if because since although though until unless whether once where'.split(' '));
const PP_IN_ROLE = new Set(['of', 'for', 'from', 'at']);
/** Capitalised at a sentence start without being a name (`Why was he there?`, `Only three remained.`). */
const OPENING_WORDS = new Set(
  `why what how who whom whose where which when only even just not nor neither either yet so such perhaps maybe
  whether instead indeed rather also still thus hence yes no please asked speaking do does did is are was were can
  could will would should shall may might must has have had`.split(/\s+/),
);

/** Head nouns that name a person by their ending (`-er`, `-ist`, `-man`, `-crat`) or as words of their own. */
const PERSON_ENDING = /(?:er|or|ist|ian|man|woman|men|women|ee|crat|ster|ess|ent|ant)s?$/;
const PERSON_NOUNS = new Set(
  `official officials aide aides source sources chief head staff guard host critic critics expert experts friend
  friends wife husband son daughter mother father brother sister attorney ally allies veteran veterans nominee
  delegate delegates activist colleague colleagues people person child children family neighbour neighbor
  candidate candidates judge chair coach pastor priest rabbi imam diplomat envoy deputy rep senator governor
  mayor secretary minister clerk guy guys woman man girl boy couple crowd audience police`.split(/\s+/),
);
/** Endings that look like a person's but make things (`statement`, `event`, `paper`, `percent`). */
const THING_ENDING =
  /(?:ments?|vents?|cent|tents?|papers?|letters?|matters?|numbers?|orders?|borders?|centers?|quarters?|chapters?|powers?|water|error|errors|ness|ance|ence)$/;

/** Whether a description's head noun names a person. */
export function personHead(key: string): boolean {
  if (PERSON_NOUNS.has(key)) return true;
  return PERSON_ENDING.test(key) && !THING_ENDING.test(key) && key.length > 3;
}

/** `word.toLowerCase()`, without the call when nothing would change: a draft with a curly quote in it is stored two
 * bytes a character, and lower-casing those strings is several times slower than reading a short word. */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return word.toLowerCase();
  }
  return word;
}

function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** The capital letters A-Z of a text with no lower-case a-z, or 0 when it has one. */
export function capitalLetters(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return 0;
    if (c >= 0x41 && c <= 0x5a) letters++;
  }
  return letters;
}

function isAcronym(word: string): boolean {
  return capitalLetters(word) >= 2;
}

/** The sentence a paragraph offset is in, from the offsets where its sentences break. */
export function sentenceIndexAt(breaks: number[], offset: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function stripPossessive(word: string): string {
  if (word.endsWith("'s") || word.endsWith('’s')) return word.slice(0, -2);
  if (word.endsWith("'") || word.endsWith('’')) return word.slice(0, -1);
  return word;
}

/** The word without an owner's `’s` (a bare apostrophe stays). */
function withoutOwnerS(word: string): string {
  return word.endsWith('’s') || word.endsWith("'s") ? word.slice(0, -2) : word;
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
  // `Alabama Securities Commissioner Thomas Krebs`, `Secretary of State John Kerry`: the name after the last title,
  // unless what follows is a body (`Supreme Court`).
  for (let i = run.length - 2; i >= 0; i--) {
    if (!TITLES.has(run[i].lower)) continue;
    const rest = run.slice(i + 1);
    if (!rest.some((w) => ORG_WORDS.has(withoutOwnerS(w.lower))) && !NAME_LINKS.has(rest[0].lower)) run = rest;
    break;
  }
  return run;
}

function joinWords(text: string, words: OutsideWord[]): string {
  if (words.length === 0) return '';
  return text.slice(words[0].start, words[words.length - 1].end);
}

/** `former secretary of state Ann Hale`, `chief of staff Ola Brandt`: a name of two or more capitalised words after a
 * lower-case description with an `of` in it (no other preposition, no punctuation), or null. Without an `of` the
 * capital run below finds the name already. */
const DESCRIPTOR_OPENERS = new Set(['former', 'acting', 'deputy', 'then']);

function nameAfterDescriptor(np: OutsideWord[]): OutsideWord[] | null {
  let start = np.length;
  while (start > 0 && np[start - 1].capital && np[start - 1].gapBefore === '') start--;
  if (np.length - start < 2 || start < 3 || np[start].gapBefore !== '') return null;
  let of = false;
  for (let i = 0; i < start; i++) {
    const w = np[i];
    // A sentence may open with the description (`The chief of staff Ola Brandt`, `Former secretary of ...`).
    const opener = i === 0 && (DETERMINERS.has(w.lower) || DESCRIPTOR_OPENERS.has(w.lower));
    if ((w.capital && !opener) || (i > 0 && w.gapBefore !== '')) return null;
    if (w.lower === 'of') of = true;
    else if (PREPOSITIONS.has(w.lower)) return null;
  }
  const before = np[start - 1].lower;
  if (!of || before === 'of' || DETERMINERS.has(before) || PREPOSITIONS.has(before)) return null;
  const run = np.slice(start);
  return run.some((w) => ORG_WORDS.has(stripPossessive(w.lower))) ? null : run;
}

/** Classifies a noun phrase and picks the part worth showing as the speaker. */
export function speakerOf(text: string, np: OutsideWord[]): SpeakerRef | null {
  if (np.length === 0) return null;
  if (np.length === 1) {
    // `he’s`, `she'd`, `they’re`: the pronoun before a contracted verb.
    const word = np[0].lower;
    const lower = word.includes('’') || word.includes("'") ? word.replace(/['’](?:s|d|ll|re|ve|m)$/, '') : word;
    if (SUBJECT_PRONOUNS.has(lower)) return { text: lower === 'i' ? 'I' : lower, kind: 'pronoun', at: np[0].start };
  }
  const described = nameAfterDescriptor(np);
  if (described) return { text: stripPossessive(joinWords(text, described)), kind: 'name', at: described[0].start };
  if (namesJoined(np)) {
    let from = 0;
    while (from < np.length - 1 && TITLES.has(np[from].lower)) from++;
    return { text: joinWords(text, np.slice(from)), kind: 'name', at: np[from].start };
  }
  let headEnd = np.length;
  for (let i = 1; i < np.length; i++) {
    // `Secretary of State John Kerry`, `Bank of England`: `of` after a title or a body's word links one name;
    // after a person's name it gives their place or employer (`Sen. Tom Carper of Delaware`).
    const before = np[i - 1].lower;
    const opensName = i < 2 || !np[i - 2].capital || TITLES.has(np[i - 2].lower) || DETERMINERS.has(np[i - 2].lower);
    const link =
      NAME_LINKS.has(np[i].lower) && (TITLES.has(before) || ORG_WORDS.has(before)) && opensName && i + 1 < np.length && np[i + 1].capital;
    if ((PREPOSITIONS.has(np[i].lower) && !link) || np[i].gapBefore !== '') {
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
    // `the Courier’s Ivo Tamm` names a person after the owner, `the former harbour master Ivo Tamm` after a
    // description; `the Daily Courier` is a body.
    if (first.lower === 'the' && !head.some((w, i) => isPossessive(w.text) || (i > 0 && !w.capital && !NAME_LINKS.has(w.lower))))
      return { text: joinWords(text, head), kind: 'thing', at: first.start };
  }
  // `Harbour safety experts`: a lower-case head makes a role even when the phrase opens with a capital.
  const run = last.capital ? lastCapitalRun(head) : [];
  if (run.length > 0) {
    const words = run.map((w) => withoutOwnerS(w.lower));
    const org = words.some((w) => ORG_WORDS.has(w)) || (run.length === 1 && (isAcronym(run[0].text) || TIME_NAMES.has(words[0])));
    let shownText = joinWords(text, run);
    shownText = stripPossessive(shownText);
    return { text: shownText, kind: org ? 'thing' : 'name', at: run[0].start };
  }
  const shown = np.slice(Math.max(0, np.length - 6));
  const kind: SpeakerKind = NONPERSON_HEADS.has(stripPossessive(last.lower)) ? 'thing' : 'role';
  // A lone lower-case word that names no one (`said matter-of-factly`, `long felt`, `five`) is not a speaker.
  // A number stays (`the two wrote`): it counts people.
  if (np.length === 1 && kind === 'role' && !personHead(stripPossessive(last.lower)) && !DETERMINERS.has(last.lower)) return null;
  return { text: joinWords(text, shown), kind, at: shown[0].start };
}

function isVerbish(w: OutsideWord, prev: OutsideWord | null): boolean {
  const lower = w.lower;
  if (VERBS.has(lower)) return true;
  const afterDeterminer = prev !== null && (DETERMINERS.has(prev.lower) || isPossessive(prev.text));
  if (afterDeterminer) return false;
  const cue = CUE_VERBS.get(lower);
  if (cue) {
    // `officials say` but `White House press secretary`; `Smith reports` but `news reports`; `the outgoing chair`.
    if (cue.form === 'past' || cue.form === 'ing') return true;
    if (cue.form === 's') return prev === null || prev.capital || !SPEECH_NOUNS.has(lower);
    return prev !== null && !prev.capital && (prev.lower.endsWith('s') || SUBJECT_PRONOUNS.has(prev.lower));
  }
  if (lower.length > 4 && lower.endsWith('ed') && !(prev && prev.lower.endsWith('ly'))) return prev !== null;
  return false;
}

/** `Will` opening a name (`Will Hale, the chairman,`) or standing as a surname before a past or present cue
 * (`Will wrote`): a modal is followed by neither. */
function modalAsName(words: OutsideWord[], j: number): boolean {
  const w = words[j];
  if (w.lower !== 'will' || !w.capital) return false;
  const next = words[j + 1];
  if (!next || next.gapBefore !== '' || next.sentence !== w.sentence) return false;
  if (next.capital) return !OPENING_WORDS.has(next.lower) && !NOT_SUBJECT.has(next.lower) && !SUBJECT_PRONOUNS.has(next.lower);
  const cue = CUE_VERBS.get(next.lower);
  return cue !== undefined && (cue.form === 'past' || cue.form === 's');
}

/** A word that tells when or links clauses rather than naming anyone; a month or day before a capitalised word is a
 * first name (`April Mellody`, but `April 5` and `Monday Tuesday` are dates). */
function notSubjectAt(words: OutsideWord[], i: number): boolean {
  const w = words[i];
  if (!NOT_SUBJECT.has(w.lower)) return false;
  if (!TIME_NAMES.has(w.lower)) return true;
  const next = words[i + 1];
  return !(next && next.gapBefore === '' && next.capital && next.sentence === w.sentence && !NOT_SUBJECT.has(next.lower));
}

/** A past participle (`Reached`, `Pressed`, `Led`) with a preposition within the next two words, in one segment. */
function participleOpener(words: OutsideWord[], a: number, b: number): boolean {
  const lead = words[a].lower;
  // (`Led by Ann Hale, the rally ...`: an irregular participle too.)
  if (!((lead.endsWith('ed') && lead.length >= 5) || VERBS.has(lead)) || b === a) return false;
  for (let i = a + 1; i <= Math.min(b, a + 2); i++) if (PREPOSITIONS.has(words[i].lower)) return true;
  return false;
}

function capitalAhead(words: OutsideWord[], j: number, within: number): boolean {
  for (let i = j + 1; i < words.length && i <= j + within; i++) {
    const w = words[i];
    if (w.gapBefore !== '' || w.sentence !== words[j].sentence) return false;
    if (w.capital && !DETERMINERS.has(w.lower)) return !notSubjectAt(words, i);
    if (STOP_AFTER.has(w.lower) || PREPOSITIONS.has(w.lower) || VERBS.has(w.lower) || CUE_VERBS.has(w.lower)) return false;
  }
  return false;
}

/** `Small groups of farmers`, `Clinton supporters`: a lone capital opening the sentence, then a plural noun; the
 * capital only opens the sentence or names what the people back, and the plural is the head. */
function pluralAfterOpener(words: OutsideWord[], np: OutsideWord[], j: number): boolean {
  if (np.length !== 1) return false;
  const first = words.indexOf(np[0], Math.max(0, j - 1));
  if (first > 0 && words[first - 1].sentence === np[0].sentence && np[0].gapBefore !== '"') return false;
  const w = words[j];
  if (!(w.lower.length > 3 && w.lower.endsWith('s') && !w.lower.endsWith('ss') && !isVerbish(w, null) && !SPEECH_NOUNS.has(w.lower)))
    return false;
  // A verb in -s takes an object (`Hale supports the plan`, `Hale backs “...”`); a plural subject goes on with its
  // verb, an `of`, or a comma.
  const next = words[j + 1];
  if (!next || next.sentence !== w.sentence) return true;
  if (next.gapBefore !== '') return next.gapBefore === ',';
  return PP_IN_ROLE.has(next.lower) || isVerbish(next, w);
}

const NUMBER_WORDS = new Set('two three four five six seven eight nine ten dozen several many few'.split(' '));
const ORDINALS = new Set('first second third fourth fifth last next final other'.split(' '));
const POSTMODIFIER_ADJECTIVES = new Set(['familiar', 'close', 'involved', 'knowledgeable', 'briefed', 'loyal', 'opposed']);

/** Nouns that end in -ly like an adverb (`the Hale family said`). */
const LY_NOUNS = new Set('family assembly ally rally supply bully daily weekly monthly quarterly monopoly anomaly'.split(' '));

/** An adverb in -ly (`Hale hardly clarified`, `Hale quickly wrote`): never the head of a noun phrase. */
export function isLyAdverb(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('ly') && !LY_NOUNS.has(lower);
}

/** Lower-case nouns from `j` that end right before a verb (`Clinton campaign aides said`): a compound's head. */
function headBeforeVerb(words: OutsideWord[], j: number, to: number): boolean {
  for (let i = j; i <= to && i < j + 3; i++) {
    const w = words[i];
    if (i > j && (w.gapBefore !== '' || w.sentence !== words[j].sentence)) return false;
    if (w.capital || STOP_AFTER.has(w.lower) || PREPOSITIONS.has(w.lower) || NOT_SUBJECT.has(w.lower) || startsWithDigit(w.lower))
      return false;
    if (isLyAdverb(w.lower)) return false;
    if (isVerbish(w, null) && i === j) return false;
    const next = words[i + 1];
    if (!next || next.sentence !== w.sentence) return false;
    if (next.gapBefore === '' && (VERBS.has(next.lower) || CUE_VERBS.has(next.lower)) && !next.capital) return isVerbish(next, w);
  }
  return false;
}

/**
 * Reads a noun phrase forward from `words[i]`: determiner, modifiers, head, and a name after a descriptor
 * (`Judicial Watch president Tom Fitton`), with one `of`/`for`/`from`/`at` phrase after a role (`a spokesman for
 * the ministry`). Stops at punctuation, prepositions, conjunctions and verbs. Empty when no phrase starts there.
 */
export function nounPhraseFrom(words: OutsideWord[], i: number, to = words.length - 1, max = 10, bounded = false): OutsideWord[] {
  const np: OutsideWord[] = [];
  if (i >= words.length) return np;
  const sentence = words[i].sentence;
  let inPhrase = false;
  for (let j = i; j <= to && np.length < max; j++) {
    const w = words[j];
    if (w.sentence !== sentence || (np.length > 0 && w.gapBefore !== '')) break;
    const prev = np.length > 0 ? np[np.length - 1] : null;
    const lower = w.lower;
    if (w.capital && !DETERMINERS.has(lower)) {
      if ((prev === null || !prev.capital) && notSubjectAt(words, j) && !dayBeforeHead(words, j, prev, to)) break;
      // `Why was she there?` opens a sentence with a capital; `said Will Doyle` has a name.
      if (
        prev === null &&
        OPENING_WORDS.has(lower) &&
        (j === 0 || words[j - 1].sentence !== w.sentence || w.gapBefore !== '') &&
        !modalAsName(words, j)
      )
        break;
      np.push(w);
      continue;
    }
    if (prev === null) {
      if (STOP_AFTER.has(lower) || PREPOSITIONS.has(lower) || NOT_SUBJECT.has(lower) || isVerbish(w, null) || startsWithDigit(lower)) break;
      np.push(w);
      continue;
    }
    if (NAME_LINKS.has(lower) && prev.capital && j + 1 <= to && words[j + 1].capital && words[j + 1].gapBefore === '') {
      np.push(w);
      continue;
    }
    if (
      PP_IN_ROLE.has(lower) &&
      !inPhrase &&
      // `a spokesman for the ministry`; in a subject read back from its verb, also `Ivo Tamm from the valley`.
      (!prev.capital || (bounded && np[0].capital)) &&
      !DETERMINERS.has(prev.lower) &&
      j + 1 <= to &&
      words[j + 1].gapBefore === ''
    ) {
      inPhrase = true;
      np.push(w);
      continue;
    }
    // `the mayor's first five callers`, `Obama's two daughters`: a number after a determiner, an owner or an
    // ordinal counts the head that follows.
    const counted =
      NUMBER_WORDS.has(lower) &&
      (DETERMINERS.has(prev.lower) || isPossessive(prev.text) || ORDINALS.has(prev.lower)) &&
      j + 1 <= to &&
      words[j + 1].gapBefore === '' &&
      !words[j + 1].capital;
    if (DETERMINERS.has(lower) && !(inPhrase && PP_IN_ROLE.has(prev.lower)) && !counted) break;
    // `a source familiar with the talks`, `a person close to the board`: the adjective takes the phrase after it.
    if (POSTMODIFIER_ADJECTIVES.has(lower) && j + 1 <= to && PREPOSITIONS.has(words[j + 1].lower)) break;
    if (STOP_AFTER.has(lower) || PREPOSITIONS.has(lower) || SUBORDINATORS.has(lower) || STOP_BACK.has(lower)) break;
    if (isVerbish(w, prev)) {
      // `news reports say`, `ferry reports are`: an -s form right before a plural verb is the plural head, the
      // subject of that verb, not a verb of its own.
      if (pluralHeadBeforeVerb(words, j)) np.push(w);
      break;
    }
    if (startsWithDigit(lower)) {
      // `Army 1st Lt. Ann Hale`: an ordinal inside a run of capitals is part of the rank.
      const rank =
        /^\d+(?:st|nd|rd|th)$/.test(lower) && prev.capital && j + 1 <= to && words[j + 1].capital && words[j + 1].gapBefore === '';
      if (rank) {
        np.push(w);
        continue;
      }
      // `a 2008 campaign veteran`: a year after the determiner describes the head that follows.
      const year = /^(?:1[89]|20)\d\d$/.test(lower) && DETERMINERS.has(prev.lower) && j + 1 <= to && words[j + 1].gapBefore === '';
      if (!lower.includes('-') && !year) break;
    }
    if (prev.capital && !DETERMINERS.has(prev.lower)) {
      // After a name, a lower-case word goes on only as the head of a phrase that opened with a determiner or an
      // owner (`the Florida senator`, `Clinton’s campaign manager`), as a descriptor before another name, or as the
      // head noun right before the verb (`Clinton aides said`).
      const opened = DETERMINERS.has(np[0].lower) || np.some((x) => isPossessive(x.text));
      if (!opened && !capitalAhead(words, j, 3) && !headBeforeVerb(words, j, to) && !pluralAfterOpener(words, np, j)) break;
    }
    np.push(w);
  }
  while (
    np.length > 0 &&
    !np[np.length - 1].capital &&
    (NAME_LINKS.has(np[np.length - 1].lower) || PP_IN_ROLE.has(np[np.length - 1].lower))
  )
    np.pop();
  return np;
}

/** Verbs that agree with a plural subject and never with a singular one. */
const PLURAL_VERBS = new Set([
  'are',
  'were',
  'have',
  'do',
  'aren’t',
  "aren't",
  'weren’t',
  "weren't",
  'haven’t',
  "haven't",
  'don’t',
  "don't",
]);

/** Word `j` is an -s form (`reports`) right before a verb in the plural (`say`, `are`), in one clause. */
function pluralHeadBeforeVerb(words: OutsideWord[], j: number): boolean {
  if (j + 1 >= words.length || CUE_VERBS.get(words[j].lower)?.form !== 's') return false;
  const next = words[j + 1];
  if (next.gapBefore !== '' || next.capital || next.sentence !== words[j].sentence) return false;
  return PLURAL_VERBS.has(next.lower) || CUE_VERBS.get(next.lower)?.form === 'base';
}

/** `a Wednesday editorial`, `the Sunday paper`: a day or a month after an article describes the noun after it. */
function dayBeforeHead(words: OutsideWord[], j: number, prev: OutsideWord | null, to: number): boolean {
  if (prev === null || !(prev.lower === 'a' || prev.lower === 'an' || prev.lower === 'the') || !TIME_NAMES.has(words[j].lower))
    return false;
  const next = j + 1 <= to ? words[j + 1] : null;
  return (
    next !== null &&
    next.gapBefore === '' &&
    !next.capital &&
    !STOP_AFTER.has(next.lower) &&
    !PREPOSITIONS.has(next.lower) &&
    !STOP_BACK.has(next.lower) &&
    !isVerbish(next, words[j])
  );
}

/** The noun phrase that ends exactly at `to`, reading phrases forward from `from` (null when none does). A phrase
 * that only ends a prepositional phrase after the one opening the span (`a woman in the crowd`, `a voice-over in the
 * ad`, `Ann Hale of the Nord Institute for Harbour Studies`) is the opening phrase's: the opening one is returned. */
function phraseEndingAt(words: OutsideWord[], from: number, to: number): OutsideWord[] | null {
  let i = from;
  let opening: OutsideWord[] | null = null;
  while (i <= to) {
    const np = nounPhraseFrom(words, i, to, 10, true);
    if (np.length === 0) {
      const w = words[i];
      // (`Ann Hale on Tuesday said`: a time word after the preposition ends the phrase.)
      const time = i > from && PREPOSITIONS.has(words[i - 1].lower) && notSubjectAt(words, i);
      if (opening === null || w.gapBefore !== '' || !(linksPhrase(words, i, to) || time)) opening = null;
      else if (i === to && time) return opening;
      i++;
      continue;
    }
    const last = words.indexOf(np[np.length - 1], i);
    if (last === to) return opening ?? np;
    if (i === from && last < to && words[last + 1].gapBefore === '' && linksPhrase(words, last + 1, to)) opening = np;
    else if (np[0].gapBefore !== '' || i === from) opening = null;
    i = last + 1;
  }
  return null;
}

const TIME_PREPOSITIONS = new Set(['on', 'in', 'during', 'at', 'by']);

/** A preposition, or an adjective that takes one (`familiar with`), opening a phrase after a noun phrase. */
function linksPhrase(words: OutsideWord[], i: number, to: number): boolean {
  const lower = words[i].lower;
  if (PREPOSITIONS.has(lower)) return true;
  return POSTMODIFIER_ADJECTIVES.has(lower) && i + 1 <= to && PREPOSITIONS.has(words[i + 1].lower);
}

/** The words of the clause subject standing before the cue at `k`, or null when nothing stands there. */
export function subjectBefore(words: OutsideWord[], k: number): OutsideWord[] | null {
  const sentence = words[k].sentence;
  let j = k - 1;
  let boundary = words[k].gapBefore;
  // Auxiliaries and adverbs in any order (`has also broadly called`).
  while (
    j >= 0 &&
    words[j].sentence === sentence &&
    boundary === '' &&
    ((SKIP_BEFORE_CUE.has(words[j].lower) && !SUBJECT_PRONOUNS.has(words[j].lower) && !modalAsName(words, j)) ||
      (!words[j].capital && words[j].lower.endsWith('ly') && words[j].lower.length > 4))
  ) {
    boundary = words[j].gapBefore;
    j--;
  }
  // `Hale on Tuesday said`: the preposition before a skipped time word goes with it.
  if (j > 0 && j + 1 < k && boundary === '' && TIME_PREPOSITIONS.has(words[j].lower) && words[j].sentence === sentence) {
    boundary = words[j].gapBefore;
    j--;
  }
  // `Hale, author of “Harbour Days,” said`: a title quoted after `of` is part of the subject's description.
  if (boundary === '"' && j >= 0 && words[j].lower === 'of') boundary = ',';
  if (j < 0 || words[j].sentence !== sentence || boundary === '"' || boundary === '.') return null;
  if (boundary === ',' || boundary === '(' || boundary === ')')
    return clauseSubject(words, subordinateStart(words, clauseStart(words, j, sentence), j), j);
  if (boundary !== '') return null;
  // `who’s called for`: `who has`.
  const stop = words[j].lower === 'who’s' || words[j].lower === "who's" ? 'who' : words[j].lower;
  if (stop === 'who' || stop === 'which' || stop === 'that') {
    if (j === 0 || words[j - 1].sentence !== sentence) return null;
    // `the loss was steep for Ann Hale, who said`: the speaker is the phrase the relative clause hangs on, not the
    // subject of the sentence around it.
    const np = words[j].gapBefore === ',' && stop !== 'that' ? phraseBeforeComma(words, j) : subjectBefore(words, j);
    return np ? (nameBeforeRole(words, np) ?? np) : null;
  }
  if (stop === 'and' || stop === 'but' || stop === 'or') {
    // `Ann Hale, who was there and recalled ...`: a second verb shares the first one's subject.
    for (let r = j - 1; r >= 0 && j - r < MAX_CLAUSE_WORDS && words[r].sentence === sentence; r--) {
      const lower = words[r].lower;
      if (lower === 'who' || lower === 'which') return r > 0 && words[r - 1].sentence === sentence ? subjectBefore(words, r) : null;
      if (words[r].gapBefore !== '') break;
    }
    return sentenceSubject(words, sentence);
  }
  if (STOP_BACK.has(stop)) return null;
  let i = j;
  while (i > 0 && j - i < 12 && words[i - 1].sentence === sentence && words[i].gapBefore === '' && !STOP_BACK.has(words[i - 1].lower)) i--;
  if (STOP_BACK.has(words[i].lower)) i++;
  // `A shopkeeper who watched from the quay said`: the verb's subject is the one the relative clause describes.
  const relative = i > 0 ? words[i - 1].lower : '';
  // (`so subdued that Tamm was prompted`: a name after `that` opens a clause of its own.)
  if (
    (relative === 'who' || (relative === 'that' && !words[i].capital) || relative === 'which') &&
    words[i].gapBefore === '' &&
    i - 1 > 0 &&
    words[i - 1].gapBefore === ''
  ) {
    const antecedent = subjectBefore(words, i - 1);
    if (antecedent) return antecedent;
  }
  if (SUBJECT_PRONOUNS.has(words[j].lower)) return [words[j]];
  const np = phraseEndingAt(words, i, j);
  // `Ann Hale, the party's spokeswoman said`: the apposition's closing comma left out, the name still wins.
  if (!np) return null;
  // `Ann Hale, president and chief of the ferry union said`: the role runs back to the comma past an `and`.
  const segment = segmentStart(words, j);
  return nameOpeningClause(words, np) ?? (segment < i ? nameOpeningClause(words, words.slice(segment, j + 1)) : null) ?? np;
}

/** The first word of the comma segment that ends at `end` (at most 12 words back), past an inverted cue verb
 * (`said Ann Hale`). */
function segmentStart(words: OutsideWord[], end: number): number {
  const sentence = words[end].sentence;
  let s = end;
  while (s > 0 && end - s < 12 && words[s].gapBefore === '' && words[s - 1].sentence === sentence) s--;
  if (s < end && CUE_VERBS.has(words[s].lower) && !words[s].capital) s++;
  return s;
}

/** The noun phrase that ends just before the comma in front of word `r` (a relative pronoun), or null. */
function phraseBeforeComma(words: OutsideWord[], r: number): OutsideWord[] | null {
  const end = r - 1;
  const start = segmentStart(words, end);
  // `support from Ann Hale, who`: a name after the segment's last preposition.
  for (let i = end; i > start; i--) {
    if (!PREPOSITIONS.has(words[i - 1].lower)) continue;
    const name = words.slice(i, end + 1);
    if (isPersonName(name)) return name;
    // `a lecture from the harbour chief, who`: a description of a person there too, after a thing.
    const head = name[name.length - 1];
    if (name.length <= 4 && DETERMINERS.has(name[0].lower) && !head.capital && personHead(stripPossessive(head.lower))) {
      const np = phraseEndingAt(words, start, end);
      if (np && np.length > name.length && !personHead(stripPossessive(np[np.length - name.length - 2]?.lower ?? ''))) return name;
    }
    break;
  }
  const np = phraseEndingAt(words, start, end);
  if (!np) return null;
  const lead = np[0];
  return lead.capital || DETERMINERS.has(lead.lower) || isPossessive(lead.text) ? np : null;
}

/** `said Ann Hale, a pollster who ...`: the name in the comma segment before a description is the same person. */
function nameBeforeRole(words: OutsideWord[], np: OutsideWord[]): OutsideWord[] | null {
  if (!isRolePhrase(np) || np[0].gapBefore !== ',') return null;
  const first = words.indexOf(np[0]);
  if (first < 1 || words[first - 1].sentence !== np[0].sentence) return null;
  const name = phraseEndingAt(words, segmentStart(words, first - 1), first - 1);
  return name && isPersonName(lastCapitalRun(name)) ? name : null;
}

/** `Ann Hale, the party's spokeswoman said`: a role right after a name that is the whole first segment of its
 * clause (at the sentence start or after a quote) is that person; a name in a lead-in (`In an interview with Ann
 * Hale, the candidate said`) is not. */
function nameOpeningClause(words: OutsideWord[], np: OutsideWord[]): OutsideWord[] | null {
  const name = nameBeforeRole(words, np);
  if (!name) return null;
  const at = words.indexOf(name[0]);
  const opens = at === 0 || words[at - 1].sentence !== name[0].sentence || name[0].gapBefore === '"';
  return opens && !NOT_SUBJECT.has(name[name.length - 1].lower) && !PREPOSITIONS.has(name[0].lower) ? name : null;
}

/** How far back a clause is searched for its subject (keeps pathological sentences linear). */
const MAX_CLAUSE_WORDS = 40;

/** Where the clause holding word `j` starts: the sentence start, or just after a quote, at most 40 words back. */
function clauseStart(words: OutsideWord[], j: number, sentence: number): number {
  let start = j;
  while (
    start > 0 &&
    j - start < MAX_CLAUSE_WORDS &&
    words[start - 1].sentence === sentence &&
    (words[start].gapBefore !== '"' || words[start - 1].lower === 'of') &&
    words[start].gapBefore !== '.'
  )
    start--;
  return start;
}

/** `Or, as Ann Hale, the mayor, put it:` — the cue's own clause starts after the last subordinator that opens a
 * comma segment (the word after `as`), not at the sentence start. */
function subordinateStart(words: OutsideWord[], start: number, last: number): number {
  for (let i = last; i > start; i--) {
    if (words[i].gapBefore !== '' && i > start) {
      const lead = words[i].lower;
      const next = i + 1 <= last ? words[i + 1] : null;
      const opensClause = next !== null && (next.capital || DETERMINERS.has(next.lower) || SUBJECT_PRONOUNS.has(next.lower));
      if (opensClause && (lead === 'as' || lead === 'while' || lead === 'when' || lead === 'because' || lead === 'since')) return i + 1;
    }
  }
  const lead = words[start].lower;
  if ((lead === 'as' || lead === 'or' || lead === 'and' || lead === 'but') && start + 1 <= last) {
    return lead === 'as' ? start + 1 : start;
  }
  return start;
}

/**
 * The subject of a clause written as comma segments (`At a rally in Ames, Iowa, on Sunday, Ann Hale said`): the
 * first segment that opens with a noun phrase rather than a preposition, a time word, a subordinate clause or a
 * place after a place; a bare name right after a role is the same person and wins (`A spokesman, Dan Reyes, said`).
 */
function clauseSubject(words: OutsideWord[], start: number, last: number): OutsideWord[] | null {
  let time: [number, number] | null = null;
  // Segment `s` is words[from, b]; the one before it words[pa, pb]. Each segment's end is found as the loop reaches
  // it (most clauses find their subject in the first segment or two).
  let b: number;
  let pa = -1;
  let pb = -1;
  for (let s = 0, from = start; from <= last; s++, pa = from, pb = b, from = b + 1) {
    b = segmentEnd(words, from, last);
    // Whether another segment follows this one in the clause.
    const then = b < last;
    let a = from;
    while (a < b && LEADING_ADVERBS.has(words[a].lower)) a++;
    const lead = words[a];
    if (PREPOSITIONS.has(lead.lower) || SUBORDINATORS.has(lead.lower) || lead.lower.endsWith('ing') || startsWithDigit(lead.lower))
      continue;
    // `A few days later, Hale ...`, `Each election cycle, many ...`: a time phrase set off before the clause (kept
    // only when no other segment can be the subject).
    if (then && timeSegment(words, a, b)) {
      time ??= [a, b];
      continue;
    }
    if (a === 0 && then && isRunIn(words, a, b, b + 1)) continue;
    if (notSubjectAt(words, a) && !SUBJECT_PRONOUNS.has(lead.lower)) continue;
    // `Reached by phone, Hale ...`, `Pressed again about it, he ...`: a participle opening the sentence before a
    // preposition is a clause of its own; the subject comes after it.
    if (s === 0 && then && participleOpener(words, a, b)) continue;
    if (CUE_VERBS.has(lead.lower) && !lead.capital) {
      // `“...,” said Ann Hale, the mayor, who ...`: the clause after a quote opens with its inverted cue.
      const after = nounPhraseFrom(words, a + 1, b);
      if (after.length > 0) return after;
      continue;
    }
    if (words[a].gapBefore === '(' || (a > 0 && words[a - 1].gapBefore === '(' && words[a].gapBefore !== '')) continue;
    if (!(lead.capital || DETERMINERS.has(lead.lower) || SUBJECT_PRONOUNS.has(lead.lower) || isPossessive(lead.text))) {
      // `panel chairman Ann Hale (D)`, `former governor Ann Hale`: lower-case descriptors before a name.
      const described = nounPhraseFrom(words, a, b);
      if (described.length > 1 && described[described.length - 1].capital && !lead.lower.endsWith('ing')) return described;
      continue;
    }
    // `Soon, he found ...`: a lone word set off before a pronoun and its verb is an adverb, not the subject (but
    // `Tamm, he said, was right`).
    if (a === b && then && SUBJECT_PRONOUNS.has(words[b + 1].lower) && !parenthetical(words, b + 1)) continue;
    // `Likewise, a study ...`, `Specifically, the report ...`: a lone adverb opening the clause.
    if (a === b && then && openingAdverb(lead.lower)) continue;
    // `in Ames, Iowa,`: a lone capitalised segment after one ending in a capitalised word is a place.
    // `Of Lund, Brandt, who ...`: a segment that `who` describes is a person.
    const who = then && (words[b + 1].lower === 'who' || words[b + 1].lower === 'whose');
    if (s > 0 && a === b && lead.capital && words[pb].capital && !isPersonName([lead]) && !who) continue;
    // `in Salem, New Hampshire, Hale said`: a segment of two or three capitalised words after a place named after a
    // preposition, with more of the clause to come, is the place's state or country.
    // (`in Oslo, Ola Brandt, the mayor, said`: a description set off after it makes it a person.)
    // The segment after this one is words[b + 1, nextEnd]; another follows it when it ends before the clause does.
    const nextEnd = then ? segmentEnd(words, b + 1, last) : -1;
    const described = then && nextEnd < last && !words[b + 1].capital;
    if (s > 0 && then && !who && !described && b > a && b - a < 3 && statePart(words, a, b, pa, pb)) continue;
    if (SUBJECT_PRONOUNS.has(lead.lower)) return [lead];
    const np = nounPhraseFrom(words, a, b);
    if (np.length === 0) continue;
    // `Asked whether Tamm, the harbour chief, was right, Hale said`: a description set off after a name that ends
    // a clause inside the opening clause describes that name; it is not the sentence's subject.
    if (then && s > 0 && np.length === b - a + 1 && isRolePhrase(np) && inClauseName(words, pa, pb)) continue;
    if (then && isRolePhrase(np)) {
      const name = nounPhraseFrom(words, b + 1, nextEnd);
      if (name.length > 0 && name.length === nextEnd - b && name.every((w) => w.capital || NAME_PARTICLES.has(w.lower))) {
        return name;
      }
      // `Two pilots, Ann Hale and Ivo Tamm, found`: the people the description counts, named.
      const names = words.slice(b + 1, nextEnd + 1);
      if (namesJoined(names)) return names;
      // `the other candidate, former harbour master Ann Hale, said`: job words before the name in the apposition
      // (closed by a comma, before the rest of the clause or the cue).
      const closed = nextEnd < last || (words[last + 1]?.gapBefore === ',' && words[last + 1].sentence === words[last].sentence);
      const described = closed && name.length === nextEnd - b ? describedName(name) : null;
      if (described) return described;
    }
    return np;
  }
  return time ? nounPhraseFrom(words, time[0], time[1]) : null;
}

/** The last word of the comma segment that opens at `from`: the word before the next one with punctuation before
 * it, or `last`. */
function segmentEnd(words: OutsideWord[], from: number, last: number): number {
  let i = from + 1;
  while (i <= last && words[i].gapBefore === '') i++;
  return i - 1;
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'outside']);
const CONNECTIVES = new Set('likewise otherwise plus anyway regardless nonetheless nevertheless moreover furthermore besides'.split(' '));
/** Endings of adverbs that open a clause (`Similarly`, `Notably`, `Unfortunately`), and not of names (`Kelly`, `Emily`). */
const ADVERB_ENDINGS = ['ally', 'ately', 'ingly', 'edly', 'ously', 'ently', 'antly', 'ably', 'ibly', 'ively', 'arly'];

/** A lone word that opens a clause as an adverb or a connective, never its subject. */
function openingAdverb(lower: string): boolean {
  if (CONNECTIVES.has(lower)) return true;
  if (lower.length < 6 || FIRST_NAME_GENDER.has(lower)) return false;
  for (const e of ADVERB_ENDINGS) if (lower.endsWith(e)) return true;
  return false;
}

/** Words that end a time phrase (`two weeks later`, `a year ago`). */
const TIME_TAILS = new Set('later earlier ago afterward afterwards before after since'.split(' '));
/** Heads of a time phrase (`each election cycle`, `that same morning`). */
const TIME_HEADS = new Set(
  `day days week weeks weekend month months year years decade decades hour hours minute minutes time times moment
  morning afternoon evening night nights cycle season summer winter spring autumn fall`.split(/\s+/),
);

/** Words `a`..`b` (a comma segment) are a time phrase: a phrase ending in `later` or `ago`, or a determiner and a
 * time noun (`Each election cycle`, `That night`). */
function timeSegment(words: OutsideWord[], a: number, b: number): boolean {
  if (b === a || b - a > 5) return false;
  const tail = words[b].lower;
  if (TIME_TAILS.has(tail)) return true;
  return TIME_HEADS.has(tail) && !words[b].capital && DETERMINERS.has(words[a].lower);
}

/** Words `a`..`b` are all capitalised, the first no known first name, and the segment before ends in a capitalised
 * run right after a place preposition (`in Salem`). */
function statePart(words: OutsideWord[], a: number, b: number, pa: number, pb: number): boolean {
  for (let i = a; i <= b; i++) if (!words[i].capital || isPossessive(words[i].text)) return false;
  if (FIRST_NAME_GENDER.has(words[a].lower)) return false;
  let i = pb;
  while (i > pa && words[i].capital) i--;
  return i < pb && PLACE_PREPOSITIONS.has(words[i].lower);
}

/** The name ending a description (`former harbour master Ann Hale`): lower-case job words, then two or more
 * capitalised words that are no body; null otherwise. */
function describedName(np: OutsideWord[]): OutsideWord[] | null {
  if (np[0].capital || DETERMINERS.has(np[0].lower) || !np[np.length - 1].capital) return null;
  const run = lastCapitalRun(np);
  if (run.length < 2 || run[run.length - 1] !== np[np.length - 1]) return null;
  if (run.some((w) => ORG_WORDS.has(stripPossessive(w.lower)))) return null;
  // `ferry workers of the Nord Line`: a name after a preposition is its object, not the person described.
  const at = np.indexOf(run[0]);
  // (`former secretary of state Ann Hale`: an `of` after a title is part of the job.)
  for (let i = 0; i < at; i++) {
    const titled = np[i].lower === 'of' && i > 0 && TITLES.has(np[i - 1].lower);
    if ((PREPOSITIONS.has(np[i].lower) && !titled) || DETERMINERS.has(np[i].lower)) return null;
  }
  return run;
}

/** Two or more names joined by `and` (`Ann Hale and Ivo Tamm`, `Ann and Ivo Tamm`), in one comma segment. */
function namesJoined(ws: readonly OutsideWord[]): boolean {
  // Most phrases hold no `and`: nothing to join, and no need to look their words up.
  if (!ws.some((w) => w.lower === 'and')) return false;
  let runs = 0;
  let run = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (i > 0 && w.gapBefore !== '') return false;
    if (w.lower === 'and' && run > 0 && i < ws.length - 1) {
      runs++;
      run = 0;
    } else if (w.capital && !DETERMINERS.has(w.lower) && !ORG_WORDS.has(stripPossessive(w.lower))) run++;
    else if (!(NAME_PARTICLES.has(w.lower) && run > 0)) return false;
  }
  return runs > 0 && run > 0;
}

/** `, he said,` set off inside a sentence: the pronoun at `p`, a speech verb, a comma. */
function parenthetical(words: OutsideWord[], p: number): boolean {
  const verb = words[p + 1];
  const after = words[p + 2];
  return verb !== undefined && verb.gapBefore === '' && CUE_VERBS.has(verb.lower) && after !== undefined && after.gapBefore.includes(',');
}

/** A segment ending in a name inside a subordinate clause (`Asked whether Ivo Tamm`, `concerned that Ivo Tamm`). */
function inClauseName(words: OutsideWord[], a: number, b: number): boolean {
  if (!words[b].capital || b === a) return false;
  for (let i = a; i < b; i++) if (CLAUSE_OPENERS.has(words[i].lower)) return true;
  return false;
}

const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'when', 'because', 'after', 'before', 'while', 'although']);

/**
 * A dateline or a run-in subhead opening the paragraph (`OSLO —`, `OSLO (AP) —`, `HARBOUR BOARD LOOKED AT HIM —`):
 * words all in capitals, set off before a segment that opens with a capital. Not the subject of what follows.
 */
function isRunIn(words: OutsideWord[], a: number, b: number, next: number): boolean {
  let letters = 0;
  for (let i = a; i <= b; i++) {
    const t = words[i].text;
    if (t !== t.toUpperCase()) return false;
    letters += t.replace(/[^A-Z]/g, '').length;
  }
  return letters >= 4 && words[next].capital;
}

function isPersonName(run: OutsideWord[]): boolean {
  return run.length >= 2 && run.every((w) => w.capital || NAME_PARTICLES.has(w.lower));
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

/** The subject at the start of the sentence (or of the clause after a quote in it). */
export function sentenceSubject(words: OutsideWord[], sentence: number, before = -1): OutsideWord[] | null {
  const first = firstWordOf(words, sentence);
  if (first < 0) return null;
  let last = first;
  while (
    last + 1 < words.length &&
    last - first < MAX_CLAUSE_WORDS &&
    words[last + 1].sentence === sentence &&
    words[last + 1].gapBefore !== '"' &&
    (before < 0 || last + 1 < before)
  )
    last++;
  return clauseSubject(words, first, last);
}

/** The noun phrase after a cue (`said Smith, a spokesman`, `according to the report`). */
export function phraseAfter(words: OutsideWord[], k: number): OutsideWord[] {
  if (k + 1 >= words.length || words[k + 1].gapBefore !== '' || words[k + 1].sentence !== words[k].sentence) return [];
  const first = words[k + 1].lower;
  if (
    first === 'that' ||
    first === 'to' ||
    first === 'it' ||
    first === 'him' ||
    first === 'her' ||
    first === 'them' ||
    first === 'me' ||
    first === 'us'
  )
    return [];
  const np = nounPhraseFrom(words, k + 1);
  return isRolePhrase(np) ? (appositiveName(words, words.indexOf(np[np.length - 1], k)) ?? np) : np;
}

/** A description, not a name: its head (before an `of`/`for` phrase) is a lower-case noun (`the leader of the
 * League`). */
function isRolePhrase(np: OutsideWord[]): boolean {
  let headEnd = np.length;
  for (let i = 1; i < np.length; i++) {
    // (`CEO of the Ferry Association`: a title in capitals heads a role too.)
    if (PP_IN_ROLE.has(np[i].lower) && (!np[i - 1].capital || TITLES.has(np[i - 1].lower))) {
      headEnd = i;
      break;
    }
  }
  return headEnd > 0 && (!np[headEnd - 1].capital || (headEnd < np.length && TITLES.has(np[headEnd - 1].lower)));
}

/** `said his best friend, Bruce Turry,`: a bare name in the comma segment right after a role is that person. */
function appositiveName(words: OutsideWord[], last: number): OutsideWord[] | null {
  const next = words[last + 1];
  if (!next || next.gapBefore !== ',' || next.sentence !== words[last].sentence) return null;
  // `said two pilots, Ann Hale and Ivo Tamm.`: the people counted, named, ending the sentence or set off.
  let end = last + 1;
  while (end + 1 < words.length && words[end + 1].sentence === next.sentence && words[end + 1].gapBefore === '') end++;
  const segment = words.slice(last + 1, end + 1);
  const closes = end + 1 >= words.length || words[end + 1].sentence !== next.sentence || words[end + 1].gapBefore !== '';
  if (closes && namesJoined(segment)) return segment;
  const name = nounPhraseFrom(words, last + 1);
  if (name.length === 0) return null;
  const after = words[last + 1 + name.length];
  // `exhorted the mayor's introducer, actress Jo Kent.`: job words before the name, the segment ending there.
  if (!next.capital) {
    const described = name.length === segment.length ? describedName(name) : null;
    return described && closes ? described : null;
  }
  if (!name.every((w) => w.capital || NAME_PARTICLES.has(w.lower))) return null;
  // `..., Ann Hale of the firm Berg and Moe`: a place or an employer after the name ends it too.
  if (after && after.sentence === next.sentence && after.gapBefore === '' && !(PP_IN_ROLE.has(after.lower) && isPersonName(name)))
    return null;
  return name;
}

/** `a shopkeeper` -> `the shopkeeper`, for a speaker referred back to. */
export function definite(text: string): string {
  const space = text.indexOf(' ');
  if (space < 0) return text;
  const first = lowerCase(text.slice(0, space));
  if (INDEFINITE.has(first)) return 'the' + text.slice(space);
  // A determiner capitalised only because it opened a sentence.
  if (DETERMINERS.has(first)) return first + text.slice(space);
  return text;
}

export function isPersonLike(kind: SpeakerKind): boolean {
  return kind === 'name' || kind === 'role';
}

export { joinWords, lastCapitalRun, isAcronym, isPossessive, stripPossessive, withoutOwnerS, DETERMINERS };
