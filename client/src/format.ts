// Display strings for the status bar, tooltips and views. No vscode import, so these stay plain functions.
import { statRows } from '../../server/src/engine/report';
import type { DraftFacts, QuoteStatus } from '../../server/src/protocol';

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function issueCount(facts: DraftFacts): number {
  const { error, warning, info, hint } = facts.counts;
  return error + warning + info + hint;
}

/** Flesch-Kincaid grades below 0 or far above school years say nothing more to a reader than the bounds do. */
export function gradeLabel(grade: number): string {
  if (!Number.isFinite(grade)) return 'Grade –';
  const rounded = Math.round(grade);
  if (rounded < 1) return 'Grade 1';
  if (rounded > 18) return 'Grade 18+';
  return `Grade ${rounded}`;
}

/** "$(book) Grade 9 · 812 words · 3 issues" */
export function statusText(facts: DraftFacts): string {
  const parts = [plural(facts.stats.words, 'word'), plural(issueCount(facts), 'issue')];
  if (facts.stats.words > 0) parts.unshift(gradeLabel(facts.stats.fleschKincaidGrade));
  return `$(book) ${parts.join(' · ')}`;
}

export function countRows(facts: DraftFacts): [label: string, value: string][] {
  const { error, warning, info, hint } = facts.counts;
  return [
    ['Errors', String(error)],
    ['Warnings', String(warning)],
    ['Information', String(info)],
    ['Hints', String(hint)],
  ];
}

/** Markdown table for the status bar tooltip. */
export function statsTooltip(facts: DraftFacts, fileName: string): string {
  const rows = [...statRows(facts.stats), ...countRows(facts)];
  const table = rows.map(([label, value]) => `| ${label} | ${value} |`).join('\n');
  return `**Copydesk** · ${escapeMarkdown(fileName)}\n\n| | |\n|:--|--:|\n${table}\n\nClick for the draft report.`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

/** One line, at most `max` characters, cut at a word boundary when one is near. */
export function shorten(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

const STATUS_LABELS: Record<QuoteStatus, string> = {
  attributed: 'attributed',
  floating: 'floating: speaker only implied',
  unattributed: 'unattributed',
  scare: 'scare quotes',
};

export function quoteStatusLabel(status: QuoteStatus): string {
  return STATUS_LABELS[status];
}
