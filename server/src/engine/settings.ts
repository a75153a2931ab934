// Settings from an editor are data from outside, checked as strictly as the house style: a value of the wrong type
// or out of bounds is dropped (and named), so the default or the house style's value stays in force.
import type { RuleSettings, UserSettings } from './config';
import { ANALYSIS_SETTINGS, isRuleId, type SettingSpec } from './rules/registry';

export const SEVERITY_SETTINGS = ['off', 'error', 'warning', 'info', 'hint'] as const;

/** Why `value` does not fit `spec` (in words that follow the setting's name), or null when it fits. */
export function settingProblem(spec: SettingSpec, value: unknown): string | null {
  switch (spec.type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= spec.minimum && value <= spec.maximum
        ? null
        : `must be a whole number from ${spec.minimum} to ${spec.maximum}`;
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value) ? null : `must be one of ${quotedList(spec.values)}`;
    case 'string-list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? null : 'must be a list of strings';
  }
}

export function quotedList(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

export interface SettingProblem {
  /** The setting's full name, e.g. `copydesk.rules.passive-voice`. */
  setting: string;
  value: unknown;
  message: string;
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function problemText(p: SettingProblem): string {
  return `${p.setting} = ${describe(p.value)} is ignored: it ${p.message}.`;
}

/** The analysis part of editor settings (`rules` and the registry's analysis settings), with every value that does
 * not fit dropped and named. Keys that are not analysis settings are left to the caller. */
export function sanitizeAnalysisSettings(raw: unknown, prefix = 'copydesk.'): { settings: UserSettings; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const settings: Record<string, unknown> = {};
  if (raw === null || typeof raw !== 'object') return { settings, problems };
  const source = raw as Record<string, unknown>;

  if (source.rules !== undefined && source.rules !== null) {
    if (typeof source.rules !== 'object' || Array.isArray(source.rules)) {
      problems.push({ setting: `${prefix}rules`, value: source.rules, message: 'must be an object of rule ids and severities' });
    } else {
      const rules: RuleSettings = {};
      for (const [id, value] of Object.entries(source.rules as Record<string, unknown>)) {
        if (!isRuleId(id)) problems.push({ setting: `${prefix}rules.${id}`, value, message: 'is not a rule id' });
        else if (typeof value !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(value)) {
          problems.push({ setting: `${prefix}rules.${id}`, value, message: `must be one of ${quotedList(SEVERITY_SETTINGS)}` });
        } else rules[id] = value as RuleSettings[typeof id];
      }
      settings.rules = rules;
    }
  }

  for (const [key, spec] of Object.entries(ANALYSIS_SETTINGS) as [string, SettingSpec][]) {
    const path = key.split('.');
    let value: unknown = source;
    for (const part of path)
      value =
        value !== null && typeof value === 'object' && Object.hasOwn(value, part) ? (value as Record<string, unknown>)[part] : undefined;
    // Editors report an unset value as null or leave it out: both mean "not set".
    if (value === undefined || value === null) continue;
    const problem = settingProblem(spec, value);
    if (problem) {
      problems.push({ setting: `${prefix}${key}`, value, message: problem });
      continue;
    }
    let at = settings;
    for (const part of path.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
    at[path[path.length - 1]] = value;
  }
  return { settings: settings as UserSettings, problems };
}
