// The speech-cue lexicon: verbs of saying and writing, expanded from lemmas into every inflected form, plus the
// nouns and fixed phrases that credit a quotation.

export type CueForm = 'base' | 's' | 'past' | 'ing';

/** How far a cue reaches. 'strong' verbs credit quotes anywhere in their paragraph and can introduce a floating
 * quote in the next paragraph; 'weak' ones (call, describe, read, ...) only credit a quote in their own sentence. */
export type CueStrength = 'strong' | 'weak';

export interface CueWord {
  lemma: string;
  form: CueForm;
  strength: CueStrength;
}

import { entriesOf, registerEntries, wordList } from '../../lexicon/lists';

// Entry syntax: `lemma` (regular), `lemma+` (doubles its last consonant: quip -> quipped),
// `lemma|past|participle` (irregular).
const STRONG_VERBS = `say|said|said tell|told|told add explain ask write|wrote|written tweet warn insist note declare
announce claim state argue acknowledge admit+ reply respond recall remark comment observe contend assert
predict vow swear|swore|sworn quip+ joke shout yell scream whisper mutter testify concede confirm deny complain boast
brag+ suggest urge plead beg demand conclude counter retort interject lament muse wonder report stress emphasize
emphasise reiterate repeat caution advise allege charge opine proclaim thunder snap+ scoff grumble recount exclaim
agree disagree object protest answer inform assure reassure confide reveal disclose speculate theorize theorise posit
recommend propose pledge threaten gush rave marvel sneer fume rage growl bark snarl lecture preach
admonish rebut stammer stutter murmur whine groan chuckle giggle laugh sob sigh cry shriek hiss breathe
beam enthuse recollect reminisce volunteer interrupt interpose correct clarify elaborate summarize summarise
attest affirm aver+ avow broadcast|broadcast|broadcast email e-mail text blog+ post
message retweet pen+ chat+ inquire enquire query question quiz grill remind grouse gripe indicate mention
tout echo apologize apologise confess intone counsel implore exhort request underline underscore vent crow gloat crack
jest deadpan relay convey forecast|forecast|forecast guarantee concur bemoan sniff huff
instruct specify`;

const WEAK_VERBS = `call describe dub+ brand label term characterize characterise praise criticize criticise slam+
blast mock ridicule condemn denounce decry defend read|read|read cite quote sing|sang|sung chant continue
begin|began|begun refer+ hint signal promise sum+ put|put|put go|went|gone fire|fired|fired hit|hit|hit
maintain reason show|showed|shown promote advertise pitch bill believe think|thought|thought feel|felt|felt hope fear worry talk depict portray frame highlight deem nickname detail outline parrot laud thank
dispute refute remember reflect press ponder 
shoot|shot|shot chime point weigh speak|spoke|spoken lash accuse reject dismiss recite narrate relate`;

/** Verbs that credit words to someone without saying they spoke them (`welcomed “the ruling”`, `found that “...”`,
 * `attributed the rise to “our menu”`): weak sources, shown as such in the ledger. */
const NON_SPEECH_VERBS = `welcome attribute credit express react find|found|found endorse publish list hail applaud blame
estimate identify introduce share`;

/** Verbs that only cue when followed by a particle: `pointed out`, `fired back`, `chimed in`. */
export const PARTICLE_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['point', new Set(['out'])],
  ['fire', new Set(['back'])],
  ['hit', new Set(['back'])],
  ['shoot', new Set(['back'])],
  ['chime', new Set(['in'])],
  ['speak', new Set(['out', 'up', 'to', 'with', 'at'])],
  ['lash', new Set(['out'])],
  ['sum', new Set(['up'])],
  ['weigh', new Set(['in'])],
  ['go', new Set(['on'])],
  ['put', new Set(['it'])],
]);

/** Weak verbs that need a quote right after them in the sentence (`continued, “...”`, not `continued to rise`). */
export const NOT_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['continue', new Set(['to'])],
  ['begin', new Set(['to'])],
  ['call', new Set(['on', 'off', 'up', 'in'])],
  ['point', new Set(['to', 'at'])],
  ['promise', new Set(['to'])],
  ['refer', new Set(['to'])],
]);

/** Nouns of speech and writing: they credit a quote when owned (`his statement`, `Smith's reply`) or framed as
 * `in a statement`, `in an interview`. */
export const SPEECH_NOUNS: ReadonlySet<string> = wordList(
  'cues/SPEECH_NOUNS',
  `statement statements remark remarks comment comments word words letter letters tweet tweets post posts email emails
  e-mail e-mails speech speeches interview interviews message messages response reply answer advice explanation
  argument testimony sign placard banner caption memo note essay op-ed column editorial book blog video podcast
  broadcast address announcement release declaration complaint warning question retort quip verdict view views
  account recollection motto slogan mantra instructions quote quotes quotation line lines lesson lessons point
  assessment conclusion theory claim claims promise pledge vow plea refrain pitch reaction take phrase
  catchphrase soundbite soundbites headline headlines viewpoint opinion dig jab swipe barb`,
);

const SPLIT = /\s+/;
/** One syllable ending in one vowel and one consonant doubles it before -ed and -ing (sob, sobbed, sobbing). */
const SHORT_CVC = /^[^aeiou]*[aeiou][bdgklmnprtvz]$/;
/** A final l after one vowel that follows a consonant: counsel, signal, label (not reveal, feel). */
const BRITISH_LL = /[^aeiou][aeiou]l$/;

function sForm(lemma: string): string {
  const last = lemma[lemma.length - 1];
  if (/(?:s|x|z|ch|sh|[^aeiou]o)$/.test(lemma)) return lemma + 'es';
  if (last === 'y' && !'aeiou'.includes(lemma[lemma.length - 2] ?? '')) return lemma.slice(0, -1) + 'ies';
  return lemma + 's';
}

function pastForm(lemma: string, doubles: boolean): string {
  if (doubles) return lemma + lemma[lemma.length - 1] + 'ed';
  if (lemma.endsWith('e')) return lemma + 'd';
  if (lemma.endsWith('y') && !'aeiou'.includes(lemma[lemma.length - 2] ?? '')) return lemma.slice(0, -1) + 'ied';
  return lemma + 'ed';
}

function ingForm(lemma: string, doubles: boolean): string {
  if (doubles) return lemma + lemma[lemma.length - 1] + 'ing';
  if (lemma.endsWith('ie')) return lemma.slice(0, -2) + 'ying';
  if (lemma.endsWith('e') && !/(?:ee|ye|oe)$/.test(lemma)) return lemma.slice(0, -1) + 'ing';
  return lemma + 'ing';
}

function expand(entries: string, strength: CueStrength, into: Map<string, CueWord>): void {
  for (const entry of entries.split(SPLIT)) {
    if (!entry) continue;
    const parts = entry.split('|');
    const marked = parts[0].endsWith('+');
    const lemma = marked ? parts[0].slice(0, -1) : parts[0];
    const doubles = marked || SHORT_CVC.test(lemma);
    const past = parts[1] ?? pastForm(lemma, doubles);
    const participle = parts[2] ?? past;
    const forms: [string, CueForm][] = [
      [lemma, 'base'],
      [sForm(lemma), 's'],
      [past, 'past'],
      [participle, 'past'],
      [ingForm(lemma, doubles), 'ing'],
    ];
    if (!doubles && parts.length === 1 && BRITISH_LL.test(lemma)) {
      // British spelling doubles a final l after one unstressed vowel (counselled, signalling); American does not.
      forms.push([pastForm(lemma, true), 'past'], [ingForm(lemma, true), 'ing']);
    }
    for (const [word, form] of forms) {
      // A strong entry wins over a weak one for the same spelling (`hit` the weak particle verb vs nothing).
      const existing = into.get(word);
      if (existing && existing.strength === 'strong') continue;
      into.set(word, { lemma, form, strength });
    }
  }
}

const lemmaOf = (entry: string) => entry.split('|')[0].replace(/\+$/, '');
registerEntries('cues/STRONG_VERBS', entriesOf(STRONG_VERBS).map(lemmaOf));
registerEntries('cues/WEAK_VERBS', entriesOf(WEAK_VERBS).map(lemmaOf));
registerEntries('cues/NON_SPEECH_VERBS', entriesOf(NON_SPEECH_VERBS).map(lemmaOf));

function buildLexicon(): ReadonlyMap<string, CueWord> {
  const map = new Map<string, CueWord>();
  expand(NON_SPEECH_VERBS, 'weak', map);
  expand(WEAK_VERBS, 'weak', map);
  expand(STRONG_VERBS, 'strong', map);
  return map;
}

/** Every inflected form of every speech verb, lower case. */
export const CUE_VERBS: ReadonlyMap<string, CueWord> = buildLexicon();

/** Weak verbs that are speech acts (praise, accuse, call ...): a person doing one at a paragraph's end is the
 * speaker a bare quote in the next paragraph goes on from. The other weak verbs (show, maintain, hope ...) are not. */
export const SPEECH_ACT_LEMMAS: ReadonlySet<string> = new Set(
  `praise criticize criticise slam blast mock ridicule condemn denounce decry defend call describe dub brand label thank
  laud dispute refute reject dismiss accuse lash promise speak talk`.split(/\s+/),
);

/** Lemmas of the verbs that attribute without reporting speech. */
export const NON_SPEECH_LEMMAS: ReadonlySet<string> = new Set(entriesOf(NON_SPEECH_VERBS).map(lemmaOf));

/** Lemmas of the weak verbs (for ranking cues: a speech verb nearby wins). */
export const WEAK_LEMMAS: ReadonlySet<string> = new Set([...CUE_VERBS.values()].filter((c) => c.strength === 'weak').map((c) => c.lemma));

/** Verbs whose strength depends on a particle; they never cue alone. */
export function needsParticle(lemma: string): boolean {
  return (
    lemma === 'point' ||
    lemma === 'fire' ||
    lemma === 'hit' ||
    lemma === 'shoot' ||
    lemma === 'chime' ||
    lemma === 'lash' ||
    lemma === 'sum' ||
    lemma === 'weigh' ||
    lemma === 'go' ||
    lemma === 'put' ||
    lemma === 'speak'
  );
}

/** Verbs that ask: a bare quote after an asked question is a reply by someone else. */
export const ASKING_LEMMAS: ReadonlySet<string> = new Set(['ask', 'question', 'inquire', 'enquire', 'query', 'quiz', 'grill']);
