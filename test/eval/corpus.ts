// The published corpus as the evaluation reads it: every BBC and PolNeAR article (plain text, every line a
// paragraph, as the CLI reads a .txt file) and the GUM news documents (tokenised XML, joined back into text here).
// Texts are read by path at run time and never stored in the project.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Article {
  /** Path relative to the corpus root, as verdict files name it. */
  path: string;
  corpus: 'bbc' | 'polnear' | 'gum';
  text: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function walk(dir: string, keep: (path: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, keep, out);
    else if (keep(path)) out.push(path);
  }
  return out;
}

/** Every article of the corpus; files that are not valid UTF-8 are left out (the CLI refuses them too). */
export function publishedArticles(root: string): Article[] {
  const out: Article[] = [];
  const add = (path: string, corpus: Article['corpus'], text: string) => out.push({ path: relative(root, path), corpus, text });
  for (const path of walk(join(root, 'bbc'), (p) => p.endsWith('.txt') && !p.endsWith('README.TXT'))) {
    const text = decode(path);
    if (text !== null) add(path, 'bbc', text);
  }
  for (const path of walk(join(root, 'polnear'), (p) => p.endsWith('.txt') && p.includes('/text/'))) {
    const text = decode(path);
    if (text !== null) add(path, 'polnear', text);
  }
  for (const path of walk(join(root, 'gum-news', 'xml'), (p) => p.endsWith('.xml'))) {
    add(path, 'gum', gumText(readFileSync(path, 'utf8')));
  }
  return out;
}

function decode(path: string): string | null {
  try {
    return utf8.decode(readFileSync(path));
  } catch {
    return null;
  }
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?)\]}%]|'s|'re|'ve|'ll|'d|'m|n't|’s|’re|’ve|’ll|’d|’m|n’t)$/i;
const NO_SPACE_AFTER = /^[([{$]$/;

/** GUM's XML holds one token a line (the form first, then its tags) inside <head>, <p> and <s> elements. Each
 * <head> or <p> becomes a line; tokens are joined with spaces except before closing punctuation and after opening
 * brackets and within a <w> or at a hyphen (GUM splits `all-girl` into three tokens); a quote mark tagged `` opens (no space after), one
 * tagged '' closes (no space before). */
export function gumText(xml: string): string {
  const lines: string[] = [];
  let line = '';
  let glue = true;
  let inWord = false;
  let wordStarted = false;
  const flush = () => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
    glue = true;
  };
  for (const raw of xml.split('\n')) {
    if (raw.startsWith('<')) {
      if (/^<\/?(?:p|head|item|list|caption|figure)\b/.test(raw)) flush();
      else if (raw.startsWith('<w>')) {
        inWord = true;
        wordStarted = false;
      } else if (raw.startsWith('</w>')) inWord = false;
      continue;
    }
    const [form, tag] = raw.split('\t');
    if (!form) continue;
    const hyphen = tag === 'HYPH';
    const closing = hyphen || tag === "''" || NO_SPACE_BEFORE.test(form);
    const joined = inWord && wordStarted;
    wordStarted = inWord;
    line += glue || closing || joined ? form : ` ${form}`;
    glue = hyphen || tag === '``' || NO_SPACE_AFTER.test(form);
  }
  flush();
  return `${lines.join('\n')}\n`;
}
