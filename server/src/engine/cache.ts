import { BlockMemo } from './blocks';
import type { ParagraphFacts } from './paragraph';
import { NamesMemo } from './rules/names';

interface Entry {
  facts: ParagraphFacts;
  run: number;
}

/** Paragraph facts keyed by paragraph text (and the options and block kind that shape them). Entries not used by
 * the last two runs are dropped after each run, so the cache holds about one document's paragraphs plus recent
 * edits (undo stays cheap), and never grows with the editing history. It also keeps the document's Markdown
 * chunks (see BlockMemo) under the same rule. */
export class ParagraphCache {
  /** By options-and-kind key, then by paragraph text: no key string is built per paragraph. */
  private readonly entries = new Map<string, Map<string, Entry>>();
  private count = 0;
  private run = 0;
  readonly blocks = new BlockMemo();
  /** The names pass's per-paragraph shares; see NamesMemo. */
  names = new NamesMemo();
  hits = 0;
  misses = 0;

  constructor(private readonly maxEntries = 50_000) {}

  beginRun(): void {
    this.run++;
    this.hits = 0;
    this.misses = 0;
  }

  get(group: string, text: string): ParagraphFacts | undefined {
    const entry = this.entries.get(group)?.get(text);
    if (!entry) {
      this.misses++;
      return undefined;
    }
    entry.run = this.run;
    this.hits++;
    return entry.facts;
  }

  set(group: string, text: string, facts: ParagraphFacts): void {
    let map = this.entries.get(group);
    if (!map) this.entries.set(group, (map = new Map()));
    if (!map.has(text)) this.count++;
    map.set(text, { facts, run: this.run });
  }

  endRun(): void {
    for (const [group, map] of this.entries) {
      for (const [key, entry] of map) {
        if (entry.run < this.run - 1) {
          map.delete(key);
          this.count--;
        }
      }
      if (map.size === 0) this.entries.delete(group);
    }
    if (this.count > this.maxEntries) {
      let excess = this.count - this.maxEntries;
      for (const map of this.entries.values()) {
        for (const [key, entry] of map) {
          if (excess <= 0) break;
          if (entry.run < this.run) {
            map.delete(key);
            this.count--;
            excess--;
          }
        }
      }
    }
  }

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.entries.clear();
    this.blocks.clear();
    this.names = new NamesMemo();
    this.count = 0;
  }
}
