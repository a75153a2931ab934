// The unnamed sources a paragraph credits (`sources said`, `a senior official told`, `according to two diplomats`),
// read from the words around each speech cue: the noun phrase before the verb, after it (`said the source`), or
// after `according to`. Each credit keeps its head noun (the kind of source), its number and its determiner.

import type { ParagraphQuoteFacts } from '../quotes';
import { CUE_VERBS } from '../quotes/cues';

/** Heads of unnamed sources that newsrooms pluralise: singular → plural. */
export const SOURCE_HEADS: ReadonlyMap<string, string> = new Map([
  ['source', 'sources'],
  ['official', 'officials'],
  ['diplomat', 'diplomats'],
  ['aide', 'aides'],
  ['insider', 'insiders'],
  ['adviser', 'advisers'],
  ['advisor', 'advisors'],
  ['negotiator', 'negotiators'],
  ['investigator', 'investigators'],
]);
const PLURAL_TO_SINGULAR: ReadonlyMap<string, string> = new Map([...SOURCE_HEADS].map(([s, p]) => [p, s]));
/** Some head anywhere in the text, in any case: a paragraph without one credits no unnamed source (most do not), and
 * is not split into tokens at all. Heads are ASCII words, so a case-blind test finds every token that lower-cases to one. */
const ANY_HEAD = new RegExp([...SOURCE_HEADS.keys(), ...SOURCE_HEADS.values()].join('|'), 'i');

/** How a credit counts its sources. */
export type CreditNumber =
  /** `sources said`, `the officials told`: more than one, with no count. */
  | 'plural'
  /** `two sources`, `several officials`, `both diplomats`: a count of two or more. */
  | 'counted'
  /** `a source`, `one official`: one source introduced. */
  | 'one'
  /** `the source`, `this official`: one source already introduced. */
  | 'the-one'
  /** `another source`, `a second official`: one more source. */
  | 'another';

export interface SourceCredit {
  /** Paragraph-relative span of the noun phrase (determiner to head). */
  start: number;
  end: number;
  /** The singular head: `source`, `official`. */
  head: string;
  number: CreditNumber;
  /** Span of the determiner and head alone, for the quick fix on a plural (`Senior officials` → `A senior official`). */
  phrase: string;
  /** Lower-case words between the determiner and the head (`senior`, `us`, `party`). */
  modifiers: string[];
  /** The speech verb is in the past (`said`, `told`), so a singular subject needs no other change. */
  pastVerb: boolean;
}

const COUNTING = new Set(
  `two three four five six seven eight nine ten dozen several both many multiple numerous various some other few`.split(' '),
);
const ONE = new Set(['a', 'an', 'one']);
const THE_ONE = new Set(['the', 'this', 'that']);
const ANOTHER = new Set(['another', 'second', 'third', 'fourth', 'other']);
const PLURAL_DETERMINERS = new Set(['the', 'these', 'those', 'its', 'his', 'her', 'their', 'our']);
/** Words that may stand between a determiner and the head (`senior`, `US`, `Western`, `government`). */
const MODIFIER = /^(?:[A-Za-z][\w.’'-]*|\d+)$/;
const NOT_MODIFIERS = new Set(
  `said says say told tells tell and or but of to in on at by for with from as was were is are has have had that who which
  according`.split(/\s+/),
);

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  const re = /[A-Za-z0-9][\w’'.-]*[\w]|[A-Za-z0-9]|[^\sA-Za-z0-9]/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text))
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

/** The credit whose head is tokens[h], reading its determiner and modifiers back from it. */
function creditAt(tokens: Token[], h: number, pastVerb: boolean): SourceCredit | null {
  const headWord = tokens[h].lower;
  const plural = PLURAL_TO_SINGULAR.get(headWord);
  const singular = plural ? null : SOURCE_HEADS.has(headWord) ? headWord : null;
  const head = plural ?? singular;
  if (!head) return null;
  let i = h - 1;
  let modifiers = 0;
  while (i >= 0 && modifiers < 3 && MODIFIER.test(tokens[i].text) && !NOT_MODIFIERS.has(tokens[i].lower)) {
    const w = tokens[i].lower;
    if (ONE.has(w) || THE_ONE.has(w) || ANOTHER.has(w) || COUNTING.has(w) || PLURAL_DETERMINERS.has(w) || /^\d+$/.test(w)) break;
    i--;
    modifiers++;
  }
  const det = i >= 0 ? tokens[i].lower : '';
  const hasDet =
    i >= 0 &&
    (ONE.has(det) || THE_ONE.has(det) || ANOTHER.has(det) || COUNTING.has(det) || PLURAL_DETERMINERS.has(det) || /^\d+$/.test(det));
  const first = hasDet ? i : i + 1;
  const modifierWords = tokens.slice(hasDet ? i + 1 : i + 1, h).map((t) => t.lower);
  let number: CreditNumber;
  if (plural) {
    if (hasDet && (COUNTING.has(det) || /^\d+$/.test(det) || ANOTHER.has(det))) number = 'counted';
    else if (modifierWords.some((w) => COUNTING.has(w) || ANOTHER.has(w))) number = 'counted';
    else number = 'plural';
  } else if (modifierWords.some((w) => ANOTHER.has(w)) || (hasDet && ANOTHER.has(det))) number = 'another';
  else if (hasDet && ONE.has(det)) number = 'one';
  else if (hasDet && THE_ONE.has(det)) number = 'the-one';
  else return null;
  // `one of the officials`: counted, not one.
  if (plural && h >= 2 && tokens[h - 1].lower === 'the' && tokens[h - 2].lower === 'of') number = 'counted';
  const start = tokens[first].start;
  // `consultation with aides`, `told aides`: an object, not the one speaking (but `according to sources` speaks).
  const prev = tokens[first - 1]?.lower;
  const according = prev === 'to' && tokens[first - 2]?.lower === 'according';
  if (number !== 'counted' && prev !== undefined && OBJECT_BEFORE.has(prev) && !according) return null;
  // `Mara Quist, an aide to the governor`: a named person described, not an unnamed source.
  if (!plural && prev === ',' && /^[A-Z]/.test(tokens[first - 2]?.text ?? '')) return null;
  if (modifierWords.some((w) => !/^[a-z][a-z-]*$/.test(w) && !/^[a-z]+$/i.test(w))) return null;
  if (tokens.slice(first, h).some((t) => NOT_IN_PHRASE.has(t.lower))) return null;
  return { start, end: tokens[h].end, head, number, phrase: '', modifiers: modifierWords, pastVerb };
}

const OBJECT_BEFORE = new Set(
  'with to by for of from among between told tell tells asked ask asks informed briefed thanked urged than like as'.split(' '),
);
/** Words that show a phrase read back past its start (`the place Pentagon officials`, `yet Vatican officials`). */
const NOT_IN_PHRASE = new Set('yet place where when while if because so'.split(' '));

const SPEECH_PAST =
  /^(?:said|told|added|explained|warned|insisted|claimed|confirmed|stated|noted|revealed|disclosed|acknowledged|admitted|suggested|indicated|described|briefed|argued|denied|wrote|reported)$/;

/** Unnamed-source credits around the paragraph's speech cues, once each. */
export function sourceCreditsOf(text: string, facts: ParagraphQuoteFacts): SourceCredit[] {
  const cueStarts = new Set<number>();
  for (const c of facts.cues) cueStarts.add(c.start);
  for (const q of facts.quotes) if (q.attribution && !q.scare) cueStarts.add(q.attribution.start);
  if (cueStarts.size === 0 || !ANY_HEAD.test(text)) return [];
  const tokens = tokensOf(text);
  const found = new Map<number, SourceCredit>();
  const add = (h: number, pastVerb: boolean) => {
    if (h < 0 || h >= tokens.length) return;
    const credit = creditAt(tokens, h, pastVerb);
    if (credit && !found.has(credit.start)) {
      credit.phrase = text.slice(credit.start, credit.end);
      found.set(credit.start, credit);
    }
  };
  for (let k = 0; k < tokens.length; k++) {
    if (!cueStarts.has(tokens[k].start)) continue;
    // `sources, who asked not to be named, said`: the verb of a relative clause is not the credit's.
    if (/^(?:who|which|that)$/i.test(tokens[k - 1]?.text ?? '')) continue;
    const lower = tokens[k].lower;
    if (lower === 'according' && tokens[k + 1]?.lower === 'to') {
      // `according to (two) (senior) sources`
      for (let j = k + 2; j < Math.min(tokens.length, k + 7); j++) {
        if (SOURCE_HEADS.has(tokens[j].lower) || PLURAL_TO_SINGULAR.has(tokens[j].lower)) {
          add(j, true);
          break;
        }
        if (!MODIFIER.test(tokens[j].text)) break;
      }
      continue;
    }
    const verb = CUE_VERBS.get(lower);
    if (!verb) continue;
    const past = SPEECH_PAST.test(lower);
    // Before the verb: the head of the subject, within a short tail (`sources close to the talks said`).
    for (let j = k - 1; j >= Math.max(0, k - 9); j--) {
      const t = tokens[j];
      if (/^[.;:!?"“”]$/.test(t.text) || (cueStarts.has(t.start) && !/^(?:who|which|that)$/i.test(tokens[j - 1]?.text ?? ''))) break;
      if (SOURCE_HEADS.has(t.lower) || PLURAL_TO_SINGULAR.has(t.lower)) {
        add(j, past);
        break;
      }
    }
    // After it, when the verb follows a quote or a comma: `…,” said the source`, `…, said a senior official`.
    const before = tokens[k - 1]?.text ?? '';
    for (let j = /^[,"”’']$/.test(before) ? k + 1 : tokens.length; j < Math.min(tokens.length, k + 7); j++) {
      const t = tokens[j];
      if (SOURCE_HEADS.has(t.lower) || PLURAL_TO_SINGULAR.has(t.lower)) {
        add(j, past);
        break;
      }
      if (!MODIFIER.test(t.text) || NOT_MODIFIERS.has(t.lower)) break;
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}
