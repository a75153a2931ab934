// Words that may be spellings of one another, found through shared index keys (the word with one letter deleted,
// its sound, a name with one word left out). Kept up to date word by word as a draft changes, so that a long draft
// does not rebuild the index on every edit.

export class Neighbours {
  private readonly lists = new Map<string, Set<string>>();
  /** Index keys shared by between two and `maxShared` words: the only lists that yield pairs. */
  private readonly live = new Set<string>();
  private readonly keysOfWord = new Map<string, readonly string[]>();
  private cachedGroups: [string, string[]][] | null = null;
  private cachedPairs: readonly (readonly [string, string])[] | null = null;

  /**
   * @param keysOf the index keys of a word
   * @param maxShared a key shared by more words than this is too common to say anything
   */
  constructor(
    private readonly keysOf: (word: string) => readonly string[],
    private readonly maxShared: number,
  ) {}

  add(word: string): void {
    if (this.keysOfWord.has(word)) return;
    // a key repeated in the list ("aab" loses either "a") only adds the word to its list once
    const keys = this.keysOf(word);
    this.keysOfWord.set(word, keys);
    for (const key of keys) {
      let list = this.lists.get(key);
      if (list === undefined) this.lists.set(key, (list = new Set()));
      list.add(word);
      this.update(key, list);
    }
  }

  remove(word: string): void {
    const keys = this.keysOfWord.get(word);
    if (keys === undefined) return;
    this.keysOfWord.delete(word);
    for (const key of keys) {
      const list = this.lists.get(key);
      if (list === undefined) continue;
      list.delete(word);
      if (list.size === 0) this.lists.delete(key);
      this.update(key, list);
    }
  }

  private update(key: string, list: Set<string>): void {
    const live = list.size >= 2 && list.size <= this.maxShared;
    if (live || this.live.has(key)) {
      this.cachedGroups = null;
      this.cachedPairs = null;
    }
    if (live) this.live.add(key);
    else this.live.delete(key);
  }

  /** Each key shared by two to `maxShared` words, with the words, sorted (the same draft gives the same lists
   * whatever the order of its edits). */
  groups(): [key: string, words: string[]][] {
    if (this.cachedGroups !== null) return this.cachedGroups;
    const out: [string, string[]][] = [];
    for (const key of this.live) out.push([key, [...this.lists.get(key)!].sort(compare)]);
    return (this.cachedGroups = out.sort((a, b) => compare(a[0], b[0])));
  }

  /** Every pair of words that share a live key, each once, as [a, b] with a < b, sorted. */
  pairs(): readonly (readonly [string, string])[] {
    if (this.cachedPairs !== null) return this.cachedPairs;
    const pairs = new Map<string, readonly [string, string]>();
    for (const key of this.live) {
      const words = [...this.lists.get(key)!].sort(compare);
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
