// courtesy-title: AP uses no courtesy titles outside quotations (the surname alone on second reference); the BBC
// uses them, without a full stop (Mr, Mrs, Ms, Dr). Which one applies is the `courtesyTitles` setting.
import { makeFinding } from '../../findings';
import type { Finding, Span } from '../../types';

export type CourtesyTitles = 'omit' | 'no-full-stop';

const ANY_TITLE = /\b(Mr|Mrs|Ms|Mx)(\.?)[ \u00a0]+(?=\p{Lu})/gu;
const WITH_STOP = /\b(Mr|Mrs|Ms|Mx|Dr|St)\.(?=[ \u00a0]+\p{Lu})/gu;

export function courtesyTitleFindings(text: string, quoteSpans: readonly Span[], style: CourtesyTitles): Finding[] {
  const out: Finding[] = [];
  const quoted = (at: number) => quoteSpans.some((s) => at >= s.start && at < s.end);
  if (style === 'omit') {
    for (const m of text.matchAll(ANY_TITLE)) {
      if (quoted(m.index)) continue;
      const title = m[1] + m[2];
      out.push(
        makeFinding('courtesy-title', {
          start: m.index,
          end: m.index + title.length,
          actual: title,
          message: `“${title}”: no courtesy title outside quotations; use the surname alone`,
          fixes: [{ title: `Remove “${title}”`, edits: [{ start: m.index, end: m.index + m[0].length, newText: '' }], preferred: true }],
        }),
      );
    }
  } else {
    for (const m of text.matchAll(WITH_STOP)) {
      if (quoted(m.index)) continue;
      const end = m.index + m[0].length;
      out.push(
        makeFinding('courtesy-title', {
          start: m.index,
          end,
          actual: m[0],
          expected: [m[1]],
          message: `“${m[0]}”: titles take no full stop (“${m[1]}”)`,
          fixes: [{ title: `Write “${m[1]}”`, edits: [{ start: m.index, end, newText: m[1] }], preferred: true }],
        }),
      );
    }
  }
  return out;
}
