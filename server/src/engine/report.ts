import type { Statistics } from './analyse';

const round = (n: number, digits = 1) => Number.isFinite(n) ? n.toFixed(digits).replace(/\.0+$/, '') : '–';

/** The draft's numbers as a small Markdown table (hover, CLI report). */
export function statsMarkdown(s: Statistics): string {
  const rows: [string, string][] = [
    ['Words', String(s.words)],
    ['Sentences', String(s.sentences)],
    ['Paragraphs', String(s.paragraphs)],
    ['Average sentence length', `${round(s.averageSentenceLength)} words`],
    ['Flesch reading ease', round(s.fleschReadingEase)],
    ['Flesch-Kincaid grade', round(s.fleschKincaidGrade)],
    ['Reading time', `${round(s.readingTimeMinutes)} min`],
    ['Quotes', String(s.quotes)],
    ['Speakers quoted', String(s.speakers)],
  ];
  return ['| Copydesk | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}
