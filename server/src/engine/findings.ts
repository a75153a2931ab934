import { ruleDefinition, type RuleId } from './rules/registry';
import type { Finding, Fix, Related } from './types';

export interface FindingFields {
  start: number;
  end: number;
  message: string;
  /** The text at [start, end) as the rule read it (the pipeline replaces it with the draft's own text). */
  actual: string;
  expected?: string[];
  related?: Related[];
  fixes?: Fix[];
  /** Inside quoted speech: the rule's severity in quotes applies, where it has one. */
  inQuote?: boolean;
}

/** Every finding is made here, so its severity is the registry's default for the rule (settings act later). */
export function makeFinding(rule: RuleId, fields: FindingFields): Finding {
  const definition = ruleDefinition(rule);
  const inQuote = fields.inQuote === true;
  const finding: Finding = {
    rule,
    severity: (inQuote && definition.severityInQuote) || definition.severity,
    start: fields.start,
    end: fields.end,
    message: fields.message,
    actual: fields.actual,
    expected: fields.expected ?? [],
  };
  if (fields.related) finding.related = fields.related;
  if (fields.fixes) finding.fixes = fields.fixes;
  if (inQuote) finding.inQuote = true;
  return finding;
}

/** A paragraph-relative finding moved to document offsets, with its fixes and related places. */
export function shiftFinding(f: Finding, offset: number): Finding {
  if (offset === 0) return f;
  const moved: Finding = { ...f, start: f.start + offset, end: f.end + offset };
  if (f.fixes) {
    moved.fixes = f.fixes.map((fix) => ({
      ...fix,
      edits: fix.edits.map((e) => ({ start: e.start + offset, end: e.end + offset, newText: e.newText })),
    }));
  }
  if (f.related) moved.related = f.related.map((r) => ({ ...r, start: r.start + offset, end: r.end + offset }));
  return moved;
}
