// Who a description stands for, as the article's own words say it: the scorer's stand-in for the coreference
// PolNeAR does not mark. A gold Source that is a description (`the spokesman`) answers to a named speaker only when
// the article ties that description to that one name in so many words:
// - a descriptor before the name: `campaign spokesman Dan Reyes`, `President Ann Hale`;
// - an apposition either way: `Dan Reyes, the spokesman,` / `the spokesman, Dan Reyes,`;
// - a copula: `Dan Reyes is the spokesman`.
// A description the article ties to two different names answers to neither. This reading is the scorer's own (a
// token scan over the raw text), independent of the engine's description linker, so the engine cannot grade itself.

/** Capitalised titles written before a name, and the description head each stands for. */
const TITLES: ReadonlyMap<string, string> = new Map([
  ['president', 'president'],
  ['sen.', 'senator'],
  ['senator', 'senator'],
  ['gov.', 'governor'],
  ['governor', 'governor'],
  ['rep.', 'representative'],
  ['representative', 'representative'],
  ['secretary', 'secretary'],
  ['mayor', 'mayor'],
  ['judge', 'judge'],
  ['justice', 'justice'],
  ['speaker', 'speaker'],
  ['gen.', 'general'],
  ['general', 'general'],
  ['chairman', 'chairman'],
  ['chairwoman', 'chairwoman'],
  ['director', 'director'],
  ['attorney', 'attorney'],
  ['prime', 'minister'],
  ['minister', 'minister'],
  ['ambassador', 'ambassador'],
  ['chancellor', 'chancellor'],
  ['pope', 'pope'],
]);
const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'miss']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'another']);
/** Words that end a description's head read forward (`the spokesman for the ministry`, `the aide who`). */
const HEAD_ENDS = new Set(
  'of for at from with in on to by who which that whose whom as during after before about since when while and or but said says told'.split(
    ' ',
  ),
);
const PARTICLES = new Set(['de', 'van', 'von', 'da', 'del', 'la', 'le', 'al', 'bin', 'el']);
const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);
const COPULAS = new Set(['is', 'was']);

interface Token {
  text: string;
  lower: string;
  /** A punctuation token (`,` `.` `(` ...), or a word. */
  punct: boolean;
  capital: boolean;
  /** First word of a sentence (its capital says nothing). */
  opens: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*|[,;:.!?()“”"—–\n]/gu;

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let opens = true;
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    let period = false;
    // A period ends a word's sentence unless the word is an initial or an abbreviation (`J.`, `Sen.`, `D.C.`).
    if (word.length > 1 && word.endsWith('.') && !/^\p{L}\.$/u.test(word) && !/\p{L}\.\p{L}/u.test(word)) {
      const lower = word.toLowerCase();
      if (!TITLES.has(lower) && !HONORIFICS.has(lower) && !/^(?:jr|sr|st|gov|sen|rep|gen|lt|col|capt|sgt|no)\.$/.test(lower)) {
        word = word.slice(0, -1);
        period = true;
      }
    }
    const punct = !/[\p{L}\p{N}]/u.test(word.charAt(0));
    out.push({ text: word, lower: word.toLowerCase(), punct, capital: /^\p{Lu}/u.test(word), opens });
    opens = punct ? /[.!?:\n“”"]/.test(word) || opens : false;
    if (period) {
      out.push({ text: '.', lower: '.', punct: true, capital: false, opens: false });
      opens = true;
    }
  }
  return out;
}

function bare(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/\.$/, '');
}

/** The capitalised run of words starting at `i` (particles inside), as [end index exclusive, surname], or null. */
function nameRun(t: Token[], i: number): { end: number; key: string; titleHead: string | null; start: number } | null {
  let j = i;
  let titleHead: string | null = null;
  // Titles and honorifics open the run but are not the name.
  while (j < t.length && !t[j].punct && (TITLES.has(t[j].lower) || HONORIFICS.has(t[j].lower)) && t[j].capital) {
    titleHead = TITLES.get(t[j].lower) ?? titleHead;
    j++;
  }
  const start = j;
  while (
    j < t.length &&
    !t[j].punct &&
    (t[j].capital || (PARTICLES.has(t[j].lower) && j + 1 < t.length && t[j + 1].capital && !t[j + 1].punct))
  )
    j++;
  if (j === start) return null;
  const last = t[j - 1];
  if (TIME_WORDS.has(last.lower) || /[’']s$/.test(last.text) || /^i(?:[’'].*)?$/.test(last.lower)) return null;
  return { end: j, key: bare(last.text), titleHead, start };
}

/** The head of a description read forward from `i` (a determiner or lower-case word first), its words, and where
 * it ends. */
function descriptionAt(t: Token[], i: number): { head: string; words: string[]; end: number } | null {
  let j = i;
  let head: string | null = null;
  const words: string[] = [];
  while (j < t.length && !t[j].punct && !HEAD_ENDS.has(t[j].lower) && j - i < 8) {
    if (!DETERMINERS.has(t[j].lower)) words.push(bare(t[j].text));
    if (!t[j].capital && !DETERMINERS.has(t[j].lower) && /^\p{L}[\p{L}-]*$/u.test(t[j].text)) head = t[j].lower;
    j++;
  }
  return head ? { head, words, end: j } : null;
}

/** The words of the descriptor that ends with word `i` (`Republican presidential nominee`), read back. */
function descriptorBefore(t: Token[], i: number): string[] {
  const words: string[] = [];
  for (let j = i; j >= 0 && i - j < 6; j--) {
    if (t[j].punct || HEAD_ENDS.has(t[j].lower) || DETERMINERS.has(t[j].lower)) break;
    words.push(bare(t[j].text));
    if (t[j].opens) break;
  }
  return words;
}

/** A description tied to a name: its head noun, all its words, and the name's surname. */
export interface Link {
  words: string[];
  key: string;
}

export type Links = Map<string, Link[]>;

function add(links: Links, head: string, words: string[], key: string): void {
  if (head === key) return;
  const link = { words: words.includes(head) ? words : [...words, head], key };
  const list = links.get(head);
  if (list) list.push(link);
  else links.set(head, [link]);
}

function appositionAfter(t: Token[], i: number, links: Links): void {
  const run = nameRun(t, i);
  if (!run || (run.end - run.start < 2 && t[run.start].opens)) return;
  const after = t[run.end];
  const next = t[run.end + 1];
  if (!after || !next || next.punct) return;
  if (after.text === ',' && !next.capital) {
    const d = descriptionAt(t, run.end + 1);
    if (d && (DETERMINERS.has(next.lower) || d.end > run.end + 1)) add(links, d.head, d.words, run.key);
  } else if (COPULAS.has(after.lower) && DETERMINERS.has(next.lower)) {
    const d = descriptionAt(t, run.end + 1);
    if (d && t[d.end] && (t[d.end].punct || HEAD_ENDS.has(t[d.end].lower))) add(links, d.head, d.words, run.key);
  }
}

/** Description heads the article ties to names, each with the surnames it is tied to. */
export function describedNames(text: string): Links {
  const links: Links = new Map();
  const t = tokens(text);
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    if (w.punct) continue;
    // `campaign spokesman Dan Reyes`, `President Ann Hale`.
    const former = i > 0 && (t[i - 1].lower === 'former' || t[i - 1].lower === 'late');
    if (w.capital && !w.opens && !former) {
      const run = nameRun(t, i);
      if (run && run.titleHead && run.end > run.start) add(links, run.titleHead, descriptorBefore(t, i - 1), run.key);
    }
    if (!w.capital && !former && /^\p{Ll}[\p{L}-]*$/u.test(w.text) && !HEAD_ENDS.has(w.lower) && !DETERMINERS.has(w.lower)) {
      const next = t[i + 1];
      if (next && !next.punct && next.capital) {
        const run = nameRun(t, i + 1);
        if (run && run.end > run.start) add(links, w.lower, descriptorBefore(t, i), run.key);
      }
    }
    // `Dan Reyes, the spokesman,` and `Dan Reyes is the spokesman`.
    if (w.capital && !DETERMINERS.has(w.lower) && (i === 0 || t[i - 1].punct || !t[i - 1].capital)) appositionAfter(t, i, links);
    // `the spokesman, Dan Reyes,`.
    if (DETERMINERS.has(w.lower)) {
      const d = descriptionAt(t, i);
      if (!d || t[d.end]?.text !== ',') continue;
      const run = nameRun(t, d.end + 1);
      if (!run || run.end - run.start < 2) continue;
      const close = t[run.end];
      if (!close || close.punct || close.lower === 'said') add(links, d.head, d.words, run.key);
    }
  }
  return links;
}

/** Whether a gold description (`the Republican nominee`, heads `nominee`) answers to a credited speaker's surnames:
 * the article ties the head, with every word the description adds (`republican`), to that name and to no other. */
export function describes(links: Links, description: string, heads: string[], names: string[], person: (head: string) => boolean): boolean {
  const first = description.split(/[,(]/)[0];
  const words = (first.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu) ?? [])
    .filter((w) => !DETERMINERS.has(w.toLowerCase()))
    .map(bare)
    .filter((w) => w.length > 0);
  // The description's own head (its last key; an owner, `the school’s`, comes first) must name a person.
  const head = heads[heads.length - 1];
  return [head].some((h) => {
    if (!person(h)) return false;
    const at = words.indexOf(h);
    const modifiers = at > 0 ? words.slice(0, at) : [];
    const tied = new Set((links.get(h) ?? []).filter((l) => modifiers.every((m) => l.words.includes(m))).map((l) => l.key));
    return tied.size === 1 && names.some((n) => tied.has(n));
  });
}
