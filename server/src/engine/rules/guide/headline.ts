// headline-length: a headline longer than the house allows (BBC: 55 characters, so it fits an index and a search
// result whole).
import { makeFinding } from '../../findings';
import type { Finding } from '../../types';

export function headlineFindings(text: string, maxCharacters: number): Finding[] {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  const length = [...text.slice(start, end)].length;
  if (length <= maxCharacters) return [];
  return [
    makeFinding('headline-length', {
      start,
      end,
      actual: text.slice(start, end),
      message: `Headline of ${length} characters (limit ${maxCharacters}); shorten it`,
    }),
  ];
}
