// The CLI reads drafts of up to 10 MB. What the engine keeps of a draft for its document passes is about 40 bytes a
// character, and its peak several times that: a 9.9 MB draft took 1.2 GB whole. A draft longer than a section (or
// with more paragraphs than the engine checks in one draft) is therefore checked section by section, each as a
// draft of its own cut where a paragraph starts, and only the findings are kept: memory stays that of one section
// whatever the file's length. Names, acronyms and quotes are then compared within each section.
import { setFlagsFromString } from 'node:v8';
import { analyse } from '../engine/analyse';
import type { EngineOptions } from '../engine/config';
import { MAX_PARAGRAPHS, type Skipped } from '../engine/limits';
import type { CheckModule } from '../engine/paragraph';
import type { DocumentFormat, Finding, Paragraph } from '../engine/types';

/** Longest section, in characters: about 170,000 words, past any news draft. */
export const SECTION_CHARS = 1_000_000;

export interface SectionedAnalysis {
  findings: Finding[];
  failures: { module: CheckModule; message: string }[];
  skipped: Skipped[];
  /** How many sections the draft was checked in (1: whole). */
  sections: number;
  /** The draft's paragraphs, when asked for (a Word file's findings are placed by paragraph). */
  paragraphs?: Paragraph[];
}

// In HTML a section starts at a line that opens a block, outside scripts, styles and comments.
const HTML_BLOCK_LINE = /^[ \t]*<(?:p|h[1-6]|li|div|blockquote|section|article|ul|ol|table|figure|header|footer|main|aside|dl|hr)[\s>/]/i;
const HTML_RAW = /<(script|style)\b|<\/(script|style)\s*>|<!--|-->/gi;

/**
 * Where sections start: line starts at most SECTION_CHARS apart, with at most MAX_PARAGRAPHS non-blank lines
 * between them (a paragraph has at least one, so no section has more paragraphs than the engine checks). In
 * Markdown a line that follows a blank line and is not indented is preferred (every block is closed there); in HTML
 * a line that opens a block outside a script, a style or a comment.
 */
export function sectionStarts(text: string, format: DocumentFormat): number[] {
  const markdown = format === 'markdown';
  const html = format === 'html';
  /** In HTML: inside a script or style (its name) or a comment ('--'). */
  let raw: string | null = null;
  const starts = [0];
  let from = 0;
  let lines = 0;
  let linesAtSafe = 0;
  let safe = -1;
  let previousBlank = true;
  for (let lineStart = 0; lineStart < text.length;) {
    let lineEnd = lineStart;
    let ink = false;
    for (; lineEnd < text.length; lineEnd++) {
      const c = text.charCodeAt(lineEnd);
      if (c === 10 || c === 13) break;
      if (c !== 32 && c !== 9) ink = true;
    }
    const next = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
    if (ink) {
      if ((lineEnd - from > SECTION_CHARS || lines >= MAX_PARAGRAPHS) && lineStart > from) {
        const cut = (markdown || html) && safe > from ? safe : lineStart;
        starts.push(cut);
        lines = cut === lineStart ? 0 : lines - linesAtSafe;
        from = cut;
        safe = -1;
      }
      const indented = text.charCodeAt(lineStart) === 32 || text.charCodeAt(lineStart) === 9;
      const clean = html
        ? raw === null && HTML_BLOCK_LINE.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 40)))
        : !markdown || (previousBlank && !indented);
      if (lineStart > from && clean) {
        safe = lineStart;
        linesAtSafe = lines;
      }
      if (html) raw = rawAfter(text.slice(lineStart, lineEnd), raw);
      lines++;
    }
    previousBlank = !ink;
    lineStart = next;
  }
  return starts;
}

/** Whether a line of HTML leaves a script, style or comment open (`raw` as for the line before). */
function rawAfter(line: string, raw: string | null): string | null {
  HTML_RAW.lastIndex = 0;
  for (let m = HTML_RAW.exec(line); m; m = HTML_RAW.exec(line)) {
    if (raw === null) {
      if (m[1]) raw = m[1].toLowerCase();
      else if (m[0] === '<!--') raw = '--';
    } else if ((raw === '--' && m[0] === '-->') || (m[2] && m[2].toLowerCase() === raw)) raw = null;
  }
  return raw;
}

/** Checks a draft whole when it is short enough, else section by section (findings at their place in the draft).
 * With `keepParagraphs`, the paragraphs come back too. */
export function analyseInSections(text: string, options: EngineOptions, keepParagraphs = false): SectionedAnalysis {
  const starts = sectionStarts(text, options.format);
  if (starts.length === 1) {
    const whole = analyse(text, options);
    return {
      findings: whole.findings,
      failures: whole.failures,
      skipped: whole.skipped,
      sections: 1,
      ...(keepParagraphs ? { paragraphs: whole.paragraphs } : {}),
    };
  }
  tightenHeap();
  const out: SectionedAnalysis = { findings: [], failures: [], skipped: [], sections: starts.length };
  if (keepParagraphs) out.paragraphs = [];
  const failures = new Map<string, { module: CheckModule; message: string }>();
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k];
    const end = k + 1 < starts.length ? starts[k + 1] : text.length;
    const analysis = analyse(text.slice(at, end), options);
    for (const f of analysis.findings) out.findings.push(at === 0 ? f : shifted(f, at));
    for (const s of analysis.skipped) out.skipped.push({ ...s, start: s.start + at, end: s.end + at });
    for (const p of out.paragraphs ? analysis.paragraphs : []) out.paragraphs!.push({ ...p, start: p.start + at, end: p.end + at });
    for (const f of analysis.failures) failures.set(`${f.module}\u0000${f.message}`, f);
  }
  out.failures = [...failures.values()];
  return out;
}

let tight = false;

/** V8 lets the old generation grow to several times what is live before a full collection: with the sections of a
 * 10 MB draft that was 1 GB of RSS for 130 MB kept. A full collection once it has grown 30 % (as the language server
 * does with long drafts open, lsp/heapPolicy.ts) kept it under 400 MB. */
function tightenHeap(): void {
  if (tight) return;
  tight = true;
  setFlagsFromString('--heap-growing-percent=30');
}

function shifted(f: Finding, by: number): Finding {
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    ...(f.related ? { related: f.related.map((r) => ({ ...r, start: r.start + by, end: r.end + by })) } : {}),
    ...(f.fixes
      ? { fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })) }
      : {}),
  };
}
