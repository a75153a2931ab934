// The transcripts each house style names, for the editor: read once, kept while they stay the same, and read again
// when one is added, removed or edited (looked at no more than every few seconds, in the background, so an edit
// never waits on the disk). A new set is a new array: the engine indexes each array once.
import * as path from 'node:path';
import type { StyleFile } from '../engine/houseStyleLookup';
import type { TranscriptSource } from '../engine/rules/transcripts/mismatch';
import { readTranscripts, transcriptSignature } from '../transcriptFiles';

/** How long a set is trusted before the files are looked at again. */
const FRESH_MS = 3_000;

interface Entry {
  sources: Promise<TranscriptSource[]>;
  signature: Promise<string>;
  checkedAt: number;
  checking: boolean;
}

export class TranscriptFiles {
  private readonly entries = new Map<string, Entry>();

  /** `changed` is called when a set was read again after its files changed. */
  constructor(private readonly changed: () => void) {}

  /** The transcripts the house style names, or null when it names none. */
  async forStyle(style: StyleFile | null): Promise<TranscriptSource[] | null> {
    const globs = style?.style?.transcripts;
    if (!style || !globs || globs.length === 0) return null;
    const folder = path.dirname(style.file);
    const key = `${style.file}\u0000${globs.join('\u0000')}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = {
        sources: readTranscripts(folder, globs),
        signature: transcriptSignature(folder, globs),
        checkedAt: Date.now(),
        checking: false,
      };
      this.entries.set(key, entry);
    } else if (!entry.checking && Date.now() - entry.checkedAt > FRESH_MS) {
      void this.recheck(entry, folder, globs);
    }
    const sources = await entry.sources;
    return sources.length > 0 ? sources : null;
  }

  private async recheck(entry: Entry, folder: string, globs: readonly string[]): Promise<void> {
    entry.checking = true;
    try {
      const [before, now] = await Promise.all([entry.signature, transcriptSignature(folder, globs)]);
      if (before !== now) {
        entry.signature = Promise.resolve(now);
        entry.sources = readTranscripts(folder, globs);
        await entry.sources;
        this.changed();
      }
    } finally {
      entry.checkedAt = Date.now();
      entry.checking = false;
    }
  }
}
