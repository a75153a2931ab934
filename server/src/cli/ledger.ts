import type { Analysis } from '../engine/analyse';
import { LineIndex } from '../engine/positions';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The quote ledger: every quote with its speaker, grouped by speaker, unattributed first. */
export function quotesJson(path: string, text: string, analysis: Analysis): object {
  const lines = new LineIndex(text);
  return {
    path,
    quotes: analysis.quotes.map((q) => ({
      line: lines.positionAt(q.start).line + 1,
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker,
      status: q.status,
      cue: q.cue,
    })),
  };
}

export function quotesMarkdown(path: string, text: string, analysis: Analysis): string {
  const lines = new LineIndex(text);
  const quoted = analysis.quotes.filter((q) => q.status !== 'scare');
  const groups = new Map<string, typeof quoted>();
  for (const q of quoted) {
    const key = q.status === 'unattributed' || !q.speaker ? '' : q.speaker;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  const speakers = [...groups.keys()].filter((k) => k !== '');
  const orphans = groups.get('')?.length ?? 0;
  const out = [`# Quotes in ${path}`, '', `${quoted.length} quotes from ${speakers.length} speakers; ${orphans} unattributed.`, ''];
  const order = [...(orphans ? [''] : []), ...speakers.sort((a, b) => groups.get(b)!.length - groups.get(a)!.length || a.localeCompare(b))];
  for (const key of order) {
    const list = groups.get(key)!;
    out.push(`## ${key === '' ? 'Unattributed' : key} (${list.length})`, '');
    for (const q of list) {
      const note = q.status === 'floating' ? ' _(floating: credited from the paragraph before)_' : '';
      out.push(`- line ${lines.positionAt(q.start).line + 1}: ${flat(q.text)}${note}`);
    }
    out.push('');
  }
  const scare = analysis.quotes.filter((q) => q.status === 'scare');
  if (scare.length) out.push(`Quoted terms (not speech): ${scare.map((q) => flat(q.text)).join(', ')}`, '');
  return out.join('\n');
}

export function namesJson(path: string, text: string, analysis: Analysis): object {
  const lines = new LineIndex(text);
  return {
    path,
    names: analysis.names.map((e) => ({
      canonical: e.canonical,
      kind: e.kind,
      entity: e.entity,
      forms: e.forms.map((f) => ({
        text: f.text,
        count: f.count,
        variant: f.variant,
        lines: f.spans.map((s) => lines.positionAt(s.start).line + 1),
      })),
    })),
  };
}

export function namesMarkdown(path: string, text: string, analysis: Analysis): string {
  const lines = new LineIndex(text);
  const out = [`# Name sheet for ${path}`, '', '| Name | Kind | Forms | Lines |', '|---|---|---|---|'];
  for (const e of analysis.names) {
    const forms = e.forms.map((f) => `${f.variant ? '**⚠ ' : ''}${f.text}${f.variant ? '**' : ''} ×${f.count}`).join(', ');
    const at = e.forms.flatMap((f) => f.spans.map((s) => lines.positionAt(s.start).line + 1)).sort((a, b) => a - b);
    out.push(`| ${e.canonical} | ${e.entity} | ${forms} | ${[...new Set(at)].join(', ')} |`);
  }
  return out.join('\n') + '\n';
}
