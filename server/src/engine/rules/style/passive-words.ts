// Word lists for the passive-voice check.

import { wordList } from '../../lexicon/lists';

const set = (name: string, words: string): ReadonlySet<string> => wordList(`passive/${name}`, words);

export const BE_FORMS = set('BE_FORMS', `am is are was were be been being isn't aren't wasn't weren't`);
export const GET_FORMS = set('GET_FORMS', `get gets got gotten getting`);

/** Words that may stand in a verb chain before the be-form: "could have been", "was being", "has not been". */
export const AUXILIARIES = set(
  'AUXILIARIES',
  `am is are was were be been being isn't aren't wasn't weren't have has had having
will would can could may might must shall should won't wouldn't can't cannot couldn't mustn't shouldn't hasn't
haven't hadn't not`,
);

export const NEGATIONS = set(
  'NEGATIONS',
  `not never isn't aren't wasn't weren't won't wouldn't can't cannot couldn't mustn't
shouldn't hasn't haven't hadn't`,
);

/** Adverbs (besides -ly words) that may stand between the auxiliary and the participle. */
export const INNER_ADVERBS = set(
  'INNER_ADVERBS',
  `not never also already still just then now ever often always since once even all
both each soon first twice again further thus duly well later long subsequently n't`,
);

/** Degree words that modify adjectives, not verbs: "was very pleased" is an adjective, not a passive. */
export const DEGREE_WORDS = set(
  'DEGREE_WORDS',
  `very so too extremely quite rather more most less least fairly pretty increasingly
somewhat incredibly slightly particularly deeply genuinely terribly awfully utterly`,
);

/** Irregular participles, with the simple past where it differs ("beaten" -> "beat"). */
const IRREGULAR_SOURCE = `arisen:arose awoken:awoke beaten:beat begun:began bent bet bid bitten:bit bled blown:blew
broken:broke bred brought broadcast built burnt burst bought cast caught chosen:chose clung cut dealt dug done:did
drawn:drew dreamt driven:drove eaten:ate fed felt fought found flung forbidden:forbade forecast foreseen:foresaw
forgotten:forgot forgiven:forgave forsaken:forsook frozen:froze given:gave ground grown:grew hung heard hidden:hid hit
held hurt kept known:knew laid led lent let lit lost made meant met mislaid misled misread misunderstood
mistaken:mistook mown:mowed outdone:outdid overcome:overcame overdone:overdid overheard overridden:overrode
overrun:overran overseen:oversaw overtaken:overtook overthrown:overthrew overturned overwritten:overwrote paid
proven:proved put quit read rebuilt redone:redid repaid resold retold rewritten:rewrote rid ridden:rode rung:rang
run:ran said sawn:sawed seen:saw sought sold sent set sewn:sewed shaken:shook shed shot shown:showed shrunk:shrank shut
slain:slew slung slit smitten:smote sown:sowed sped spelt spent spilt split spoilt spoken:spoke spread spun stolen:stole
stricken:struck struck stuck stung strung sung:sang sunk:sank sworn:swore swept swung taken:took taught torn:tore told
thought thrown:threw thrust trodden:trod understood undertaken:undertook underwritten:underwrote undone:undid upheld
upset wed withdrawn:withdrew withheld withstood woken:woke won worn:wore woven:wove wound written:wrote wrung`;

export const IRREGULAR_PARTICIPLES: ReadonlyMap<string, string> = new Map(
  IRREGULAR_SOURCE.split(/\s+/)
    .filter(Boolean)
    .map((entry) => {
      const [participle, past] = entry.split(':');
      return [participle, past ?? participle] as [string, string];
    }),
);

/** -ed words that are (after a form of be) adjectives, not passives: feelings, states, and non-verbs. */
export const ADJECTIVAL = set(
  'ADJECTIVAL',
  `tired bored interested excited worried concerned pleased delighted disappointed
surprised shocked amazed astonished annoyed frustrated embarrassed scared frightened terrified satisfied relieved
confused convinced determined committed dedicated devoted involved married divorced engaged related based located
situated supposed entitled qualified aged advanced complicated sophisticated detailed talented experienced skilled
crowded limited renowned dressed armed obsessed fascinated thrilled overwhelmed stunned puzzled disgusted outraged
alarmed dismayed saddened impressed exhausted ashamed bewildered baffled horrified hooked spoiled accustomed
acquainted inclined opposed retired depressed stressed amused intrigued relaxed distracted assured gifted balanced
biased blessed learned prepared upset drunk gone born broke divided wedded`,
);

/** Words ending in -ed that are not verb forms at all. */
export const NOT_VERBS_ED = set(
  'NOT_VERBS_ED',
  `bed red shed shred embed sled wed fled bred sped led naked hundred indeed jagged kindred
ragged rugged sacred wicked wretched beloved crooked bearded dogged`,
);

/** After get/got, these describe a change of state rather than a passive: "got married", "get started". */
export const GET_ADJECTIVAL = set(
  'GET_ADJECTIVAL',
  `married divorced engaged lost dressed started stuck drunk rid changed involved
used tired bored`,
);

/** Participles that, followed by "to", form idioms rather than passives: "is supposed to", "is set to". */
export const TO_IDIOMS = set('TO_IDIOMS', `supposed meant bound set due scheduled poised slated`);

/** un- words that are verbs ("was unveiled"); other un-...-ed words are adjectives ("was unaffected"). */
export const UN_VERBS = set(
  'UN_VERBS',
  `unveiled unleashed uncovered unearthed unlocked unloaded unfolded unplugged unwrapped
unblocked unpacked unsealed unseated unmasked unravelled unraveled untangled unbanned unchained unhooked unsettled
unfrozen undone`,
);

/** Hyphen prefixes that keep a verb a verb ("re-elected"); other hyphenated -ed words are adjectives. */
export const VERB_PREFIXES = set('VERB_PREFIXES', `re co pre de mis over under out`);

/** Words that end an agent phrase: "by the regulator on Tuesday". */
export const AGENT_STOPS = set(
  'AGENT_STOPS',
  `on in at for after before since during over under with without to from into as
because while when which who whom that whose where but or if than yesterday today tomorrow tonight earlier later
last next monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december is are was were will would can could might must should has have
had amid despite following against between through until via per about across around toward towards onto upon
within so although though unless whether including`,
);

/** First words after "by" that do not start an agent: "cut by 5%", "by Friday", "by far", "by himself". */
export const NOT_AGENT_FIRST = set(
  'NOT_AGENT_FIRST',
  `then now far hand law mistake accident default chance car train bus road air rail
phone telephone email post night day nature way means up as more less around about nearly almost some much
itself themselves himself herself myself yourself ourselves one two three four five six seven eight nine ten
half midnight noon dawn monday tuesday wednesday thursday friday saturday sunday january february march
april june july august september october november december contrast comparison tomorrow tonight next
design force order`,
);

export const AGENT_DETERMINERS = set('AGENT_DETERMINERS', `the a an its their his her other several many some our your this these those`);

/** After "by the": "by the end of", "by the time". */
export const NOT_AGENT_AFTER_THE = set(
  'NOT_AGENT_AFTER_THE',
  `end time middle start beginning turn way close summer spring autumn winter weekend`,
);

/** Adjectival even with a "by" phrase after them ("is based by the river"). */
export const ALWAYS_ADJECTIVAL = set(
  'ALWAYS_ADJECTIVAL',
  `aged based situated born gone broke drunk accustomed acquainted inclined entitled
supposed renowned`,
);

/** Heads of place phrases: "was parked by the road" names a place, not an agent. */
export const PLACE_NOUNS = set(
  'PLACE_NOUNS',
  `road roadside river riverside window door doorway lake sea seaside side wall fire
bed gate entrance station shore pool canal coast beach tree fence`,
);

/** Adverbs of manner that may stand between the participle and "by": "was hit hard by", "was fined heavily by". */
export const MANNER_ADVERBS = set('MANNER_ADVERBS', `hard well badly fast again too also`);

/** Particles of phrasal verbs that may stand between the participle and "by": "was drawn up by", "taken over by". */
export const PHRASAL_PARTICLES = set('PHRASAL_PARTICLES', `up out off down back away over aside`);

/** Number words: before a name they count people ("by two Britons"), otherwise an amount ("cut by two"). */
export const NUMBER_WORDS = set('NUMBER_WORDS', `one two three four five six seven eight nine ten`);
