// Which house style applies to a draft, decided once for the CLI and the language server alike: the nearest
// `.copydesk.json` in the draft's folder or a folder above it, no higher than a top folder (the workspace folder in
// the editor; the file system's root for the CLI). Its `overrides` globs match the draft's path relative to the
// folder that holds it. Reading the file is the caller's (each keeps its own policy for a file that stops being
// valid); the decision and the options are here.
import * as path from 'node:path';
import { HOUSE_STYLE_FILE, resolveOptions, type ConfigProblem, type HouseStyle, type ResolvedOptions, type UserSettings } from './config';
import type { DocumentFormat } from './types';

/** A `.copydesk.json` as read. */
export interface StyleFile {
  /** Its absolute path. */
  file: string;
  /** The configuration in force from it: null when there is none (see problems). */
  style: HouseStyle | null;
  problems: ConfigProblem[];
  /** The text the problems were found in (to place them). */
  text: string;
}

/** Reads the house style file at an absolute path: null when there is no file there. */
export type ReadStyleFile = (file: string) => Promise<StyleFile | null>;

/** The house style files that may apply to `draft` (an absolute path), nearest first: one per folder from the
 * draft's own up to `top` (inclusive). With a `top` that does not hold the draft, none. */
export function styleFileCandidates(draft: string, top: string | null): string[] {
  const out: string[] = [];
  let dir = path.dirname(path.resolve(draft));
  const limit = top === null ? null : path.resolve(top);
  if (limit !== null && dir !== limit && !dir.startsWith(limit.endsWith(path.sep) ? limit : limit + path.sep)) return out;
  for (;;) {
    out.push(path.join(dir, HOUSE_STYLE_FILE));
    if (dir === limit) break;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return out;
}

/** The house style file in force for `draft`: the first candidate that exists. */
export async function findStyleFile(draft: string, top: string | null, read: ReadStyleFile): Promise<StyleFile | null> {
  for (const file of styleFileCandidates(draft, top)) {
    const found = await read(file);
    if (found) return found;
  }
  return null;
}

/** The engine options for a draft under the house style found for it (or an explicit one): `overrides` match the
 * draft's path relative to the style file's folder. `draft` is undefined for a document with no path. */
export function optionsForDraft(
  format: DocumentFormat,
  settings: UserSettings,
  found: Pick<StyleFile, 'file' | 'style'> | null,
  draft: string | undefined,
): ResolvedOptions {
  const relative = found && draft !== undefined ? path.relative(path.dirname(found.file), path.resolve(draft)) : undefined;
  return resolveOptions(format, settings, found?.style ?? null, relative);
}

/** Style files read once each and kept until told that one changed; a file being read is never read twice at once. */
export class StyleFileCache {
  private readonly files = new Map<string, Promise<StyleFile | null>>();

  constructor(private readonly read: ReadStyleFile) {}

  /** The house style file in force for `draft` (see findStyleFile). */
  forDraft(draft: string, top: string | null): Promise<StyleFile | null> {
    return findStyleFile(draft, top, (file) => this.file(file));
  }

  file(file: string): Promise<StyleFile | null> {
    let entry = this.files.get(file);
    if (!entry) {
      entry = this.read(file);
      this.files.set(file, entry);
    }
    return entry;
  }

  /** The file at `file` changed, appeared or went: the next lookup reads it again. */
  forget(file: string): void {
    this.files.delete(file);
  }

  clear(): void {
    this.files.clear();
  }
}
