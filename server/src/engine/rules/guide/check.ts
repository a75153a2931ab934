// The house-style presets' rules (number-style, courtesy-title, headline-length, day-date): paragraph by paragraph,
// and only for the rules a preset, the house style or a setting turns on (they are off by default). day-date keeps
// the dates written without a year, and a dateline's date, for the document pass.
import type { Check } from '../../pipeline';
import type { Finding } from '../../types';
import { courtesyTitleFindings } from './courtesyTitles';
import { dayDateDocument, dayDateParagraph, type DayDateFacts } from './dayDate';
import { headlineFindings } from './headline';
import { numberStyleFindings } from './numbers';

type GuideRule = 'number-style' | 'courtesy-title' | 'headline-length' | 'day-date';

export interface GuideFacts {
  /** Null when day-date is off. */
  dayDate: DayDateFacts | null;
}

export const guideCheck: Check<GuideFacts, { findings: Finding[] }> = {
  module: 'guide',
  paragraph({ text, kind, tokens, quoteSpans, options }) {
    const on = (rule: GuideRule) => (options.rules[rule] ?? 'off') !== 'off';
    const findings: Finding[] = [];
    let dayDate: DayDateFacts | null = null;
    if (on('day-date')) {
      const read = dayDateParagraph(text, tokens.sentences);
      dayDate = read.facts;
      findings.push(...read.findings);
    }
    const facts = { dayDate };
    if (kind === 'headline') {
      if (on('headline-length')) findings.push(...headlineFindings(text, options.guide.headlineMaxCharacters));
      return { facts, findings };
    }
    if (kind === 'heading') return { facts, findings };
    if (on('number-style')) findings.push(...numberStyleFindings(text, quoteSpans));
    if (on('courtesy-title')) findings.push(...courtesyTitleFindings(text, quoteSpans, options.guide.courtesyTitles));
    return { facts, findings };
  },
  document(paragraphs, { options }) {
    if ((options.rules['day-date'] ?? 'off') === 'off') return { findings: [] };
    const withFacts = paragraphs.flatMap((p) => (p.facts.dayDate ? [{ start: p.start, facts: p.facts.dayDate }] : []));
    return { findings: dayDateDocument(withFacts, options.guide.dayDateYear || null) };
  },
  failed: { findings: [] },
};
