// How a report names a place in a draft: by line in a text file, by paragraph in a Word file (which has no lines).
import { LineIndex } from '../positions';
import type { Paragraph } from '../types';
import { ParagraphPositions } from './paragraphPositions';

export interface Places {
  unit: 'line' | 'paragraph';
  /** The 1-based line or paragraph number of an offset. */
  number(offset: number): number;
}

export function linePlaces(text: string): Places {
  const lines = new LineIndex(text);
  return { unit: 'line', number: (offset) => lines.positionAt(offset).line + 1 };
}

export function paragraphPlaces(paragraphs: readonly Paragraph[]): Places {
  const at = new ParagraphPositions(paragraphs);
  return { unit: 'paragraph', number: (offset) => at.point(offset).paragraph };
}

/** "line 18", "paragraph 3". */
export function placeLabel(places: Places, offset: number): string {
  return `${places.unit} ${places.number(offset)}`;
}
