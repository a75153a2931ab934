import { makeFinding } from '../../findings';
import type { ParagraphTokens } from '../../types';
import type { LocalFinding } from './facts';
import {
  ADJECTIVAL,
  AGENT_DETERMINERS,
  AGENT_STOPS,
  ALWAYS_ADJECTIVAL,
  AUXILIARIES,
  BE_FORMS,
  DEGREE_WORDS,
  GET_ADJECTIVAL,
  GET_FORMS,
  INNER_ADVERBS,
  IRREGULAR_PARTICIPLES,
  MANNER_ADVERBS,
  NEGATIONS,
  NOT_AGENT_AFTER_THE,
  NOT_AGENT_FIRST,
  NOT_VERBS_ED,
  NUMBER_WORDS,
  PHRASAL_PARTICLES,
  PLACE_NOUNS,
  TO_IDIOMS,
  UN_VERBS,
  VERB_PREFIXES,
} from './passive-words';
import type { RetextHit } from './processor';
import type { QuoteIndex } from './quote-spans';
import { isSpace } from '../../lexicon/characters';
import { SUBJECT_PRONOUNS as PRONOUNS } from '../../lexicon/words';

const MAX_INNER_ADVERBS = 3;
const MAX_AGENT_WORDS = 8;
/** Words a capitalised name may run past the agent's word limit. */
const MAX_NAME_OVERRUN = 4;
/** An agent pronoun, as the subject of the active form: "by them" -> "they". */
const SUBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
  ['us', 'we'],
  ['me', 'I'],
  ['it', 'it'],
  ['you', 'you'],
]);
const PLURAL_PRONOUNS = new Set(['they', 'we', 'you', 'I']);

interface Context {
  text: string;
  tokens: ParagraphTokens;
  lower: readonly string[];
  /** For each word, the index one past the last word of its sentence. */
  sentenceEnd: number[];
}

/** True when only white space separates word i from word i + 1 (no punctuation, same sentence). */
function joined(c: Context, i: number): boolean {
  const words = c.tokens.words;
  if (i + 1 >= c.sentenceEnd[i]) return false;
  for (let k = words[i].end; k < words[i + 1].start; k++) if (!isSpace(c.text.charCodeAt(k))) return false;
  return true;
}

function isAdverb(w: string): boolean {
  return INNER_ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly'));
}

/** The simple past of a participle, or null when the word is no participle. */
export function participlePast(w: string): string | null {
  const irregular = IRREGULAR_PARTICIPLES.get(w);
  if (irregular !== undefined) return irregular;
  if (w.length < 5 || !w.endsWith('ed') || w.endsWith('eed') || NOT_VERBS_ED.has(w)) return null;
  const hyphen = w.indexOf('-');
  if (hyphen >= 0 && !VERB_PREFIXES.has(w.slice(0, hyphen))) return null;
  if (w.startsWith('un') && !w.startsWith('under') && !w.startsWith('uni') && !UN_VERBS.has(w)) return null;
  return w;
}

interface Agent {
  first: number;
  /** One past the last agent word. */
  end: number;
  /** A phrasal verb's particle between the participle and "by" ("drawn up by"), or -1. */
  particle: number;
}

function capitalisedAt(c: Context, i: number): boolean {
  return c.tokens.words[i].text.charCodeAt(0) !== c.lower[i].charCodeAt(0);
}

function agentAfter(c: Context, participle: number): Agent | null {
  const { lower } = c;
  let k = participle;
  let particle = -1;
  // "was drawn up by ...", "was fined heavily by ...", "was hit hard by ..."; a particle counts only right before
  // "by" ("was taken over by"), so "was sent out to" keeps its preposition
  if (joined(c, k) && PHRASAL_PARTICLES.has(lower[k + 1]) && joined(c, k + 1) && lower[k + 2] === 'by') particle = ++k;
  for (let n = 0; particle < 0 && n < 2 && joined(c, k) && isMannerAdverb(lower[k + 1]); n++) k++;
  if (!joined(c, k) || lower[k + 1] !== 'by' || !joined(c, k + 1)) return null;
  const first = k + 2;
  const head = lower[first];
  const firstChar = head.charCodeAt(0);
  // "by one Shahab ...", "by two Britons": a number word before a name is a determiner, not a measure
  const countedName = NUMBER_WORDS.has(head) && first + 1 < c.sentenceEnd[first] && joined(c, first) && capitalisedAt(c, first + 1);
  if (!countedName && (NOT_AGENT_FIRST.has(head) || (firstChar >= 48 && firstChar <= 57) || AGENT_STOPS.has(head))) return null;
  if (head === 'the' && first + 1 < c.sentenceEnd[first] && NOT_AGENT_AFTER_THE.has(lower[first + 1])) return null;
  // "was created by stitching together ...": a gerund after "by" names the means, not who acted
  if (!capitalisedAt(c, first) && head.length > 4 && head.endsWith('ing')) return null;
  let end = first + 1;
  while (end - first < MAX_AGENT_WORDS && joined(c, end - 1)) {
    const w = lower[end];
    if (AGENT_STOPS.has(w) || (INNER_ADVERBS.has(w) && !AGENT_DETERMINERS.has(w) && w !== 'all' && w !== 'both' && w !== 'each')) break;
    const capitalised = capitalisedAt(c, end);
    if (!capitalised && w.length > 3 && (w.endsWith('ed') || w.endsWith('ing') || w.endsWith('ly'))) break;
    if (w === 'and') {
      const next = end + 1 < c.sentenceEnd[end] && joined(c, end) ? end + 1 : -1;
      if (next < 0) break;
      const n = lower[next];
      const nextCapitalised = capitalisedAt(c, next);
      const verbLike = (n.length > 4 && (n.endsWith('ed') || n.endsWith('ing') || n.endsWith('ly'))) || IRREGULAR_PARTICIPLES.has(n);
      if (!nextCapitalised && (verbLike || AGENT_STOPS.has(n) || AUXILIARIES.has(n) || PRONOUNS.has(n))) break;
    }
    end++;
  }
  // the word limit must not cut a name in two ("the Florida | Education Association")
  while (
    end - first >= MAX_AGENT_WORDS &&
    end < c.sentenceEnd[end - 1] &&
    joined(c, end - 1) &&
    capitalisedAt(c, end - 1) &&
    capitalisedAt(c, end)
  ) {
    if (end - first >= MAX_AGENT_WORDS + MAX_NAME_OVERRUN) return null;
    end++;
  }
  if (AGENT_DETERMINERS.has(lower[end - 1]) || lower[end - 1] === 'and') end--;
  if (end <= first) return null;
  if (PLACE_NOUNS.has(lower[end - 1])) return null;
  return { first, end, particle };
}

function isMannerAdverb(w: string): boolean {
  return (w.length > 4 && w.endsWith('ly')) || MANNER_ADVERBS.has(w);
}

/** Whether an agent phrase takes a plural verb: coordinated ("X and Y"), a plural pronoun, or a plural noun head. */
function pluralAgent(c: Context, agent: Agent, subject: string): boolean {
  if (agent.end - agent.first === 1 && SUBJECT_PRONOUNS.has(c.lower[agent.first])) return PLURAL_PRONOUNS.has(subject);
  for (let i = agent.first; i < agent.end; i++) if (c.lower[i] === 'and') return true;
  const head = c.lower[agent.end - 1];
  return !capitalisedAt(c, agent.end - 1) && head.length > 3 && head.endsWith('s') && !/(ss|us|is)$/.test(head);
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}

interface Construction {
  auxStart: number;
  participle: number;
  agent: Agent | null;
}

function message(c: Context, k: Construction, past: string): { text: string; start: number; end: number } {
  const { words } = c.tokens;
  const lastWord = k.agent ? k.agent.end - 1 : k.participle;
  const start = words[k.auxStart].start;
  const end = words[lastWord].end;
  const phrase = collapse(c.text.slice(start, end));
  if (!k.agent) return { text: `“${phrase}”: passive voice; consider saying who acted`, start, end };

  const agentText = collapse(c.text.slice(words[k.agent.first].start, words[k.agent.end - 1].end));
  const single = k.agent.end - k.agent.first === 1;
  const pronoun = single ? SUBJECT_PRONOUNS.get(c.lower[k.agent.first]) : undefined;
  const subject = pronoun ?? agentText;
  const chain: string[] = [];
  const adverbs: string[] = [];
  let negated = false;
  let beIndex = k.participle - 1;
  while (beIndex >= k.auxStart && !BE_FORMS.has(c.lower[beIndex]) && !GET_FORMS.has(c.lower[beIndex])) beIndex--;
  for (let i = k.auxStart; i < k.participle; i++) {
    const w = c.lower[i];
    if (NEGATIONS.has(w) || w === "n't") negated = true;
    if (i <= beIndex) chain.push(w);
    else adverbs.push(words[i].text);
  }
  const head = chain.join(' ');
  const participle = words[k.participle].text;
  const adverb = adverbs.length > 0 ? adverbs.join(' ') + ' ' : '';
  const particle = k.agent.particle >= 0 ? ` ${words[k.agent.particle].text}` : '';
  let active: string | null = null;
  if (!negated) {
    if (head === 'was' || head === 'were' || head === 'got') active = `${subject} ${adverb}${past}${particle}`;
    else if (head === 'had been') active = `${subject} had ${adverb}${participle}${particle}`;
    else if (head === 'has been' || head === 'have been') {
      active = `${subject} ${pluralAgent(c, k.agent, subject) ? 'have' : 'has'} ${adverb}${participle}${particle}`;
    }
  }
  const advice = active ? `try “${active} …”` : `try making “${subject}” the subject`;
  return { text: `“${phrase}”: passive voice; ${advice}`, start, end };
}

/** retext-passive can only add a construction this pass has not judged when punctuation stands between the be-form
 * and the next word ("was “beaten”"): only then is it worth running. */
export function retextPassiveCanAdd(text: string, tokens: ParagraphTokens, lower: readonly string[]): boolean {
  const { words, sentences } = tokens;
  for (const s of sentences) {
    for (let i = s.firstWord; i + 1 < s.endWord; i++) {
      if (!BE_FORMS.has(lower[i])) continue;
      for (let k = words[i].end; k < words[i + 1].start; k++) if (!isSpace(text.charCodeAt(k))) return true;
    }
  }
  return false;
}

/** Passive constructions: a form of be/get, optional adverbs, and a participle (regular -ed or irregular). */
export function passiveFindingsOf(
  text: string,
  tokens: ParagraphTokens,
  lower: readonly string[],
  retextPassive: readonly RetextHit[],
  quotes: QuoteIndex,
): LocalFinding[] {
  const { words, sentences } = tokens;
  const sentenceEnd: number[] = new Array<number>(words.length).fill(0);
  for (const s of sentences) for (let i = s.firstWord; i < s.endWord; i++) sentenceEnd[i] = s.endWord;
  const c: Context = { text, tokens, lower, sentenceEnd };

  const constructions: Construction[] = [];
  const pasts: string[] = [];
  // Word indices already judged after a be/get form (passive or not): retext-passive hits there are not re-added.
  const judged = new Set<number>();

  for (let i = 0; i < words.length; i++) {
    const aux = lower[i];
    const isBe = BE_FORMS.has(aux);
    const isGet = !isBe && GET_FORMS.has(aux);
    if (!isBe && !isGet) continue;
    let j = i;
    let inner = 0;
    let degree = false;
    while (inner <= MAX_INNER_ADVERBS && joined(c, j)) {
      const next = lower[j + 1];
      if (isAdverb(next) && participlePast(next) === null && !BE_FORMS.has(next)) {
        if (DEGREE_WORDS.has(next)) degree = true;
        j++;
        inner++;
        continue;
      }
      break;
    }
    if (!joined(c, j)) continue;
    const p = j + 1;
    const w = lower[p];
    if (BE_FORMS.has(w)) continue; // "was being repaired": the inner be-form starts its own check
    judged.add(p);
    const past = participlePast(w);
    if (past === null || degree || ALWAYS_ADJECTIVAL.has(w)) continue;
    if (isBe && i > 0 && lower[i - 1] === 'there' && joined(c, i - 1)) continue; // "there were mixed reviews"
    if (joined(c, p) && lower[p + 1] === 'to') {
      if (TO_IDIOMS.has(w)) continue;
      if (
        w === 'used' &&
        p + 2 < sentenceEnd[p] &&
        (lower[p + 2].endsWith('ing') || AGENT_DETERMINERS.has(lower[p + 2]) || lower[p + 2] === 'it')
      )
        continue;
    }
    const agent = agentAfter(c, p);
    if (!agent && (ADJECTIVAL.has(w) || (isGet && GET_ADJECTIVAL.has(w)))) continue;

    let auxStart = i;
    while (auxStart > 0 && AUXILIARIES.has(lower[auxStart - 1]) && joined(c, auxStart - 1)) auxStart--;
    constructions.push({ auxStart, participle: p, agent });
    pasts.push(past);
  }

  const claimed = new Set(constructions.map((k) => k.participle));
  if (retextPassive.length > 0) {
    const byStart = new Map<number, number>();
    for (let i = 0; i < words.length; i++) byStart.set(words[i].start, i);
    for (const hit of retextPassive) {
      const p = byStart.get(hit.start);
      if (p === undefined || p === 0 || claimed.has(p) || judged.has(p)) continue;
      claimed.add(p);
      constructions.push({ auxStart: p - 1, participle: p, agent: null });
      pasts.push(IRREGULAR_PARTICIPLES.get(lower[p]) ?? words[p].text);
    }
  }

  const findings: LocalFinding[] = [];
  for (let n = 0; n < constructions.length; n++) {
    const m = message(c, constructions[n], pasts[n]);
    if (quotes.overlaps(m.start, m.end)) continue;
    findings.push(makeFinding('passive-voice', { start: m.start, end: m.end, message: m.text, actual: text.slice(m.start, m.end) }));
  }
  return findings.sort((a, b) => a.start - b.start);
}
