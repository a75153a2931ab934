// Drafts for the benchmark, built at run time from the shared corpus (never copied into the repository).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

export const CORPUS = process.env.COPYDESK_CORPUS ?? path.resolve('../shared/corpus');

/** Every readable UTF-8 article under the folder, sorted by path; non-UTF-8 files are skipped. */
export function articles(folder: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(txt|md)$/i.test(name) && !/^readme\./i.test(name)) {
        try {
          out.push({ path: full, text: new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(full)) });
        } catch {
          // not UTF-8: skipped, as the CLI would refuse it
        }
      }
    }
  };
  walk(folder);
  return out;
}

export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** A Markdown draft of about `words` words: BBC articles one after another, each title a heading, each line a
 * paragraph. Articles come round again when the corpus runs out. */
export function markdownDraft(words: number, pool = articles(path.join(CORPUS, 'bbc'))): string {
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < words; i++) {
    const lines = pool[i % pool.length].text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    if (lines.length === 0) continue;
    const block = [`${i === 0 ? '#' : '##'} ${lines[0]}`, ...lines.slice(1)].join('\n\n');
    parts.push(block);
    total += wordCount(block);
  }
  return `${parts.join('\n\n')}\n`;
}

/** The interviews behind a `markdownDraft` of about `words` words: the same articles as notes, ~1,000 words a file,
 * with one word changed in every tenth quote (so the draft's quotes are found, and a few differ, as with a real
 * reporter's notes). */
export function interviewFolder(words: number, pool = articles(path.join(CORPUS, 'bbc'))): string[] {
  let quoted = 0;
  const misquote = (line: string): string =>
    line.replace(/([“"])([^”"]{20,}?)([”"])/, (whole: string, open: string, inside: string, close: string) => {
      if (quoted++ % 10 !== 9) return whole;
      const parts = inside.split(' ');
      if (parts.length < 5) return whole;
      parts[2] = 'really';
      return `${open}${parts.join(' ')}${close}`;
    });
  return notesFiles(words, pool, (text) => text.split(/\r?\n/).map(misquote).join('\n'));
}

/** Interview notes of about `words` words, one file per article from the other end of the BBC corpus than the
 * drafts (so a draft's quotes are searched through all of them and found in none: each quote of four words or more
 * gets a note that it is in no transcript), ~1,000 words a file. */
export function transcriptFolder(words: number, pool = articles(path.join(CORPUS, 'bbc')).reverse()): string[] {
  return notesFiles(words, pool);
}

/** The articles' texts (as `note` writes each) gathered into files of about 1,000 words until `words` words are in;
 * articles past that are not read. */
function notesFiles(words: number, pool: { text: string }[], note = (text: string) => text): string[] {
  const files: string[] = [];
  let current = '';
  let total = 0;
  for (let i = 0; total < words && i < pool.length; i++) {
    const text = note(pool[i].text).trim();
    current += `${text}\n\n`;
    total += wordCount(text);
    if (wordCount(current) >= 1_000 || total >= words) {
      files.push(current);
      current = '';
    }
  }
  return files;
}

/** Offsets of `count` word starts spread evenly over the text (for edits all over the draft). */
export function spreadOffsets(text: string, count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    let at = Math.floor(((i + 0.5) / count) * text.length);
    while (at < text.length && text[at] !== ' ') at++;
    out.push(Math.min(at + 1, text.length));
  }
  return out;
}
