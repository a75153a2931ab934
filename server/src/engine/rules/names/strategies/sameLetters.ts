// Strategy: the same letters written with different hyphens, spaces, case or dots ("Kilroy-Silk"/"Kilroy Silk",
// "U.N."/"UN", "Worldcom"/"WorldCom"), unless the two are parts of different longer names or different kinds of
// thing.

import { foldInitials } from '../canonical';
import type { MatchContext } from '../context';
import type { Form } from '../forms';
import type { Unit } from '../occurrences';

/** Names this short ("La", "Un") only stand for one another inside the same longer name. */
const MAX_SHORT = 2;

interface Spelling {
  form: Form;
  /** The longer names it is part of (see Unit.context); '' for a whole name. */
  contexts: Set<string>;
  weakOnly: boolean;
  headlineOnly: boolean;
}

/** Only ever the first word of a longer name: a first name. */
const givenOnly = (s: Spelling): boolean => /\p{Ll}/u.test(s.form.text) && [...s.contexts].every((c) => c.startsWith('* '));

/** A context that is a first name before this one ("salah *"). */
const isFirstName = (context: string): boolean => /^[^\s*]+ \*$/.test(context);

const isDotted = (text: string): boolean => /^(?:\p{L}\.){2,}\p{L}?\.?$/u.test(text);
const isCapitals = (text: string): boolean => text === text.toUpperCase() && text !== text.toLowerCase();
const shortWord = (text: string): boolean => text.replace(/[^\p{L}\p{N}]/gu, '').length <= MAX_SHORT && /\p{Ll}/u.test(text);

/** Seen only with a capital that says nothing, and with a lower-case part: an ordinary word opening a sentence. */
const ordinary = (s: Spelling): boolean => s.weakOnly && /[\s-]\p{Ll}/u.test(s.form.text);

/** Two spellings of the same letters that name different things. */
function different(a: Spelling, b: Spelling): boolean {
  const x = a.form.text;
  const y = b.form.text;
  const embeddedA = !a.contexts.has('');
  const embeddedB = !b.contexts.has('');
  const shared = [...a.contexts].some((c) => b.contexts.has(c));
  // one surname with different first names: two people of one family ("Omar Bin Tariq", "Salim Bin-Tariq")
  const givenA = [...a.contexts].filter(isFirstName);
  const givenB = [...b.contexts].filter(isFirstName);
  if (givenA.length > 0 && givenB.length > 0 && !givenA.some((g) => b.contexts.has(g))) return true;
  if (!shared) {
    // parts of two different names ("Harbour Airlines", "Vale Air Lines"; "MARGO for Mayor", "Margo Lindqvist")
    if (embeddedA && embeddedB) return true;
    // a short word inside a longer name ("La Cantera", "Tran Van Un") against anything else (not an acronym: "US Navy")
    if ((embeddedA && shortWord(a.form.text)) || (embeddedB && shortWord(b.form.text))) return true;
    // part of a proper name against an ordinary word opening a sentence ("Hill Road Sixth Form College",
    // "Sixth-form"), or against a headline's way of writing it
    if ((embeddedA && (ordinary(b) || b.headlineOnly)) || (embeddedB && (ordinary(a) || a.headlineOnly))) return true;
    // capitals against a first name ("MARGO for Mayor", "Margo Lindqvist"): a label, not the person's name
    if ((isCapitals(x) && givenOnly(b)) || (isCapitals(y) && givenOnly(a))) return true;
  }
  // a code in capitals against a name in words ("FERRYTIME", "Ferry Time"); letters with dots against a word
  // ("R.O.V.E.R.", "Rover")
  if ((isCapitals(x) && !x.includes(' ') && y.includes(' ')) || (isCapitals(y) && !y.includes(' ') && x.includes(' '))) return true;
  if ((isDotted(x) && !isCapitals(y)) || (isDotted(y) && !isCapitals(x))) return true;
  return false;
}

export function linkSameLetters({ collected, table }: MatchContext): void {
  for (const group of collected.spelledTwoWays()) {
    const list = group.some((u) => u.shout) ? group.filter((u) => !u.shout) : group;
    const strong = new Map<string, number>();
    for (const u of list) if (!u.weak) strong.set(u.text, (strong.get(u.text) ?? 0) + 1);
    // a weak unit (sentence start, headline) takes the strong spelling it matches up to initials
    const textOf = (u: Unit): string => {
      if (!u.weak || strong.has(u.text)) return u.text;
      let best: string | undefined;
      let bestCount = 0;
      const folded = foldInitials(u.text);
      for (const [text, count] of strong) if (foldInitials(text) === folded && count > bestCount) [best, bestCount] = [text, count];
      return best ?? u.text;
    };
    const assigned = list.map(textOf);
    const texts = new Set(assigned);
    if (texts.size < 2) continue;
    // weak-only forms that differ from another form only by initials are title case, not a variant
    const all = [...texts];
    const real = all.filter((t) => strong.has(t) || !all.some((o) => o !== t && foldInitials(o) === foldInitials(t)));
    if (real.length < 2) continue;
    const spellings = new Map<string, Spelling>();
    list.forEach((u, k) => {
      const t = assigned[k];
      if (!real.includes(t)) return;
      let s = spellings.get(t);
      if (s === undefined)
        spellings.set(
          t,
          (s = { form: table.formOf(u.acronym ? 'acronym' : 'name', t), contexts: new Set(), weakOnly: true, headlineOnly: true }),
        );
      if (!u.headline) s.headlineOnly = false;
      s.form.occs.push(u);
      s.contexts.add(u.context);
      if (!u.weak) s.weakOnly = false;
    });
    const found = [...spellings.values()];
    for (let i = 0; i < found.length; i++) {
      for (let j = i + 1; j < found.length; j++) if (!different(found[i], found[j])) table.link(found[i].form, found[j].form);
    }
  }
}
