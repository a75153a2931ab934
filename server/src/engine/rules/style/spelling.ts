import { makeFinding } from '../../findings';
import type { Finding, ParagraphTokens } from '../../types';
import type { SpellingForm } from './facts';
import type { QuoteIndex } from './quote-spans';
import { NAME_LIKE, type Convention, type SpellingEntry, type SpellingFamily } from './spelling-data';

const LABEL: Record<Convention, string> = { british: 'British', american: 'American' };

function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  if (model.charCodeAt(0) !== model.toLowerCase().charCodeAt(0)) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/** British- and American-only spellings in one paragraph (`spelling`, word by word), outside quoted speech. A
 * capitalised word inside a sentence is taken for a name ("World Health Organization", "Defense Department") and
 * skipped. */
export function spellingFormsOf(
  tokens: ParagraphTokens,
  lower: readonly string[],
  spelling: readonly (SpellingEntry | undefined)[],
  quotes: QuoteIndex,
): SpellingForm[] {
  const forms: SpellingForm[] = [];
  const { words, sentences } = tokens;
  let sentence = 0;
  for (let i = 0; i < words.length; i++) {
    const entry = spelling[i];
    if (!entry) continue;
    const word = words[i];
    while (sentence < sentences.length - 1 && sentences[sentence].endWord <= i) sentence++;
    const first = sentences.length > 0 && sentences[sentence].firstWord === i;
    if (word.text !== lower[i]) {
      const capitalisedOnly = word.text.slice(1) === lower[i].slice(1);
      if (!first || !capitalisedOnly || NAME_LIKE.has(lower[i])) continue;
    }
    if (quotes.overlaps(word.start, word.end)) continue;
    forms.push({
      start: word.start,
      end: word.end,
      word: word.text,
      convention: entry.convention,
      family: entry.family,
      key: entry.key,
      other: matchCase(word.text, entry.other),
    });
  }
  return forms;
}

interface Located {
  form: SpellingForm;
  offset: number;
}

/** The document pass: within each family, flag the minority convention (a tie flags the convention that appears
 * later); a house-style preference overrides both. */
export function resolveSpelling(
  paragraphs: readonly { start: number; forms: readonly SpellingForm[] }[],
  prefer: Convention | null,
): Finding[] {
  const byFamily = new Map<SpellingFamily, Located[]>();
  for (const p of paragraphs) {
    for (const form of p.forms) {
      let list = byFamily.get(form.family);
      if (!list) byFamily.set(form.family, (list = []));
      list.push({ form, offset: p.start });
    }
  }

  // A family split evenly (one "favourable", one "favorable") follows the draft's spelling as a whole.
  let britishForms = 0;
  let americanForms = 0;
  for (const p of paragraphs) {
    for (const form of p.forms) {
      if (form.convention === 'british') britishForms++;
      else americanForms++;
    }
  }
  const overall: Convention | null = britishForms === americanForms ? null : britishForms > americanForms ? 'british' : 'american';

  const findings: Finding[] = [];
  for (const located of byFamily.values()) {
    let target: Convention;
    let why: string;
    if (prefer) {
      target = prefer;
      why = `house style is ${LABEL[prefer]} spelling`;
    } else {
      let british = 0;
      for (const l of located) if (l.form.convention === 'british') british++;
      const american = located.length - british;
      if (british === 0 || american === 0) continue;
      if (british !== american) {
        target = british > american ? 'british' : 'american';
        why = `this draft mostly uses ${LABEL[target]} spelling`;
      } else if (overall) {
        target = overall;
        why = `this draft mostly uses ${LABEL[target]} spelling`;
      } else continue;
    }
    for (const { form, offset } of located) {
      if (form.convention === target) continue;
      const start = offset + form.start;
      const end = offset + form.end;
      findings.push(
        makeFinding('spelling-variant', {
          start,
          end,
          message: `“${form.word}” is ${LABEL[form.convention]} spelling; ${why} (“${form.other}”)`,
          actual: form.word,
          expected: [form.other],
          fixes: [{ title: `Change to “${form.other}”`, edits: [{ start, end, newText: form.other }], preferred: true }],
        }),
      );
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
