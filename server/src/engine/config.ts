import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import picomatch from 'picomatch';
import type { NameOptions } from './rules/names';
import type { DeskSource } from './rules/sourcing/audit';
import type { TranscriptSource } from './rules/transcripts/mismatch';
import {
  ANALYSIS_SETTINGS,
  RULE_IDS,
  type AnalysisSettingKey,
  type AnalysisSettingValue,
  type RuleId,
  type SettingSpec,
} from './rules/registry';
import { DEFAULT_STYLE_OPTIONS, type StyleOptions } from './rules/style/options';
import type { CourtesyTitles } from './rules/guide/courtesyTitles';
import type { Term } from './rules/terms';
import type { DocumentFormat, Severity } from './types';

export type RuleSetting = Severity | 'off';
export type RuleSettings = Partial<Record<RuleId, RuleSetting>>;
export type SpellingPreference = 'british' | 'american' | 'auto';
/** How reading difficulty is shown: `auto` follows the draft's spelling (American: grades). */
export type ReadingScaleSetting = 'auto' | 'age' | 'grade';

/** The settings that shape analysis, which both the editor settings (`copydesk.*`) and the house style can set. */
export interface UserSettings {
  rules?: RuleSettings;
  readability?: { targetAge?: number; scale?: ReadingScaleSetting };
  sentenceLength?: { maxWords?: number };
  paragraphLength?: { maxSentences?: number; maxWords?: number };
  spelling?: SpellingPreference;
  nameReference?: { style?: 'any' | 'surname' | 'title' };
  styleInQuotes?: boolean;
  headline?: { maxCharacters?: number };
  courtesyTitles?: CourtesyTitles;
  dayDate?: { year?: number };
}

/** The house style file `.copydesk.json`: data only, shared by a team. */
export interface HouseStyle extends UserSettings {
  /** Presets (`copydesk:ap`, `copydesk:bbc`) and shared house style files (paths), applied in order before this
   * file's own settings (houseStyleExtends.ts). */
  extends?: string[];
  names?: { preferred: string; variants?: string[] }[];
  acronyms?: string[];
  distinctNames?: string[][];
  terms?: Term[];
  /** Attribution verbs the house holds loaded beyond the built-in list, and built-in ones it allows. */
  attributionVerbs?: { loaded?: string[]; allowed?: string[] };
  /** The desk's list of contributors, for the sourcing audit's count (never guessed from a name). */
  sources?: DeskSource[];
  /** Globs (relative to the house style's folder) of interview transcripts and notes, for quote-mismatch. */
  transcripts?: string[];
  overrides?: { files: string[]; rules: RuleSettings }[];
}

export interface EngineOptions {
  format: DocumentFormat;
  rules: RuleSettings;
  style: StyleOptions;
  names: NameOptions;
  terms: Term[];
  styleInQuotes: boolean;
  guide: { headlineMaxCharacters: number; courtesyTitles: CourtesyTitles; dayDateYear: number };
  attributionVerbs: { loaded: string[]; allowed: string[] };
  /** The desk's list of contributors (house style `sources`), or null without one. */
  sources: DeskSource[] | null;
  /** The transcripts the house style names, as read by the caller (the engine reads no files); null without any. A
   * new array when a file changes: the engine indexes each array once. */
  transcripts: TranscriptSource[] | null;
}

export const HOUSE_STYLE_FILE = '.copydesk.json';

const DEFAULT_GUIDE: EngineOptions['guide'] = {
  headlineMaxCharacters: ANALYSIS_SETTINGS['headline.maxCharacters'].default,
  courtesyTitles: ANALYSIS_SETTINGS.courtesyTitles.default,
  dayDateYear: ANALYSIS_SETTINGS['dayDate.year'].default,
};
export const HOUSE_STYLE_MAX_BYTES = 1_000_000;

const NO_VERB_LISTS = { loaded: [], allowed: [] };

export function defaultOptions(format: DocumentFormat = 'plaintext'): EngineOptions {
  return {
    format,
    rules: {},
    style: DEFAULT_STYLE_OPTIONS,
    names: {},
    terms: [],
    styleInQuotes: false,
    guide: DEFAULT_GUIDE,
    attributionVerbs: NO_VERB_LISTS,
    sources: null,
    transcripts: null,
  };
}

export interface ResolvedOptions {
  options: EngineOptions;
  /** Human-readable notes of settings that the house style overrode (never silent). */
  overridden: string[];
}

/** The value at a dotted setting key (`readability.targetAge`) of a settings object, if any. */
export function settingAt(settings: object | null | undefined, key: string): unknown {
  let at: unknown = settings;
  for (const part of key.split('.')) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, part)) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

/** Precedence: built-in defaults < editor settings < house style < house style `overrides` matching the file. */
export function resolveOptions(
  format: DocumentFormat,
  settings: UserSettings = {},
  house: HouseStyle | null = null,
  relativePath?: string,
): ResolvedOptions {
  const overridden: string[] = [];
  const layer = <T>(name: string, fromSettings: T | undefined, fromHouse: T | undefined, fallback: T): T => {
    if (fromHouse !== undefined) {
      // Editors report defaults as values too, so only a setting that differs from the default counts as the user's.
      if (fromSettings !== undefined && fromSettings !== fromHouse && fromSettings !== fallback) {
        overridden.push(
          `copydesk.${name} = ${JSON.stringify(fromSettings)} is overridden by ${HOUSE_STYLE_FILE} (${JSON.stringify(fromHouse)})`,
        );
      }
      return fromHouse;
    }
    return fromSettings ?? fallback;
  };

  const rules: RuleSettings = {};
  for (const id of RULE_IDS) {
    const value = layer(`rules.${id}`, settings.rules?.[id], house?.rules?.[id], undefined);
    if (value !== undefined) rules[id] = value;
  }
  if (house?.overrides && relativePath !== undefined) {
    const path = relativePath.replace(/\\/g, '/');
    for (const o of house.overrides) {
      if (o.files.some((glob) => picomatch.isMatch(path, glob, { dot: true }))) Object.assign(rules, o.rules);
    }
  }

  const value = <K extends AnalysisSettingKey>(key: K) =>
    layer<unknown>(key, settingAt(settings, key), settingAt(house, key), ANALYSIS_SETTINGS[key].default) as AnalysisSettingValue<K>;
  const d = DEFAULT_STYLE_OPTIONS;
  const spelling = value('spelling');
  const style: StyleOptions = {
    ...d,
    readability: { ...d.readability, age: value('readability.targetAge'), scale: readingScale(value('readability.scale')) },
    sentenceLength: { ...d.sentenceLength, maxWords: value('sentenceLength.maxWords') },
    paragraphLength: {
      ...d.paragraphLength,
      maxSentences: value('paragraphLength.maxSentences'),
      maxWords: value('paragraphLength.maxWords'),
    },
    spelling: { ...d.spelling, prefer: spelling === 'auto' ? null : (spelling as 'british' | 'american') },
  };

  return {
    options: {
      format,
      rules,
      style,
      names: {
        preferred: house?.names ?? [],
        knownAcronyms: house?.acronyms ?? [],
        distinctNames: house?.distinctNames ?? [],
        secondReference: secondReference(value('nameReference.style')),
      },
      terms: house?.terms ?? [],
      styleInQuotes: value('styleInQuotes'),
      guide: {
        headlineMaxCharacters: value('headline.maxCharacters'),
        courtesyTitles: value('courtesyTitles') as CourtesyTitles,
        dayDateYear: value('dayDate.year'),
      },
      attributionVerbs: house?.attributionVerbs
        ? { loaded: house.attributionVerbs.loaded ?? [], allowed: house.attributionVerbs.allowed ?? [] }
        : NO_VERB_LISTS,
      sources: house?.sources ?? null,
      transcripts: null,
    },
    overridden,
  };
}

function secondReference(setting: string): NameOptions['secondReference'] {
  return setting === 'surname' || setting === 'title' ? setting : undefined;
}

function readingScale(setting: string): StyleOptions['readability']['scale'] {
  return setting === 'age' || setting === 'grade' ? setting : null;
}

// ---- Validation of the house style file, with the position of every problem ----

export interface ConfigProblem {
  /** JSON path of the offending value, e.g. `rules.passive-voice` or `names[2].preferred`. */
  path: string;
  message: string;
  start: number;
  end: number;
}

export interface ParsedHouseStyle {
  style: HouseStyle | null;
  problems: ConfigProblem[];
}

type Check = (node: JsonNode, path: string, problems: ConfigProblem[]) => void;

const SEVERITIES = ['off', 'error', 'warning', 'info', 'hint'];

const problem = (problems: ConfigProblem[], node: JsonNode, path: string, message: string) =>
  problems.push({ path, message, start: node.offset, end: node.offset + node.length });

const isType = (node: JsonNode, type: JsonNode['type'], path: string, problems: ConfigProblem[], what: string) => {
  if (node.type === type) return true;
  problem(problems, node, path, `${path || 'the file'} must be ${what}, not ${node.type === 'null' ? 'null' : `a ${node.type}`}`);
  return false;
};

const str: Check = (n, p, ps) => {
  if (isType(n, 'string', p, ps, 'a string') && String(n.value).trim() === '') problem(ps, n, p, `${p} must not be empty`);
};
const bool: Check = (n, p, ps) => void isType(n, 'boolean', p, ps, 'true or false');
const positive =
  (min: number, max: number): Check =>
  (n, p, ps) => {
    if (!isType(n, 'number', p, ps, 'a number')) return;
    const v = n.value as number;
    if (!Number.isInteger(v) || v < min || v > max) problem(ps, n, p, `${p} must be a whole number from ${min} to ${max}`);
  };
const oneOf =
  (values: string[]): Check =>
  (n, p, ps) => {
    if (isType(n, 'string', p, ps, 'a string') && !values.includes(n.value as string)) {
      problem(ps, n, p, `${p} must be one of ${values.map((v) => `"${v}"`).join(', ')}`);
    }
  };
const arrayOf =
  (item: Check, maxItems = 10_000): Check =>
  (n, p, ps) => {
    if (!isType(n, 'array', p, ps, 'an array')) return;
    const items = n.children ?? [];
    if (items.length > maxItems) problem(ps, n, p, `${p} has ${items.length} entries; at most ${maxItems} are allowed`);
    items.forEach((c, i) => item(c, `${p}[${i}]`, ps));
  };
const object =
  (shape: Record<string, Check>, required: string[] = []): Check =>
  (n, p, ps) => {
    if (!isType(n, 'object', p, ps, 'an object')) return;
    const seen = new Set<string>();
    for (const prop of n.children ?? []) {
      const [keyNode, valueNode] = prop.children ?? [];
      const key = keyNode?.value as string;
      const path = p ? `${p}.${key}` : key;
      seen.add(key);
      // Own keys only: a key such as "__proto__" or "toString" must not find Object.prototype's members.
      const check = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (!check) {
        problem(ps, keyNode, path, `unknown key "${key}"${p ? ` in ${p}` : ''}; known keys: ${Object.keys(shape).join(', ')}`);
      } else if (valueNode) check(valueNode, path, ps);
    }
    for (const r of required) if (!seen.has(r)) problem(ps, n, p, `${p} needs "${r}"`);
  };

// picomatch turns each `*` into a lazy run and extglobs into nested quantifiers: three stars in one path segment,
// or an extglob, backtrack exponentially on a long file name, so a hostile .copydesk.json could stall every check.
// Globs stay simple, and few (at most 50 x 20).
const MAX_STARS_PER_SEGMENT = 2;
const glob: Check = (n, p, ps) => {
  str(n, p, ps);
  if (n.type !== 'string') return;
  const value = String(n.value);
  if (/[@!?*+]\(/.test(value)) problem(ps, n, p, `${p} uses an extglob such as +(…) or @(…); use *, **, ?, [abc] and {a,b}`);
  else if (value.split('/').some((segment) => segment !== '**' && segment.split('*').length - 1 > MAX_STARS_PER_SEGMENT)) {
    problem(ps, n, p, `${p} has more than ${MAX_STARS_PER_SEGMENT} * in one path segment`);
  }
};

const ruleSettings: Check = object(Object.fromEntries(RULE_IDS.map((id) => [id, oneOf(SEVERITIES)])));

function settingCheck(spec: SettingSpec): Check {
  if (spec.type === 'integer') return positive(spec.minimum, spec.maximum);
  if (spec.type === 'boolean') return bool;
  if (spec.type === 'enum') return oneOf([...spec.values]);
  return arrayOf(str);
}

/** The analysis settings as nested objects (`readability: { targetAge }`), checked as the registry declares them. */
function analysisSettingShapes(): Record<string, Check> {
  const nested = new Map<string, Record<string, Check>>();
  const shapes: Record<string, Check> = {};
  for (const [key, spec] of Object.entries(ANALYSIS_SETTINGS) as [string, SettingSpec][]) {
    const [group, name] = key.split('.');
    if (name === undefined) shapes[group] = settingCheck(spec);
    else {
      let members = nested.get(group);
      if (!members) {
        nested.set(group, (members = {}));
        shapes[group] = object(members);
      }
      members[name] = settingCheck(spec);
    }
  }
  return shapes;
}

const houseStyleShape: Check = object({
  $schema: str,
  rules: ruleSettings,
  ...analysisSettingShapes(),
  names: arrayOf(object({ preferred: str, variants: arrayOf(str) }, ['preferred'])),
  acronyms: arrayOf(str),
  distinctNames: arrayOf(arrayOf(str, 50)),
  terms: arrayOf(object({ use: str, instead: arrayOf(str, 100), note: str }, ['use', 'instead'])),
  attributionVerbs: object({ loaded: arrayOf(str, 1000), allowed: arrayOf(str, 1000) }),
  sources: arrayOf(object({ name: str, gender: str, role: str }, ['name'])),
  transcripts: arrayOf(glob, 50),
  overrides: arrayOf(object({ files: arrayOf(glob, 20), rules: ruleSettings }, ['files', 'rules']), 50),
  extends: arrayOf(str, 20),
});

/** Parses and validates `.copydesk.json`. Any problem rejects the whole file (the caller keeps the last good one). */
export function parseHouseStyle(text: string): ParsedHouseStyle {
  try {
    return readHouseStyle(text);
  } catch (error) {
    // The JSON parser and the checks recurse: arrays or objects nested thousands deep overflow the call stack.
    if (!(error instanceof RangeError)) throw error;
    return { style: null, problems: [{ path: '', message: `${HOUSE_STYLE_FILE} is nested too deeply to read`, start: 0, end: 0 }] };
  }
}

function readHouseStyle(text: string): ParsedHouseStyle {
  const problems: ConfigProblem[] = [];
  if (text.length > HOUSE_STYLE_MAX_BYTES) {
    problems.push({
      path: '',
      message: `${HOUSE_STYLE_FILE} is ${text.length} characters long; the limit is ${HOUSE_STYLE_MAX_BYTES}. It was not read.`,
      start: 0,
      end: 0,
    });
    return { style: null, problems };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false });
  for (const e of errors) {
    problems.push({ path: '', message: `invalid JSON: ${printParseErrorCode(e.error)}`, start: e.offset, end: e.offset + e.length });
  }
  if (!tree) {
    if (problems.length === 0) problems.push({ path: '', message: `${HOUSE_STYLE_FILE} is empty`, start: 0, end: 0 });
    return { style: null, problems };
  }
  if (problems.length > 0) return { style: null, problems };
  houseStyleShape(tree, '', problems);
  if (problems.length > 0) return { style: null, problems };
  return { style: toValue(tree) as HouseStyle, problems };
}

function toValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries((node.children ?? []).map((p) => [p.children![0].value as string, toValue(p.children![1])]));
    case 'array':
      return (node.children ?? []).map(toValue);
    default:
      return node.value;
  }
}
