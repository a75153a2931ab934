import type { Analysis, Statistics } from './analyse';
import { LineIndex } from './positions';
import type { Finding, RuleId } from './types';

const round = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits).replace(/\.0+$/, '') : '–');

/** The draft's numbers as label/value rows (the report, the hover, the editor's status bar tooltip). */
export function statRows(s: Statistics): [string, string][] {
  return [
    ['Words', String(s.words)],
    ['Sentences', String(s.sentences)],
    ['Paragraphs', String(s.paragraphs)],
    ['Average sentence length', `${round(s.averageSentenceLength)} words`],
    ['Flesch reading ease', round(s.fleschReadingEase)],
    ['Flesch-Kincaid grade', round(s.fleschKincaidGrade)],
    ['Reading time', `${round(s.readingTimeMinutes)} min`],
    ['Quotes', String(s.quotes)],
    ['Speakers quoted', String(s.speakers)],
  ];
}

/** The draft's numbers as a small Markdown table (hover, CLI report). */
export function statsMarkdown(s: Statistics): string {
  return ['| Copydesk | |', '|---|---|', ...statRows(s).map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function findingsByRule(findings: Finding[]): [RuleId, Finding[]][] {
  const groups = new Map<RuleId, Finding[]>();
  for (const f of findings) groups.set(f.rule, [...(groups.get(f.rule) ?? []), f]);
  return [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

function quotesBySpeaker(analysis: Analysis): [string, Analysis['quotes']][] {
  const groups = new Map<string, Analysis['quotes']>();
  for (const q of analysis.quotes) {
    if (q.status === 'scare') continue;
    const key = q.status === 'unattributed' || !q.speaker ? '' : q.speaker;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  return [...groups].sort((a, b) => (a[0] === '' ? -1 : b[0] === '' ? 1 : b[1].length - a[1].length || a[0].localeCompare(b[0])));
}

/** The Draft report as Markdown: numbers, findings by rule, the quote ledger, the names with variants. */
export function reportMarkdown(title: string, text: string, analysis: Analysis): string {
  const lines = new LineIndex(text);
  const at = (offset: number) => lines.positionAt(offset).line + 1;
  const out = [`# Draft report: ${title}`, '', statsMarkdown(analysis.stats), ''];
  out.push(
    '## Sentence length and grade by paragraph',
    '',
    '| Paragraph | Line | Words | Sentences | Longest sentence | Grade |',
    '|---|---|---|---|---|---|',
  );
  for (const p of analysis.paragraphStats) {
    const para = analysis.paragraphs[p.paragraph];
    if (!para || p.sentences === 0) continue;
    out.push(`| ${p.paragraph + 1} | ${at(para.start)} | ${p.words} | ${p.sentences} | ${p.longestSentence} | ${round(p.grade)} |`);
  }
  out.push('', `## Findings (${analysis.findings.length})`, '');
  for (const [rule, list] of findingsByRule(analysis.findings)) {
    out.push(`### ${rule} (${list.length})`, '');
    for (const f of list) out.push(`- line ${at(f.start)}: ${f.message}`);
    out.push('');
  }
  out.push('## Quotes', '');
  for (const [speaker, list] of quotesBySpeaker(analysis)) {
    out.push(`### ${speaker === '' ? 'Unattributed' : speaker} (${list.length})`, '');
    for (const q of list) out.push(`- line ${at(q.start)}: ${flat(q.text)}${q.status === 'floating' ? ' _(floating)_' : ''}`);
    out.push('');
  }
  const variants = analysis.names.filter((e) => e.forms.some((f) => f.variant));
  out.push('## Names written more than one way', '');
  if (variants.length === 0) out.push('None.', '');
  for (const e of variants)
    out.push(`- **${e.canonical}**: ${e.forms.map((f) => `${f.text} ×${f.count}${f.variant ? ' (variant)' : ''}`).join(', ')}`);
  return out.join('\n') + '\n';
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Bar {
  label: string;
  value: number;
  warn: boolean;
}

/** A bar chart as inline SVG: no script, no external resource, colours from the surrounding theme. */
function barChart(title: string, bars: Bar[], limit: number | null, unit: string): string {
  const width = 720;
  const height = 180;
  const left = 36;
  const bottom = 22;
  const top = 10;
  const max = Math.max(1, limit ?? 0, ...bars.map((b) => b.value)) * 1.1;
  const slot = (width - left) / Math.max(1, bars.length);
  const y = (v: number) => top + (height - top - bottom) * (1 - v / max);
  const parts: string[] = [];
  for (let tick = 0; tick <= 4; tick++) {
    const v = (max / 4) * tick;
    parts.push(`<line class="grid" x1="${left}" x2="${width}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"/>`);
    parts.push(`<text class="axis" x="${left - 4}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${Math.round(v)}</text>`);
  }
  bars.forEach((b, i) => {
    const x = left + i * slot + slot * 0.15;
    const h = y(0) - y(b.value);
    parts.push(
      `<rect class="${b.warn ? 'bar warn' : 'bar'}" x="${x.toFixed(1)}" y="${y(b.value).toFixed(1)}" width="${Math.max(1, slot * 0.7).toFixed(1)}" height="${h.toFixed(1)}"><title>${escapeHtml(b.label)}: ${round(b.value)} ${unit}</title></rect>`,
    );
    if (bars.length <= 40)
      parts.push(`<text class="axis" x="${(x + slot * 0.35).toFixed(1)}" y="${height - 6}" text-anchor="middle">${i + 1}</text>`);
  });
  if (limit !== null)
    parts.push(`<line class="limit" x1="${left}" x2="${width}" y1="${y(limit).toFixed(1)}" y2="${y(limit).toFixed(1)}"/>`);
  return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}" width="100%">${parts.join('')}</svg></figure>`;
}

export interface ReportOptions {
  /** Nonce for the one inline style element, so the page can forbid every other style and all scripts. */
  nonce: string;
  /** Words above which a sentence is long (drawn as a line on the chart). */
  sentenceLimit: number;
}

/** The Draft report as one self-contained HTML page: renders offline, runs no script, follows the VS Code theme
 * when shown in a webview (its CSS variables) and the system's light or dark scheme elsewhere. */
export function reportHtml(title: string, text: string, analysis: Analysis, options: ReportOptions): string {
  const lines = new LineIndex(text);
  const at = (offset: number) => lines.positionAt(offset).line + 1;
  const e = escapeHtml;
  const body: string[] = [];
  body.push(`<h1>Draft report: ${e(title)}</h1>`);
  body.push('<dl class="stats">');
  for (const [k, v] of statRows(analysis.stats)) body.push(`<div><dt>${e(k)}</dt><dd>${e(v)}</dd></div>`);
  body.push('</dl>');

  const prose = analysis.paragraphStats.filter((p) => p.sentences > 0);
  body.push('<h2>Paragraph by paragraph</h2>');
  body.push(
    barChart(
      `Longest sentence in each paragraph (words; the line is the ${options.sentenceLimit}-word limit)`,
      prose.map((p, i) => ({ label: `Paragraph ${i + 1}`, value: p.longestSentence, warn: p.longestSentence > options.sentenceLimit })),
      options.sentenceLimit,
      'words',
    ),
  );
  const grade = analysis.stats.fleschKincaidGrade;
  body.push(
    barChart(
      `Flesch-Kincaid grade of each paragraph (the line is the draft's grade, ${round(grade)})`,
      prose.map((p, i) => ({ label: `Paragraph ${i + 1}`, value: Math.max(0, p.grade), warn: p.grade > grade + 4 })),
      Number.isFinite(grade) ? Math.max(0, grade) : null,
      'grade',
    ),
  );

  body.push(`<h2>Findings (${analysis.findings.length})</h2>`);
  if (analysis.findings.length === 0) body.push('<p>None.</p>');
  for (const [rule, list] of findingsByRule(analysis.findings)) {
    body.push(`<details open><summary><code>${e(rule)}</code> (${list.length})</summary><ul>`);
    for (const f of list)
      body.push(`<li><span class="sev ${e(f.severity)}">${e(f.severity)}</span> line ${at(f.start)}: ${e(f.message)}</li>`);
    body.push('</ul></details>');
  }

  body.push('<h2>Quotes</h2>');
  const groups = quotesBySpeaker(analysis);
  if (groups.length === 0) body.push('<p>No quotes.</p>');
  for (const [speaker, list] of groups) {
    body.push(`<h3 class="${speaker === '' ? 'orphan' : ''}">${e(speaker === '' ? 'Unattributed' : speaker)} (${list.length})</h3><ul>`);
    for (const q of list)
      body.push(`<li>line ${at(q.start)}: ${e(flat(q.text))}${q.status === 'floating' ? ' <em>(floating)</em>' : ''}</li>`);
    body.push('</ul>');
  }

  body.push('<h2>Name sheet</h2><table><thead><tr><th>Name</th><th>Forms</th></tr></thead><tbody>');
  for (const n of analysis.names) {
    const forms = n.forms.map((f) => (f.variant ? `<mark>${e(f.text)} ×${f.count}</mark>` : `${e(f.text)} ×${f.count}`)).join(', ');
    body.push(`<tr><td>${e(n.canonical)}</td><td>${forms}</td></tr>`);
  }
  body.push('</tbody></table>');

  const css = `
:root { color-scheme: light dark; }
body { font-family: var(--vscode-font-family, system-ui, sans-serif); color: var(--vscode-foreground, CanvasText);
  background: var(--vscode-editor-background, Canvas); max-width: 60rem; margin: 1rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; } h3 { font-size: 1rem; margin-bottom: .2rem; }
.stats { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: .5rem; }
.stats div { border: 1px solid var(--vscode-panel-border, GrayText); border-radius: 4px; padding: .4rem .6rem; }
dt { font-size: .8rem; opacity: .8; } dd { margin: 0; font-size: 1.2rem; font-weight: 600; }
figure { margin: 1rem 0; } figcaption { font-size: .9rem; opacity: .85; }
svg .bar { fill: var(--vscode-charts-blue, #3b7dd8); } svg .bar.warn { fill: var(--vscode-charts-red, #d8453b); }
svg .grid { stroke: var(--vscode-panel-border, GrayText); stroke-opacity: .4; }
svg .limit { stroke: var(--vscode-charts-orange, #d88a3b); stroke-width: 2; stroke-dasharray: 6 4; }
svg .axis { fill: var(--vscode-foreground, CanvasText); font-size: 11px; opacity: .8; }
.sev { font-size: .75rem; padding: 0 .3rem; border-radius: 3px; border: 1px solid currentColor; }
.sev.error { color: var(--vscode-errorForeground, #d8453b); } .sev.warning { color: var(--vscode-editorWarning-foreground, #b8860b); }
h3.orphan { color: var(--vscode-errorForeground, #d8453b); }
table { border-collapse: collapse; } td, th { text-align: left; padding: .2rem .6rem; border-bottom: 1px solid var(--vscode-panel-border, GrayText); }
mark { background: var(--vscode-editor-findMatchHighlightBackground, #f5d76e); color: inherit; }
`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${e(options.nonce)}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Draft report: ${e(title)}</title>
<style nonce="${e(options.nonce)}">${css}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
