import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { DocumentFormat } from '../engine/types';
import { describeError as describe, readRegularFile } from '../readFile';

export const MAX_FILE_BYTES = 10_000_000;

const MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.mkd']);
const HTML = new Set(['.html', '.htm', '.xhtml']);
const WORD = '.docx';
const PLAIN = new Set(['.txt', '.text', '.draft']);
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** How the engine reads a file, by its name: a Word file is read as the HTML it is turned into. */
export function formatOfPath(file: string): DocumentFormat {
  const ext = path.extname(file).toLowerCase();
  return MARKDOWN.has(ext) ? 'markdown' : HTML.has(ext) || ext === WORD ? 'html' : 'plaintext';
}

/** A Word file (by its name): read with docxToHtml, its findings placed by paragraph. */
export function isWordFile(file: string): boolean {
  return path.extname(file).toLowerCase() === WORD;
}

/** Files a folder contributes: drafts in Markdown, plain text, HTML and Word (not Word's lock files, `~$name.docx`). */
function isDraftName(name: string): boolean {
  const ext = path.extname(name).toLowerCase();
  if (ext === WORD) return !name.startsWith('~$');
  return MARKDOWN.has(ext) || PLAIN.has(ext) || HTML.has(ext);
}

export interface Input {
  path: string;
  /** Why this path cannot be checked; absent when it can. */
  error?: string;
  /** Standard input, shown (and read) as `path`. */
  stdin?: boolean;
}

/** What standard input is called when --stdin-filename does not name it. */
export const STDIN_NAME = '<stdin>';

/** Expands the command line's paths into files, in a stable order. Folders contribute their drafts (.md, .txt,
 * .draft, .html, .htm, .docx); a file named on the command line is checked whatever its extension; `-` is standard
 * input. Unreadable paths become errors. */
export async function collectInputs(paths: string[], stdinName = STDIN_NAME): Promise<Input[]> {
  const inputs: Input[] = [];
  const seenDirs = new Set<string>();
  const walk = async (dir: string, shown: string): Promise<void> => {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch (error) {
      inputs.push({ path: shown, error: describe(error) });
      return;
    }
    if (seenDirs.has(real)) return; // a symlink loop or a folder named twice
    seenDirs.add(real);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      inputs.push({ path: shown, error: describe(error) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const display = path.join(shown, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const stat = await fs.stat(full);
          isDir = stat.isDirectory();
          isFile = stat.isFile();
        } catch (error) {
          inputs.push({ path: display, error: describe(error) });
          continue;
        }
      }
      if (isDir) {
        if (!SKIPPED_DIRS.has(entry.name)) await walk(full, display);
      } else if (isFile) {
        if (isDraftName(entry.name)) inputs.push({ path: display });
      }
    }
  };
  for (const p of paths) {
    if (p === '-') {
      inputs.push({ path: stdinName, stdin: true });
      continue;
    }
    try {
      const stat = await fs.stat(p);
      if (stat.isDirectory()) await walk(p, p);
      else inputs.push({ path: p });
    } catch (error) {
      inputs.push({ path: p, error: describe(error) });
    }
  }
  return inputs;
}

export type ReadResult = { text: string } | { error: string };

/** Reads all of standard input (up to the file size limit). */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<{ bytes: Uint8Array } | { error: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_FILE_BYTES) return { error: `too large to check (over ${MAX_FILE_BYTES} bytes)` };
    chunks.push(buffer);
  }
  return { bytes: Buffer.concat(chunks) };
}

/** Reads a draft as text: UTF-8, or UTF-16 with a byte-order mark. Binary and other files are refused with a reason
 * the writer can act on. */
export async function readDraft(file: string): Promise<ReadResult> {
  const read = await readBytes(file);
  return 'error' in read ? read : decodeDraft(read.bytes);
}

export async function readBytes(file: string): Promise<{ bytes: Uint8Array } | { error: string }> {
  const read = await readRegularFile(file, MAX_FILE_BYTES);
  if (!('error' in read)) return read;
  if (read.size !== undefined) return { error: `too large to check (${read.size} bytes; the limit is ${MAX_FILE_BYTES})` };
  return { error: read.error };
}

/** A draft's text as the engine reads it, a Word file aside (see inputs.ts): an HTML page in the encoding it declares
 * if it is not UTF-8, any other file as decodeDraft reads it. */
export function decodeText(bytes: Uint8Array, name: string): ReadResult {
  const decoded = decodeDraft(bytes);
  return 'error' in decoded && formatOfPath(name) === 'html' ? (decodeDeclared(bytes) ?? decoded) : decoded;
}

/** Reads a text draft (not a Word file) as decodeText reads it. */
export async function readText(file: string): Promise<ReadResult> {
  const read = await readBytes(file);
  return 'error' in read ? read : decodeText(read.bytes, file);
}

/** An HTML page in the encoding its <meta charset> or http-equiv declares (Windows-1252, Latin-1, Shift JIS…). */
function decodeDeclared(bytes: Uint8Array): ReadResult | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  if (!label || /^utf-?8$/i.test(label)) return undefined;
  try {
    return { text: new TextDecoder(label, { fatal: true }).decode(bytes) };
  } catch {
    return undefined;
  }
}

export function decodeDraft(bytes: Uint8Array): ReadResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'little');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'big');
  const probe = bytes.subarray(0, 8000);
  if (probe.includes(0)) {
    const endian = utf16WithoutMark(probe);
    if (endian) {
      return {
        error: `it looks like UTF-16 (${endian}-endian) without a byte-order mark; not checked: save it as UTF-8, or as UTF-16 with a byte-order mark`,
      };
    }
    return { error: 'binary file (it contains NUL bytes); not checked' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { error: `not valid UTF-8 (first bad byte at offset ${at}); save the file as UTF-8 (it may be Latin-1 or Windows-1252)` };
  }
}

/** UTF-16 after its byte-order mark, which is kept as U+FEFF (as in UTF-8), so offsets count it too. */
function decodeUtf16(bytes: Uint8Array, endian: 'little' | 'big'): ReadResult {
  if (bytes.length % 2 !== 0) return { error: `UTF-16 (${endian}-endian) with an odd number of bytes; not checked` };
  const units = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const le = endian === 'little' ? units : Buffer.from(units).swap16();
  try {
    return { text: new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(le) };
  } catch {
    return { error: `not valid UTF-16 (${endian}-endian): it holds an unpaired surrogate; not checked` };
  }
}

/** Text of mostly ASCII in UTF-16 has a NUL in every other byte. */
function utf16WithoutMark(probe: Uint8Array): 'little' | 'big' | null {
  const pairs = Math.floor(probe.length / 2);
  if (pairs < 2) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < probe.length; i += 2) {
    if (probe[i] === 0) evenZero++;
    if (probe[i + 1] === 0) oddZero++;
  }
  if (oddZero >= pairs * 0.4 && evenZero === 0) return 'little';
  if (evenZero >= pairs * 0.4 && oddZero === 0) return 'big';
  return null;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >> 5 === 6 ? 1 : b >> 4 === 14 ? 2 : b >> 3 === 30 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= bytes.length || bytes[i + k] >> 6 !== 2) return i;
    i += n + 1;
  }
  return i;
}
