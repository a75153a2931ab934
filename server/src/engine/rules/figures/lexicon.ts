// Word lists the figure reader uses to find what a figure counts and in which frame. Each list is a closed class of
// English (function words, time words) or a small set of news verbs whose synonyms count the same event.

export const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those his her its their our my your some any each every all both either neither no ' +
    'of in on at by for from with without to into onto over under about above below after before during since until ' +
    'against among between through across near outside inside around behind beyond towards toward within upon via per ' +
    'and or but nor so yet than as if because while when where whereas whether though although unless ' +
    'who whom whose which what that there here ' +
    'i you he she it we they me him us them himself herself itself themselves ' +
    'is are was were be been being am has have had having do does did will would shall should can could may might must ' +
    'not also only just even still already now then again too very more most less least further ' +
    'said says say told according including included includes ' +
    'mr mrs ms dr sir'
  ).split(' '),
);

export const AUXILIARIES = new Set(
  'is are was were be been being has have had will would shall should can could may might must do does did get got gets'.split(' '),
);

/** Verbs that give a figure no event of its own: `has 400 staff`, `with 40 members`. */
export const EMPTY_VERBS = new Set(
  'have has had having with without include includes included including contain contains contained comprise comprises ' +
    'involve involves involved involving is are was were be been being become became see saw seen sees'.split(' '),
);

export const DETERMINERS_DEFINITE = new Set('the these those his her its their our my your all'.split(' '));

/** Verb and noun forms whose figures count one event, by event. The verb lemma stands for any other verb. */
const EVENT_CLASSES = new Map<string, string>(
  Object.entries({
    die: 'death',
    dies: 'death',
    died: 'death',
    dying: 'death',
    dead: 'death',
    death: 'death',
    deaths: 'death',
    kill: 'death',
    kills: 'death',
    killed: 'death',
    killing: 'death',
    perished: 'death',
    fatalities: 'death',
    toll: 'death',
    injure: 'injury',
    injures: 'injury',
    injured: 'injury',
    injuring: 'injury',
    injuries: 'injury',
    wound: 'injury',
    wounds: 'injury',
    wounded: 'injury',
    wounding: 'injury',
    hurt: 'injury',
    arrest: 'arrest',
    arrests: 'arrest',
    arrested: 'arrest',
    arresting: 'arrest',
    detain: 'arrest',
    detains: 'arrest',
    detained: 'arrest',
    detaining: 'arrest',
    rescue: 'rescue',
    rescues: 'rescue',
    rescued: 'rescue',
    rescuing: 'rescue',
    free: 'rescue',
    frees: 'rescue',
    freed: 'rescue',
    freeing: 'rescue',
    cut: 'cut',
    cuts: 'cut',
    cutting: 'cut',
    axe: 'cut',
    axes: 'cut',
    axed: 'cut',
    axing: 'cut',
    shed: 'cut',
    sheds: 'cut',
    shedding: 'cut',
    lose: 'cut',
    loses: 'cut',
    lost: 'cut',
    losing: 'cut',
    losses: 'cut',
    redundancies: 'cut',
    threat: 'cut',
    risk: 'cut',
    win: 'win',
    wins: 'win',
    won: 'win',
    winning: 'win',
    secure: 'win',
    secures: 'win',
    secured: 'win',
    securing: 'win',
    receive: 'win',
    receives: 'win',
    received: 'win',
    receiving: 'win',
    poll: 'win',
    polled: 'win',
    polls: 'win',
    fine: 'fine',
    fines: 'fine',
    fined: 'fine',
    fining: 'fine',
    pay: 'pay',
    pays: 'pay',
    paid: 'pay',
    paying: 'pay',
    payment: 'pay',
    rise: 'rise',
    rises: 'rise',
    rose: 'rise',
    risen: 'rise',
    rising: 'rise',
    increase: 'rise',
    increases: 'rise',
    increased: 'rise',
    increasing: 'rise',
    grow: 'rise',
    grows: 'rise',
    grew: 'rise',
    grown: 'rise',
    growth: 'rise',
    gain: 'rise',
    gains: 'rise',
    gained: 'rise',
    jump: 'rise',
    jumped: 'rise',
    climb: 'rise',
    climbed: 'rise',
    up: 'rise',
    fall: 'fall',
    falls: 'fall',
    fell: 'fall',
    fallen: 'fall',
    falling: 'fall',
    drop: 'fall',
    drops: 'fall',
    dropped: 'fall',
    decline: 'fall',
    declines: 'fall',
    declined: 'fall',
    decrease: 'fall',
    decreased: 'fall',
    down: 'fall',
    slump: 'fall',
    slumped: 'fall',
  }),
);

/** Nouns that name the event itself (`14 deaths`, `a fine of £5,000`): the figure counts people, or is an amount. */
export const EVENT_NOUNS = new Set([
  'death',
  'deaths',
  'fatalities',
  'toll',
  'arrests',
  'injuries',
  'fine',
  'losses',
  'redundancies',
  'payment',
]);

/** Events whose figure counts people when no noun says what it counts (`killing 14`, `12 were injured`). */
export const PEOPLE_EVENTS = new Set(['death', 'injury', 'arrest', 'rescue', 'evacuate', 'missing', 'trap']);

/** Change nouns: their figure is an amount of change, and what changed is part of the frame. */
export const CHANGE_NOUNS = new Set([
  'rise',
  'increase',
  'growth',
  'gain',
  'jump',
  'hike',
  'surge',
  'fall',
  'drop',
  'decline',
  'decrease',
  'cut',
  'reduction',
  'slump',
]);

/** Verbs after which `to N` is a new level, not the count: `the toll rose to 12`. */
export const LEVEL_CHANGE_VERBS = new Set(
  (
    'rose risen rise rises rising climbed climb climbs climbing increased increase increases increasing grew grown grow ' +
    'jumped jump soared soar fell fallen fall falls falling dropped drop drops dropping declined decline decreased ' +
    'decrease reached reach reaches hit hits revised raised lowered cut cuts slashed doubled tripled brought bringing ' +
    'brings taking takes took pushed pushing put puts'
  ).split(' '),
);

/** Words that make a figure an increment, a part, a rank or a later value rather than the count itself. */
export const NOT_THE_COUNT_BEFORE = new Set(
  (
    'another further additional extra other remaining first last next top final latest initial original previous new record ' +
    'every per ' +
    'including include includes included among than'
  ).split(' '),
);

export const NOT_THE_COUNT_AFTER = new Set('more other others additional extra new further'.split(' '));

/** Words that mark a figure as a sum over parts: it is compared only with other sums. */
export const AGGREGATE_WORDS = new Set('total altogether overall combined cumulative'.split(' '));

/** Sentence words that make a figure a snapshot in a changing count (an update, a first report). */
export const CHANGING_COUNT_PHRASES: string[][] = [
  'so far',
  'now',
  'latest',
  'revised',
  'updated',
  'initially',
  'initial',
  'earlier',
  'later',
  'previously',
  'previous',
  'originally',
  'original',
  'first reports',
  'until now',
  'by then',
  'at the time',
  'since risen',
  'has since',
  'have since',
  'had since',
  'up from',
  'down from',
  'compared with',
  'compared to',
].map((p) => p.split(' '));

/** Rates: `£2m a year` is not `£10m`. */
export const RATE_WORDS = new Set('annually yearly monthly weekly daily apiece each'.split(' '));
export const RATE_UNITS = new Set('year month week day hour head person annum capita week night'.split(' '));

export const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));

export const TIME_WORDS = new Set(
  (
    'yesterday today tonight tomorrow morning afternoon evening night noon midday midnight dawn weekend ' +
    'spring summer autumn winter january february march april may june july august september october november december'
  ).split(' '),
);

export const TIME_RELATIVE = new Set('last this next previous past coming'.split(' '));
export const TIME_UNITS = new Set('year month week weekend season quarter term decade century night morning'.split(' '));

export const COMPASS = new Set(
  'north south east west northern southern eastern western north-east north-west south-east south-west northeast northwest southeast southwest central'.split(
    ' ',
  ),
);

export const PLACE_PREPOSITIONS = new Set('in at near outside across from off inside around'.split(' '));

export const TITLES = new Set('mr mrs ms miss dr sir dame lord lady prof president minister senator governor mayor'.split(' '));

export const PHRASAL_PARTICLES = new Set('aside off out up down back away'.split(' '));

/** The event class of a verb or noun form, or its lemma for any other verb. */
export function eventOf(lower: string): string {
  const known = EVENT_CLASSES.get(lower);
  if (known !== undefined) return known;
  if (lower.startsWith('evacuat')) return 'evacuate';
  if (lower === 'missing') return 'missing';
  if (lower === 'trapped' || lower === 'trap' || lower === 'trapping') return 'trap';
  return stem(lower);
}

/** A verb's stem, the same for every form (`hire`, `hired`, `hiring` give `hir`): enough to match two events. */
export function stem(lower: string): string {
  let w = IRREGULAR.get(lower) ?? lower;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('es')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (/([bdgklmnprt])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Past participles that do not end in -ed (`the debt written off`, `the copies sold`). */
export const IRREGULAR_PARTICIPLES = new Set(
  'written taken given made sold sent spent built held brought bought kept found drawn run won paid left lost shut put set hit cut seen done gone'.split(
    ' ',
  ),
);

/** Verbs whose object takes its event from what follows: `left 3,000 passengers stranded`, `left 12 dead`. */
export const LIGHT_VERBS = new Set(
  'leave leaves left leaving keep keeps kept keeping see sees saw seen find finds found make makes made'.split(' '),
);

const CLASSES = new Set([...EVENT_CLASSES.values(), 'evacuate', 'missing', 'trap']);

/** Is this event one of the known classes (`death`, `arrest`, `cut`…), rather than another verb's stem? */
export function isEventClass(event: string): boolean {
  return CLASSES.has(event);
}

export function isKnownEvent(lower: string): boolean {
  return EVENT_CLASSES.get(lower) !== undefined || lower.startsWith('evacuat') || lower === 'missing' || lower === 'trapped';
}

const IRREGULAR = new Map<string, string>(
  Object.entries({
    sold: 'sell',
    written: 'write',
    wrote: 'write',
    taken: 'take',
    took: 'take',
    won: 'win',
    lost: 'lose',
    shut: 'shut',
    sent: 'send',
    spent: 'spend',
    built: 'build',
    held: 'hold',
    made: 'make',
    gave: 'give',
    given: 'give',
    brought: 'bring',
    bought: 'buy',
    left: 'leave',
    led: 'lead',
    met: 'meet',
    hit: 'hit',
    set: 'set',
    put: 'put',
    kept: 'keep',
    found: 'find',
    drew: 'draw',
    drawn: 'draw',
    ran: 'run',
    run: 'run',
    came: 'come',
    went: 'go',
    gone: 'go',
    saw: 'see',
    seen: 'see',
    got: 'get',
    told: 'tell',
    said: 'say',
    employs: 'employ',
    people: 'person',
    persons: 'person',
    men: 'man',
    women: 'woman',
    children: 'child',
    police: 'police',
    staff: 'staff',
    news: 'news',
    series: 'series',
    species: 'species',
  }),
);

/** A rough lemma: enough to make `killed`/`killing`/`kills` and `homes`/`home` one key. */
export function lemma(lower: string): string {
  const irregular = IRREGULAR.get(lower);
  if (irregular !== undefined) return irregular;
  if (lower.length <= 3) return lower;
  if (lower.length > 4 && lower.endsWith('men')) return lower.slice(0, -3) + 'man';
  if (lower.endsWith('ies') && lower.length > 4) return lower.slice(0, -3) + 'y';
  if (lower.endsWith('sses') || lower.endsWith('ches') || lower.endsWith('shes') || lower.endsWith('xes')) return lower.slice(0, -2);
  if (lower.endsWith('ss') || lower.endsWith('us') || lower.endsWith('is')) return lower;
  if (lower.endsWith('s')) return lower.slice(0, -1);
  if (lower.endsWith('ied')) return lower.slice(0, -3) + 'y';
  if (lower.endsWith('led') && lower.endsWith('lled')) return lower.slice(0, -3);
  if (lower.endsWith('ed')) {
    const stem = lower.slice(0, -2);
    if (/([bdgklmnprt])\1$/.test(stem)) return stem.slice(0, -1);
    return /(at|iz|is|ur|v|c|g|u|bl|pl|tl|dl|rs|ns)$/.test(stem) ? stem + 'e' : stem;
  }
  if (lower.endsWith('ing') && lower.length > 5) {
    const stem = lower.slice(0, -3);
    if (/([bdgklmnprt])\1$/.test(stem)) return stem.slice(0, -1);
    return /(at|iz|is|ur|v|c|g|u|bl|pl|tl|dl|rs|ns)$/.test(stem) ? stem + 'e' : stem;
  }
  return lower;
}

/** Does the word look like a plural noun (a count's head)? */
export function looksPlural(lower: string): boolean {
  if (IRREGULAR.get(lower) !== undefined && /^(people|persons|men|women|children|police|staff)$/.test(lower)) return true;
  if (lower.length > 4 && lower.endsWith('men')) return true;
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us') && !lower.endsWith('is');
}
