import { ParagraphPositions } from '../engine/formats/paragraphPositions';
import { skippedMessage, type Skipped } from '../engine/limits';
import type { CheckModule } from '../engine/paragraph';
import { LineIndex } from '../engine/positions';
import { bySeverityThenPosition } from '../engine/report';
import { ruleDocText } from '../engine/ruleDocs';
import { RULES, ruleDocPath, type RuleId } from '../engine/rules/registry';
import { escapeHtmlText } from '../engine/formats/toSource';
import type { DocumentFormat, Finding, Paragraph, Severity, Span } from '../engine/types';

export interface FileResult {
  path: string;
  text?: string;
  findings?: Finding[];
  error?: string;
  /** Checks that threw: their findings are missing from the file's. */
  failures?: { module: CheckModule; message: string }[];
  /** Paragraphs the limits left out. */
  skipped?: Skipped[];
  /** How many sections a long draft was checked in (see sections.ts). */
  sections?: number;
  /** How the text was read (an HTML page's fixes are offered only where they replace text alone). */
  format?: DocumentFormat;
  /** A Word file: `text` is the HTML it was read as, and findings are placed by these paragraphs. */
  word?: { paragraphs: Paragraph[] };
}

/** Where a file's findings are: line and column in a text file, paragraph and column in a Word file (which has no
 * lines), with the words they cover. */
interface Places {
  /** For the text format: `18:1`, or `¶3 “the words”`. */
  label(f: Span): string;
  /** For JSON: `{line, column, offset}`, or `{paragraph, column}`. */
  point(offset: number, end?: boolean): object;
  /** The text a finding covers: the file's own, or a Word paragraph's words. */
  actual(f: Finding): string;
  /** For SARIF: a text region, or none (a Word file is binary). */
  region(f: Span): object | undefined;
}

const QUOTED_MAX = 40;

/** Words in quotation marks (unless they come with their own), cut short. */
function quoted(words: string): string {
  const flat = words.replace(/\s+/g, ' ');
  const short = flat.length > QUOTED_MAX ? `${flat.slice(0, QUOTED_MAX - 1)}…` : flat;
  return /^["“‘'«„]/.test(short) ? short : `“${short}”`;
}

function placesOf(r: FileResult): Places {
  if (r.word) {
    const at = new ParagraphPositions(r.word.paragraphs);
    return {
      label: (f) => `¶${at.point(f.start).paragraph} ${quoted(at.words(f))}`,
      point: (offset, end) => at.point(offset, end),
      actual: (f) => at.words(f),
      region: () => undefined,
    };
  }
  const lines = new LineIndex(r.text ?? '');
  return {
    label: (f) => {
      const p = lines.positionAt(f.start);
      return `${p.line + 1}:${p.character + 1}`;
    },
    point: (offset) => point(lines, offset),
    actual: (f) => f.actual,
    region: (f) => {
      const s = point(lines, f.start);
      const e = point(lines, f.end);
      return {
        startLine: s.line,
        startColumn: s.column,
        endLine: e.line,
        endColumn: e.column,
        charOffset: f.start,
        charLength: f.end - f.start,
      };
    },
  };
}

// Characters a terminal acts on rather than shows: C0 and C1 controls and DEL (ESC starts colour, cursor and
// screen sequences), line and paragraph separators, and the bidirectional controls that reorder what is shown.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- as above
const UNPRINTABLE_KEEPING_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escapeCode = (c: string) => {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
};

/** Text for a terminal: every character in UNPRINTABLE written as an escape (`\x1b`, `\u{202e}`). A file name with
 * a line break cannot forge an output line; with `keepLines`, line breaks and tabs of longer text stay. */
export function printable(s: string, keepLines = false): string {
  return s.replace(keepLines ? UNPRINTABLE_KEEPING_LINES : UNPRINTABLE, escapeCode);
}

/** JSON output with C1 controls, separators and bidirectional controls written as \u escapes (JSON.stringify
 * escapes only C0): the same value, and nothing a terminal acts on. */
export function printableJson(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The ways a file was not fully checked, one sentence each (for standard error and the text format). */
export function incompleteNotes(r: FileResult): string[] {
  const places = r.skipped?.length ? placesOf(r) : undefined;
  return [
    ...(r.failures ?? []).map((f) => `the ${f.module} check failed, so its findings are missing: ${f.message}`),
    ...(r.skipped ?? []).map((s) => `${places!.label({ start: s.start, end: s.start })}: ${skippedMessage(s)}`),
  ];
}

export const isIncomplete = (r: FileResult): boolean => (r.failures?.length ?? 0) > 0 || (r.skipped?.length ?? 0) > 0;

interface Point {
  line: number;
  column: number;
  offset: number;
}

function point(lines: LineIndex, offset: number): Point {
  const p = lines.positionAt(offset);
  return { line: p.line + 1, column: p.character + 1, offset };
}

/** One finding of the JSON format. */
function jsonFinding(f: Finding, places: Places): object {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    start: places.point(f.start),
    end: places.point(f.end, true),
    actual: places.actual(f),
    expected: f.expected,
  };
}

/** One file's entry of the JSON format: `failures` (checks that threw) and `skipped` (paragraphs left out) only
 * when there are any. */
export function jsonFile(r: FileResult): object {
  if (r.error !== undefined) return { path: r.path, error: r.error };
  const places = placesOf(r);
  return { ...jsonHead(r, places), findings: (r.findings ?? []).map((f) => jsonFinding(f, places)) };
}

function jsonHead(r: FileResult, places: Places): object {
  return {
    path: r.path,
    ...(r.failures?.length ? { failures: r.failures.map((f) => ({ check: f.module, message: f.message })) } : {}),
    ...(r.skipped?.length
      ? {
          skipped: r.skipped.map((s) => ({
            reason: s.reason,
            start: places.point(s.start),
            end: places.point(s.end, true),
            message: skippedMessage(s),
          })),
        }
      : {}),
  };
}

const indent = (json: string, by: string) => by + json.replace(/\n/g, `\n${by}`);

/**
 * One file's entry as it stands in the JSON document (indented for its place, printable), in pieces made as they are
 * asked for: the same text as the whole entry through JSON.stringify, without ever holding it whole. A file with
 * 120,000 findings made one string of 60 million characters, and a copy for each step after.
 */
export function* jsonFileChunks(r: FileResult): Generator<string> {
  if (r.error !== undefined || !r.findings?.length) {
    yield printableJson(indent(JSON.stringify(jsonFile(r), null, 2), '    '));
    return;
  }
  const places = placesOf(r);
  const head = indent(JSON.stringify({ ...jsonHead(r, places), findings: [] }, null, 2), '    ');
  // The head ends with `"findings": []` and the closing brace: the findings go between the brackets.
  const open = head.lastIndexOf('[]');
  yield printableJson(head.slice(0, open + 1));
  let first = true;
  for (const f of r.findings) {
    yield `${first ? '' : ','}\n${printableJson(indent(JSON.stringify(jsonFinding(f, places), null, 2), '        '))}`;
    first = false;
  }
  yield `\n      ]${head.slice(open + 2)}`;
}

/** The JSON format: lines and columns 1-based, offsets 0-based UTF-16 indices into the file's text; in a Word
 * file, paragraphs and columns 1-based, `actual` the words as the paragraph reads. */
export function toJson(results: FileResult[]): string {
  return JSON.stringify({ files: results.map(jsonFile) }, null, 2);
}

export type SeverityCounts = Record<Severity, number>;

/** One file's lines of the text format (none for a clean, complete file); adds its findings to `counts`. Paths and
 * messages are printable (see printable). */
export function textFile(r: FileResult, counts: SeverityCounts): string[] {
  const name = printable(r.path);
  if (r.error !== undefined) return [`${name}: not checked: ${printable(r.error)}`];
  const findings = r.findings ?? [];
  const notes = incompleteNotes(r);
  if (findings.length === 0 && notes.length === 0) return [];
  const places = placesOf(r);
  const out = [name];
  for (const note of notes) out.push(`  not fully checked: ${printable(note)}`);
  // what to fix first: by severity, then in the order of the draft
  for (const f of [...findings].sort(bySeverityThenPosition)) {
    counts[f.severity]++;
    out.push(`  ${printable(places.label(f))}  ${f.severity.padEnd(7)}  ${printable(f.message)}  ${f.rule}`);
  }
  out.push('');
  return out;
}

/** The last line of the text format. */
export function textSummary(counts: SeverityCounts, files: number, unreadable: number, incomplete = 0): string {
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const checked = files - unreadable;
  return (
    `${total} finding${total === 1 ? '' : 's'} (${counts.error} errors, ${counts.warning} warnings, ${counts.info} info, ${counts.hint} hints) in ${checked} file${checked === 1 ? '' : 's'}` +
    (unreadable ? `; ${unreadable} not checked` : '') +
    (incomplete ? `; ${incomplete} not fully checked` : '')
  );
}

export function toText(results: FileResult[]): string {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  const out: string[] = [];
  for (const r of results) out.push(...textFile(r, counts));
  out.push(textSummary(counts, results.length, results.filter((r) => r.error !== undefined).length, results.filter(isIncomplete).length));
  return out.join('\n');
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** One file's SARIF tool notifications: why it could not be checked, or was not fully. */
export function sarifNotifications(r: FileResult): object[] {
  const at = [{ physicalLocation: { artifactLocation: { uri: toUri(r.path) } } }];
  if (r.error !== undefined) return [{ level: 'error', message: { text: `${r.path}: ${r.error}` }, locations: at }];
  return incompleteNotes(r).map((note) => ({ level: 'error', message: { text: `${r.path}: ${note}` }, locations: at }));
}

/** One file's SARIF results, one at a time. */
export function* sarifResults(r: FileResult): Generator<object> {
  if (r.error !== undefined) return;
  const places = placesOf(r);
  for (const f of r.findings ?? []) {
    const region = places.region(f);
    // In an HTML page, a replacement of text alone, its new text escaped; nothing across markup.
    const html = r.format === 'html';
    const replacement =
      f.expected.length === 0 || (html && /[<&]/.test(f.actual)) ? undefined : html ? escapeHtmlText(f.expected[0]) : f.expected[0];
    yield {
      ruleId: f.rule,
      level: SARIF_LEVEL[f.severity],
      // A Word file has no text region: the paragraph and the words are said in the message and kept as properties.
      message: { text: region ? f.message : `${f.message} (paragraph ${places.label(f).slice(1)})` },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: toUri(r.path) }, ...(region ? { region } : {}) },
          ...(region
            ? {}
            : {
                logicalLocations: [{ name: `paragraph ${(places.point(f.start) as { paragraph: number }).paragraph}`, kind: 'paragraph' }],
              }),
        },
      ],
      ...(region ? {} : { properties: { start: places.point(f.start), end: places.point(f.end, true), words: places.actual(f) } }),
      ...(region && replacement !== undefined
        ? {
            fixes: [
              {
                description: { text: `Replace with “${f.expected[0]}”` },
                artifactChanges: [
                  {
                    artifactLocation: { uri: toUri(r.path) },
                    replacements: [
                      { deletedRegion: { charOffset: f.start, charLength: f.end - f.start }, insertedContent: { text: replacement } },
                    ],
                  },
                ],
              },
            ],
          }
        : {}),
    };
  }
}

/** One file's SARIF results, or its tool notification when it could not be checked. */
export function sarifFile(r: FileResult): { results: object[]; notifications: object[] } {
  return { results: [...sarifResults(r)], notifications: sarifNotifications(r) };
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
              rules: RULES.map((r) => ({
                id: r.id,
                shortDescription: { text: r.summary },
                help: ruleHelp(r.id),
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

/** A rule's help in SARIF: its documentation page, which ships with the package (code-scanning dashboards show it
 * beside each result), or where to find the page when it cannot be read. */
function ruleHelp(id: RuleId): { text: string; markdown?: string } {
  const page = ruleDocText(id);
  return page === undefined ? { text: `See ${ruleDocPath(id)} in the copydesk package.` } : { text: page, markdown: page };
}

function toUri(p: string): string {
  return p.split(/[\\/]/).map(encodeURIComponent).join('/');
}
