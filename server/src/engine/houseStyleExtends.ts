// `"extends"` in a house style: built-in presets (`copydesk:ap`, `copydesk:bbc`) and a team's shared file by path
// (relative to the file that names it). Each is applied in order, then the file's own settings on top: a later
// setting wins, lists (names, acronyms, terms, look-alikes, overrides) add up. Reading files is the caller's.
import * as path from 'node:path';
import { parseHouseStyle, type ConfigProblem, type HouseStyle } from './config';
import { PRESETS } from './presets';

/** Reads a shared house style file's text: null when there is no such file, or why it cannot be read. */
export type ReadSharedFile = (file: string) => Promise<{ text: string } | { error: string } | null>;

const MAX_DEPTH = 5;

/** `over` applied on top of `base`. */
export function mergeHouseStyles(base: HouseStyle, over: HouseStyle): HouseStyle {
  const out: HouseStyle = { ...base, ...over };
  if (base.rules || over.rules) out.rules = { ...base.rules, ...over.rules };
  for (const group of ['readability', 'sentenceLength', 'paragraphLength', 'headline'] as const) {
    if (base[group] || over[group]) (out as Record<string, unknown>)[group] = { ...base[group], ...over[group] };
  }
  for (const list of ['names', 'acronyms', 'distinctNames', 'terms', 'overrides'] as const) {
    if (base[list] || over[list]) (out as Record<string, unknown>)[list] = [...(base[list] ?? []), ...(over[list] ?? [])];
  }
  delete out.extends;
  return out;
}

/** The house style with everything it extends applied, or the problems (placed on the `extends` entry at fault in
 * `text`, the file's own text). */
export async function resolveExtends(
  style: HouseStyle,
  file: string,
  text: string,
  read: ReadSharedFile,
  seen: string[] = [],
): Promise<{ style: HouseStyle; problems: [] } | { style: null; problems: ConfigProblem[] }> {
  if (!style.extends?.length) return { style, problems: [] };
  let merged: HouseStyle = {};
  const problems: ConfigProblem[] = [];
  for (const [i, entry] of style.extends.entries()) {
    const at = text.indexOf(JSON.stringify(entry));
    const fail = (message: string) =>
      problems.push({ path: `extends[${i}]`, message, start: Math.max(at, 0), end: at >= 0 ? at + JSON.stringify(entry).length : 0 });
    if (entry.startsWith('copydesk:')) {
      const preset = Object.hasOwn(PRESETS, entry) ? PRESETS[entry as keyof typeof PRESETS] : undefined;
      if (!preset) fail(`unknown preset "${entry}"; the presets are ${Object.keys(PRESETS).join(', ')}`);
      else merged = mergeHouseStyles(merged, preset.style);
      continue;
    }
    const shared = path.resolve(path.dirname(file), entry);
    if (shared === file || seen.includes(shared)) {
      fail(`"${entry}" extends itself, through ${[...seen, file].map((f) => path.basename(f)).join(' → ')}`);
      continue;
    }
    if (seen.length + 1 >= MAX_DEPTH) {
      fail(`"${entry}": house styles extend each other more than ${MAX_DEPTH} deep`);
      continue;
    }
    const got = await read(shared);
    if (got === null || 'error' in got) {
      fail(`"${entry}" cannot be read${got ? `: ${got.error}` : ' (no such file)'}`);
      continue;
    }
    const parsed = parseHouseStyle(got.text);
    if (!parsed.style) {
      const p = parsed.problems[0];
      fail(`"${entry}" is not a valid house style${p?.path ? ` (at ${p.path})` : ''}: ${p?.message ?? 'not valid'}`);
      continue;
    }
    const inner = await resolveExtends(parsed.style, shared, got.text, read, [...seen, file]);
    if (!inner.style) {
      fail(`"${entry}": ${inner.problems[0].message}`);
      continue;
    }
    merged = mergeHouseStyles(merged, inner.style);
  }
  if (problems.length > 0) return { style: null, problems };
  return { style: mergeHouseStyles(merged, style), problems: [] };
}
