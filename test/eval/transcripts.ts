// The written set for quote-mismatch (test/eval/transcripts): transcripts with real-world noise in notes/ (speaker
// labels, timestamps, WebVTT and SubRip captions, fillers, stage notes), drafts in positive.txt and negative.txt in
// the figures set's format (see figures.ts). [[...]] marks the quote the rule should flag: a warning, or with "@info"
// after the case, information that the quote is in no transcript. Every draft is checked with every transcript
// loaded, as a desk's notes folder would be.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../server/src/engine/analyse';
import { defaultOptions } from '../../server/src/engine/config';
import type { TranscriptSource } from '../../server/src/engine/rules/transcripts/mismatch';
import type { Finding, Span } from '../../server/src/engine/types';
import { parseCases, type FigureCase } from './figures';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function loadTranscripts(dir: string): TranscriptSource[] {
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name: `notes/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Cases; `fix` is '@info' when the case expects information (the quote is in no transcript). */
export function loadMismatchCases(dir: string): FigureCase[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .flatMap((n) => parseCases(readFileSync(join(dir, n), 'utf8').replace(/^@info$/gm, '@fix @info'), n.replace(/\.txt$/, '')));
}

export function scoreMismatch(c: FigureCase, findings: Finding[]): { found: boolean; falseAlarms: Finding[] } {
  const mine = findings.filter((f) => f.rule === 'quote-mismatch');
  const severity = c.fix === '@info' ? 'info' : 'warning';
  const hit = c.flag ? mine.find((f) => overlaps(f, c.flag!) && f.severity === severity) : undefined;
  return { found: hit !== undefined, falseAlarms: mine.filter((f) => f !== hit) };
}

export function evaluateMismatch(dir = 'test/eval/transcripts'): void {
  const transcripts = loadTranscripts(join(dir, 'notes'));
  const cases = loadMismatchCases(dir);
  const options = { ...defaultOptions('plaintext'), transcripts };
  analyse('"warm up the index, nothing else"\n', options);
  const started = performance.now();
  const results = cases.map((c) => ({ c, ...scoreMismatch(c, analyse(c.text, options).findings) }));
  const ms = performance.now() - started;
  const words = transcripts.reduce((n, t) => n + t.text.split(/\s+/).length, 0);
  console.log(`quote-mismatch on ${dir} (${transcripts.length} transcripts, about ${words} words; whole engine, ${Math.round(ms)} ms)`);
  for (const [title, part] of [
    ['all', results],
    ['misquoted (warning)', results.filter((r) => r.c.flag && r.c.fix !== '@info')],
    ['in no transcript (information)', results.filter((r) => r.c.fix === '@info')],
  ] as const) {
    const positives = part.filter((r) => r.c.flag !== null);
    const found = positives.filter((r) => r.found).length;
    const alarms = part.reduce((n, r) => n + r.falseAlarms.length, 0);
    console.log(`\n${title}: ${positives.length} positive, ${part.length - positives.length} negative cases`);
    console.log(`  recall    ${positives.length ? (found / positives.length).toFixed(3) : '–'} (${found}/${positives.length})`);
    console.log(`  precision ${found + alarms ? (found / (found + alarms)).toFixed(3) : '–'} (${found}/${found + alarms})`);
  }
  const misses = results.filter((r) => r.c.flag && !r.found);
  if (misses.length) console.log(`\nmisses:\n  ${misses.map((r) => `${r.c.id} ${r.c.pattern}`).join('\n  ')}`);
  const wrong = results.filter((r) => r.falseAlarms.length > 0);
  if (wrong.length)
    console.log(
      `false alarms:\n  ${wrong.map((r) => `${r.c.id} ${r.falseAlarms.map((f) => `[${f.severity}] ${f.message}`).join(' | ')}`).join('\n  ')}`,
    );
}
