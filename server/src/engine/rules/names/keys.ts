// Keys that make two spellings of one name comparable: letters only, phonetic skeleton, edit distance.

const isLetterOrDigit = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ch.toLowerCase() !== ch.toUpperCase();
};

const NOT_ASCII_LETTER_OR_DIGIT = /[^a-z0-9]/g;

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/** Lower-case letters and digits only: "al-Qaida", "Al Qaida" and "AL-QAIDA" share "alqaida"; "U.N." is "un". */
export function joinKey(text: string): string {
  if (isAscii(text)) return text.toLowerCase().replace(NOT_ASCII_LETTER_OR_DIGIT, '');
  let out = '';
  for (const ch of text) if (isLetterOrDigit(ch)) out += ch.toLowerCase();
  return out;
}

/** "Blair's", "Blair’s", "Yukos'" lose the possessive. */
export function stripPossessive(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  if (word.length > 2 && (last === 115 || last === 83)) {
    const apostrophe = word[word.length - 2];
    if (apostrophe === "'" || apostrophe === '’') return word.slice(0, -2);
  }
  if (word.length > 2 && (word.endsWith("'") || word.endsWith('’'))) {
    const before = word[word.length - 2];
    if (before === 's' || before === 'S') return word.slice(0, -1);
  }
  return word;
}

// ASCII first: these run on every character of every name word
const isUpper = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};
const isLower = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
};

/** "IS-K", "U.N.", "NATO", "MI6", "M16", "MPs": two or more capitals (or one with digits), no lower-case letter except a plural "s". */
export function isAcronymWord(word: string): boolean {
  let upper = 0;
  let digits = 0;
  // most words fail at their first lower-case letter
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) {
      if (!(c === 115 && i === word.length - 1)) return false;
    } else if (c >= 48 && c <= 57) digits++;
    else if (c >= 128) {
      if (!isUpper(word[i])) return false;
      upper++;
    } else if (c !== 46 && c !== 45 && c !== 38) return false;
  }
  return upper >= 2 || (upper === 1 && digits > 0 && word.length <= 5);
}

/** Capital letters of an acronym, dots and hyphens dropped, plural "s" dropped: "U.N." is "UN", "MPs" is "MP". */
export function acronymCore(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (ch === '.' || ch === '-') continue;
    if (ch === 's' && i === word.length - 1) continue;
    out += ch;
  }
  return out;
}

/** Whether the word starts with a capital, or has one after a lower-case particle ("al-Qaida", "eBay", "iPod"). */
export function isCapitalised(word: string): boolean {
  if (word.length === 0) return false;
  if (isUpperAt(word, 0)) return true;
  if (!isLower(word[0])) return false;
  for (let i = 1; i < word.length && i < 5; i++) if (isUpperAt(word, i)) return true;
  return false;
}

const isUpperAt = (word: string, i: number): boolean => {
  const c = word.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : isUpper(word[i]);
};

export function hasLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
    if (word.charCodeAt(i) >= 128) return hasCasedLetterFrom(word, i);
  }
  return false;
}

/** The rest of hasLetters past ASCII: a character (by code point) with two cases. */
function hasCasedLetterFrom(word: string, from: number): boolean {
  for (const ch of word.slice(from)) if (ch.toLowerCase() !== ch.toUpperCase()) return true;
  return false;
}

export function isAllCaps(word: string): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return allCapsFrom(word, i, letters);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters > 0;
}

/** The rest of isAllCaps past ASCII, by code point, with the capitals counted so far. */
function allCapsFrom(word: string, from: number, letters: number): boolean {
  for (const ch of word.slice(from)) {
    if (isLower(ch)) return false;
    if (isUpper(ch)) letters++;
  }
  return letters > 0;
}

/** Restricted Damerau-Levenshtein distance (adjacent swaps count one), giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n], max + 1);
}

/** Every string made by deleting one character: two words one edit apart share one of these (or the word itself). */
export function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

const PHONETIC_CLASS: Record<string, string> = {
  b: 'b',
  p: 'p',
  f: 'f',
  v: 'f',
  w: 'f',
  c: 'k',
  k: 'k',
  q: 'k',
  g: 'k',
  x: 'k',
  d: 'd',
  t: 't',
  s: 's',
  z: 's',
  j: 'j',
  l: 'l',
  m: 'm',
  n: 'n',
  r: 'r',
};

/**
 * A consonant skeleton for romanised names: vowels, "y", "h" after a consonant and doubled letters drop out,
 * and letters that romanise alike merge (q/k/g, z/s, v/w/f). Mohammed, Muhammad and Mohamed share "mmd";
 * Gaddafi and Qadhafi share "kdf".
 */
export function phoneticKey(word: string): string {
  const w = word.toLowerCase();
  let out = '';
  let last = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    if (ch === 'h') {
      if (i === 0) out += last = 'h';
      continue;
    }
    const cls = PHONETIC_CLASS[ch];
    if (cls === undefined) {
      // vowels and y: kept only as a word-initial marker so "Ali" and "Li" stay apart
      if (i === 0) out += last = 'a';
      else last = '';
      continue;
    }
    if (cls !== last) out += cls;
    last = cls;
  }
  return out;
}

const TRANSLIT_SWAPS = new Set([
  'ae',
  'ea',
  'ei',
  'ie',
  'iy',
  'yi',
  'ou',
  'uo',
  'sz',
  'zs',
  'kq',
  'qk',
  'ck',
  'kc',
  'ij',
  'ji',
  'jy',
  'yj',
]);

/** Whether a one-edit difference is a typical romanisation choice (i/y, e/i, s/z, k/q, an added "h"). */
export function isTransliterationEdit(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x.length === y.length) {
    let diff = -1;
    for (let i = 0; i < x.length; i++) {
      if (x[i] !== y[i]) {
        if (diff >= 0) return false;
        diff = i;
      }
    }
    return diff > 0 && TRANSLIT_SWAPS.has(x[diff] + y[diff]);
  }
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  if (long.slice(i + 1) !== short.slice(i)) return false;
  return i > 0 && long[i] === 'h';
}

/** Whether two equal-length strings differ by one adjacent swap. */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
