// Words that may be spellings of one another, found through shared index keys (the word with one letter deleted,
// its sound, a name with one word left out). Kept up to date word by word as a draft changes, so that a long draft
// does not rebuild the index on every edit.

export class Neighbours {
  /** The words under each key: most keys have one word, kept as the word itself (a long draft has some 170,000
   * keys, and a set for each was most of the names pass's memory). */
  private readonly lists = new Map<string, string | Set<string>>();
  /** Index keys shared by between two and `maxShared` words: the only lists that yield pairs. */
  private readonly live = new Set<string>();
  private readonly words = new Set<string>();
  private cachedGroups: [string, string[]][] | null = null;
  private cachedPairs: readonly (readonly [string, string])[] | null = null;

  /**
   * @param keysOf the index keys of a word (the same every time for the same word)
   * @param maxShared a key shared by more words than this is too common to say anything
   */
  constructor(
    private readonly keysOf: (word: string) => readonly string[],
    private readonly maxShared: number,
  ) {}

  add(word: string): void {
    if (this.words.has(word)) return;
    this.words.add(word);
    for (const key of this.keysOf(word)) {
      const list = this.lists.get(key);
      if (list === undefined) {
        this.lists.set(key, word);
        continue;
      }
      // a key repeated in one word's keys ("aab" loses either "a") adds the word once
      if (list === word) continue;
      if (typeof list === 'string') {
        const both = new Set([list, word]);
        this.lists.set(key, both);
        this.update(key, both.size);
      } else if (!list.has(word)) {
        list.add(word);
        this.update(key, list.size);
      }
    }
  }

  remove(word: string): void {
    if (!this.words.delete(word)) return;
    for (const key of this.keysOf(word)) {
      const list = this.lists.get(key);
      if (list === undefined) continue;
      if (typeof list === 'string') {
        if (list === word) this.lists.delete(key);
        continue;
      }
      if (!list.delete(word)) continue;
      if (list.size === 1) this.lists.set(key, list.values().next().value as string);
      this.update(key, list.size);
    }
  }

  private update(key: string, size: number): void {
    const live = size >= 2 && size <= this.maxShared;
    if (live || this.live.has(key)) {
      this.cachedGroups = null;
      this.cachedPairs = null;
    }
    if (live) this.live.add(key);
    else this.live.delete(key);
  }

  private wordsOf(key: string): string[] {
    const list = this.lists.get(key);
    return list === undefined ? [] : typeof list === 'string' ? [list] : [...list];
  }

  /** Each key shared by two to `maxShared` words, with the words, sorted (the same draft gives the same lists
   * whatever the order of its edits). */
  groups(): [key: string, words: string[]][] {
    if (this.cachedGroups !== null) return this.cachedGroups;
    const out: [string, string[]][] = [];
    for (const key of this.live) out.push([key, this.wordsOf(key).sort(compare)]);
    return (this.cachedGroups = out.sort((a, b) => compare(a[0], b[0])));
  }

  /** Every pair of words that share a live key, each once, as [a, b] with a < b, sorted. */
  pairs(): readonly (readonly [string, string])[] {
    if (this.cachedPairs !== null) return this.cachedPairs;
    const pairs = new Map<string, readonly [string, string]>();
    for (const key of this.live) {
      const words = this.wordsOf(key).sort(compare);
      for (let i = 0; i < words.length; i++) {
        for (let j = i + 1; j < words.length; j++) pairs.set(`${words[i]}\u0000${words[j]}`, [words[i], words[j]]);
      }
    }
    return (this.cachedPairs = [...pairs].sort((a, b) => compare(a[0], b[0])).map(([, pair]) => pair));
  }
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
