// What every matching strategy reads and writes: the document's collected names, the table of forms it links, and
// the options.

import { FormTable } from './forms';
import type { CollectedNames } from './occurrences';
import { isDistinctIn } from './distinct';

export interface NameOptions {
  /** House style: preferred names and their known variants. */
  preferred?: { preferred: string; variants?: string[] }[];
  /** Extends the built-in list of well-known acronyms. */
  knownAcronyms?: string[];
  /** Extends the built-in list of distinct names that look alike. */
  distinctNames?: string[][];
  /** The house style's second reference to a person (name-reference): a surname alone, or a courtesy title and the
   * surname. Unset: either. */
  secondReference?: 'surname' | 'title';
}

export interface MatchContext {
  readonly collected: CollectedNames;
  readonly table: FormTable;
  readonly options: NameOptions;
  /** The distinct pairs (built-in and house style), as a set kept while the options stay. */
  readonly distinct: Set<string>;
  isDistinct(a: string, b: string): boolean;
}

export function matchContext(collected: CollectedNames, options: NameOptions, distinct: Set<string>): MatchContext {
  return { collected, table: new FormTable(), options, distinct, isDistinct: (a, b) => isDistinctIn(distinct, a, b) };
}
