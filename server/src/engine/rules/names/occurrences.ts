// Document-level collection of name occurrences from the per-paragraph facts: words, multi-word names and
// lower-case compounds, with document offsets and the context the guards need. On a long draft this is most of the
// names pass, so each paragraph's share is kept between runs (see NamesMemo) and only worked out again when the
// paragraph or the document-wide word lists it depends on change.

import type { BlockKind } from '../../types';
import { COMMON_CAPITALISED, COMPOUND_STOPWORDS } from './data';
import { deletions, hasLetters, joinKey, phoneticKey } from './keys';
import { Neighbours } from './neighbours';
import { LOWER_QUOTED, LOWER_WEAK, type NameWord, type ParagraphNameFacts } from './mentions';

export interface Occurrence {
  text: string;
  start: number;
  end: number;
  /** Capitals not informative (sentence start, headline, heading). */
  weak: boolean;
  inQuote: boolean;
  /** In the headline or a heading (or a first paragraph that reads as one): its style is the headline's. */
  readonly headline: boolean;
  /** Its paragraph (the same object for every occurrence in one paragraph) and its sentence there. */
  readonly paragraph: object;
  readonly sentence: number;
}

/** Whether any occurrence of one list shares a sentence with one of the other. */
type Placing = { readonly paragraph: object; readonly sentence: number };

export function shareASentence(a: readonly Placing[], b: readonly Placing[]): boolean {
  const seen = new Map<object, Set<number>>();
  for (const o of a) {
    let set = seen.get(o.paragraph);
    if (set === undefined) seen.set(o.paragraph, (set = new Set()));
    set.add(o.sentence);
  }
  return b.some((o) => seen.get(o.paragraph)?.has(o.sentence) === true);
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
  /** An item of a list of names (see NameRun.listed), and of a roster (NameRun.roster). */
  listed: boolean;
  roster: boolean;
  /** Names written beside it as aliases (see NameWord.alias). */
  alias?: string[];
}

/** A name as the same-letters pass compares it: one word, or two to four name words in a row. */
export interface Unit extends Occurrence {
  words: number;
  acronym: boolean;
  /** joinKey(text), or '' when the unit is too short or a common capitalised word. */
  key: string;
  /** A two-word name, or a hyphenated one-word name ("Nagorno-Karabakh"): compared with each other. */
  paired: boolean;
  /** Capitals that say nothing (see NameWord.shout): not a spelling of its own. */
  shout: boolean;
  /** The longer name it is part of, with "*" in its place, in lower case ("harbour *" for "Air Links" in "Harbour Air
   * Links"); '' when it is a whole name. */
  context: string;
}

/** A cleaned run of name words (document offsets). */
export interface RunOccurrence {
  /** With offsets in their paragraph. */
  words: NameWord[];
  /** Document offsets of the first word's start and the last word's end. */
  readonly start: number;
  readonly end: number;
  readonly headline: boolean;
  readonly paragraph: object;
  readonly sentence: number;
  /** An item of a list of names, and of a roster. */
  listed: boolean;
  roster: boolean;
  /** The lower-case words right before and after it. */
  readonly before: string | undefined;
  readonly after: string | undefined;
  /** The name with the next word capitalised, when a lower-case word follows it after a space. */
  readonly tailKey: string | undefined;
  /** The run and that next word, as an occurrence. */
  readonly withTail: Occurrence | undefined;
  titled: boolean;
  kind: BlockKind;
  /** The words joined by spaces (runText). */
  text: string;
  /** Words that are not joiners ("bin", "of"). */
  names: number;
}

export interface CompoundOccurrence extends Occurrence {
  style: 'hyphen' | 'closed' | 'space';
  /** `text` is in lower case; the draft has it with a capital (a sentence's first word, "Email"). */
  capital?: true;
  /** Letters of the compound with a simple inflection stripped ("emails" and "e-mail" share "email"). */
  stem: string;
}

/** The keys of a set of groups and the size of each. */
export interface GroupsView {
  keys(): IterableIterator<string>;
  size(key: string): number;
}

/** A document's names, grouped the ways the document pass compares them. Each group is kept up to date as
 * paragraphs change. */
export interface CollectedNames {
  /** Lower-case words written in running text. */
  vocabulary: { has(word: string): boolean };
  /** Units by same-letters key, only for keys written two or more ways. */
  spelledTwoWays(): (readonly Unit[])[];
  /** A group's members in document order (read only): name words that are not acronyms (the parts of hyphenated
   * names included), acronyms, two-word and hyphenated names, runs of two or more name words. */
  wordsOf(text: string): readonly WordOccurrence[];
  acronymsOf(text: string): readonly WordOccurrence[];
  pairedOf(text: string): readonly Unit[];
  runsOf(text: string): readonly RunOccurrence[];
  /** The spellings of each name word of three letters or more, by lower case. */
  spellingsOfLower: ReadonlyMap<string, ReadonlySet<string>>;
  /** Lower-case name words one deletion apart or with one sound key, [a, b] with a < b, sorted. */
  lookAlikePairs(): readonly (readonly [string, string])[];
  /** Acronyms by text. */
  acronymsByText: GroupsView;
  /** Two-word names and hyphenated one-word names, by text. */
  pairedByText: GroupsView;
  /** Groups (2 to 12) of those names whose joined letters are one deletion apart or sound alike. */
  pairedLookAlikes(): string[][];
  /** Frames ("ali * khan") shared by exactly two run texts, sorted by frame. */
  framePairs(): [frame: string, texts: [string, string]][];
  /** Names written whole and also with a lower-case last word ("Coastal Shield", "Coastal shield"), sorted. */
  tailMatches(): string[];
  /** The runs that make a name with the lower-case word after them. */
  tailsOf(text: string): readonly RunOccurrence[];
  compounds: CompoundOccurrence[];
  /** Every run in document order (worked out on each call). */
  runs(): RunOccurrence[];
  /** Every unit: single words in document order, then the windows in document order (worked out on each call). */
  units(): Unit[];
}

/** Document order; at one offset, a shorter occurrence first. */
export function byPosition(a: Occurrence, b: Occurrence): number {
  return a.start - b.start || a.end - b.end;
}

const byStart = (a: { start: number }, b: { start: number }): number => a.start - b.start;

/** The order in which units are listed: single words in document order, then windows in document order. */
const unitOrder = (a: Unit, b: Unit): number => Number(a.words > 1) - Number(b.words > 1) || byPosition(a, b);

/** Where a paragraph starts in the document, moved as edits above it shift it. */
interface Anchor {
  base: number;
  headline: boolean;
}

/** Document offsets that follow their paragraph: kept as offsets in the paragraph, so that a paragraph moved by an
 * edit above it moves its occurrences without touching them. */
class Placed {
  constructor(
    private readonly anchor: Anchor,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get start(): number {
    return this.anchor.base + this.from;
  }

  get end(): number {
    return this.anchor.base + this.to;
  }

  get headline(): boolean {
    return this.anchor.headline;
  }

  get paragraph(): object {
    return this.anchor;
  }
}

type WordFields = Omit<WordOccurrence, 'start' | 'end' | 'headline' | 'paragraph'>;

// The word's fields come from WordFields (declaration merging), copied one by one: Object.assign onto a class
// instance is several times slower, and a long draft has many words.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
interface PlacedWord extends WordFields {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
class PlacedWord extends Placed implements WordOccurrence {
  constructor(anchor: Anchor, from: number, to: number, fields: WordFields) {
    super(anchor, from, to);
    const self = this as { -readonly [K in keyof WordFields]: WordFields[K] };
    self.text = fields.text;
    self.weak = fields.weak;
    self.inQuote = fields.inQuote;
    self.acronym = fields.acronym;
    self.titled = fields.titled;
    self.alone = fields.alone;
    self.joined = fields.joined;
    self.listed = fields.listed;
    self.roster = fields.roster;
    self.alias = fields.alias;
    self.sentence = fields.sentence;
    if (fields.givenBefore !== undefined) self.givenBefore = fields.givenBefore;
    if (fields.surnameAfter !== undefined) self.surnameAfter = fields.surnameAfter;
    if (fields.part !== undefined) self.part = fields.part;
  }
}

class PlacedUnit extends Placed implements Unit {
  readonly key: string;
  readonly paired: boolean;

  constructor(
    anchor: Anchor,
    from: number,
    to: number,
    readonly text: string,
    readonly weak: boolean,
    readonly inQuote: boolean,
    readonly words: number,
    readonly acronym: boolean,
    readonly shout: boolean,
    readonly sentence: number,
    readonly context: string,
  ) {
    super(anchor, from, to);
    const key = joinKey(text);
    this.key = key.length < 2 || (!acronym && COMMON_CAPITALISED.has(text.toLowerCase())) ? '' : key;
    const hyphenated = words === 1 && !acronym && text.includes('-') && /-[A-Z]/.test(text);
    this.paired = hyphenated || (words === 2 && !text.includes('-'));
  }
}

class PlacedCompound extends Placed implements CompoundOccurrence {
  capital?: true;

  constructor(
    anchor: Anchor,
    from: number,
    to: number,
    readonly text: string,
    readonly weak: boolean,
    readonly inQuote: boolean,
    readonly style: CompoundOccurrence['style'],
    readonly stem: string,
    capital: boolean,
    readonly sentence: number,
  ) {
    super(anchor, from, to);
    if (capital) this.capital = true;
  }
}

class PlacedRun implements RunOccurrence {
  constructor(
    private readonly anchor: Anchor,
    readonly words: NameWord[],
    readonly titled: boolean,
    readonly kind: BlockKind,
    readonly text: string,
    readonly names: number,
    readonly listed: boolean,
    readonly roster: boolean,
    /** The lower-case words right before and after it (see NameRun.before). */
    readonly before: string | undefined,
    readonly after: string | undefined,
    /** Where `after` ends in the paragraph, when a single space comes before it. */
    private readonly afterEnd: number | undefined,
  ) {}

  private tail: string | null | undefined;

  /** The name as it would read with the next word capitalised ("Coastal Shield" for "Coastal" before "shield"). */
  get tailKey(): string | undefined {
    if (this.tail === undefined) {
      this.tail =
        this.afterEnd === undefined || this.after === undefined
          ? null
          : `${this.text} ${this.after.charAt(0).toUpperCase()}${this.after.slice(1)}`;
    }
    return this.tail ?? undefined;
  }

  /** The run with the next word: "Coastal shield". */
  get withTail(): Occurrence | undefined {
    if (this.afterEnd === undefined) return undefined;
    const ws = this.words;
    return {
      text: `${this.text} ${this.after}`,
      start: this.start,
      end: this.anchor.base + this.afterEnd,
      weak: ws.some((w) => !!w.weak),
      inQuote: !!ws[0].inQuote,
      headline: this.headline,
      paragraph: this.paragraph,
      sentence: this.sentence,
    };
  }

  get start(): number {
    return this.anchor.base + this.words[0].start;
  }

  get end(): number {
    return this.anchor.base + this.words[this.words.length - 1].end;
  }

  get headline(): boolean {
    return this.anchor.headline;
  }

  get paragraph(): object {
    return this.anchor;
  }

  get sentence(): number {
    return this.words[0].sentence ?? 0;
  }
}

/** Compounds are compared by stem alone: their sentence is not recorded. */
const NO_SENTENCE = -1;

const INFLECTIONS = ['ings', 'ing', 'ed', 'es', 's', 'e'];
const PLURALS = ['s'];

/** The suffixes that can end a word, by its last letter, in the order stemOf tries them (most words end in none). */
function byLastLetter(suffixes: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const suffix of suffixes) {
    const last = suffix[suffix.length - 1];
    const list = out.get(last);
    if (list === undefined) out.set(last, [suffix]);
    else list.push(suffix);
  }
  return out;
}
const INFLECTIONS_BY_LAST = byLastLetter(INFLECTIONS);
const PLURALS_BY_LAST = byLastLetter(PLURALS);

export function stemOf(key: string, plural = false): string {
  const suffixes = (plural ? PLURALS_BY_LAST : INFLECTIONS_BY_LAST).get(key.charAt(key.length - 1));
  if (suffixes === undefined) return key;
  for (const suffix of suffixes) {
    if (key.length > suffix.length + 3 && key.endsWith(suffix)) return key.slice(0, -suffix.length);
  }
  return key;
}

export function runText(words: readonly { text: string }[]): string {
  return wordsText(words, 0, words.length);
}

/** The texts of words[from..to) joined by spaces. */
function wordsText(words: readonly { text: string }[], from: number, to: number): string {
  let out = from < to ? words[from].text : '';
  for (let i = from + 1; i < to; i++) out += ' ' + words[i].text;
  return out;
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

const pluralAtCache = new WeakMap<ParagraphNameFacts, Map<string, number[]>>();

/** The indexes of a paragraph's lower-case words by plural stem (worked out only for the few paragraphs the
 * spaced-compound pass reads). */
function pluralAtOf(facts: ParagraphNameFacts): Map<string, number[]> {
  let at = pluralAtCache.get(facts);
  if (at !== undefined) return at;
  at = new Map();
  lowerKeysOf(facts).plural.forEach((stem, i) => {
    if (stem === null) return;
    const list = at!.get(stem);
    if (list === undefined) at!.set(stem, [i]);
    else list.push(i);
  });
  pluralAtCache.set(facts, at);
  return at;
}

const lowerKeysCache = new WeakMap<ParagraphNameFacts, LowerKeys>();

function lowerKeysOf(facts: ParagraphNameFacts): LowerKeys {
  let keys = lowerKeysCache.get(facts);
  if (keys !== undefined) return keys;
  const lower = facts.lower;
  keys = { vocabulary: [], hyphenStems: [], closedStems: [], closedPlural: [], hyphen: [], closed: [], joined: [], plural: [] };
  for (let i = 0; i < lower.length; i++) {
    // read by index: destructuring goes through the array iterator, which costs the optimising compiler dearly here
    const word = lower[i];
    const text = word[0];
    const at = word[1];
    const flags = word[2];
    if ((flags & LOWER_WEAK) === 0) keys.vocabulary.push(text);
    const hyphenated = text.includes('-');
    // a closed word of five letters or more: its stem and singular, worked out once for the lists below
    const closed = !hyphenated && text.length >= 5 ? stemOf(text) : null;
    const plural = closed !== null ? stemOf(text, true) : null;
    if (text.length >= 5 && hasLetters(text)) {
      if (hyphenated) keys.hyphenStems.push(stemOf(joinKey(text)));
      else {
        keys.closedStems.push(closed!);
        keys.closedPlural.push(plural!);
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
    keys.closed.push(closed);
    keys.plural.push(plural);
    const next = lower[i + 1];
    let joined: string | null = null;
    if (next !== undefined && next[1] === at + text.length + 1 && (next[2] & LOWER_WEAK) === 0 && (flags & LOWER_WEAK) === 0) {
      // "car maker" against "carmaker": two content words written apart
      const second = next[0];
      if (
        text.length >= 3 &&
        second.length >= 3 &&
        !COMPOUND_STOPWORDS.has(text) &&
        !COMPOUND_STOPWORDS.has(second) &&
        // an adverb and what it qualifies are never one word ("radically improved")
        !text.endsWith('ly') &&
        !second.includes('-') &&
        hasLetters(second)
      ) {
        joined = stemOf(text + second, true);
      }
    }
    keys.joined.push(joined);
  }
  lowerKeysCache.set(facts, keys);
  return keys;
}

/** A multiset of strings that reports which members appeared or disappeared during one run. */
class CountedSet {
  private readonly counts = new Map<string, number>();
  /** Membership before this run, for every string whose count crossed zero during it. */
  private readonly before = new Map<string, boolean>();

  has(word: string): boolean {
    return (this.counts.get(word) ?? 0) > 0;
  }

  /** The first run: nothing was built before it, so nothing can depend on a change. */
  private fresh = true;

  add(words: readonly string[], by: 1 | -1): void {
    for (const word of words) {
      const was = this.counts.get(word) ?? 0;
      const now = was + by;
      if (now === 0) this.counts.delete(word);
      else this.counts.set(word, now);
      if (!this.fresh && (was === 0) !== (now === 0) && !this.before.has(word)) this.before.set(word, was > 0);
    }
  }

  /** The strings whose membership differs from the start of the run; starts the next run. */
  takeChanged(): Set<string> {
    const changed = new Set<string>();
    for (const [word, was] of this.before) if (this.has(word) !== was) changed.add(word);
    this.before.clear();
    this.fresh = false;
    return changed;
  }
}

/** Items grouped by a string, kept up to date as paragraphs come and go. */
class Grouped<T extends { text: string; start: number }> {
  /** The items under each key: most keys have one, kept as the item itself (memory on a long draft). */
  private readonly items = new Map<string, T | Set<T>>();
  /** Keys whose items are written in two or more ways (when asked to track them), with the count of each way. */
  readonly mixed = new Set<string>();
  private readonly spellings = new Map<string, Map<string, number>>();

  /** Each group's items in order, kept until the group changes. An edit moves whole paragraphs, never one past
   * another, so an order stays right while its group keeps the same items. */
  private readonly sorted = new Map<string, readonly T[]>();

  constructor(
    private readonly order: (a: T, b: T) => number,
    private readonly trackSpellings = false,
    /** Told when a key gains its first item (true) or loses its last (false). */
    private readonly onKey?: (key: string, present: boolean) => void,
  ) {}

  keys(): IterableIterator<string> {
    return this.items.keys();
  }

  size(key: string): number {
    const group = this.items.get(key);
    return group === undefined ? 0 : group instanceof Set ? group.size : 1;
  }

  /** The group's items in order (read only: the array is kept). */
  ordered(key: string): readonly T[] {
    let items = this.sorted.get(key);
    if (items === undefined) {
      const group = this.items.get(key);
      if (group === undefined) return [];
      if (!(group instanceof Set)) return [group];
      this.sorted.set(key, (items = [...group].sort(this.order)));
    }
    return items;
  }

  add(key: string, item: T): void {
    const group = this.items.get(key);
    if (group === undefined) {
      this.items.set(key, item);
      this.onKey?.(key, true);
      return;
    }
    if (this.sorted.size !== 0) this.sorted.delete(key);
    if (group instanceof Set) group.add(item);
    else if (group !== item) this.items.set(key, new Set([group, item]));
    if (this.trackSpellings) this.spell(key, item, group, 1);
  }

  remove(key: string, item: T): void {
    const group = this.items.get(key);
    if (group === undefined) return;
    if (!(group instanceof Set)) {
      if (group !== item) return;
      this.items.delete(key);
      this.onKey?.(key, false);
      return;
    }
    if (!group.delete(item)) return;
    if (this.sorted.size !== 0) this.sorted.delete(key);
    if (group.size === 1) this.items.set(key, group.values().next().value as T);
    if (this.trackSpellings) this.spell(key, item, group, -1);
  }

  /** Counts spellings only for keys written more than one way (most keys have one, which their items show). */
  private spell(key: string, item: T, before: T | Set<T>, by: 1 | -1): void {
    let texts = this.spellings.get(key);
    if (texts === undefined) {
      if (by === -1) return;
      const other = before instanceof Set ? (before.values().next().value as T) : before;
      if (other.text === item.text) return;
      texts = new Map();
      for (const x of before instanceof Set ? before : [before]) if (x !== item) texts.set(x.text, (texts.get(x.text) ?? 0) + 1);
      texts.set(item.text, (texts.get(item.text) ?? 0) + 1);
      this.spellings.set(key, texts);
      this.mixed.add(key);
      return;
    }
    const n = (texts.get(item.text) ?? 0) + by;
    if (n <= 0) texts.delete(item.text);
    else texts.set(item.text, n);
    if (texts.size < 2) {
      this.spellings.delete(key);
      this.mixed.delete(key);
    }
  }
}

/** One paragraph's share of the pass, with document offsets for the paragraph start `base`. */
class Contribution {
  active = false;
  /** The run in which this contribution was last part of the document. */
  seen = 0;
  runs: RunOccurrence[] = [];
  words: WordOccurrence[] = [];
  singles: Unit[] = [];
  windows: Unit[] = [];
  /** Lower-cased capitalised words whose presence in the vocabulary decided where runs split, and the answers. */
  probes: string[] = [];
  answers: boolean[] = [];
  built = false;
  compounds: CompoundOccurrence[] = [];
  /** Stems looked up in the document's closed, hyphenated and plural stem sets, and the answers. */
  stemProbes: string[] = [];
  /** Which set each stem was looked up in (SET_CLOSED, SET_HYPHEN or SET_PLURAL). */
  stemSets: (0 | 1 | 2)[] = [];
  stemAnswers: boolean[] = [];
  compoundsBuilt = false;
  /** Its runs, words and units are in the memo's groups. */
  indexed = false;
  /** Its place in the document's paragraphs at the last run. */
  order = 0;
  /** A headline or heading, or the first paragraph read as the headline. */
  headline = false;

  constructor(
    readonly facts: ParagraphNameFacts,
    readonly kind: BlockKind,
    public base: number,
  ) {}
}

/** Paragraph shares by stem. Most stems are held by one share, kept as the share itself: a set for each was much of
 * the work of counting a paragraph in. */
class SharesByStem {
  private readonly shares = new Map<string, Contribution | Set<Contribution>>();

  add(stem: string, share: Contribution): void {
    const held = this.shares.get(stem);
    if (held === undefined) this.shares.set(stem, share);
    else if (held instanceof Set) held.add(share);
    else if (held !== share) this.shares.set(stem, new Set([held, share]));
  }

  remove(stem: string, share: Contribution): void {
    const held = this.shares.get(stem);
    if (held === share) this.shares.delete(stem);
    else if (held instanceof Set && held.delete(share) && held.size === 1)
      this.shares.set(stem, held.values().next().value as Contribution);
  }

  /** Adds the shares that hold the stem to `to`. */
  addHolders(stem: string, to: Set<Contribution>): void {
    const held = this.shares.get(stem);
    if (held instanceof Set) for (const share of held) to.add(share);
    else if (held !== undefined) to.add(held);
  }
}

const SET_CLOSED = 0;
const SET_HYPHEN = 1;
const SET_PLURAL = 2;

/**
 * What the names pass keeps of a document between runs: each paragraph's share (by its facts, which the paragraph
 * cache keeps by text) and counts of the document-wide word lists. A run then works out again only the paragraphs
 * that are new, or whose runs or compounds depend on a word that entered or left those lists.
 */
export class NamesMemo {
  private run = 0;
  private readonly shares = new WeakMap<ParagraphNameFacts, Contribution[]>();
  private current: Contribution[] = [];
  private readonly vocabulary = new CountedSet();
  private readonly stems: [CountedSet, CountedSet, CountedSet] = [new CountedSet(), new CountedSet(), new CountedSet()];
  private readonly byKey = new Grouped<Unit>(unitOrder, true);
  /** The paragraphs that hold a closed word, by its plural stem (for the closed side of spaced compounds). */
  private readonly sharesByPlural = new SharesByStem();
  /** Name words of three letters or more by lower case, with their spellings; and look-alikes among them. */
  private readonly spellingsOfLower = new Map<string, Set<string>>();
  private readonly lookAlikes = new Neighbours(lookAlikeKeys, 20);
  private readonly wordsByText = new Grouped<WordOccurrence>(byPosition, false, (text, present) => this.nameWord(text, present));
  private readonly acronymsByText = new Grouped<WordOccurrence>(byPosition);
  /** Two-word and hyphenated names whose joined letters are one deletion apart or sound alike. */
  private readonly pairedLookAlikes = new Neighbours(pairedKeys, 12);
  private readonly pairedByText = new Grouped<Unit>(byPosition, false, (text, present) =>
    present ? this.pairedLookAlikes.add(text) : this.pairedLookAlikes.remove(text),
  );
  /** Multi-word names that differ in one word share a frame. */
  private readonly frames = new Neighbours(framesOf, 2);
  private readonly runsByText = new Grouped<RunOccurrence>(byStart, false, (text, present) => {
    if (present) this.frames.add(text);
    else this.frames.remove(text);
    this.matchTail(text);
  });
  /** Runs by the name they make with the lower-case word after them ("Coastal" before "shield"). */
  private readonly tailsByText = new Grouped<RunOccurrence>(byStart, false, (text) => this.matchTail(text));
  /** Names written whole and also with a lower-case last word. */
  private readonly tailMatches = new Set<string>();

  private matchTail(text: string): void {
    if (this.runsByText.size(text) > 0 && this.tailsByText.size(text) > 0) this.tailMatches.add(text);
    else this.tailMatches.delete(text);
  }

  private nameWord(text: string, present: boolean): void {
    if (text.length < 3) return;
    const lower = text.toLowerCase();
    let spellings = this.spellingsOfLower.get(lower);
    if (present) {
      if (spellings === undefined) {
        this.spellingsOfLower.set(lower, (spellings = new Set()));
        this.lookAlikes.add(lower);
      }
      spellings.add(text);
    } else if (spellings !== undefined) {
      spellings.delete(text);
      if (spellings.size === 0) {
        this.spellingsOfLower.delete(lower);
        this.lookAlikes.remove(lower);
      }
    }
  }

  /** The number of the last run: a result computed from an earlier one may hold offsets that have moved since. */
  get generation(): number {
    return this.run;
  }

  collect(paragraphs: readonly { start: number; kind: BlockKind; facts: ParagraphNameFacts }[]): CollectedNames {
    const run = ++this.run;
    const list: Contribution[] = [];
    const uses = new Map<ParagraphNameFacts, number>();
    for (const p of paragraphs) {
      // the same paragraph twice in a draft shares its facts, but each place needs its own offsets
      const use = uses.get(p.facts) ?? 0;
      uses.set(p.facts, use + 1);
      let shares = this.shares.get(p.facts);
      if (shares === undefined) this.shares.set(p.facts, (shares = []));
      let share = shares[use];
      if (share === undefined) shares[use] = share = new Contribution(p.facts, p.kind, p.start);
      // moves every occurrence in it: their offsets are read through the paragraph's start
      else share.base = p.start;
      share.seen = run;
      share.order = list.length;
      share.headline = p.kind === 'headline' || p.kind === 'heading' || (list.length === 0 && !!p.facts.short);
      list.push(share);
    }
    const reactivated: Contribution[] = [];
    const departed = this.current.filter((share) => share.seen !== run && share.active);
    for (const share of departed) this.count(share, -1);
    for (const share of list) {
      if (share.active) continue;
      this.count(share, 1);
      if (share.built) reactivated.push(share);
    }
    this.current = list;
    const vocabularyChanged = this.vocabulary.takeChanged();
    const stemsChanged = this.stems.map((s) => s.takeChanged());
    const stale = (set: Set<string>, probes: readonly string[]): boolean => set.size > 0 && probes.some((w) => set.has(w));
    for (const share of reactivated) {
      share.built = share.probes.every((w, i) => this.vocabulary.has(w) === share.answers[i]);
      share.compoundsBuilt &&= share.stemProbes.every((stem, i) => this.stems[share.stemSets[i]].has(stem) === share.stemAnswers[i]);
    }
    const stemsMoved = stemsChanged.some((s) => s.size > 0);
    for (const share of list) {
      if (!share.built || stale(vocabularyChanged, share.probes)) {
        if (share.indexed) this.index(share, -1);
        this.build(share);
      }
      if (!share.compoundsBuilt || (stemsMoved && share.stemProbes.some((stem, i) => stemsChanged[share.stemSets[i]].has(stem))))
        this.buildCompounds(share);
    }

    for (const share of list) if (!share.indexed) this.index(share, 1);
    // Only now the paragraphs that left: a name the edit kept never leaves its group, so the look-alike indexes
    // stay as they are.
    for (const share of departed) if (share.indexed) this.index(share, -1);
    const compounds: CompoundOccurrence[] = [];
    for (const share of list) append(compounds, share.compounds);
    this.closedSides(compounds);
    return {
      vocabulary: this.vocabulary,
      spelledTwoWays: () => this.spelledTwoWays(),
      wordsOf: (text) => this.wordsByText.ordered(text),
      acronymsOf: (text) => this.acronymsByText.ordered(text),
      pairedOf: (text) => this.pairedByText.ordered(text),
      runsOf: (text) => this.runsByText.ordered(text),
      spellingsOfLower: this.spellingsOfLower,
      lookAlikePairs: () => this.lookAlikes.pairs(),
      acronymsByText: this.acronymsByText,
      pairedByText: this.pairedByText,
      pairedLookAlikes: () => this.pairedLookAlikes.groups().map(([, texts]) => texts),
      framePairs: () => this.frames.groups() as [string, [string, string]][],
      tailMatches: () => [...this.tailMatches].sort(),
      tailsOf: (text) => this.tailsByText.ordered(text),
      compounds,
      runs: () => list.flatMap((share) => share.runs),
      units: () => [...list.flatMap((share) => share.singles), ...list.flatMap((share) => share.windows)],
    };
  }

  /** Adds a share's runs, words and units to the groups, or takes them out. */
  private index(share: Contribution, by: 1 | -1): void {
    share.indexed = by === 1;
    const op = by === 1 ? 'add' : 'remove';
    for (const w of share.words) (w.acronym ? this.acronymsByText : this.wordsByText)[op](w.text, w);
    for (const units of [share.singles, share.windows]) {
      for (const u of units) {
        if (u.key !== '') this.byKey[op](u.key, u);
        if (u.paired) this.pairedByText[op](u.text, u);
      }
    }
    for (const run of share.runs) {
      if (run.names >= 2) this.runsByText[op](run.text, run);
      const tail = run.tailKey;
      if (tail !== undefined) this.tailsByText[op](tail, run);
    }
  }

  private spelledTwoWays(): (readonly Unit[])[] {
    const out: (readonly Unit[])[] = [];
    for (const key of this.byKey.mixed) {
      const units = this.byKey.ordered(key);
      if (units.length > 0) out.push(units);
    }
    // in the order of their first unit, as the units are listed
    return out.sort((a, b) => unitOrder(a[0], b[0]));
  }

  private count(share: Contribution, by: 1 | -1): void {
    const keys = lowerKeysOf(share.facts);
    this.vocabulary.add(keys.vocabulary, by);
    this.stems[SET_CLOSED].add(keys.closedStems, by);
    this.stems[SET_HYPHEN].add(keys.hyphenStems, by);
    this.stems[SET_PLURAL].add(keys.closedPlural, by);
    for (const stem of keys.closedPlural) {
      if (by === 1) this.sharesByPlural.add(stem, share);
      else this.sharesByPlural.remove(stem, share);
    }
    share.active = by === 1;
  }

  /** Splits the paragraph's runs at weak common words, then lists its name words and name units. */
  private build(share: Contribution): void {
    const probes: string[] = [];
    const answers: boolean[] = [];
    const inVocabulary = (word: string): boolean => {
      const answer = this.vocabulary.has(word);
      probes.push(word);
      answers.push(answer);
      return answer;
    };
    const isCommon = (w: NameWord): boolean => {
      if (!w.weak || w.acronym) return false;
      const lw = w.text.toLowerCase();
      return COMMON_CAPITALISED.has(lw) || inVocabulary(lw) || inVocabulary(lw.replace(/[’']s$/, ''));
    };
    const runs: RunOccurrence[] = [];
    for (const r of share.facts.runs) {
      if (r.caps) continue;
      // split at weak common words ("But", title-case "Launches"); drop joiners left at the edges
      let piece: NameWord[] = [];
      let first = true;
      const flush = (): void => {
        while (piece.length > 0 && piece[piece.length - 1].joiner) piece.pop();
        while (piece.length > 0 && piece[0].joiner && piece.length < 2) piece.shift();
        const names = piece.reduce((n, w) => (w.joiner ? n : n + 1), 0);
        if (names > 0)
          runs.push(
            new PlacedRun(
              share,
              piece,
              first && !!r.titled,
              share.kind,
              runText(piece),
              names,
              !!r.listed,
              !!r.roster,
              piece[0] === r.words[0] ? r.before : undefined,
              piece[piece.length - 1] === r.words[r.words.length - 1] ? r.after : undefined,
              piece[piece.length - 1] === r.words[r.words.length - 1] ? r.afterEnd : undefined,
            ),
          );
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
        piece.push(w);
      });
      flush();
    }

    const words: WordOccurrence[] = [];
    for (const run of runs) {
      const names = run.words.filter((w) => !w.joiner);
      names.forEach((w, i) => {
        const fields: WordFields = {
          text: w.text,
          weak: !!w.weak,
          inQuote: !!w.inQuote,
          acronym: !!w.acronym,
          titled: run.titled && i === names.length - 1,
          alone: names.length === 1,
          joined: !!w.joined,
          listed: run.listed,
          roster: run.roster,
          alias: w.alias,
          sentence: w.sentence ?? 0,
        };
        if (names.length >= 2 && i === 0) fields.givenBefore = names[1].text;
        if (names.length >= 2 && i === names.length - 1) fields.surnameAfter = names[i - 1].text;
        words.push(new PlacedWord(share, w.start, w.end, fields));
        // the parts of a hyphenated name, for the spelling checks: "Reagan-Schweiker"
        const parts = w.text.includes('-') ? w.text.split('-') : undefined;
        if (
          parts !== undefined &&
          parts.length === 2 &&
          !w.acronym &&
          parts.every((s) => s.length >= 4 && s[0] === s[0].toUpperCase() && s[0] !== s[0].toLowerCase())
        ) {
          let at = w.start;
          for (const part of parts) {
            const partFields: WordFields = {
              ...fields,
              text: part,
              part: true,
              alone: false,
              givenBefore: undefined,
              surnameAfter: undefined,
            };
            words.push(new PlacedWord(share, at, at + part.length, partFields));
            at += part.length + 1;
          }
        }
      });
    }

    const singles: Unit[] = [];
    for (const run of runs) {
      for (let k = 0; k < run.words.length; k++) {
        const w = run.words[k];
        if (w.joiner) continue;
        const context = run.names === 1 ? (w.joinedWith ?? '') : contextOf(run.words, k, k);
        singles.push(
          new PlacedUnit(share, w.start, w.end, w.text, !!w.weak, !!w.inQuote, 1, !!w.acronym, !!w.shout, w.sentence ?? 0, context),
        );
      }
    }
    const windows: Unit[] = [];
    for (const run of runs) {
      const ws = run.words;
      for (let i = 0; i < ws.length; i++) {
        if (ws[i].acronym) continue;
        // name words (not joiners) from i to j
        let names = ws[i].joiner ? 0 : 1;
        for (let j = i + 1; j < ws.length && j < i + 6; j++) {
          if (ws[j].joiner) continue;
          names++;
          if (names < 2 || names > 4 || (ws[i].joiner && !(i === 0 && names === 1 + 1))) continue;
          const slice = ws.slice(i, j + 1);
          const weak = slice.some((w) => w.weak);
          windows.push(
            new PlacedUnit(
              share,
              slice[0].start,
              slice[slice.length - 1].end,
              runText(slice),
              weak,
              !!slice[0].inQuote,
              slice.length,
              false,
              slice.some((w) => !!w.shout),
              slice[0].sentence ?? 0,
              contextOf(ws, i, j),
            ),
          );
        }
      }
    }
    Object.assign(share, { runs, words, singles, windows, probes, answers, built: true });
  }

  /** The paragraph's hyphenated, closed and spaced compounds whose other spelling the document also has. */
  private buildCompounds(share: Contribution): void {
    const stemProbes: string[] = [];
    const stemSets: (0 | 1 | 2)[] = [];
    const stemAnswers: boolean[] = [];
    const inSet = (set: 0 | 1 | 2, stem: string): boolean => {
      const answer = this.stems[set].has(stem);
      stemProbes.push(stem);
      stemSets.push(set);
      stemAnswers.push(answer);
      return answer;
    };
    const out: CompoundOccurrence[] = [];
    const lower = share.facts.lower;
    const keys = lowerKeysOf(share.facts);
    for (let i = 0; i < lower.length; i++) {
      const hyphen = keys.hyphen[i];
      const closed = keys.closed[i];
      const joined = keys.joined[i];
      if (hyphen === '' || (hyphen === null && closed === null && joined === null)) continue;
      if (hyphen !== null && !inSet(SET_CLOSED, hyphen)) continue;
      const closedHit = closed !== null && inSet(SET_HYPHEN, closed);
      const spacedHit = joined !== null && inSet(SET_PLURAL, joined);
      if (hyphen === null && !closedHit && !spacedHit) continue;
      const [text, at, flags] = lower[i];
      const weak = (flags & LOWER_WEAK) !== 0;
      const inQuote = (flags & LOWER_QUOTED) !== 0;
      if (hyphen !== null) {
        out.push(new PlacedCompound(share, at, at + text.length, text, weak, inQuote, 'hyphen', hyphen, weak, NO_SENTENCE));
        continue;
      }
      if (closedHit) out.push(new PlacedCompound(share, at, at + text.length, text, weak, inQuote, 'closed', closed!, weak, NO_SENTENCE));
      if (spacedHit) {
        const next = lower[i + 1];
        const second = next[0];
        out.push(
          new PlacedCompound(share, at, next[1] + second.length, `${text} ${second}`, false, inQuote, 'space', joined!, weak, NO_SENTENCE),
        );
      }
    }
    Object.assign(share, { compounds: out, stemProbes, stemSets, stemAnswers, compoundsBuilt: true });
  }

  /** The closed side of a spaced pair ("carmakers" once "car makers" is written): found per run, as these pairs are
   * few and their stems come from anywhere in the document. */
  private closedSides(out: CompoundOccurrence[]): void {
    const spacedStems = new Set<string>();
    for (const o of out) if (o.style === 'space') spacedStems.add(o.stem);
    if (spacedStems.size === 0) return;
    const hyphenStems = this.stems[SET_HYPHEN];
    const holders = new Set<Contribution>();
    for (const stem of spacedStems) this.sharesByPlural.addHolders(stem, holders);
    for (const share of [...holders].sort((a, b) => a.order - b.order)) {
      const keys = lowerKeysOf(share.facts);
      let at: number[] = [];
      let lists = 0;
      for (const stem of spacedStems) {
        const hits = pluralAtOf(share.facts).get(stem);
        if (hits === undefined) continue;
        at = lists === 0 ? hits : [...at, ...hits];
        lists++;
      }
      if (lists === 0) continue;
      // one word has one stem, so the lists never share an index: only their order needs mending
      if (lists > 1) at.sort((a, b) => a - b);
      const lower = share.facts.lower;
      for (const i of at) {
        if (hyphenStems.has(keys.closed[i]!)) continue;
        const [text, offset, flags] = lower[i];
        const weak = (flags & LOWER_WEAK) !== 0;
        const inQuote = (flags & LOWER_QUOTED) !== 0;
        const start = share.base + offset;
        out.push({
          text,
          start,
          end: start + text.length,
          weak,
          inQuote,
          headline: share.headline,
          paragraph: share,
          sentence: NO_SENTENCE,
          style: 'closed',
          stem: keys.plural[i]!,
        });
      }
    }
  }
}

/** The run with its words `from` to `to` (inclusive) replaced by "*", in lower case; '' when they are the whole run. */
function contextOf(words: readonly NameWord[], from: number, to: number): string {
  if (from === 0 && to === words.length - 1) return '';
  const before = wordsText(words, 0, from);
  const after = wordsText(words, to + 1, words.length);
  return `${before}${from > 0 ? ' ' : ''}*${to + 1 < words.length ? ' ' : ''}${after}`.toLowerCase();
}

/** push(...items) passes every item on the call stack; a long draft has more than it can take. */
function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

/** Collects a document's names; with a memo, from the paragraphs' shares kept since the last run. */
export function collectNames(
  paragraphs: readonly { start: number; kind: BlockKind; facts: ParagraphNameFacts }[],
  memo: NamesMemo = new NamesMemo(),
): CollectedNames {
  return memo.collect(paragraphs);
}

/** A lower-case name word, its single deletions and, from five letters, its sound. */
function lookAlikeKeys(lower: string): string[] {
  const keys = deletions(lower);
  keys.unshift(lower);
  if (lower.length >= 5) keys.push(`\u0001${phoneticKey(lower)}`);
  return keys;
}

/** A two-word or hyphenated name's joined letters, their single deletions and their sound (none under six letters). */
function pairedKeys(text: string): string[] {
  const key = joinKey(text);
  if (key.length < 6) return [];
  const keys = deletions(key);
  keys.unshift(key);
  keys.push(`#${phoneticKey(key)}`);
  return keys;
}

const MAX_FRAMED_WORDS = 12;

/** A multi-word name with each word in turn replaced by "*", in lower case: names that share a frame differ in one
 * word. */
function framesOf(text: string): string[] {
  const lw = text.toLowerCase().split(' ');
  // A frame per word costs the square of the run's length: a run of 50,000 capitalised words would take hours.
  // No name is longer than this, so longer runs (lists, shouting) are not compared.
  if (lw.length > MAX_FRAMED_WORDS) return [];
  return lw.map((_, i) => [...lw.slice(0, i), '*', ...lw.slice(i + 1)].join(' '));
}
