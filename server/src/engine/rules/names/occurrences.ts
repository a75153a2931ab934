// Document-level collection of name occurrences from the per-paragraph facts: words, multi-word names and
// lower-case compounds, with document offsets and the context the guards need.

import type { BlockKind } from '../../types';
import { COMMON_CAPITALISED, COMPOUND_STOPWORDS } from './data';
import { hasLetters, joinKey } from './keys';
import { LOWER_QUOTED, LOWER_WEAK, type NameWord, type ParagraphNameFacts } from './mentions';

export interface Occurrence {
  text: string;
  start: number;
  end: number;
  /** Capitals not informative (sentence start, headline, heading). */
  weak: boolean;
  inQuote: boolean;
}

/** One name word in context. */
export interface WordOccurrence extends Occurrence {
  acronym: boolean;
  titled: boolean;
  /** First word of a name of two or more words, with the word that follows ("Ronald" before "Reagan"). */
  givenBefore?: string;
  /** Last word of a name of two or more words, with the word before it. */
  surnameAfter?: string;
  /** The only name word of its run ("Shahad" on its own). */
  alone: boolean;
  /** Part of a hyphenated name ("Schweiker" in "Reagan-Schweiker"): used for spelling checks only. */
  part?: true;
  joined: boolean;
  /** Index of the run it belongs to. */
  run: number;
}

/** A cleaned run of name words (document offsets). */
export interface RunOccurrence {
  words: (NameWord & { docStart: number; docEnd: number })[];
  titled: boolean;
  kind: BlockKind;
}

export interface CompoundOccurrence extends Occurrence {
  style: 'hyphen' | 'closed' | 'space';
  /** `text` is in lower case; the draft has it with a capital (a sentence's first word, "Email"). */
  capital?: true;
  /** Letters of the compound with a simple inflection stripped ("emails" and "e-mail" share "email"). */
  stem: string;
}

export interface CollectedNames {
  /** Lower-case words written in running text. */
  vocabulary: Set<string>;
  runs: RunOccurrence[];
  words: WordOccurrence[];
  compounds: CompoundOccurrence[];
}

const INFLECTIONS = ['ings', 'ing', 'ed', 'es', 's', 'e'];
const PLURALS = ['s'];

export function stemOf(key: string, plural = false): string {
  for (const suffix of plural ? PLURALS : INFLECTIONS) {
    if (key.length > suffix.length + 3 && key.endsWith(suffix)) return key.slice(0, -suffix.length);
  }
  return key;
}

export function runText(words: readonly { text: string }[]): string {
  return words.map((w) => w.text).join(' ');
}

/** What the document pass needs from one paragraph's lower-case words, worked out once per paragraph's facts (the
 * facts are cached by paragraph text, so on a long draft only edited paragraphs are worked out again). */
interface LowerKeys {
  /** Words written in lower case in running text. */
  vocabulary: string[];
  /** Stems of hyphenated words, of closed words and their singular, for the compound pass. */
  hyphenStems: string[];
  closedStems: string[];
  closedPlural: string[];
  /** Per word: the stem of a two-part hyphenated word ('' when not one), null for a word without a hyphen. */
  hyphen: (string | null)[];
  /** Per word: stemOf(word) for closed words of five letters or more, else null. */
  closed: (string | null)[];
  /** Per word: the joined stem with the next word when the two may be a spaced compound, else null. */
  joined: (string | null)[];
  /** Per word: stemOf(word, true) for closed words of five letters or more, else null. */
  plural: (string | null)[];
}

const lowerKeysCache = new WeakMap<ParagraphNameFacts, LowerKeys>();

function lowerKeysOf(facts: ParagraphNameFacts): LowerKeys {
  let keys = lowerKeysCache.get(facts);
  if (keys !== undefined) return keys;
  const lower = facts.lower;
  keys = { vocabulary: [], hyphenStems: [], closedStems: [], closedPlural: [], hyphen: [], closed: [], joined: [], plural: [] };
  for (let i = 0; i < lower.length; i++) {
    const [text, at, flags] = lower[i];
    if ((flags & LOWER_WEAK) === 0) keys.vocabulary.push(text);
    const hyphenated = text.includes('-');
    if (text.length >= 5 && hasLetters(text)) {
      if (hyphenated) keys.hyphenStems.push(stemOf(joinKey(text)));
      else {
        keys.closedStems.push(stemOf(text));
        keys.closedPlural.push(stemOf(text, true));
      }
    }
    if (hyphenated) {
      const parts = text.split('-');
      keys.hyphen.push(parts.length !== 2 || parts.some((x) => x.length === 0 || !hasLetters(x)) ? '' : stemOf(joinKey(text)));
      keys.closed.push(null);
      keys.joined.push(null);
      keys.plural.push(null);
      continue;
    }
    keys.hyphen.push(null);
    keys.closed.push(text.length >= 5 ? stemOf(text) : null);
    keys.plural.push(text.length >= 5 ? stemOf(text, true) : null);
    const next = lower[i + 1];
    let joined: string | null = null;
    if (next !== undefined && next[1] === at + text.length + 1 && (next[2] & LOWER_WEAK) === 0 && (flags & LOWER_WEAK) === 0) {
      // "car maker" against "carmaker": two content words written apart
      const second = next[0];
      if (text.length >= 3 && second.length >= 3 && !COMPOUND_STOPWORDS.has(text) && !COMPOUND_STOPWORDS.has(second) && !second.includes('-') && hasLetters(second)) {
        joined = stemOf(text + second, true);
      }
    }
    keys.joined.push(joined);
  }
  lowerKeysCache.set(facts, keys);
  return keys;
}

export function collectNames(paragraphs: { start: number; kind: BlockKind; facts: ParagraphNameFacts }[]): CollectedNames {
  // lower-case vocabulary written in running text (not lower-cased from a sentence-initial capital)
  const vocabulary = new Set<string>();
  for (const p of paragraphs) for (const word of lowerKeysOf(p.facts).vocabulary) vocabulary.add(word);

  const isCommon = (w: NameWord): boolean => {
    if (!w.weak || w.acronym) return false;
    const lw = w.text.toLowerCase();
    return COMMON_CAPITALISED.has(lw) || vocabulary.has(lw) || vocabulary.has(lw.replace(/[’']s$/, ''));
  };

  const runs: RunOccurrence[] = [];
  const words: WordOccurrence[] = [];
  for (const p of paragraphs) {
    for (const r of p.facts.runs) {
      if (r.caps) continue;
      // split at weak common words ("But", title-case "Launches"); drop joiners left at the edges
      let piece: RunOccurrence['words'] = [];
      let first = true;
      const flush = (): void => {
        while (piece.length > 0 && piece[piece.length - 1].joiner) piece.pop();
        while (piece.length > 0 && piece[0].joiner && piece.length < 2) piece.shift();
        if (piece.some((w) => !w.joiner)) runs.push({ words: piece, titled: first && !!r.titled, kind: p.kind });
        if (piece.length > 0) first = false;
        piece = [];
      };
      r.words.forEach((w, i) => {
        const next = r.words[i + 1];
        if (isCommon(w) && (COMMON_CAPITALISED.has(w.text.toLowerCase()) || next === undefined || next.joiner || next.acronym)) {
          flush();
          first = false;
          return;
        }
        piece.push(Object.assign({ docStart: p.start + w.start, docEnd: p.start + w.end }, w));
      });
      flush();
    }
  }

  runs.forEach((run, index) => {
    const names = run.words.filter((w) => !w.joiner);
    names.forEach((w, i) => {
      const occ: WordOccurrence = {
        text: w.text,
        start: w.docStart,
        end: w.docEnd,
        weak: !!w.weak,
        inQuote: !!w.inQuote,
        acronym: !!w.acronym,
        titled: run.titled && i === names.length - 1,
        alone: names.length === 1,
        joined: !!w.joined,
        run: index,
      };
      if (names.length >= 2 && i === 0) occ.givenBefore = names[1].text;
      if (names.length >= 2 && i === names.length - 1) occ.surnameAfter = names[i - 1].text;
      words.push(occ);
      // the parts of a hyphenated name, for the spelling checks: "Reagan-Schweiker"
      const parts = w.text.split('-');
      if (parts.length === 2 && !w.acronym && parts.every((s) => s.length >= 4 && s[0] === s[0].toUpperCase() && s[0] !== s[0].toLowerCase())) {
        let at = w.docStart;
        for (const part of parts) {
          words.push({ ...occ, text: part, start: at, end: at + part.length, part: true, alone: false, givenBefore: undefined, surnameAfter: undefined });
          at += part.length + 1;
        }
      }
    });
  });

  return { vocabulary, runs, words, compounds: collectCompounds(paragraphs) };
}

function collectCompounds(paragraphs: { start: number; facts: ParagraphNameFacts }[]): CompoundOccurrence[] {
  const closedStems = new Set<string>();
  const hyphenStems = new Set<string>();
  const closedPlural = new Set<string>();
  for (const p of paragraphs) {
    const keys = lowerKeysOf(p.facts);
    for (const stem of keys.hyphenStems) hyphenStems.add(stem);
    for (const stem of keys.closedStems) closedStems.add(stem);
    for (const stem of keys.closedPlural) closedPlural.add(stem);
  }
  const out: CompoundOccurrence[] = [];
  for (const p of paragraphs) {
    const lower = p.facts.lower;
    const keys = lowerKeysOf(p.facts);
    for (let i = 0; i < lower.length; i++) {
      const hyphen = keys.hyphen[i];
      const closed = keys.closed[i];
      const joined = keys.joined[i];
      if (hyphen === '' || (hyphen === null && closed === null && joined === null)) continue;
      if (hyphen !== null && !closedStems.has(hyphen)) continue;
      const closedHit = closed !== null && hyphenStems.has(closed);
      const spacedHit = joined !== null && closedPlural.has(joined);
      if (hyphen === null && !closedHit && !spacedHit) continue;
      const [text, at, flags] = lower[i];
      const weak = (flags & LOWER_WEAK) !== 0;
      const inQuote = (flags & LOWER_QUOTED) !== 0;
      const base = { start: p.start + at, end: p.start + at + text.length, weak, inQuote, ...(weak ? { capital: true as const } : {}) };
      if (hyphen !== null) {
        out.push({ ...base, text, style: 'hyphen', stem: hyphen });
        continue;
      }
      if (closedHit) out.push({ ...base, text, style: 'closed', stem: closed! });
      if (spacedHit) {
        const next = lower[i + 1];
        const second = next[0];
        out.push({ text: `${text} ${second}`, start: base.start, end: p.start + next[1] + second.length, weak: false, inQuote, style: 'space', stem: joined!, ...(weak ? { capital: true as const } : {}) });
      }
    }
  }
  // the closed side of a spaced pair
  const spacedStems = new Set(out.filter((o) => o.style === 'space').map((o) => o.stem));
  if (spacedStems.size > 0) {
    for (const p of paragraphs) {
      const keys = lowerKeysOf(p.facts);
      const lower = p.facts.lower;
      for (let i = 0; i < lower.length; i++) {
        const stem = keys.plural[i];
        if (stem === null || !spacedStems.has(stem) || hyphenStems.has(keys.closed[i]!)) continue;
        const [text, at, flags] = lower[i];
        const weak = (flags & LOWER_WEAK) !== 0;
        const inQuote = (flags & LOWER_QUOTED) !== 0;
        out.push({ text, start: p.start + at, end: p.start + at + text.length, weak, inQuote, style: 'closed', stem });
      }
    }
  }
  return out;
}
