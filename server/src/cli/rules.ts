// `copydesk rules`: every rule of the registry, with where its page is in the package.
import { RULES, ruleDocPath, type RuleDefinition } from '../engine/rules/registry';

export interface RuleListing {
  id: string;
  /** The severity it reports at; an opt-in rule is `off` by default. */
  severity: string;
  summary: string;
  doc: string;
  /** Off unless a preset or a setting turns it on; `severity` is then the one it reports at. */
  optIn?: true;
}

export function rulesJson(): { rules: RuleListing[] } {
  return {
    rules: RULES.map((r) => ({
      id: r.id,
      severity: r.severity,
      summary: r.summary,
      doc: ruleDocPath(r.id),
      ...((r as RuleDefinition).optIn ? { optIn: true as const } : {}),
    })),
  };
}

/** One rule a line, in columns: id, default severity, summary, documentation page. */
export function rulesText(): string {
  const rows = rulesJson().rules;
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  const summaryWidth = Math.max(...rows.map((r) => r.summary.length));
  // An opt-in rule shows the severity a preset gives it, marked: `warning*` (off by default).
  const rowsText = rows.map(
    (r) => `${r.id.padEnd(idWidth)}  ${(r.optIn ? `${r.severity}*` : r.severity).padEnd(8)}  ${r.summary.padEnd(summaryWidth)}  ${r.doc}\n`,
  );
  return `${rowsText.join('')}\n* off by default: a preset ("extends": ["copydesk:ap"] or ["copydesk:bbc"]) or a setting turns it on\n`;
}
