// `copydesk rules`: every rule of the registry, with where its page is in the package.
import { RULES, ruleDocPath } from '../engine/rules/registry';

export interface RuleListing {
  id: string;
  severity: string;
  summary: string;
  doc: string;
}

export function rulesJson(): { rules: RuleListing[] } {
  return { rules: RULES.map((r) => ({ id: r.id, severity: r.severity, summary: r.summary, doc: ruleDocPath(r.id) })) };
}

/** One rule a line, in columns: id, default severity, summary, documentation page. */
export function rulesText(): string {
  const rows = rulesJson().rules;
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  const summaryWidth = Math.max(...rows.map((r) => r.summary.length));
  return rows.map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${r.summary.padEnd(summaryWidth)}  ${r.doc}\n`).join('');
}
