// name-reference: the news rule that a person is named in full first and by surname after. Reads people as the
// name sheet sees them (a full name with its surname written alone elsewhere, its kind from the sheet's evidence),
// straight from the paragraphs' cached name runs, and only for the few surnames that need it: a draft with no
// surname plainly used before a full name costs one pass over its paragraphs' runs.

import { makeFinding } from '../../findings';
import type { BlockKind, Finding, Fix } from '../../types';
import type { NameOptions } from './context';
import { COMMON_CAPITALISED, DEMONYMS, ORGANISATION_WORDS, PLACE_WORDS, THING_WORDS } from './data';
import { SPEECH_VERBS, addEvidence, entityKindOf, noEvidence } from './entityKinds';
import type { NameRun, ParagraphNameFacts } from './mentions';
import type { RunOccurrence } from './occurrences';
import { SurnameBearers } from './bearers';

/** Courtesy titles, the ones a second-reference style is about (not job titles: "Sen. Hale" is fine either way). */
const COURTESY = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Mr.', 'Mrs.', 'Ms.', 'Mx.']);
const TITLE_CHOICES = ['Mr', 'Ms'];
/** Words that make a name an organisation's, a place's or a group's, not a person's. */
const NOT_PERSONAL: ReadonlySet<string> = new Set(
  [...ORGANISATION_WORDS, ...PLACE_WORDS, ...THING_WORDS, ...DEMONYMS].map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
);
/** A person's name: two to four capitalised words, initials allowed ("George W Bush"), particles inside ("Anwar
 * al-Awlaki"), no capitals words or digits. */
const PERSON_NAME =
  /^\p{Lu}[\p{Ll}'’-]+(?: (?:\p{Lu}\.?|\p{Lu}[\p{Ll}'’.-]+|(?:al|el|bin|van|von|de|da|di|du|le|la)(?:-\p{Lu}[\p{Ll}'’-]+)?)){0,2} \p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?$/u;

export interface ReferenceParagraph {
  start: number;
  kind: BlockKind;
  facts: ParagraphNameFacts;
}

/** One name run where the editor chose the form, with document offsets. */
interface Mention {
  run: NameRun;
  text: string;
  start: number;
  end: number;
  /** Where the title before it starts, when it has one. */
  titleStart?: number;
}

export interface ReferenceContext {
  style: NameOptions['secondReference'];
  /** Where the body starts: headlines, standfirsts and labels above it name people by surname. */
  bodyStart: number;
  /** Quoted material at a document offset (speech, letters, comments): the speakers' choice of name. */
  quoted: (offset: number) => boolean;
  /** Words the draft writes in lower case: a first name is none of them ("Stop Hale" is a slogan, not a person). */
  ordinary: (word: string) => boolean;
}

const textOf = (run: NameRun): string => run.words.map((w) => w.text).join(' ');

function mentionOf(p: ReferenceParagraph, run: NameRun): Mention {
  const m: Mention = { run, text: textOf(run), start: p.start + run.words[0].start, end: p.start + run.words[run.words.length - 1].end };
  if (run.title !== undefined) m.titleStart = p.start + run.title.start;
  return m;
}

/** A mention that plainly names a person: with a courtesy title ("Mr Hale") or speaking ("Hale said"); a surname
 * alone elsewhere is as often a modifier ("the Hale era", "Hale supporters") or a firm ("Hale & Co"). */
function plainlyNamed(run: NameRun): boolean {
  return (
    (run.title !== undefined && COURTESY.has(run.title.text)) || SPEECH_VERBS.has(run.after ?? '') || SPEECH_VERBS.has(run.before ?? '')
  );
}

/** What one paragraph offers name-reference, worked out once per paragraph (facts are cached by its text). */
interface ParagraphRefs {
  /** Single-word runs plainly naming someone, and all single-word runs. */
  plain: NameRun[];
  single: NameRun[];
  /** The words of its runs of two words or more. */
  inLonger: Set<string>;
  /** The last words of its full names: runs read as a person's name, or a name cut after an initial ("George W."
   * then "Hale"). The per-edit pass looks surnames up here instead of testing every run again. */
  endings: Set<string>;
  /** Its runs of two words or more that read as a person's name. */
  person: Set<NameRun>;
  /** The surnames its single words would be the plural of ("Hales" gives "Hale"; "Joneses" "Jonese" and "Jones"). */
  stems: string[];
}

const refsCache = new WeakMap<ParagraphNameFacts, ParagraphRefs>();

function refsOf(facts: ParagraphNameFacts): ParagraphRefs {
  let refs = refsCache.get(facts);
  if (refs !== undefined) return refs;
  refs = { plain: [], single: [], inLonger: new Set(), endings: new Set(), person: new Set(), stems: [] };
  const runs = facts.runs;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    const last = run.words[run.words.length - 1].text;
    if (run.words.length === 1) {
      if (splitAfterInitial(runs, i) !== undefined) refs.endings.add(last);
      if (run.words[0].acronym) continue;
      refs.single.push(run);
      if (plainlyNamed(run)) refs.plain.push(run);
      if (last.endsWith('s')) refs.stems.push(last.slice(0, -1));
      if (last.endsWith('es')) refs.stems.push(last.slice(0, -2));
      continue;
    }
    for (const w of run.words) refs.inLonger.add(w.text);
    if (PERSON_NAME.test(textOf(run))) {
      refs.person.add(run);
      refs.endings.add(last);
    }
  }
  refsCache.set(facts, refs);
  return refs;
}

export function nameReferences(paragraphs: readonly ReferenceParagraph[], ctx: ReferenceContext): Finding[] {
  // the surnames worth a look: written alone in the body (plainly naming someone, unless a style is set)
  const candidates = new Set<string>();
  for (const p of paragraphs) {
    if (p.kind === 'headline') continue;
    const refs = refsOf(p.facts);
    for (const run of ctx.style !== undefined ? refs.single : refs.plain) {
      if (ctx.style !== undefined || p.start + run.words[0].start >= ctx.bodyStart) candidates.add(run.words[0].text);
    }
  }
  if (candidates.size === 0) return [];
  // ... that end a person's full name somewhere (most surnames plainly used alone never get one)
  const ending = new Set<string>();
  for (const p of paragraphs) {
    if (p.kind === 'headline') continue;
    for (const last of refsOf(p.facts).endings) if (candidates.has(last)) ending.add(last);
  }
  if (ending.size === 0) return [];
  candidates.clear();
  for (const c of ending) candidates.add(c);
  // their mentions: alone, in a full name, or in a longer name holding one ("Sen. Ann Hale of Vermont"); and what
  // the draft says of the people who bear each surname
  const alone = new Map<string, Mention[]>();
  const full = new Map<string, Mention[]>();
  const longer: Mention[] = [];
  const bearers = new Map<string, SurnameBearers>();
  const bearersOf = (surname: string): SurnameBearers => {
    let b = bearers.get(surname);
    if (b === undefined) bearers.set(surname, (b = new SurnameBearers()));
    return b;
  };
  const push = <T>(map: Map<string, T[]>, key: string, item: T): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [item]);
    else list.push(item);
  };
  // a first word that names a person, not a slogan's verb or a place ("Stop Hale", "Hale Street" read backwards)
  const givenName = (word: string): boolean =>
    !NOT_PERSONAL.has(word) && !COMMON_CAPITALISED.has(word.toLowerCase()) && !ctx.ordinary(word.toLowerCase());
  const wanted = (word: string): boolean => candidates.has(word);
  for (const p of paragraphs) {
    if (p.kind === 'headline') continue;
    const refs = refsOf(p.facts);
    let hasLonger = false;
    for (const w of refs.inLonger) if (candidates.has(w)) hasLonger = true;
    if (!hasLonger && !refs.single.some((r) => candidates.has(r.words[0].text)) && !refs.stems.some(wanted)) continue;
    const runs = p.facts.runs;
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i];
      const words = run.words;
      const last = words[words.length - 1].text;
      if (words.length === 1) {
        if (!candidates.has(last)) {
          const stem = words[0].acronym ? undefined : pluralOf(last, candidates);
          if (stem !== undefined) bearersOf(stem).addPlural();
          continue;
        }
        push(alone, last, mentionOf(p, run));
        bearersOf(last).addAlone(p.facts, i);
        // "George W." then "Hale": a full name the tokenizer split after an initial's stop
        const prev = splitAfterInitial(runs, i);
        if (prev !== undefined) {
          const given = givenOf(prev.words);
          if (given.length === 0 || !givenName(given[0])) continue;
          bearersOf(last).addFull(p.facts, i - 1, i, given, prev.title?.text);
          const m = mentionOf(p, run);
          m.text = `${splitNameText(prev, words[0].start)} ${m.text}`;
          m.start = p.start + prev.words[0].start;
          if (prev.title !== undefined) m.titleStart = p.start + prev.title.start;
          if (PERSON_NAME.test(m.text)) push(full, last, m);
        }
        continue;
      }
      if (!hasLonger) continue;
      let inside = false;
      for (let k = 0; k < words.length - 1; k++) if (candidates.has(words[k].text)) inside = true;
      if (inside && words.length > 2) longer.push(mentionOf(p, run));
      if (!candidates.has(last)) continue;
      const m = mentionOf(p, run);
      const person = refs.person.has(run);
      // the first words of a person's name; of a longer run ("Child Support Agency chief Ann Hale"), the word before
      const given = person ? givenOf(words.slice(0, -1)) : givenOf(words.slice(0, -1)).slice(-1);
      if (given.length === 0 || !givenName(given[0])) continue;
      bearersOf(last).addFull(p.facts, i, i, given, run.title?.text);
      if (person) push(full, last, m);
    }
  }
  const findings: Finding[] = [];
  for (const [surname, shortAll] of alone) {
    const fullAll = full.get(surname);
    // a surname two people bear (two full names, a family, "Mr" and "Mrs", a woman's full name beside "Mr"): alone,
    // it may mean either
    if (fullAll === undefined || bearersOf(surname).ambiguity() !== undefined) continue;
    const counts = new Map<string, number>();
    for (const m of fullAll) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    const canonical = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    const parts = canonical.split(' ');
    if (parts.some((w) => NOT_PERSONAL.has(w) || COMMON_CAPITALISED.has(w.toLowerCase())) || ctx.ordinary(parts[0].toLowerCase())) continue;
    // a person as the name sheet sees one, and by the draft's own evidence: titled somewhere ("Mr Hale", "Sen. Ann
    // Hale") or speaking ("Hale said"); not a film, a band or a firm named after one ("Kinsey", "Disney")
    const runs = [...fullAll, ...shortAll].map((m) => m.run);
    const evidence = noEvidence();
    for (const run of runs) addEvidence(evidence, run as unknown as RunOccurrence);
    if (entityKindOf({ texts: [canonical, surname], evidence, acronym: false, shortened: true }) !== 'person') continue;
    if (!runs.some((r) => r.titled || SPEECH_VERBS.has(r.before ?? '') || SPEECH_VERBS.has(r.after ?? ''))) continue;
    const usable = (m: Mention): boolean => !m.run.words[0].inQuote && !ctx.quoted(m.start);
    const fullNames = fullAll.filter(usable);
    // the surname on its own: not right after another capitalised word ("Will Young" split at a modal's capital),
    // and not "the Hale family", "the Hale report": a surname after "the" names a family or a thing
    const short = shortAll.filter(
      (m) => usable(m) && (m.run.before !== undefined || !!m.run.titled || !!m.run.words[0].weak) && m.run.before !== 'the',
    );
    if (fullNames.length === 0 || short.length === 0) continue;
    // the first full mention, perhaps inside a longer name
    let first = fullNames[0];
    let named = first.text;
    for (const m of longer) {
      if (m.start >= first.start) continue;
      const inLonger = [...counts.keys()].find((t) => ` ${m.text} `.includes(` ${t} `));
      if (inLonger !== undefined) [first, named] = [m, inLonger];
    }
    // introduced by a job title and surname first ("President Hale"): named well enough, whatever follows
    const jobTitled = (m: Mention): boolean => m.run.title !== undefined && !COURTESY.has(m.run.title.text);
    const firstInBody = short.find((m) => m.start >= ctx.bodyStart);
    if (firstInBody !== undefined && jobTitled(firstInBody)) continue;
    const early = short.find((m) => m.start >= ctx.bodyStart && m.start < first.start && plainlyNamed(m.run));
    if (early !== undefined) findings.push(beforeFullName(early, first, named));
    if (ctx.style === undefined) continue;
    for (const m of short) {
      if (m.start < first.start) continue;
      const title = m.run.title;
      if (ctx.style === 'surname' && title !== undefined && COURTESY.has(title.text)) findings.push(titled(m, title.text, m.titleStart!));
      if (ctx.style === 'title' && title === undefined) findings.push(untitled(m, short));
    }
  }
  return findings;
}

const INITIAL = /^\p{Lu}\.?$/u;

/** The run before a surname alone, when the two are one name cut after an initial ("George W." then "Hale"). */
function splitAfterInitial(runs: readonly NameRun[], i: number): NameRun | undefined {
  const prev = runs[i - 1];
  if (prev === undefined || runs[i].words.length !== 1) return undefined;
  const initial = prev.words[prev.words.length - 1];
  return INITIAL.test(initial.text) && runs[i].words[0].start - initial.end <= 2 ? prev : undefined;
}

/** The words of a name cut after an initial, as written: a stop after the initial when the gap before the surname
 * holds one ("W. Hale"), which the initial's word leaves out. */
function splitNameText(run: NameRun, surnameStart: number): string {
  const words = run.words.map((w) => w.text);
  const initial = run.words[run.words.length - 1];
  if (!initial.text.endsWith('.') && surnameStart - initial.end === 2) words[words.length - 1] += '.';
  return words.join(' ');
}

/** The words of a name before its surname, initials and particles left out ("Louis B." gives "Louis"). */
function givenOf(words: readonly NameRun['words'][number][]): string[] {
  return words.filter((w) => !INITIAL.test(w.text) && !w.joiner).map((w) => w.text);
}

/** The surname a plural stands for ("the Hales", "the Joneses"), when it is one of `surnames`. */
function pluralOf(word: string, surnames: ReadonlySet<string>): string | undefined {
  if (!word.endsWith('s')) return undefined;
  if (surnames.has(word.slice(0, -1))) return word.slice(0, -1);
  if (word.endsWith('es') && surnames.has(word.slice(0, -2))) return word.slice(0, -2);
  return undefined;
}

function beforeFullName(early: Mention, first: Mention, canonical: string): Finding {
  // a longer name holding the full name ("Sen. Ann Hale of Vermont"): the full name moves, the rest stays
  const at = first.text === canonical ? first.start : first.start + ` ${first.text} `.indexOf(` ${canonical} `);
  const fix: Fix = {
    title: `Name “${canonical}” here and “${early.text}” later`,
    edits: [
      { start: early.start, end: early.end, newText: canonical },
      { start: at, end: at + canonical.length, newText: early.text },
    ],
    preferred: true,
  };
  return makeFinding('name-reference', {
    start: early.start,
    end: early.end,
    message: `“${early.text}” before the full name: the first mention should be “${canonical}”, written further down`,
    actual: early.text,
    expected: [canonical],
    related: [{ start: at, end: at + canonical.length, message: `“${canonical}” here` }],
    fixes: [fix],
  });
}

function titled(m: Mention, title: string, titleStart: number): Finding {
  return makeFinding('name-reference', {
    start: titleStart,
    end: m.end,
    message: `“${title} ${m.text}”: house style names a person by surname alone after the full name`,
    actual: `${title} ${m.text}`,
    expected: [m.text],
    fixes: [{ title: `Write “${m.text}”`, edits: [{ start: titleStart, end: m.start, newText: '' }], preferred: true }],
  });
}

function untitled(m: Mention, short: Mention[]): Finding {
  // the title the draft already gives this person, else a choice (the draft does not say which is right)
  const known = short.map((s) => s.run.title?.text).find((t) => t !== undefined && COURTESY.has(t));
  const choices = known !== undefined ? [known] : TITLE_CHOICES;
  return makeFinding('name-reference', {
    start: m.start,
    end: m.end,
    message: `“${m.text}”: house style gives a courtesy title after the full name (${choices.map((t) => `“${t} ${m.text}”`).join(' or ')})`,
    actual: m.text,
    expected: choices.map((t) => `${t} ${m.text}`),
    fixes: choices.map((t) => {
      const fix: Fix = { title: `Write “${t} ${m.text}”`, edits: [{ start: m.start, end: m.end, newText: `${t} ${m.text}` }] };
      if (known !== undefined) fix.preferred = true;
      return fix;
    }),
  });
}
