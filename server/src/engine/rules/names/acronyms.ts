// acronym-undefined: an acronym used before its definition, or never defined, unless it is well known.

import { daleChall } from 'dale-chall';
import { spache } from 'spache';
import { makeFinding } from '../../findings';
import type { BlockKind, Finding } from '../../types';
import { WELL_KNOWN_ACRONYMS } from './data';
import { acronymCore } from './keys';
import type { AcronymDefinition, ParagraphNameFacts } from './mentions';

const ROMAN = /^[IVXLCDM]+$/;

/** Words a young reader knows: one of them in capitals is shouted ("NOT", "TODAY"), not an acronym. */
const COMMON_WORDS: ReadonlySet<string> = new Set([...daleChall, ...spache]);

/** Letters of a capitals word from which it reads as a word set in capitals ("ABSTRACT", "POLITICO"), not an
 * acronym: acronyms a reader must be told are short. */
const WORD_IN_CAPITALS_LETTERS = 6;

/** US state abbreviations, in AP style and as postal codes, and the party-and-state tags built on them
 * ("D-N.Y.", "R-TX"): place names a US reader knows. */
const US_STATES = new Set(
  `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA
  RI SC SD TN TX UT VT VA WA WV WI WY DC`.split(/\s+/),
);
const DOTTED_STATE = /^(?:[A-Z]\.){2}$/;
const PARTY_TAG = /^[RDI]-/;

/** An acronym use that needs no definition whatever the draft says: part of a longer name ("JP Morgan", "USA
 * TODAY"), a model or product code with a digit ("A320", "U2"), a word in capitals, or a US state. */
function needsNoDefinition(text: string, core: string, joined: boolean): boolean {
  if (joined || /\d/.test(core)) return true;
  const letters = core.replace(/[^A-Za-z]/g, '');
  if (letters.length >= WORD_IN_CAPITALS_LETTERS || COMMON_WORDS.has(letters.toLowerCase())) return true;
  if (PARTY_TAG.test(text)) return true;
  return DOTTED_STATE.test(text) && US_STATES.has(core);
}

const BUILT_IN_KNOWN = new Set([...WELL_KNOWN_ACRONYMS].map(acronymCore));
const knownCache = new WeakMap<readonly string[], Set<string>>();

/** Built-in well-known acronyms plus the options' own, by their core letters (cached per options list). */
export function knownAcronymSet(extra: readonly string[] | undefined): Set<string> {
  if (extra === undefined || extra.length === 0) return BUILT_IN_KNOWN;
  let set = knownCache.get(extra);
  if (set === undefined) knownCache.set(extra, (set = new Set([...BUILT_IN_KNOWN, ...extra.map(acronymCore)])));
  return set;
}

interface AcronymUse {
  core: string;
  text: string;
  start: number;
  end: number;
  inQuote: boolean;
}

/** A paragraph's first use of each acronym that may need defining (before the house style's list is applied). */
const usesCache = new WeakMap<ParagraphNameFacts, AcronymUse[]>();

function usesOf(facts: ParagraphNameFacts): AcronymUse[] {
  let uses = usesCache.get(facts);
  if (uses !== undefined) return uses;
  uses = [];
  const seen = new Set<string>();
  for (const run of facts.runs) {
    if (run.caps) continue;
    for (const w of run.words) {
      if (!w.acronym) continue;
      const core = acronymCore(w.text);
      if (
        core.length < 2 ||
        ROMAN.test(core) ||
        needsNoDefinition(w.text, core, w.joined === true) ||
        BUILT_IN_KNOWN.has(core) ||
        BUILT_IN_KNOWN.has(w.text) ||
        seen.has(`${core}\u0000${w.text}`)
      )
        continue;
      seen.add(`${core}\u0000${w.text}`);
      uses.push({ core, text: w.text, start: w.start, end: w.end, inQuote: !!w.inQuote });
    }
  }
  usesCache.set(facts, uses);
  return uses;
}

/** One finding per acronym that a reader may not know, at its first use outside the headline. */
export function undefinedAcronyms(
  paragraphs: readonly { start: number; kind: BlockKind; facts: ParagraphNameFacts }[],
  knownAcronyms: readonly string[] = [],
): Finding[] {
  const known = knownAcronymSet(knownAcronyms);
  const firstUse = new Map<string, { text: string; start: number; end: number; inQuote: boolean }>();
  const definitions = new Map<string, { def: AcronymDefinition; offset: number }>();
  for (const p of paragraphs) {
    if (p.kind === 'headline') continue;
    for (const d of p.facts.definitions) {
      if (!definitions.has(d.acronym)) definitions.set(d.acronym, { def: d, offset: p.start });
    }
    for (const use of usesOf(p.facts)) {
      if (firstUse.has(use.core) || known.has(use.core) || known.has(use.text)) continue;
      firstUse.set(use.core, { text: use.text, start: p.start + use.start, end: p.start + use.end, inQuote: use.inQuote });
    }
  }
  const findings: Finding[] = [];
  for (const [core, use] of firstUse) {
    const definition = definitions.get(core);
    if (definition !== undefined && definition.offset + definition.def.start <= use.start) continue;
    const finding = makeFinding('acronym-undefined', {
      message: '',
      start: use.start,
      end: use.end,
      actual: use.text,
      inQuote: use.inQuote,
    });
    if (definition === undefined) {
      finding.message = `“${use.text}” is never defined: spell it out at first use`;
    } else {
      const { def, offset } = definition;
      const spelled = `${def.full} (${use.text})`;
      finding.message = `“${use.text}” is used before it is defined (“${def.full} (${core === acronymCore(use.text) ? use.text : core})” comes later)`;
      finding.expected = [spelled];
      const from = Math.min(def.fullStart, def.start);
      const to = Math.max(def.fullEnd, def.end) + 1;
      finding.related = [{ start: offset + from, end: offset + to, message: `“${core}” is defined here` }];
      finding.fixes = [
        { title: `Spell out “${use.text}” here`, edits: [{ start: use.start, end: use.end, newText: spelled }], preferred: true },
      ];
    }
    findings.push(finding);
  }
  return findings.sort((a, b) => a.start - b.start);
}
