// The house-style presets' rules (number-style, courtesy-title, headline-length): paragraph by paragraph, and only
// for the rules a preset, the house style or a setting turns on (they are off by default).
import type { Check } from '../../pipeline';
import type { Finding } from '../../types';
import { courtesyTitleFindings } from './courtesyTitles';
import { headlineFindings } from './headline';
import { numberStyleFindings } from './numbers';

export const guideCheck: Check<null, { findings: [] }> = {
  module: 'guide',
  paragraph({ text, kind, quoteSpans, options }) {
    const on = (rule: 'number-style' | 'courtesy-title' | 'headline-length') => (options.rules[rule] ?? 'off') !== 'off';
    const findings: Finding[] = [];
    if (kind === 'headline') {
      if (on('headline-length')) findings.push(...headlineFindings(text, options.guide.headlineMaxCharacters));
      return { facts: null, findings };
    }
    if (kind === 'heading') return { facts: null, findings };
    if (on('number-style')) findings.push(...numberStyleFindings(text, quoteSpans));
    if (on('courtesy-title')) findings.push(...courtesyTitleFindings(text, quoteSpans, options.guide.courtesyTitles));
    return { facts: null, findings };
  },
  document: () => ({ findings: [] }),
  failed: { findings: [] },
};
