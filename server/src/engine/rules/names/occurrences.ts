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

export function collectNames(paragraphs: { start: number; kind: BlockKind; facts: ParagraphNameFacts }[]): CollectedNames {
  // lower-case vocabulary written in running text (not lower-cased from a sentence-initial capital)
  const vocabulary = new Set<string>();
  for (const p of paragraphs) for (const lw of p.facts.lower) if ((lw[2] & LOWER_WEAK) === 0) vocabulary.add(lw[0]);

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
    for (const lw of p.facts.lower) {
      const text = lw[0];
      if (text.length < 5 || !hasLetters(text)) continue;
      if (text.includes('-')) hyphenStems.add(stemOf(joinKey(text)));
      else {
        closedStems.add(stemOf(text));
        closedPlural.add(stemOf(text, true));
      }
    }
  }
  const out: CompoundOccurrence[] = [];
  for (const p of paragraphs) {
    const lower = p.facts.lower;
    for (let i = 0; i < lower.length; i++) {
      const [text, at, flags] = lower[i];
      const weak = (flags & LOWER_WEAK) !== 0;
      const inQuote = (flags & LOWER_QUOTED) !== 0;
      const base = { start: p.start + at, end: p.start + at + text.length, weak, inQuote };
      if (text.includes('-')) {
        const parts = text.split('-');
        if (parts.length !== 2 || parts.some((s) => s.length === 0 || !hasLetters(s))) continue;
        const stem = stemOf(joinKey(text));
        if (closedStems.has(stem)) out.push({ ...base, text, style: 'hyphen', stem });
        continue;
      }
      if (text.length >= 5 && hyphenStems.has(stemOf(text))) out.push({ ...base, text, style: 'closed', stem: stemOf(text) });
      const next = lower[i + 1];
      if (next === undefined || next[1] !== at + text.length + 1 || (next[2] & LOWER_WEAK) !== 0 || weak) continue;
      // "car maker" against "carmaker": two content words written apart
      const second = next[0];
      if (text.length < 3 || second.length < 3 || COMPOUND_STOPWORDS.has(text) || COMPOUND_STOPWORDS.has(second)) continue;
      if (second.includes('-') || !hasLetters(second)) continue;
      const joined = stemOf(text + second, true);
      if (closedPlural.has(joined)) {
        out.push({ text: `${text} ${second}`, start: base.start, end: p.start + next[1] + second.length, weak: false, inQuote, style: 'space', stem: joined });
      }
    }
  }
  // the closed side of a spaced pair
  const spacedStems = new Set(out.filter((o) => o.style === 'space').map((o) => o.stem));
  if (spacedStems.size > 0) {
    for (const p of paragraphs) {
      for (const lw of p.facts.lower) {
        const [text, at] = lw;
        if (text.includes('-') || text.length < 5) continue;
        const stem = stemOf(text, true);
        if (spacedStems.has(stem) && !hyphenStems.has(stemOf(text))) {
          const weak = (lw[2] & LOWER_WEAK) !== 0;
          const inQuote = (lw[2] & LOWER_QUOTED) !== 0;
          out.push({ text, start: p.start + at, end: p.start + at + text.length, weak, inQuote, style: 'closed', stem });
        }
      }
    }
  }
  return out;
}
