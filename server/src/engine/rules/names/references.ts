// name-reference: the news rule that a person is named in full first and by surname after. Reads the name sheet's
// people (a full name with the surname written alone elsewhere) and the runs they were written in.

import { makeFinding } from '../../findings';
import type { Finding, Fix } from '../../types';
import type { NameOptions } from './context';
import type { RunOccurrence } from './occurrences';
import type { NameEntityRecord } from './sheet';
import { SPEECH_VERBS } from './entityKinds';
import { COMMON_CAPITALISED, DEMONYMS, ORGANISATION_WORDS, PLACE_WORDS, THING_WORDS } from './data';

/** Courtesy titles, the ones a second-reference style is about (not job titles: "Sen. Hale" is fine either way). */
const COURTESY = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Mr.', 'Mrs.', 'Ms.', 'Mx.']);
const TITLE_CHOICES = ['Mr', 'Ms'];
/** Words that make a name an organisation's, a place's or a group's, not a person's. */
const NOT_PERSONAL: ReadonlySet<string> = new Set(
  [...ORGANISATION_WORDS, ...PLACE_WORDS, ...THING_WORDS, ...DEMONYMS].map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
);
/** A person's name as the sheet keeps it: two to four capitalised words, initials allowed ("George W Bush"),
 * particles inside ("Anwar al-Awlaki"), no capitals words or digits. */
const PERSON_NAME =
  /^\p{Lu}[\p{Ll}'’-]+(?: (?:\p{Lu}\.?|\p{Lu}[\p{Ll}'’.-]+|(?:al|el|bin|van|von|de|da|di|du|le|la)(?:-\p{Lu}[\p{Ll}'’-]+)?)){0,2} \p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?$/u;

/** One mention of a person where the editor chose the form: not a headline, not quoted material. */
interface Mention {
  run: RunOccurrence;
  start: number;
  end: number;
  text: string;
}

export function nameReferences(
  people: readonly NameEntityRecord[],
  runAt: (start: number) => RunOccurrence | undefined,
  quoted: (run: RunOccurrence) => boolean,
  style: NameOptions['secondReference'],
  /** Where the body starts: headlines, standfirsts and labels above it name people by surname. */
  bodyStart: number,
  /** Words the draft writes in lower case: a first name is none of them ("Stop Hale" is a slogan, not a person). */
  ordinary: (word: string) => boolean,
  /** Every name as written (runs of two words or more matter here). */
  allRuns: readonly RunOccurrence[],
): Finding[] {
  const findings: Finding[] = [];
  // the first words written before each last word ("Ann" and "Louis B." before "Hale"): a surname that two full
  // names share ("Ann Hale", "Louis B. Hale") may mean either person when it stands alone
  const givenBefore = new Map<string, Set<string>>();
  for (const text of namesAsWritten(allRuns)) {
    const words = text.split(' ');
    if (words.length < 2) continue;
    const last = words[words.length - 1];
    let set = givenBefore.get(last);
    if (set === undefined) givenBefore.set(last, (set = new Set()));
    set.add(words[0]);
  }
  for (const person of people) {
    if (person.entity !== 'person' || person.kind !== 'name') continue;
    const parts = person.canonical.split(' ');
    if (parts.length < 2) continue;
    const surname = parts[parts.length - 1];
    if ((givenBefore.get(surname)?.size ?? 0) > 1) continue;
    // a person by the draft's own evidence: titled somewhere ("Mr Hale", "Sen. Ann Hale") or speaking ("Hale said"),
    // not a film, a band or a firm named after one ("Kinsey", "Walt Disney" and "Disney")
    const runs = person.forms.flatMap((f) => f.spans.flatMap((span) => runAt(span.start) ?? []));
    if (!runs.some((r) => r.titled || SPEECH_VERBS.has(r.before ?? '') || SPEECH_VERBS.has(r.after ?? ''))) continue;
    const mentions = (keep: (text: string) => boolean): Mention[] =>
      person.forms
        .filter((f) => keep(f.text))
        .flatMap((f) =>
          f.spans.flatMap((span) => {
            const run = runAt(span.start);
            if (run === undefined || run.start !== span.start || run.end !== span.end || run.headline || quoted(run)) return [];
            return [{ run, start: span.start, end: span.end, text: f.text }];
          }),
        )
        .sort((a, b) => a.start - b.start);
    if (!PERSON_NAME.test(person.canonical) || parts.some((w) => NOT_PERSONAL.has(w) || COMMON_CAPITALISED.has(w.toLowerCase()))) continue;
    if (ordinary(parts[0].toLowerCase())) continue;
    const full = mentions((t) => t.includes(' ') && t.split(' ').pop() === surname);
    // the surname on its own: not right after another capitalised word ("Will Young" split at a modal's capital)
    // ... and not "the Hale family", "the Hale report": a surname after "the" names a family or a thing
    const short = mentions((t) => t === surname).filter(
      (m) => (m.run.before !== undefined || m.run.titled || !!m.run.words[0].weak) && m.run.before !== 'the',
    );
    // introduced by a job title and surname first ("President Hale"): named well enough, whatever follows
    const jobTitled = (m: Mention): boolean => m.run.title !== undefined && !COURTESY.has(m.run.title.text);
    const firstInBody = short.find((m) => m.start >= bodyStart);
    if (firstInBody !== undefined && jobTitled(firstInBody)) continue;
    // a full name is known by a first name that is not just a capital any word has at a sentence start ("But Rover")
    if (!full.some((m) => !m.run.words[0].weak || m.run.titled) || short.length === 0) continue;
    // the first full mention may be inside a longer run ("Sen. Ann Hale of Vermont")
    const within = allRuns.find((r) => !r.headline && r.start < full[0].start && ` ${r.text} `.includes(` ${person.canonical} `));
    const first = within !== undefined ? { run: within, start: within.start, end: within.end, text: within.text } : full[0];
    // a job title with the surname names the person well enough on first reference ("President Hale")
    // only a mention that plainly names the person: with a courtesy title ("Mr Hale") or speaking ("Hale said");
    // a surname alone elsewhere is as often a modifier ("the Hale era", "Hale supporters") or a firm ("Hale & Co")
    const plainly = (m: Mention): boolean =>
      (m.run.title !== undefined && COURTESY.has(m.run.title.text)) ||
      SPEECH_VERBS.has(m.run.after ?? '') ||
      SPEECH_VERBS.has(m.run.before ?? '');
    const early = short.filter((m) => m.start >= bodyStart && m.start < first.start && plainly(m));
    if (early.length > 0) findings.push(beforeFullName(early[0], first));
    if (style === undefined) continue;
    for (const m of short) {
      if (m.start < first.start) continue;
      const title = m.run.title;
      const courtesy = title !== undefined && COURTESY.has(title.text);
      if (style === 'surname' && courtesy) findings.push(titled(m, title));
      if (style === 'title' && title === undefined) findings.push(untitled(m, short));
    }
  }
  return findings;
}

function beforeFullName(early: Mention, first: Mention): Finding {
  const fix: Fix = {
    title: `Name “${first.text}” here and “${early.text}” later`,
    edits: [
      { start: early.start, end: early.end, newText: first.text },
      { start: first.start, end: first.end, newText: early.text },
    ],
    preferred: true,
  };
  return makeFinding('name-reference', {
    start: early.start,
    end: early.end,
    message: `“${early.text}” before the full name: the first mention should be “${first.text}”, written further down`,
    actual: early.text,
    expected: [first.text],
    related: [{ start: first.start, end: first.end, message: `“${first.text}” here` }],
    fixes: [fix],
  });
}

function titled(m: Mention, title: { text: string; start: number }): Finding {
  return makeFinding('name-reference', {
    start: title.start,
    end: m.end,
    message: `“${title.text} ${m.text}”: house style names a person by surname alone after the full name`,
    actual: `${title.text} ${m.text}`,
    expected: [m.text],
    fixes: [{ title: `Write “${m.text}”`, edits: [{ start: title.start, end: m.start, newText: '' }], preferred: true }],
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

/** The runs' texts, a run ending in an initial joined to the one right after it ("George W." and "Hale"). */
function namesAsWritten(runs: readonly RunOccurrence[]): string[] {
  const sorted = [...runs].sort((a, b) => a.start - b.start);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const run = sorted[i];
    const next = sorted[i + 1];
    if (next !== undefined && /(?:^| )\p{Lu}\.?$/u.test(run.text) && next.start - run.end <= 2) out.push(`${run.text} ${next.text}`);
    else out.push(run.text);
  }
  return out;
}
