import type { Root } from 'nlcst';
import retextIndefiniteArticle from 'retext-indefinite-article';
import retextIntensify from 'retext-intensify';
import retextPassive from 'retext-passive';
import retextRepeatedWords from 'retext-repeated-words';
import retextSimplify from 'retext-simplify';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';

export type RetextCheck = 'passive' | 'repeated-words' | 'indefinite-article' | 'simplify' | 'intensify';

/** The checks the style rules run on every paragraph; retext-passive runs only where it can add something (see
 * passive.ts); simplify and intensify are only measured. */
export const STYLE_CHECKS: readonly RetextCheck[] = ['repeated-words', 'indefinite-article'];

const PLUGINS = {
  passive: retextPassive,
  'repeated-words': retextRepeatedWords,
  'indefinite-article': retextIndefiniteArticle,
  simplify: retextSimplify,
  intensify: retextIntensify,
} as const;

export interface RetextHit {
  source: string;
  start: number;
  end: number;
  message: string;
  actual: string;
  expected: string[];
}

type Transformer = (tree: Root, file: VFile) => undefined;
type Attacher = (this: Processor) => Transformer;

// Each plugin is attached once, as unified attaches it (called on a processor, with no options), and its transformer
// is then called directly: `runSync`'s middleware pipeline (wrappers and callbacks per transformer per paragraph)
// added about a third to the checks' own time. The transformers are synchronous and return nothing, so calling
// them in order on one file is all `runSync` did with them.
const host = unified();
const transformers = new Map<RetextCheck, Transformer>();

function transformerOf(check: RetextCheck): Transformer {
  let transformer = transformers.get(check);
  if (!transformer) {
    transformer = (PLUGINS[check] as unknown as Attacher).call(host);
    transformers.set(check, transformer);
  }
  return transformer;
}

/** Runs retext checks over an already parsed paragraph tree (the plugins only read the tree). */
export function retextHits(tree: Root, checks: readonly RetextCheck[] = STYLE_CHECKS): RetextHit[] {
  const file = new VFile();
  for (const check of checks) transformerOf(check)(tree, file);
  const hits: RetextHit[] = [];
  for (const m of file.messages) {
    const start = m.place && 'start' in m.place ? m.place.start.offset : m.place?.offset;
    const end = m.place && 'end' in m.place ? m.place.end.offset : m.place?.offset;
    if (start === undefined || end === undefined) continue;
    hits.push({
      source: m.source ?? '',
      start,
      end,
      message: m.reason,
      actual: m.actual ?? '',
      expected: m.expected ?? [],
    });
  }
  return hits;
}
