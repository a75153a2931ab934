// Which attribution verbs are loaded, and the attribution-verb findings. Style guides (AP, Reuters, the BBC, the
// Guardian) hold "said" neutral and name these as verbs that cast doubt (claim), imply guilt or a grudging truth
// (admit, concede, confess), take a side on the speaker's manner (insist, boast, sneer) or dramatise (slam, blast).

import type { EngineOptions } from '../../config';
import { makeFinding } from '../../findings';
import type { Finding } from '../../types';
import { CUE_VERBS } from '../quotes/cues';
import type { SourcingParagraph } from './check';
import { saidFor, verbsAmong } from './verbs';

export const DEFAULT_LOADED_VERBS: readonly string[] = [
  'claim',
  'admit',
  'concede',
  'confess',
  'insist',
  'boast',
  'brag',
  'gloat',
  'crow',
  'sneer',
  'scoff',
  'whine',
  'fume',
  'rage',
  'thunder',
  'snap',
  'slam',
  'blast',
];

/** How a verb reads: what it does to the attribution, for the message. */
const EFFECT: ReadonlyMap<string, string> = new Map([
  ['claim', 'casts doubt on what was said'],
  ['admit', 'implies a grudging truth or guilt'],
  ['concede', 'implies a grudging truth'],
  ['confess', 'implies guilt'],
  ['insist', 'suggests the speaker is not to be believed'],
  ['slam', 'dramatises the criticism'],
  ['blast', 'dramatises the criticism'],
]);

/** The verb's lemma, whichever form the house style wrote it in. */
function lemmaOf(word: string): string {
  const lower = word.trim().toLowerCase();
  return CUE_VERBS.get(lower)?.lemma ?? lower;
}

const cache = new WeakMap<EngineOptions['attributionVerbs'], ReadonlySet<string>>();

/** The built-in loaded verbs, plus the house style's loaded ones, less its allowed ones. */
export function loadedVerbs(lists: EngineOptions['attributionVerbs']): ReadonlySet<string> {
  let set = cache.get(lists);
  if (!set) {
    const allowed = new Set(lists.allowed.map(lemmaOf));
    set = new Set([...DEFAULT_LOADED_VERBS, ...lists.loaded.map(lemmaOf)].filter((l) => !allowed.has(l)));
    cache.set(lists, set);
  }
  return set;
}

export function attributionVerbFindings(paragraphs: SourcingParagraph[], options: EngineOptions): Finding[] {
  const loaded = loadedVerbs(options.attributionVerbs);
  const out: Finding[] = [];
  for (const { start: offset, facts } of paragraphs) {
    for (const v of verbsAmong(facts.text, facts.verbs, loaded)) {
      if (!loaded.has(v.lemma)) continue;
      const actual = facts.text.slice(v.start, v.end);
      const said = saidFor(actual, v.form);
      const effect = EFFECT.get(v.lemma) ?? 'colours the attribution';
      out.push(
        makeFinding('attribution-verb', {
          start: offset + v.start,
          end: offset + v.end,
          message: `“${actual}” in an attribution ${effect}; “${said}” is neutral.`,
          actual,
          expected: v.replaceable ? [said] : [],
          fixes: v.replaceable
            ? [
                {
                  title: `Replace with “${said}”`,
                  edits: [{ start: offset + v.start, end: offset + v.end, newText: said }],
                  preferred: true,
                },
              ]
            : undefined,
        }),
      );
    }
  }
  return out;
}
