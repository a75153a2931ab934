import type { Analysis } from '../engine/analyse';
import { linePlaces, type Places } from '../engine/formats/places';
import { auditMarkdown, SOURCE_KIND_LABELS } from '../engine/rules/sourcing/audit';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The quote ledger: every quote with its speaker, grouped by speaker, unattributed first. In a Word file each quote
 * has its paragraph, and no offsets (the file has no text they could count in). */
export function quotesJson(path: string, text: string, analysis: Analysis, places: Places = linePlaces(text)): object {
  return {
    path,
    quotes: analysis.quotes.map((q) => ({
      [places.unit]: places.number(q.start),
      ...(places.unit === 'line' ? { start: q.start, end: q.end } : {}),
      text: q.text,
      speaker: q.speaker,
      status: q.status,
      cue: q.cue,
      ...(q.weak ? { weak: q.weak } : {}),
    })),
    sourcing: analysis.sourcing,
  };
}

export function quotesMarkdown(path: string, text: string, analysis: Analysis, places: Places = linePlaces(text)): string {
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
    const kind = key === '' ? '' : analysis.sourcing.sources.find((x) => x.name === key)?.kind;
    out.push(`## ${key === '' ? 'Unattributed' : key} (${list.length})${kind ? ` · ${SOURCE_KIND_LABELS[kind].toLowerCase()}` : ''}`, '');
    for (const q of list) {
      const note =
        q.status === 'floating' ? ' _(floating: credited from the paragraph before)_' : q.weak ? ` _(weak source: ${q.weak})_` : '';
      out.push(`- ${places.unit} ${places.number(q.start)}: ${flat(q.text)}${note}`);
    }
    out.push('');
  }
  const scare = analysis.quotes.filter((q) => q.status === 'scare');
  if (scare.length) out.push(`Quoted terms (not speech): ${scare.map((q) => flat(q.text)).join(', ')}`, '');
  out.push('## Sourcing', '', ...auditMarkdown(analysis.sourcing), '');
  return out.join('\n');
}

export function namesJson(path: string, text: string, analysis: Analysis, places: Places = linePlaces(text)): object {
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
        [`${places.unit}s`]: f.spans.map((s) => places.number(s.start)),
      })),
    })),
  };
}

export function namesMarkdown(path: string, text: string, analysis: Analysis, places: Places = linePlaces(text)): string {
  const out = [
    `# Name sheet for ${path}`,
    '',
    `| Name | Kind | Forms | ${places.unit === 'line' ? 'Lines' : 'Paragraphs'} |`,
    '|---|---|---|---|',
  ];
  for (const e of analysis.names) {
    const forms = e.forms.map((f) => `${f.variant ? '**⚠ ' : ''}${f.text}${f.variant ? '**' : ''} ×${f.count}`).join(', ');
    const at = e.forms.flatMap((f) => f.spans.map((s) => places.number(s.start))).sort((a, b) => a - b);
    out.push(`| ${e.canonical} | ${e.entity} | ${forms} | ${[...new Set(at)].join(', ')} |`);
  }
  return out.join('\n') + '\n';
}
