import type { Analysis, Statistics } from './analyse';
import { linePlaces, type Places } from './formats/places';
import { auditMarkdown, SOURCE_KIND_LABELS, SOURCE_KINDS } from './rules/sourcing/audit';
import { AGE_OF_GRADE } from './rules/style/readability';
import type { Finding, Severity } from './types';

const round = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits).replace(/\.0+$/, '') : '–');

/** How hard the draft reads, in the measure it uses: "Reading age 16" (British usage) or "Grade 11" (American). */
export function readingLevel(s: Statistics): [label: string, value: string] {
  return s.readingScale === 'grade' ? ['Grade (Flesch-Kincaid)', round(s.fleschKincaidGrade)] : ['Reading age', round(s.readingAge)];
}

/** The draft's numbers as label/value rows (the report, the hover, the editor's status bar tooltip). */
export function statRows(s: Statistics): [string, string][] {
  return [
    ['Words', String(s.words)],
    ['Sentences', String(s.sentences)],
    ['Paragraphs', String(s.paragraphs)],
    ...(s.ungradedLines > 0 ? [['Headings and credits (not graded)', String(s.ungradedLines)] as [string, string]] : []),
    ['Average sentence length', `${round(s.averageSentenceLength)} words`],
    ['Flesch reading ease', round(s.fleschReadingEase)],
    readingLevel(s),
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

/** A paragraph's grade in the draft's measure: the grade itself, or the reading age (grade + 5). */
const levelOf = (grade: number, byGrade: boolean): number => (byGrade ? grade : grade + AGE_OF_GRADE);

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** What matters first: errors, then warnings, information and hints, each in the order of the draft. */
export function bySeverityThenPosition(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start || a.end - b.end;
}

const SEVERITY_HEADINGS: Record<Severity, string> = {
  error: 'Errors',
  warning: 'Warnings: to fix',
  info: 'Notes',
  hint: 'Hints (shown faintly in the editor, not in the Problems panel)',
};

function findingsBySeverity(findings: readonly Finding[]): [Severity, Finding[]][] {
  const groups = new Map<Severity, Finding[]>();
  for (const f of [...findings].sort(bySeverityThenPosition)) {
    let list = groups.get(f.severity);
    if (!list) groups.set(f.severity, (list = []));
    list.push(f);
  }
  return [...groups];
}

/** "2 to fix, 4 notes and 7 hints" */
export function findingsSummary(findings: readonly Finding[]): string {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) n[f.severity]++;
  const parts: string[] = [];
  const fix = n.error + n.warning;
  parts.push(`${fix} to fix`);
  parts.push(`${n.info} note${n.info === 1 ? '' : 's'}`);
  if (n.hint > 0) parts.push(`${n.hint} hint${n.hint === 1 ? '' : 's'}`);
  return parts.length === 3 ? `${parts[0]}, ${parts[1]} and ${parts[2]}` : parts.join(' and ');
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
export function reportMarkdown(title: string, text: string, analysis: Analysis, places: Places = linePlaces(text)): string {
  const at = (offset: number) => places.number(offset);
  const unit = places.unit;
  const out = [`# Draft report: ${title}`, '', statsMarkdown(analysis.stats), ''];
  const grade = analysis.stats.readingScale === 'grade';
  out.push(
    `## Sentence length and ${grade ? 'grade' : 'reading age'} by paragraph`,
    '',
    `| Paragraph | ${unit === 'line' ? 'Line' : 'In the file'} | Words | Sentences | Longest sentence | ${grade ? 'Grade' : 'Reading age'} |`,
    '|---|---|---|---|---|---|',
  );
  analysis.paragraphStats.forEach((p, i) => {
    const para = analysis.paragraphs[p.paragraph];
    if (!para) return;
    out.push(`| ${i + 1} | ${at(para.start)} | ${p.words} | ${p.sentences} | ${p.longestSentence} | ${round(levelOf(p.grade, grade))} |`);
  });
  if (analysis.stats.ungradedLines > 0) out.push('', `Headlines, headings and one-line credits are counted in the words but not graded.`);
  out.push('', `## Findings: ${findingsSummary(analysis.findings)}`, '');
  for (const [severity, list] of findingsBySeverity(analysis.findings)) {
    out.push(`### ${SEVERITY_HEADINGS[severity]} (${list.length})`, '');
    for (const f of list) out.push(`- ${unit} ${at(f.start)}, ${f.rule}: ${f.message}`);
    out.push('');
  }
  out.push('## Quotes', '');
  for (const [speaker, list] of quotesBySpeaker(analysis)) {
    out.push(`### ${speaker === '' ? 'Unattributed' : speaker} (${list.length})`, '');
    for (const q of list) out.push(`- ${unit} ${at(q.start)}: ${flat(q.text)}${q.status === 'floating' ? ' _(floating)_' : ''}`);
    out.push('');
  }
  out.push('## Sourcing', '', ...auditMarkdown(analysis.sourcing), '');
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

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The sourcing audit: sources by kind, their share of the quoted words, the anonymous ones counted. */
function sourcingHtml(analysis: Analysis): string[] {
  const e = escapeHtml;
  const audit = analysis.sourcing;
  const out = ['<h2>Sourcing</h2>'];
  if (audit.quotedWords === 0) return [...out, '<p>No quoted speech.</p>'];
  out.push('<table><thead><tr><th>Sources</th><th>Count</th><th>Quotes</th><th>Quoted words</th><th>Share</th></tr></thead><tbody>');
  for (const k of SOURCE_KINDS) {
    const t = audit.byKind[k];
    if (t.sources > 0)
      out.push(
        `<tr><td>${e(SOURCE_KIND_LABELS[k])}</td><td>${t.sources}</td><td>${t.quotes}</td><td>${t.words}</td><td>${percent(t.share)}</td></tr>`,
      );
  }
  const u = audit.unattributed;
  if (u.quotes > 0) out.push(`<tr><td>Unattributed</td><td>–</td><td>${u.quotes}</td><td>${u.words}</td><td>${percent(u.share)}</td></tr>`);
  out.push('</tbody></table>', `<p>Anonymous sources quoted: ${audit.anonymous}.</p>`);
  if (audit.unnamedCredits.length > 0)
    out.push(
      `<p>Unnamed sources credited (quoted or not): ${audit.unnamedCredits.length} (${audit.unnamedCredits.map((c) => `“${e(c)}”`).join(', ')}).</p>`,
    );
  if (audit.genders) {
    const parts = Object.entries(audit.genders.counts).map(([g, n]) => `${e(g)} ${n}`);
    out.push(`<p>Named people by the desk's list: ${[...parts, `not on the list ${audit.genders.notListed}`].join(', ')}.</p>`);
  }
  out.push('<table><thead><tr><th>Source</th><th>Kind</th><th>Quotes</th><th>Quoted words</th><th>Share</th></tr></thead><tbody>');
  for (const s of audit.sources) {
    const extra = [s.role, s.gender].filter(Boolean).join(', ');
    out.push(
      `<tr><td>${e(s.name)}${extra ? ` (${e(extra)})` : ''}</td><td>${e(SOURCE_KIND_LABELS[s.kind])}</td><td>${s.quotes}</td><td>${s.words}</td><td>${percent(s.share)}</td></tr>`,
    );
  }
  out.push('</tbody></table>');
  return out;
}

export interface ReportOptions {
  /** Nonce for the one inline style element, so the page can forbid every other style and all scripts. */
  nonce: string;
  /** Words above which a sentence is long (drawn as a line on the chart). */
  sentenceLimit: number;
  /** How places are named: by line (the default), or by paragraph in a Word file. */
  places?: Places;
}

/** The Draft report as one self-contained HTML page: renders offline, runs no script, follows the VS Code theme
 * when shown in a webview (its CSS variables) and the system's light or dark scheme elsewhere. */
export function reportHtml(title: string, text: string, analysis: Analysis, options: ReportOptions): string {
  const places = options.places ?? linePlaces(text);
  const at = (offset: number) => `${places.unit} ${places.number(offset)}`;
  const e = escapeHtml;
  const body: string[] = [];
  body.push(`<h1>Draft report: ${e(title)}</h1>`);
  body.push('<dl class="stats">');
  for (const [k, v] of statRows(analysis.stats)) body.push(`<div><dt>${e(k)}</dt><dd>${e(v)}</dd></div>`);
  body.push('</dl>');

  const prose = analysis.paragraphStats;
  body.push('<h2>Paragraph by paragraph</h2>');
  body.push(
    barChart(
      `Longest sentence in each paragraph (words; the line is the ${options.sentenceLimit}-word limit)`,
      prose.map((p, i) => ({ label: `Paragraph ${i + 1}`, value: p.longestSentence, warn: p.longestSentence > options.sentenceLimit })),
      options.sentenceLimit,
      'words',
    ),
  );
  const byGrade = analysis.stats.readingScale === 'grade';
  const level = byGrade ? analysis.stats.fleschKincaidGrade : analysis.stats.readingAge;
  const measure = byGrade ? 'Flesch-Kincaid grade' : 'Reading age';
  body.push(
    barChart(
      `${measure} of each paragraph (the line is the draft's, ${round(level)})`,
      prose.map((p, i) => {
        const value = levelOf(p.grade, byGrade);
        return { label: `Paragraph ${i + 1}`, value, warn: value > level + 4 };
      }),
      Number.isFinite(level) ? level : null,
      byGrade ? 'grade' : 'reading age',
    ),
  );
  if (analysis.stats.ungradedLines > 0)
    body.push(`<p class="note">Headlines, headings and one-line credits are counted in the words but not graded.</p>`);

  body.push(`<h2>Findings: ${e(findingsSummary(analysis.findings))}</h2>`);
  if (analysis.findings.length === 0) body.push('<p>None.</p>');
  for (const [severity, list] of findingsBySeverity(analysis.findings)) {
    body.push(`<details${severity === 'hint' ? '' : ' open'}><summary>${e(SEVERITY_HEADINGS[severity])} (${list.length})</summary><ul>`);
    for (const f of list)
      body.push(
        `<li><span class="sev ${e(f.severity)}">${e(f.severity)}</span> ${at(f.start)}, <code>${e(f.rule)}</code>: ${e(f.message)}</li>`,
      );
    body.push('</ul></details>');
  }

  body.push('<h2>Quotes</h2>');
  const groups = quotesBySpeaker(analysis);
  if (groups.length === 0) body.push('<p>No quotes.</p>');
  for (const [speaker, list] of groups) {
    body.push(`<h3 class="${speaker === '' ? 'orphan' : ''}">${e(speaker === '' ? 'Unattributed' : speaker)} (${list.length})</h3><ul>`);
    for (const q of list) body.push(`<li>${at(q.start)}: ${e(flat(q.text))}${q.status === 'floating' ? ' <em>(floating)</em>' : ''}</li>`);
    body.push('</ul>');
  }

  body.push(...sourcingHtml(analysis));

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
.sev.hint { opacity: .7; } .note { font-size: .9rem; opacity: .85; }
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
