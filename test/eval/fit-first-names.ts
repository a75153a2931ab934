// Learns which first names the copy gives a man or a woman, for the pronoun ranking (a `she` cannot stand for
// `Donald Trump`), from titles the copy itself writes: in an article that says `Mr. Hale` (or BBC style `Mr Hale`)
// and `Ann Hale`, the first name `Ann` is a vote for a man... unless the same article also says `Mrs. Hale`. Votes
// come from PolNeAR train and BBC texts only (never dev or test); a name is kept when it has enough votes and they
// agree. Writes server/src/engine/rules/quotes/first-names.json.
//   node --import tsx test/eval/fit-first-names.ts [--corpus DIR] [--dry-run]

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = join(import.meta.dirname, '../../server/src/engine/rules/quotes/first-names.json');
/** A first name is kept with at least this many articles voting, nearly all of them one way. */
const MIN_VOTES = 2;
const MIN_AGREEMENT = 0.9;
const MALE = new Set(['Mr', 'Mr.']);
const FEMALE = new Set(['Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss']);
/** Capitalised words that stand before a surname without being a first name. */
const NOT_FIRST = new Set(
  `The A An And But Of In On At For To By From With Mr Mrs Ms Miss Dr Sir Lord Lady President Senator Sen Rep Gov
  Governor Mayor Judge Justice General Gen Secretary Minister Prime Chancellor Speaker Leader Chief Director Chairman
  Father Sister Brother Uncle Aunt Mother King Queen Prince Princess Pope Saint St New North South East West Former
  Vice Deputy Acting Labour Tory Conservative Liberal Democrat Democratic Republican Democrats Republicans Team Coach
  Manager Captain Professor Prof Officer Detective Sergeant Sgt Lieutenant Lt Colonel Col Major Admiral Bishop
  Archbishop Rabbi Imam Reverend Rev Mrs. Mr. Ms. Dr. Sen. Rep. Gov. Gen. When If As After Before While Said Says
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December`.split(/\s+/),
);

function textsOf(corpus: string): string[] {
  const files: string[] = [];
  const trainDir = join(corpus, 'polnear', 'train', 'text');
  for (const f of readdirSync(trainDir)) if (f.endsWith('.txt')) files.push(join(trainDir, f));
  const bbc = join(corpus, 'bbc');
  for (const section of readdirSync(bbc, { withFileTypes: true })) {
    if (!section.isDirectory()) continue;
    for (const f of readdirSync(join(bbc, section.name))) if (f.endsWith('.txt')) files.push(join(bbc, section.name, f));
  }
  return files.map((f) => readFileSync(f, 'utf8'));
}

/** Each first name's votes in one article: the gender its titled surname has there. */
function votesOf(text: string): Map<string, 'm' | 'f'> {
  const surnames = new Map<string, 'm' | 'f' | 'both'>();
  for (const m of text.matchAll(/\b(Mr\.?|Mrs\.?|Ms\.?|Miss) (\p{Lu}[\p{Ll}’'-]+(?:-\p{Lu}[\p{Ll}]+)?)\b/gu)) {
    const gender = MALE.has(m[1]) ? 'm' : FEMALE.has(m[1]) ? 'f' : null;
    if (!gender) continue;
    const had = surnames.get(m[2]);
    surnames.set(m[2], had && had !== gender ? 'both' : gender);
  }
  const votes = new Map<string, 'm' | 'f'>();
  const conflicted = new Set<string>();
  for (const m of text.matchAll(/\b(\p{Lu}\p{Ll}+) (?:\p{Lu}\.? )?(\p{Lu}[\p{Ll}’'-]+(?:-\p{Lu}[\p{Ll}]+)?)\b/gu)) {
    const [, first, surname] = m;
    if (NOT_FIRST.has(first)) continue;
    const gender = surnames.get(surname);
    if (!gender || gender === 'both') continue;
    const key = first.toLowerCase();
    if (votes.has(key) && votes.get(key) !== gender) conflicted.add(key);
    votes.set(key, gender);
  }
  for (const key of conflicted) votes.delete(key);
  return votes;
}

export function main(argv: string[]): void {
  const corpusAt = argv.indexOf('--corpus');
  const corpus = corpusAt >= 0 ? argv[corpusAt + 1] : '../shared/corpus';
  const tally = new Map<string, { m: number; f: number }>();
  const texts = textsOf(corpus);
  for (const text of texts) {
    for (const [name, gender] of votesOf(text)) {
      const t = tally.get(name) ?? { m: 0, f: 0 };
      t[gender]++;
      tally.set(name, t);
    }
  }
  const male: string[] = [];
  const female: string[] = [];
  for (const [name, { m, f }] of [...tally].sort(([a], [b]) => a.localeCompare(b))) {
    const total = m + f;
    if (total < MIN_VOTES) continue;
    if (m / total >= MIN_AGREEMENT) male.push(name);
    else if (f / total >= MIN_AGREEMENT) female.push(name);
  }
  console.log(`${texts.length} articles; ${tally.size} first names with a vote; kept ${male.length} male, ${female.length} female`);
  if (argv.includes('--dry-run')) {
    console.log(`male: ${male.join(' ')}\nfemale: ${female.join(' ')}`);
    return;
  }
  const out = {
    about:
      'First names the copy gives a man (m) or a woman (f), learned by test/eval/fit-first-names.ts from titled surnames ' +
      `(Mr. Hale beside Ann Hale) in PolNeAR train and BBC texts: at least ${MIN_VOTES} articles, ${MIN_AGREEMENT * 100}% agreeing.`,
    m: male,
    f: female,
  };
  writeFileSync(OUT, JSON.stringify(out, null, 2) + '\n');
  console.log(`wrote ${OUT}`);
}

if (process.argv[1]?.endsWith('fit-first-names.ts')) main(process.argv.slice(2));
