import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HOUSE_STYLE_FILE, HOUSE_STYLE_MAX_BYTES, parseHouseStyle, type ConfigProblem, type HouseStyle } from '../engine/config';

export interface FolderStyle {
  folder: string;
  fileUri: string;
  /** The configuration in force: the last file that validated, or null when there never was one. */
  style: HouseStyle | null;
  problems: ConfigProblem[];
  /** The file's text when the problems were found (to place them). */
  text: string;
}

export function uriToPath(uri: string): string | null {
  return uri.startsWith('file:') ? fileURLToPath(uri) : null;
}

/** One house style per workspace folder, read from disk when first needed and again when the file changes. An
 * invalid file keeps the last good configuration in force and reports its problems. */
export class HouseStyles {
  private folders: string[] = [];
  private readonly byFolder = new Map<string, FolderStyle>();

  setFolders(uris: string[]): void {
    this.folders = uris.flatMap((u) => {
      const p = uriToPath(u);
      return p ? [p] : [];
    });
    for (const key of [...this.byFolder.keys()]) if (!this.folders.includes(key)) this.byFolder.delete(key);
  }

  folderOf(documentUri: string): string | null {
    const file = uriToPath(documentUri);
    if (!file) return null;
    let best: string | null = null;
    for (const f of this.folders) {
      if ((file === f || file.startsWith(f.endsWith(path.sep) ? f : f + path.sep)) && (!best || f.length > best.length)) best = f;
    }
    return best;
  }

  relativePath(documentUri: string): string | undefined {
    const folder = this.folderOf(documentUri);
    const file = uriToPath(documentUri);
    return folder && file ? path.relative(folder, file) : undefined;
  }

  async forDocument(documentUri: string): Promise<FolderStyle | null> {
    const folder = this.folderOf(documentUri);
    if (!folder) return null;
    return this.byFolder.get(folder) ?? (await this.load(folder));
  }

  /** Re-reads the house style of the folder holding `fileUri` (a `.copydesk.json` that changed). */
  async reload(fileUri: string): Promise<FolderStyle | null> {
    const file = uriToPath(fileUri);
    if (!file) return null;
    const folder = path.dirname(file);
    if (!this.folders.includes(folder)) return null;
    return this.load(folder);
  }

  private async load(folder: string): Promise<FolderStyle> {
    const file = path.join(folder, HOUSE_STYLE_FILE);
    const previous = this.byFolder.get(folder);
    const entry: FolderStyle = { folder, fileUri: pathToFileURL(file).toString(), style: previous?.style ?? null, problems: [], text: '' };
    try {
      const stat = await fs.stat(file);
      if (stat.size > HOUSE_STYLE_MAX_BYTES) {
        entry.problems = [
          {
            path: '',
            message: `the file is ${stat.size} bytes; the limit is ${HOUSE_STYLE_MAX_BYTES} bytes. It was not read`,
            start: 0,
            end: 0,
          },
        ];
      } else {
        entry.text = await fs.readFile(file, 'utf8');
        const parsed = parseHouseStyle(entry.text);
        entry.problems = parsed.problems;
        if (parsed.style) entry.style = parsed.style;
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') entry.style = null;
      else entry.problems = [{ path: '', message: `the file could not be read: ${(error as Error).message}`, start: 0, end: 0 }];
    }
    this.byFolder.set(folder, entry);
    return entry;
  }
}
