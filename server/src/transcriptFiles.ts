// The transcripts a house style names (`"transcripts": ["notes/**/*.txt", "**/*.vtt"]`), found under the house
// style's folder and read as text, for quote-mismatch. Shared by the CLI; the engine reads no files.
import { readdir, readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { TranscriptSource } from './engine/rules/transcripts/mismatch';

/** Limits that keep a mistaken glob (`**`) from reading a whole disk. */
const MAX_FILES = 2_000;
const MAX_FILE_BYTES = 5_000_000;
const MAX_TOTAL_BYTES = 50_000_000;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** The transcript files under `folder` that match `globs` (relative paths, `/` separators), in path order. */
export async function findTranscripts(folder: string, globs: readonly string[]): Promise<string[]> {
  if (globs.length === 0) return [];
  const matches = picomatch([...globs], { dot: false });
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    if (found.length >= MAX_FILES) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(e.name)) await walk(full);
      } else if (e.isFile() && matches(path.relative(folder, full).split(path.sep).join('/'))) {
        found.push(full);
        if (found.length >= MAX_FILES) return;
      }
    }
  };
  await walk(folder);
  return found;
}

/** What changes when a transcript is added, removed or edited: the files' names, sizes and times. */
export async function transcriptSignature(folder: string, globs: readonly string[]): Promise<string> {
  const parts: string[] = [];
  for (const file of await findTranscripts(folder, globs)) {
    try {
      const s = await stat(file);
      parts.push(`${file}\u0000${s.size}\u0000${s.mtimeMs}`);
    } catch {
      // Gone since it was listed.
    }
  }
  return parts.join('\n');
}

/** Reads the transcripts under `folder` that match `globs`, in path order. */
export async function readTranscripts(folder: string, globs: readonly string[]): Promise<TranscriptSource[]> {
  const found = await findTranscripts(folder, globs);
  const out: TranscriptSource[] = [];
  let total = 0;
  for (const file of found) {
    try {
      const size = (await stat(file)).size;
      if (size > MAX_FILE_BYTES || total + size > MAX_TOTAL_BYTES) continue;
      total += size;
      out.push({ name: path.relative(folder, file).split(path.sep).join('/'), text: await readFile(file, 'utf8') });
    } catch {
      // A file that vanished or cannot be read is left out.
    }
  }
  return out;
}
