// Every rule, in one place: its id, the check that makes its findings, its default severity, a one-line summary
// and the settings it reads. Everything else derives from this file: the rule ids the engine accepts, the settings
// validator, SARIF's rule list, the rule links in hovers and the Problems panel, the CLI's `rules` list, and the
// generated surfaces (package.json settings, the house-style schema, the README's rules table, docs/settings.md:
// `npm run generate`). Rule ids are public: they are what users write in settings, house styles and suppression
// comments, so an id never changes once released.
import type { Severity } from '../types';

/** The checks of the pipeline (see pipeline.ts); each rule's findings come from one of them. */
export type CheckModule = 'quotes' | 'names' | 'style' | 'terms' | 'figures' | 'guide' | 'sourcing';

interface SettingBase {
  /** Markdown, one or two sentences. */
  description: string;
}

export interface IntegerSetting extends SettingBase {
  type: 'integer';
  default: number;
  minimum: number;
  maximum: number;
}

export interface BooleanSetting extends SettingBase {
  type: 'boolean';
  default: boolean;
}

export interface EnumSetting extends SettingBase {
  type: 'enum';
  default: string;
  values: readonly string[];
  valueDescriptions: readonly string[];
}

export interface StringListSetting extends SettingBase {
  type: 'string-list';
  default: readonly string[];
}

export type SettingSpec = IntegerSetting | BooleanSetting | EnumSetting | StringListSetting;

/** The value a setting holds. */
export type SettingValue<S extends SettingSpec> = S extends IntegerSetting
  ? number
  : S extends BooleanSetting
    ? boolean
    : S extends StringListSetting
      ? string[]
      : string;

/** Settings that shape the analysis: the editor (`copydesk.<key>`) and the house style (nested by the dot) can
 * set each of them. */
export const ANALYSIS_SETTINGS = {
  'readability.targetAge': {
    type: 'integer',
    default: 25,
    minimum: 5,
    maximum: 30,
    description:
      'Reading age above which a sentence gets a `readability` finding (Flesch-Kincaid grade plus five, names and numbers counted as short words). 25 flags the densest sentences of published news; grades are this minus five.',
  },
  'readability.scale': {
    type: 'enum',
    default: 'auto',
    values: ['auto', 'age', 'grade'],
    valueDescriptions: [
      "Follow the draft's spelling: American drafts get a US school grade, all others a reading age.",
      'Always a reading age (the grade plus five).',
      'Always a US school grade.',
    ],
    description:
      'Reading ages (British usage) or US school grades in the status bar, the report and `readability` messages. `auto`: grades for a draft held to American spelling (`copydesk.spelling`) or spelled mostly the American way, reading ages otherwise.',
  },
  'sentenceLength.maxWords': {
    type: 'integer',
    default: 50,
    minimum: 5,
    maximum: 500,
    description: 'Longest sentence, in words (quoted words not counted), before a `sentence-length` finding.',
  },
  'paragraphLength.maxSentences': {
    type: 'integer',
    default: 5,
    minimum: 1,
    maximum: 100,
    description: 'Most sentences in a paragraph before a `paragraph-length` finding.',
  },
  'paragraphLength.maxWords': {
    type: 'integer',
    default: 150,
    minimum: 10,
    maximum: 2000,
    description: 'Most words in a paragraph before a `paragraph-length` finding.',
  },
  spelling: {
    type: 'enum',
    default: 'auto',
    values: ['auto', 'british', 'american'],
    valueDescriptions: [
      'Follow the spelling the draft uses most and flag the other.',
      'Flag American spellings.',
      'Flag British spellings.',
    ],
    description: 'Which spelling `spelling-variant` expects.',
  },
  'nameReference.style': {
    type: 'enum',
    default: 'any',
    values: ['any', 'surname', 'title'],
    valueDescriptions: [
      'Accept either a surname alone or a courtesy title and surname after the full name.',
      'Second references by surname alone (“Smith”): flag “Mr Smith”, “Ms Jones”.',
      'Second references with a courtesy title (“Mr Smith”, “Ms Jones”), as some British papers write: flag a surname alone.',
    ],
    description:
      'How `name-reference` expects a person to be named after the full name. The first mention is always the full name, whatever this says.',
  },
  styleInQuotes: {
    type: 'boolean',
    default: false,
    description:
      'Apply the style rules (passive voice, sentence length, spelling…) inside quoted speech too. Off: a speaker’s words are left as spoken.',
  },
  // House-style presets (copydesk:ap, copydesk:bbc): settings of their opt-in rules.
  'headline.maxCharacters': {
    type: 'integer',
    default: 70,
    minimum: 10,
    maximum: 500,
    description: 'Longest headline, in characters, before a `headline-length` finding (the rule is off unless turned on).',
  },
  courtesyTitles: {
    type: 'enum',
    default: 'omit',
    values: ['omit', 'no-full-stop'],
    valueDescriptions: ['No courtesy titles outside quotations (AP).', 'Courtesy titles without a full stop: Mr, Mrs, Dr (BBC).'],
    description: 'What `courtesy-title` expects of Mr, Mrs, Ms and Miss (the rule is off unless turned on).',
  },
  'dayDate.year': {
    type: 'integer',
    default: 0,
    minimum: 0,
    maximum: 9999,
    description:
      'The year of dates written without one (`Tuesday 3 March`) for `day-date`, when the draft has no dateline with a date (a dateline wins). 0: none, and such dates are checked only against a dateline.',
  },
} as const satisfies Record<string, SettingSpec>;

export type AnalysisSettingKey = keyof typeof ANALYSIS_SETTINGS;

export type AnalysisSettingValue<K extends AnalysisSettingKey> = SettingValue<(typeof ANALYSIS_SETTINGS)[K]>;

export interface RuleDefinition {
  readonly id: string;
  readonly check: CheckModule;
  readonly severity: Severity;
  /** The severity of a finding inside quoted speech, where a rule looks there at all. */
  readonly severityInQuote?: Severity;
  /** One line: what the rule flags (README table, SARIF shortDescription, settings descriptions). */
  readonly summary: string;
  readonly settings: readonly AnalysisSettingKey[];
  /** Off unless a preset (`"extends": ["copydesk:ap"]`), the house style or a setting gives it a severity. */
  readonly optIn?: boolean;
}

export const RULES = [
  {
    id: 'quote-unattributed',
    check: 'quotes',
    severity: 'warning',
    summary: 'a direct quote with no speaker',
    settings: [],
  },
  {
    id: 'quote-floating',
    check: 'quotes',
    severity: 'hint',
    summary: 'a quote paragraph credited only through the paragraph before',
    settings: [],
  },
  {
    id: 'quote-unclosed',
    check: 'quotes',
    severity: 'warning',
    summary: 'a quotation mark never closed',
    settings: [],
  },
  {
    id: 'name-inconsistent',
    check: 'names',
    severity: 'warning',
    severityInQuote: 'info',
    summary: 'a name written differently elsewhere in the draft',
    settings: [],
  },
  {
    id: 'name-reference',
    check: 'names',
    severity: 'info',
    summary: "a person's surname used alone before the full name, or a second reference not in the house style",
    settings: ['nameReference.style'],
  },
  {
    id: 'acronym-undefined',
    check: 'names',
    severity: 'hint',
    summary: 'an acronym used before or without its definition',
    settings: [],
  },
  {
    id: 'figure-inconsistent',
    check: 'figures',
    severity: 'warning',
    summary: 'the same figure stated two ways (`ten people died` … `twelve people died`)',
    settings: [],
  },
  {
    id: 'attribution-verb',
    check: 'sourcing',
    severity: 'info',
    summary: 'a loaded verb in an attribution (`claimed`, `admitted`, `slammed`) where `said` is neutral',
    settings: [],
  },
  {
    id: 'source-plural',
    check: 'sourcing',
    severity: 'warning',
    summary: '`sources said` where the draft credits only one source of that kind',
    settings: [],
  },
  {
    id: 'quote-mismatch',
    check: 'sourcing',
    severity: 'warning',
    summary: 'a quote that is not what the transcript says (changed, dropped or added words)',
    settings: [],
  },
  {
    id: 'house-style',
    check: 'terms',
    severity: 'warning',
    severityInQuote: 'info',
    summary: 'a term the house style replaces',
    settings: [],
  },
  {
    id: 'readability',
    check: 'style',
    severity: 'info',
    summary: 'a sentence hard for the target reader',
    settings: ['readability.targetAge', 'readability.scale', 'styleInQuotes'],
  },
  {
    id: 'sentence-length',
    check: 'style',
    severity: 'warning',
    summary: 'a sentence over 50 words',
    settings: ['sentenceLength.maxWords', 'styleInQuotes'],
  },
  {
    id: 'paragraph-length',
    check: 'style',
    severity: 'hint',
    summary: 'a paragraph over 5 sentences or 150 words',
    settings: ['paragraphLength.maxSentences', 'paragraphLength.maxWords'],
  },
  {
    id: 'passive-voice',
    check: 'style',
    severity: 'hint',
    summary: 'passive voice, with the active form when the agent is named',
    settings: ['styleInQuotes'],
  },
  {
    id: 'spelling-variant',
    check: 'style',
    severity: 'warning',
    summary: 'British and American spellings mixed',
    settings: ['spelling', 'styleInQuotes'],
  },
  {
    id: 'repeated-word',
    check: 'style',
    severity: 'warning',
    summary: 'a word repeated by mistake (`the the`)',
    settings: ['styleInQuotes'],
  },
  {
    id: 'indefinite-article',
    check: 'style',
    severity: 'warning',
    summary: '`a` / `an` before the wrong sound',
    settings: ['styleInQuotes'],
  },
  // House-style presets: opt-in rules, turned on by "extends": ["copydesk:ap"] or ["copydesk:bbc"] (presets.ts).
  {
    id: 'number-style',
    check: 'guide',
    severity: 'warning',
    summary: 'one to nine in figures, or 10 and up in words (ages, percentages, money, measures and dates aside)',
    settings: [],
    optIn: true,
  },
  {
    id: 'courtesy-title',
    check: 'guide',
    severity: 'warning',
    summary: 'a courtesy title (Mr, Mrs, Ms) where the house style drops it or writes it without a full stop',
    settings: ['courtesyTitles'],
    optIn: true,
  },
  {
    id: 'headline-length',
    check: 'guide',
    severity: 'warning',
    summary: 'a headline over the house limit (70 characters; BBC 55)',
    settings: ['headline.maxCharacters'],
    optIn: true,
  },
  {
    id: 'day-date',
    check: 'guide',
    severity: 'warning',
    summary: 'a day name that does not match its date (`Tuesday 4 March 2026`: a Wednesday)',
    settings: ['dayDate.year'],
    optIn: true,
  },
] as const satisfies readonly RuleDefinition[];

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

const BY_ID = new Map<string, RuleDefinition>(RULES.map((r) => [r.id, r]));

export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id);
}

export function ruleDefinition(id: RuleId): RuleDefinition {
  return BY_ID.get(id)!;
}

/** Where a rule is documented, relative to the repository root (and to the packaged extension). */
export function ruleDocPath(id: RuleId): string {
  return `docs/rules/${id}.md`;
}
