import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOUSE_STYLE_FILE, HOUSE_STYLE_MAX_BYTES, parseHouseStyle, type ConfigProblem, type HouseStyle } from '../engine/config';
import { resolveExtends } from '../engine/houseStyleExtends';
import { StyleFileCache, type StyleFile } from '../engine/houseStyleLookup';
import { readRegularFile } from '../readFile';

/** The file path of a `file:` URI; null for other schemes and for a URI that does not decode. */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/**
 * The house styles of the workspace, found for each draft as the CLI finds them (engine/houseStyleLookup.ts), no
 * higher than the draft's workspace folder. Each file is read once, when first needed, and again only when the
 * editor says it changed; only a regular file within the size limit is read. A file that stops being valid keeps
 * its last good configuration in force and reports its problems.
 */
export class HouseStyles {
  private folders: string[] = [];
  private readonly lastGood = new Map<string, HouseStyle>();
  private readonly cache = new StyleFileCache((file) => this.load(file));

  setFolders(uris: string[]): void {
    this.folders = uris.flatMap((u) => {
      const p = uriToPath(u);
      return p ? [p] : [];
    });
    this.cache.clear();
  }

  /** The workspace folder that holds the document (the innermost), or null. */
  folderOf(documentUri: string): string | null {
    const file = uriToPath(documentUri);
    if (!file) return null;
    let best: string | null = null;
    for (const f of this.folders) {
      if ((file === f || file.startsWith(f.endsWith(path.sep) ? f : f + path.sep)) && (!best || f.length > best.length)) best = f;
    }
    return best;
  }

  /** The house style file in force for a document, or null (no file, or a document outside the workspace). */
  forDocument(documentUri: string): Promise<StyleFile | null> {
    const file = uriToPath(documentUri);
    const folder = this.folderOf(documentUri);
    if (!file || !folder) return Promise.resolve(null);
    return this.cache.forDraft(file, folder);
  }

  /** A `.copydesk.json` changed, appeared or went: it is read again when next needed. Returns its path. */
  changed(fileUri: string): string | null {
    const file = uriToPath(fileUri);
    if (!file) return null;
    // A shared file named in "extends": every house style may include it, so all are read again.
    if (this.shared.has(file)) {
      this.cache.clear();
      return file;
    }
    if (path.basename(file) !== HOUSE_STYLE_FILE) return null;
    this.cache.forget(file);
    return file;
  }

  /** Shared house style files named in "extends" and read so far. */
  private readonly shared = new Set<string>();

  /** Called with each shared file the first time it is read (the server asks the editor to watch it). */
  onSharedFile: (file: string) => void = () => undefined;

  private readonly readShared = (file: string): Promise<{ text: string } | { error: string } | null> => {
    if (!this.shared.has(file)) {
      this.shared.add(file);
      this.onSharedFile(file);
    }
    return readSharedStyle(file);
  };

  /** The file as it is now, for a change just reported (null when there is none). */
  reread(file: string): Promise<StyleFile | null> {
    return this.cache.file(file);
  }

  private async load(file: string): Promise<StyleFile | null> {
    const read = await readRegularFile(file, HOUSE_STYLE_MAX_BYTES);
    if ('error' in read) {
      if (read.code === 'ENOENT' || read.code === 'ENOTDIR') {
        this.lastGood.delete(file);
        return null;
      }
      const message =
        read.size !== undefined
          ? `the file is ${read.size} bytes; the limit is ${HOUSE_STYLE_MAX_BYTES} bytes. It was not read`
          : `the file was not read: ${read.error}`;
      const problem = { path: '', message, start: 0, end: 0 };
      return { file, style: this.lastGood.get(file) ?? null, problems: [problem], text: '' };
    }
    const text = read.bytes.toString('utf8');
    let parsed: { style: HouseStyle | null; problems: ConfigProblem[] } = parseHouseStyle(text);
    if (parsed.style) parsed = await resolveExtends(parsed.style, file, text, this.readShared);
    if (parsed.style) this.lastGood.set(file, parsed.style);
    return { file, style: parsed.style ?? this.lastGood.get(file) ?? null, problems: parsed.problems, text };
  }
}

/** A house style file named in another's "extends" (read when that one is, and again when either changes). */
async function readSharedStyle(file: string): Promise<{ text: string } | { error: string } | null> {
  const read = await readRegularFile(file, HOUSE_STYLE_MAX_BYTES);
  if ('error' in read) return read.code === 'ENOENT' || read.code === 'ENOTDIR' ? null : { error: read.error };
  return { text: read.bytes.toString('utf8') };
}

export type WriteTarget = { file: string } | { refused: string };

/**
 * Where "record the preferred form" may write: the house style file in force, or a new one at the workspace
 * folder's top, resolved through links. A link that leads out of the workspace folder, or to anything but a regular
 * file, is refused: a cloned repository must not make the editor overwrite a file elsewhere.
 */
export async function writableStyleFile(file: string, folder: string): Promise<WriteTarget> {
  let realFolder: string;
  try {
    realFolder = await fs.realpath(folder);
  } catch {
    return { refused: `the workspace folder ${folder} could not be resolved` };
  }
  const inside = (p: string) => p === realFolder || p.startsWith(realFolder.endsWith(path.sep) ? realFolder : realFolder + path.sep);
  let target: string;
  try {
    target = await fs.realpath(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { refused: `${file} could not be resolved` };
    // A dangling link is not followed either: only a path that names nothing yet is created.
    try {
      await fs.lstat(file);
      return { refused: `${file} is a link to a file that does not exist` };
    } catch {
      // nothing at the path
    }
    try {
      target = path.join(await fs.realpath(path.dirname(file)), path.basename(file));
    } catch {
      return { refused: `the folder of ${file} could not be resolved` };
    }
  }
  if (!inside(target)) return { refused: `${file} leads outside the workspace folder (to ${target}); Copydesk does not write there` };
  try {
    const stat = await fs.stat(target);
    if (!stat.isFile()) return { refused: `${file} is not a regular file` };
  } catch {
    // to be created
  }
  return { file: target };
}
