import type { ParagraphFacts } from './paragraph';

interface Entry {
  facts: ParagraphFacts;
  run: number;
}

/** Paragraph facts keyed by paragraph text (and the options that shape them). Entries not used by the last two
 * runs are dropped after each run, so the cache holds about one document's paragraphs plus recent edits (undo
 * stays cheap), and never grows with the editing history. */
export class ParagraphCache {
  private readonly entries = new Map<string, Entry>();
  private run = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxEntries = 50_000) {}

  beginRun(): void {
    this.run++;
    this.hits = 0;
    this.misses = 0;
  }

  get(key: string): ParagraphFacts | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      this.misses++;
      return undefined;
    }
    entry.run = this.run;
    this.hits++;
    return entry.facts;
  }

  set(key: string, facts: ParagraphFacts): void {
    this.entries.set(key, { facts, run: this.run });
  }

  endRun(): void {
    for (const [key, entry] of this.entries) if (entry.run < this.run - 1) this.entries.delete(key);
    if (this.entries.size > this.maxEntries) {
      let excess = this.entries.size - this.maxEntries;
      for (const [key, entry] of this.entries) {
        if (excess <= 0) break;
        if (entry.run < this.run) {
          this.entries.delete(key);
          excess--;
        }
      }
    }
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
