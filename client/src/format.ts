// Display strings for the status bar, tooltips and views. No vscode import, so these stay plain functions.
import { statRows } from '../../server/src/engine/report';
import type { DraftSummary, QuoteStatus } from '../../server/src/protocol';

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Findings to act on (errors and warnings) and notes (information); hints are counted only in the tooltip. */
export function toFix(facts: DraftSummary): { fix: number; notes: number } {
  const { error, warning, info } = facts.counts;
  return { fix: error + warning, notes: info };
}

/** Flesch-Kincaid grades below 1 or far above school years say nothing more to a reader than the bounds do. */
export function gradeLabel(grade: number): string {
  if (!Number.isFinite(grade)) return 'Grade –';
  const rounded = Math.round(grade);
  if (rounded < 1) return 'Grade 1';
  if (rounded > 18) return 'Grade 18+';
  return `Grade ${rounded}`;
}

/** The same bounds as reading ages (the grade plus five), as British usage has it. */
export function readingAgeLabel(age: number): string {
  if (!Number.isFinite(age)) return 'Reading age –';
  const rounded = Math.round(age);
  if (rounded < 6) return 'Reading age 6';
  if (rounded > 23) return 'Reading age 23+';
  return `Reading age ${rounded}`;
}

/** How hard the draft reads, in the measure it uses (American drafts: grades; others: reading ages). */
export function levelLabel(facts: DraftSummary): string {
  const { stats } = facts;
  return stats.readingScale === 'grade' ? gradeLabel(stats.fleschKincaidGrade) : readingAgeLabel(stats.readingAge);
}

/** "$(book) Reading age 14 · 812 words · 2 to fix · 4 notes" */
export function statusText(facts: DraftSummary): string {
  const { fix, notes } = toFix(facts);
  const parts = [plural(facts.stats.words, 'word'), `${fix} to fix`];
  if (notes > 0) parts.push(plural(notes, 'note'));
  if (facts.stats.words > 0) parts.unshift(levelLabel(facts));
  return `$(book) ${parts.join(' · ')}`;
}

export function countRows(facts: DraftSummary): [label: string, value: string][] {
  const { error, warning, info, hint } = facts.counts;
  return [
    ['Errors', String(error)],
    ['Warnings', String(warning)],
    ['Notes (information)', String(info)],
    ['Hints (shown faintly)', String(hint)],
  ];
}

/** Markdown table for the status bar tooltip. */
export function statsTooltip(facts: DraftSummary, fileName: string): string {
  const rows = [...countRows(facts), ...statRows(facts.stats)];
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
