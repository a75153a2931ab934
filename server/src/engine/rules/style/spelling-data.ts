// British/American spelling pairs, expanded into a lookup table of every inflected form.
//
// Only forms that belong to ONE convention are listed. Words that are correct in both conventions in some sense
// are left out on the side where they are ambiguous: "program" (computing, British too), "check" (verb), "tire"
// (to get tired), "meter" (a measuring device), "story" (a tale), "license" (the British verb), "practice" (the
// noun in both), "draft" (a first version), "curb" (to restrain). Their British-only partners ("programme",
// "cheque", "tyre", "metre", "storey", "licence", "practise", "draught", "kerb") are still recognised, so a
// house style of American spelling can flag them.
//
// -ise words that never take -ize (advise, comprise, surprise, enterprise, exercise, revise, televise, supervise,
// compromise, devise, despise, disguise, improvise, franchise, merchandise, promise, premise, expertise...) are not
// here because the -ise/-ize list below is an explicit list of stems, never a suffix rule.

export type Convention = 'british' | 'american';

/** -ise/-ize is its own family: Oxford spelling writes -ize with otherwise British spelling. */
export type SpellingFamily = 'ize' | 'general';

export interface SpellingEntry {
  convention: Convention;
  family: SpellingFamily;
  /** The British form, lowercase: identifies the pair. */
  key: string;
  /** The same word in the other convention, lowercase; null when that form is ambiguous and never suggested. */
  other: string;
}

// Stems that take -ise (British) / -ize (American), with -ised/-ising/-ises/-isation/-iser forms.
const IZE_STEMS = `
agon antagon apolog author bapt brutal burglar capital categor central character civil colon commercial
computer critic custom decentral demobil democrat demoral desensit destabil digit dramat econom emphas energ
epitom equal eulog evangel external familiar fantas fertil final formal fossil fratern galvan general global
harmon hospital human hypnot hypothes ideal immobil immun individual industrial initial institutional internal
italic item jeopard legal legitim liberal local magnet margin marginal material maxim mechan memor mesmer metabol
militar miniatur minim mobil modern monet monopol moral motor national natural neutral normal notar optim organ
ostrac oxid pasteur patron penal personal philosoph plagiar polar politic popular pressur privat priorit public
radical random rational real recogn regular reorgan revital revolution romantic sanit satir scandal scrutin
secular sensit sermon sexual social special stabil standard steril stigmat strateg subsid summar symbol sympath
synchron synthes tantal terror theor tranquil traumat trivial tyrann util vandal vapor verbal victim visual vocal
western woman`;

// -our (British) / -or (American) stems, with the suffixes each takes.
const OUR_STEMS: Record<string, string> = {
  ardo: '',
  armo: ' ed y ies',
  behavio: ' s al ally',
  cando: '',
  clamo: ' s ed ing',
  colo: ' s ed ing ful less ist ists ation',
  demeano: '',
  endeavo: ' s ed ing',
  favo: ' s ed ing able ably ite ites itism',
  fervo: '',
  flavo: ' s ed ing ing ful less',
  harbo: ' s ed ing',
  hono: ' s ed ing able ably',
  humo: ' s ed ing less',
  labo: ' s ed ing er ers',
  neighbo: ' s ing hood hoods ly',
  odo: ' s less',
  parlo: ' s',
  rumo: ' s ed',
  savo: ' s ed ing y',
  splendo: '',
  succo: '',
  tumo: ' s',
  valo: '',
  vapo: ' s',
  vigo: '',
  savio: ' s',
};

// -re (British) / -er (American).
const RE_ER: string[][] = [
  ['centre', 'center'],
  ['centres', 'centers'],
  ['centred', 'centered'],
  ['centring', 'centering'],
  ['theatre', 'theater'],
  ['theatres', 'theaters'],
  ['fibre', 'fiber'],
  ['fibres', 'fibers'],
  ['litre', 'liter'],
  ['litres', 'liters'],
  ['calibre', 'caliber'],
  ['sabre', 'saber'],
  ['sombre', 'somber'],
  ['spectre', 'specter'],
  ['lustre', 'luster'],
  ['meagre', 'meager'],
  ['sceptre', 'scepter'],
  ['manoeuvre', 'maneuver'],
  ['manoeuvres', 'maneuvers'],
  ['manoeuvred', 'maneuvered'],
  ['manoeuvring', 'maneuvering'],
  ['kilometre', 'kilometer'],
  ['kilometres', 'kilometers'],
  ['centimetre', 'centimeter'],
  ['centimetres', 'centimeters'],
  ['millimetre', 'millimeter'],
  ['millimetres', 'millimeters'],
  ['epicentre', 'epicenter'],
];

// -ence (British) / -ense (American).
const ENCE_ENSE: string[][] = [
  ['defence', 'defense'],
  ['defences', 'defenses'],
  ['defenceless', 'defenseless'],
  ['offence', 'offense'],
  ['offences', 'offenses'],
  ['pretence', 'pretense'],
  ['pretences', 'pretenses'],
];

// Doubled consonant before a suffix (British) against a single one (American), and the reverse (-l/-ll).
const DOUBLE_L_VERBS = `travel cancel label model fuel signal channel counsel level total quarrel equal dial tunnel
rival marshal pencil shovel swivel panel libel grovel revel yodel snorkel initial funnel jewel duel enamel kennel
marvel chisel gravel refuel unravel`;

const OTHER_PAIRS: string[][] = [
  // -yse/-yze (Oxford spelling keeps -yse, so these are not in the -ize family)
  ['analyse', 'analyze'],
  ['analysed', 'analyzed'],
  ['analyses', 'analyzes'],
  ['analysing', 'analyzing'],
  ['paralyse', 'paralyze'],
  ['paralysed', 'paralyzed'],
  ['paralysing', 'paralyzing'],
  ['catalyse', 'catalyze'],
  ['catalysed', 'catalyzed'],
  // -ogue/-og
  ['catalogue', 'catalog'],
  ['catalogues', 'catalogs'],
  ['catalogued', 'cataloged'],
  ['cataloguing', 'cataloging'],
  ['analogue', 'analog'],
  // -l/-ll
  ['counsellor', 'counselor'],
  ['counsellors', 'counselors'],
  ['jewellery', 'jewelry'],
  ['marvellous', 'marvelous'],
  ['marvellously', 'marvelously'],
  ['woollen', 'woolen'],
  ['traveller', 'traveler'],
  ['travellers', 'travelers'],
  ['enrol', 'enroll'],
  ['enrols', 'enrolls'],
  ['enrolment', 'enrollment'],
  ['enrolments', 'enrollments'],
  ['fulfil', 'fulfill'],
  ['fulfils', 'fulfills'],
  ['fulfilment', 'fulfillment'],
  ['instil', 'instill'],
  ['instils', 'instills'],
  ['distil', 'distill'],
  ['skilful', 'skillful'],
  ['skilfully', 'skillfully'],
  ['wilful', 'willful'],
  ['wilfully', 'willfully'],
  ['instalment', 'installment'],
  ['instalments', 'installments'],
  // ae/oe
  ['paediatric', 'pediatric'],
  ['paediatrician', 'pediatrician'],
  ['paediatricians', 'pediatricians'],
  ['anaesthetic', 'anesthetic'],
  ['anaesthetist', 'anesthetist'],
  ['anaesthesia', 'anesthesia'],
  ['haemorrhage', 'hemorrhage'],
  ['leukaemia', 'leukemia'],
  ['oestrogen', 'estrogen'],
  ['foetus', 'fetus'],
  ['foetal', 'fetal'],
  ['diarrhoea', 'diarrhea'],
  ['orthopaedic', 'orthopedic'],
  ['encyclopaedia', 'encyclopedia'],
  ['haemoglobin', 'hemoglobin'],
  ['oesophagus', 'esophagus'],
  ['gynaecologist', 'gynecologist'],
  // assorted
  ['aluminium', 'aluminum'],
  ['grey', 'gray'],
  ['greys', 'grays'],
  ['greying', 'graying'],
  ['plough', 'plow'],
  ['ploughs', 'plows'],
  ['ploughed', 'plowed'],
  ['sceptic', 'skeptic'],
  ['sceptics', 'skeptics'],
  ['sceptical', 'skeptical'],
  ['scepticism', 'skepticism'],
  ['mould', 'mold'],
  ['moulds', 'molds'],
  ['mouldy', 'moldy'],
  ['smoulder', 'smolder'],
  ['smouldering', 'smoldering'],
  ['moult', 'molt'],
  ['ageing', 'aging'],
  ['pyjamas', 'pajamas'],
  ['sulphur', 'sulfur'],
  ['artefact', 'artifact'],
  ['artefacts', 'artifacts'],
  ['cosy', 'cozy'],
  ['moustache', 'mustache'],
  ['aeroplane', 'airplane'],
  ['aeroplanes', 'airplanes'],
  ['yoghurt', 'yogurt'],
  ['sizeable', 'sizable'],
  ['likeable', 'likable'],
  ['omelette', 'omelet'],
  ['manoeuvrable', 'maneuverable'],
  ['doughnut', 'donut'],
  ['axe', 'ax'],
  ['licence', 'license'],
  ['licences', 'licenses'],
  ['practise', 'practice'],
  ['practised', 'practiced'],
  ['practises', 'practices'],
  ['practising', 'practicing'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['cheque', 'check'],
  ['cheques', 'checks'],
  ['tyre', 'tire'],
  ['tyres', 'tires'],
  ['storey', 'story'],
  ['storeys', 'stories'],
  ['metre', 'meter'],
  ['metres', 'meters'],
  ['draught', 'draft'],
  ['draughts', 'drafts'],
  ['kerb', 'curb'],
  ['kerbs', 'curbs'],
];

/** American forms that are also correct British words in another sense: never counted, never flagged. */
const AMBIGUOUS_AMERICAN = new Set([
  'license',
  'licenses',
  'practice',
  'practices',
  'program',
  'programs',
  'check',
  'checks',
  'tire',
  'tires',
  'story',
  'stories',
  'meter',
  'meters',
  'draft',
  'drafts',
  'curb',
  'curbs',
  'ax',
  // "analyses" is also the plural of "analysis"
  'analyzes',
]);
/** British forms that are also ordinary American words. */
const AMBIGUOUS_BRITISH = new Set(['analyses']);

function buildTable(): Map<string, SpellingEntry> {
  const table = new Map<string, SpellingEntry>();
  const add = (british: string, american: string, family: SpellingFamily): void => {
    if (!british || !american || british === american) return;
    if (!AMBIGUOUS_BRITISH.has(british) && !table.has(british)) {
      table.set(british, { convention: 'british', family, key: british, other: american });
    }
    if (!AMBIGUOUS_AMERICAN.has(american) && !table.has(american)) {
      table.set(american, { convention: 'american', family, key: british, other: british });
    }
  };

  for (const stem of IZE_STEMS.split(/\s+/)) {
    if (!stem) continue;
    for (const [gb, us] of [
      ['ise', 'ize'],
      ['ised', 'ized'],
      ['ises', 'izes'],
      ['ising', 'izing'],
      ['isation', 'ization'],
      ['isations', 'izations'],
      ['iser', 'izer'],
      ['isers', 'izers'],
    ]) {
      add(stem + gb, stem + us, 'ize');
    }
  }
  for (const [stem, suffixes] of Object.entries(OUR_STEMS)) {
    for (const suffix of suffixes.split(' ')) add(`${stem}ur${suffix}`, `${stem}r${suffix}`, 'general');
  }
  for (const verb of DOUBLE_L_VERBS.split(/\s+/)) {
    if (!verb) continue;
    for (const suffix of ['ed', 'ing', 'er', 'ers']) add(`${verb}l${suffix}`, `${verb}${suffix}`, 'general');
  }
  for (const [gb, us] of [...RE_ER, ...ENCE_ENSE, ...OTHER_PAIRS]) add(gb, us, 'general');
  return table;
}

export const SPELLING_TABLE: ReadonlyMap<string, SpellingEntry> = buildTable();

/** Words that, capitalised, are almost always names ("Labour" the party, "Pearl Harbor"), even at sentence start. */
export const NAME_LIKE: ReadonlySet<string> = new Set(['labour', 'labor', 'harbour', 'harbor', 'honour', 'honor', 'gray', 'grey']);
