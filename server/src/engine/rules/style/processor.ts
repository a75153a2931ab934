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

// Built once per set of checks, never per paragraph.
const processors = new Map<string, Processor<Root, Root, Root>>();

function processorFor(checks: readonly RetextCheck[]): Processor<Root, Root, Root> {
  const key = checks.join(',');
  let processor = processors.get(key);
  if (!processor) {
    // The plugins are transformers only: no parser is attached and the paragraph's tree is never re-parsed.
    let p = unified() as unknown as Processor<Root, Root, Root>;
    for (const check of checks) p = p.use(PLUGINS[check] as never) as unknown as Processor<Root, Root, Root>;
    processor = p.freeze();
    processors.set(key, processor);
  }
  return processor;
}

/** Runs retext checks over an already parsed paragraph tree (the plugins only read the tree). */
export function retextHits(tree: Root, checks: readonly RetextCheck[] = STYLE_CHECKS): RetextHit[] {
  const file = new VFile();
  processorFor(checks).runSync(tree, file);
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
