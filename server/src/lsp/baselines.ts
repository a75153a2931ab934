// The baseline in the editor: `.copydesk-baseline.json` at the root of the workspace folder, the file that
// `copydesk check --baseline` reads. Findings it records are shown as hints (faint, out of the Problems panel's
// warnings) rather than hidden, and "Ignore this finding" adds one to it.
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { Baseline, BASELINE_FILE, BASELINE_MAX_BYTES, formatBaseline, parseBaseline, type BaselineEntry } from '../engine/baseline';
import { readRegularFile } from '../readFile';
import type { DiagnosticData } from './convert';
import { uriToPath } from './houseStyle';

interface Loaded {
  /** The file's mtime and size on disk when read (or when an edit was applied to it in the editor). */
  stamp: string;
  baseline: Baseline | null;
  /** The file's text (null: no file), or why it cannot be used. */
  text: string | null;
  error?: string;
}

export class Baselines {
  private readonly loaded = new Map<string, Loaded>();

  fileFor(folder: string): string {
    return path.join(folder, BASELINE_FILE);
  }

  /** The folder's baseline, read again when the file changed on disk since. */
  async forFolder(folder: string): Promise<Loaded> {
    const file = this.fileFor(folder);
    const info = await stat(file).catch(() => null);
    const stamp = stampOf(info);
    const last = this.loaded.get(file);
    if (last && last.stamp === stamp) return last;
    let loaded: Loaded = { stamp, baseline: null, text: null };
    if (info) {
      const read = await readRegularFile(file, BASELINE_MAX_BYTES);
      if ('error' in read) loaded = { stamp, baseline: null, text: null, error: read.error };
      else {
        const text = read.bytes.toString('utf8');
        const parsed = parseBaseline(text);
        loaded = 'error' in parsed ? { stamp, baseline: null, text, error: parsed.error } : { stamp, baseline: parsed.baseline, text };
      }
    }
    this.loaded.set(file, loaded);
    return loaded;
  }

  /** A baseline file changed on disk: returns its path when it is one. */
  changed(fileUri: string): string | null {
    const file = uriToPath(fileUri);
    if (!file || path.basename(file) !== BASELINE_FILE) return null;
    this.loaded.delete(file);
    return file;
  }

  /** The text the file has after "Ignore this finding": in force until the file on disk changes (the editor may not
   * have saved the edit yet; once it does, the file is read again). */
  async recorded(file: string, text: string): Promise<void> {
    const parsed = parseBaseline(text);
    const stamp = stampOf(await stat(file).catch(() => null));
    if ('baseline' in parsed) this.loaded.set(file, { stamp, baseline: parsed.baseline, text });
  }
}

function stampOf(info: { mtimeMs: number; size: number } | null): string {
  return info ? `${info.mtimeMs}:${info.size}` : 'none';
}

/** The file's text with one more finding recorded, or why it cannot be changed. */
export function withEntry(current: string | null, entry: BaselineEntry): { text: string } | { error: string } {
  if (current === null || current.trim() === '') return { text: formatBaseline([entry]) };
  const parsed = parseBaseline(current);
  if ('error' in parsed) return { error: parsed.error };
  return { text: formatBaseline([...parsed.baseline.entries, entry]) };
}

/** Findings the baseline records become hints that say so; the rest are as they were. */
export function markBaselined(diagnostics: Diagnostic[], baseline: Baseline | null, file: string): Diagnostic[] {
  if (!baseline) return diagnostics;
  const withEntries = diagnostics.filter((d) => (d.data as DiagnosticData | undefined)?.entry);
  const recorded = baseline.matchDigests(withEntries.map((d) => (d.data as DiagnosticData).entry!));
  const marked = new Set(withEntries.filter((_, i) => recorded[i]));
  if (marked.size === 0) return diagnostics;
  const name = path.basename(file);
  return diagnostics.map((d) =>
    marked.has(d)
      ? {
          ...d,
          severity: DiagnosticSeverity.Hint,
          message: `${d.message} (recorded in ${name})`,
          data: { ...(d.data as DiagnosticData), baselined: true },
        }
      : d,
  );
}
