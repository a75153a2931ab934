import { LineIndex } from '../engine/positions';
import { bySeverityThenPosition } from '../engine/report';
import { REPOSITORY_URL, ruleDocUrl } from '../engine/ruleDocs';
import { RULES } from '../engine/rules/registry';
import type { Finding, Severity } from '../engine/types';

export interface FileResult {
  path: string;
  text?: string;
  findings?: Finding[];
  error?: string;
}

interface Point {
  line: number;
  column: number;
  offset: number;
}

function point(lines: LineIndex, offset: number): Point {
  const p = lines.positionAt(offset);
  return { line: p.line + 1, column: p.character + 1, offset };
}

/** One file's entry of the JSON format. */
export function jsonFile(r: FileResult): object {
  if (r.error !== undefined) return { path: r.path, error: r.error };
  const lines = new LineIndex(r.text ?? '');
  return {
    path: r.path,
    findings: (r.findings ?? []).map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      start: point(lines, f.start),
      end: point(lines, f.end),
      actual: f.actual,
      expected: f.expected,
    })),
  };
}

/** The JSON format: lines and columns 1-based, offsets 0-based UTF-16 indices into the file's text. */
export function toJson(results: FileResult[]): string {
  return JSON.stringify({ files: results.map(jsonFile) }, null, 2);
}

export type SeverityCounts = Record<Severity, number>;

/** One file's lines of the text format (none for a clean file); adds its findings to `counts`. */
export function textFile(r: FileResult, counts: SeverityCounts): string[] {
  if (r.error !== undefined) return [`${r.path}: not checked: ${r.error}`];
  const findings = r.findings ?? [];
  if (findings.length === 0) return [];
  const lines = new LineIndex(r.text ?? '');
  const out = [r.path];
  // what to fix first: by severity, then in the order of the draft
  for (const f of [...findings].sort(bySeverityThenPosition)) {
    const p = lines.positionAt(f.start);
    counts[f.severity]++;
    out.push(`  ${p.line + 1}:${p.character + 1}  ${f.severity.padEnd(7)}  ${f.message}  ${f.rule}`);
  }
  out.push('');
  return out;
}

/** The last line of the text format. */
export function textSummary(counts: SeverityCounts, files: number, unreadable: number): string {
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const checked = files - unreadable;
  return (
    `${total} finding${total === 1 ? '' : 's'} (${counts.error} errors, ${counts.warning} warnings, ${counts.info} info, ${counts.hint} hints) in ${checked} file${checked === 1 ? '' : 's'}` +
    (unreadable ? `; ${unreadable} not checked` : '')
  );
}

export function toText(results: FileResult[]): string {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  const out: string[] = [];
  for (const r of results) out.push(...textFile(r, counts));
  out.push(textSummary(counts, results.length, results.filter((r) => r.error !== undefined).length));
  return out.join('\n');
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** One file's SARIF results, or its tool notification when it could not be checked. */
export function sarifFile(r: FileResult): { results: object[]; notifications: object[] } {
  const results: object[] = [];
  if (r.error !== undefined) {
    return {
      results,
      notifications: [
        {
          level: 'error',
          message: { text: `${r.path}: ${r.error}` },
          locations: [{ physicalLocation: { artifactLocation: { uri: toUri(r.path) } } }],
        },
      ],
    };
  }
  const lines = new LineIndex(r.text ?? '');
  for (const f of r.findings ?? []) {
    const s = point(lines, f.start);
    const e = point(lines, f.end);
    results.push({
      ruleId: f.rule,
      level: SARIF_LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(r.path) },
            region: {
              startLine: s.line,
              startColumn: s.column,
              endLine: e.line,
              endColumn: e.column,
              charOffset: f.start,
              charLength: f.end - f.start,
            },
          },
        },
      ],
      ...(f.expected.length > 0
        ? {
            fixes: [
              {
                description: { text: `Replace with “${f.expected[0]}”` },
                artifactChanges: [
                  {
                    artifactLocation: { uri: toUri(r.path) },
                    replacements: [
                      { deletedRegion: { charOffset: f.start, charLength: f.end - f.start }, insertedContent: { text: f.expected[0] } },
                    ],
                  },
                ],
              },
            ],
          }
        : {}),
    });
  }
  return { results, notifications: [] };
}

/** SARIF 2.1.0, for code-scanning dashboards. Columns are UTF-16 code units, as the format's default says. */
export function toSarif(results: FileResult[], version: string): string {
  const pieces = results.map(sarifFile);
  return sarifDocument(
    pieces.flatMap((p) => p.results),
    pieces.flatMap((p) => p.notifications),
    version,
  );
}

export function sarifDocument(sarifResults: object[], notifications: object[], version: string): string {
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'Copydesk',
              version,
              informationUri: REPOSITORY_URL,
              rules: RULES.map((r) => ({
                id: r.id,
                shortDescription: { text: r.summary },
                helpUri: ruleDocUrl(r.id),
                defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
              })),
            },
          },
          columnKind: 'utf16CodeUnits',
          results: sarifResults,
          invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        },
      ],
    },
    null,
    2,
  );
}

function toUri(p: string): string {
  return p.split(/[\\/]/).map(encodeURIComponent).join('/');
}
