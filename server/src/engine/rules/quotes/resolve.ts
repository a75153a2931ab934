// The document pass: links quotes across paragraphs (continuations, floating quotes, pronouns) and reports.

import { makeFinding } from '../../findings';
import type { BlockKind, Finding } from '../../types';
import { ASKING_LEMMAS, NON_SPEECH_LEMMAS } from './cues';
import { Discourse, type Entity, type PronounEvent } from './discourse';
import { actorBefore, misPaired } from './orphans';
import { makeMention, type CueFact, type ParagraphQuoteFacts, type QuoteFact } from './paragraph';
import { definite } from './speakers';

export type QuoteStatus = 'attributed' | 'floating' | 'unattributed' | 'scare';

export interface QuoteRecord {
  /** Document offsets, marks included. */
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  status: QuoteStatus;
  cue: string | null;
  /** Set when the source is weak: what credits the quote is not someone speaking (`a verb that is not a speech
   * verb`, `a document`, `the article's introduction`, `a sentence that sets it up`). */
  weak?: string;
  /** Index of the paragraph in the input. */
  paragraph: number;
}

export interface DocumentParagraph {
  start: number;
  kind: BlockKind;
  facts: ParagraphQuoteFacts;
}

/** What a paragraph hands on to the next one: who is speaking at its end. */
interface Handover {
  speaker: string | null;
  /** The last quote asked a question (`..., she asked.`): a bare quote after it is someone else's answer. */
  askedBy: string | null;
  /** The paragraph ends inside an open quote. */
  openQuote: { record: QuoteRecord; chain: QuoteRecord[] } | null;
}

const NO_HANDOVER: Handover = { speaker: null, askedBy: null, openQuote: null };
/** A paragraph of stray marks gets a handful of findings, not thousands. */
const MAX_UNCLOSED = 20;
const PRONOUN_FALLBACK: ReadonlyMap<string, string> = new Map([
  ['he', 'he'],
  ['she', 'she'],
]);

export interface ResolveOptions {
  /** Called with every pronoun the ranking resolves (the fitting script's view of the ranking). */
  trace?: (event: PronounEvent) => void;
}

function isHeadingKind(kind: BlockKind): boolean {
  return kind === 'headline' || kind === 'heading';
}

/** Whether a paragraph ends like a finished sentence (or a quote, a colon, a bracket). */
function endsSentence(para: DocumentParagraph): boolean {
  const { facts } = para;
  const last = facts.quotes[facts.quotes.length - 1];
  if (last && last.end >= facts.length - 2) return true;
  return facts.endsSentence;
}

/** What makes a source weak, in words for the ledger, or null for someone speaking. */
const WEAK_VERB = 'a verb that is not a speech verb';
const WEAK_DOCUMENT = 'a document';
const STANCE = 'a stance, not a speech verb';

function weakSource(cue: CueFact): string | null {
  if (NON_SPEECH_LEMMAS.has(cue.lemma)) return WEAK_VERB;
  if (cue.lemma === 'document') return WEAK_DOCUMENT;
  if (cue.lemma === 'set-up') return 'a sentence that sets it up';
  if (cue.lemma === 'stance') return STANCE;
  return null;
}

/** Who a cue credits: the entity its speaker mention belongs to (a pronoun resolved), shown as the ledger shows it. */
function speakerText(cue: CueFact | null, entities: Map<number, Entity>): string | null {
  if (!cue || !cue.speaker) return null;
  const entity = entities.get(cue.speaker.at);
  if (entity) return entity.display;
  return PRONOUN_FALLBACK.get(cue.speaker.text) ?? cue.speaker.text;
}

function unattributedMessage(previous: DocumentParagraph | null, handover: Handover, facts: ParagraphQuoteFacts): string {
  if (handover.askedBy) {
    return (
      `Quote has no speaker: it follows a question from ${handover.askedBy}, so it reads as someone's answer, ` + 'but nothing says whose.'
    );
  }
  const lead = 'Quote has no speaker: ';
  const named = facts.namedOnly
    ? `${facts.namedOnly} is named in the paragraph, but no speech verb (said, told, wrote, ...) credits the quote`
    : 'nothing in its sentence or paragraph says who said it';
  if (!previous) return `${lead}${named}, and nothing comes before it.`;
  if (isHeadingKind(previous.kind)) return `${lead}${named}, and it opens its section.`;
  // Someone speaks in the paragraph before, but a name acting in this one stops the quote going on from them.
  if (handover.speaker) return `${lead}${named}, and someone new comes in after ${handover.speaker} in the paragraph before.`;
  return `${lead}${named}, and the paragraph before quotes no one.`;
}

function finding(rule: Finding['rule'], start: number, end: number, message: string, actual: string, fixes?: Finding['fixes']): Finding {
  return makeFinding(rule, { start, end, message, actual, fixes });
}

function placeholderFixes(q: QuoteFact, offset: number): Finding['fixes'] {
  return [
    {
      title: 'Add an attribution to complete: [who] said',
      edits: q.fix.map((e) => ({ start: e.start + offset, end: e.end + offset, newText: e.newText })),
    },
  ];
}

export function resolveQuotes(
  paragraphs: DocumentParagraph[],
  options: ResolveOptions = {},
): { quotes: QuoteRecord[]; findings: Finding[] } {
  const quotes: QuoteRecord[] = [];
  const findings: Finding[] = [];
  const discourse = new Discourse(options.trace);
  let handover: Handover = NO_HANDOVER;
  const orphans: { record: QuoteRecord; finding: Finding }[] = [];

  for (let index = 0; index < paragraphs.length; index++) {
    const para = paragraphs[index];
    const { facts, start: offset } = para;
    const previous = index > 0 ? paragraphs[index - 1] : null;
    const heading = isHeadingKind(para.kind);
    // Mentions are read in order, so a pronoun is ranked against everyone named before it.
    const entities = new Map<number, Entity>();
    if (heading) {
      discourse.heading();
      if (index === 0) for (const m of facts.mentions) if (m.kind === 'name') discourse.mention(m, index, offset + m.at);
    } else {
      for (const m of facts.mentions) {
        const entity = discourse.mention(m, index, offset + m.at);
        if (entity) entities.set(m.at, entity);
      }
    }
    // A heading resets who is speaking, unless it is a fragment of a sentence broken over lines (`... told the` /
    // `News Letter` / `.`), which the paragraph before it leaves unfinished.
    const broken = index >= 2 && !endsSentence(paragraphs[index - 2]);
    const incoming = previous && isHeadingKind(previous.kind) && !broken ? NO_HANDOVER : handover;
    if (facts.slogansBack && previous && previous.facts.quotes.length === 1 && previous.facts.mentions.length === 0) {
      // `“...”` standing alone, then `... stuck that slogan to the wall`: a slogan named as such, not speech.
      const at = orphans.findIndex((o) => o.record.paragraph === index - 1);
      if (at >= 0) {
        orphans[at].record.status = 'scare';
        orphans.splice(at, 1);
      }
    }
    const records: QuoteRecord[] = [];
    // A speaker that every uncredited quote of this paragraph inherits (continuation or floating).
    let inherited: { speaker: string | null; how: 'continued' | 'floating' } | null = null;
    const hasOwnCredit = facts.quotes.some((q) => !q.scare && q.attribution !== null);
    let noted = false;

    for (let qi = 0; qi < facts.quotes.length; qi++) {
      const q = facts.quotes[qi];
      const record: QuoteRecord = {
        start: offset + q.start,
        end: offset + q.end,
        text: q.text,
        speaker: null,
        status: 'unattributed',
        cue: null,
        paragraph: index,
      };
      records.push(record);
      if (q.scare) {
        record.status = 'scare';
        continue;
      }
      if (qi === 0 && q.startsParagraph && incoming.openQuote) {
        // The news convention: a quote left open at a paragraph's end goes on when the next paragraph opens one.
        const earlier = incoming.openQuote.record;
        if (q.attribution && earlier.status === 'unattributed') {
          // The speaker named in a later paragraph of a quote that runs over several credits its first ones too.
          const speaker = speakerText(q.attribution, entities);
          for (const part of incoming.openQuote.chain) {
            part.status = 'attributed';
            part.speaker = speaker;
            part.cue = q.attribution.cue;
            const at = orphans.findIndex((o) => o.record === part);
            if (at >= 0) orphans.splice(at, 1);
          }
        }
        if (!q.attribution && earlier.status !== 'unattributed') {
          inherited = { speaker: earlier.speaker, how: 'continued' };
          record.status = earlier.status === 'floating' ? 'floating' : 'attributed';
          record.speaker = earlier.speaker;
          record.cue = earlier.cue;
          continue;
        }
      }
      if (q.attribution) {
        record.status = 'attributed';
        record.speaker = speakerText(q.attribution, entities);
        const weak = weakSource(q.attribution);
        if (weak) record.weak = weak;
        discourse.lastQuoteSpeaker = entities.get(q.attribution.speaker?.at ?? -1) ?? discourse.lastQuoteSpeaker;
        record.cue = q.attribution.cue;
        continue;
      }
      if (inherited) {
        record.status = inherited.how === 'floating' ? 'floating' : 'attributed';
        record.speaker = inherited.speaker;
        // One note a paragraph: crediting its first floating quote credits the quotes after it, as a cue does.
        if (record.status === 'floating' && !noted) {
          findings.push(floatingFinding(record, q, offset));
          noted = true;
        }
        continue;
      }
      const nextFacts = paragraphs[index + 1]?.facts;
      const creditLine = nextFacts?.creditLine ?? nextFacts?.creditsBefore;
      if (creditLine && (qi === facts.quotes.length - 1 || nextFacts?.creditsBefore) && !heading) {
        // A pull quote credited on the line under it.
        const entity = discourse.mention(
          makeMention(creditLine.speaker!, 'speaker', 0, false, false, null),
          index + 1,
          paragraphs[index + 1].start + creditLine.speaker!.at,
        );
        record.status = 'attributed';
        record.speaker = entity?.display ?? creditLine.speaker!.text;
        record.cue = creditLine.cue;
        continue;
      }
      if (
        !hasOwnCredit &&
        incoming.speaker !== null &&
        !incoming.askedBy &&
        (!q.namesBefore || (q.closed && !q.setUp && !actorBefore(facts, q)))
      ) {
        inherited = { speaker: incoming.speaker, how: 'floating' };
        record.status = 'floating';
        record.speaker = incoming.speaker;
        findings.push(floatingFinding(record, q, offset));
        noted = true;
        continue;
      }
      if (q.mentioned) {
        // Words the writer's sentence talks about (`“...” sounds great`), as a term is: not reported speech.
        record.status = 'scare';
        continue;
      }
      if (q.setUp) {
        // `Hale wants to ... . “...”`: no speech verb, but the sentence before gives whose view the quote puts.
        record.status = 'attributed';
        record.speaker = speakerText(q.setUp, entities);
        record.cue = q.setUp.cue;
        record.weak = STANCE;
        continue;
      }
      record.status = 'unattributed';
      // A span closed by a mark that opens the next quote was paired wrongly: the unmatched mark is reported instead.
      if (!heading && !misPaired(q, facts)) {
        orphans.push({
          record,
          finding: finding(
            'quote-unattributed',
            record.start,
            record.end,
            unattributedMessage(previous, incoming, facts),
            q.text,
            placeholderFixes(q, offset),
          ),
        });
      }
    }
    for (const r of records) quotes.push(r);

    for (const f of unclosedFindings(paragraphs, index)) findings.push(f);
    // A heading that only carries on a sentence broken over lines hands on who was speaking.
    handover =
      heading && previous !== null && !endsSentence(previous)
        ? { ...handover, openQuote: null }
        : handoverOf(para, records, entities, incoming);
  }
  // A quote collection or an as-told-to piece leaves most of its quotes uncredited: the person its headline or
  // introduction features speaks them. A lone uncredited quote in credited copy stays an orphan.
  const featured = orphans.length >= COLLECTION_ORPHANS ? discourse.featured(FEATURED_WITHIN) : null;
  for (const orphan of orphans) {
    if (featured) {
      orphan.record.status = 'attributed';
      orphan.record.speaker = featured.display;
      orphan.record.cue = 'introduction';
      orphan.record.weak = "the article's introduction";
    } else findings.push(orphan.finding);
  }
  findings.sort((a, b) => a.start - b.start);
  return { quotes, findings };
}

/** Characters of a paragraph that can be a beat between two lines of a scene (`She pauses.`). */
const SCENE_BEAT = 80;
/** A one-word beat (`Pause.`) keeps the speaker whatever it names. */
const SCENE_WORD = 12;

/** Uncredited quotes that make an article a collection (the edited sets hold one orphan per article). */
const COLLECTION_ORPHANS = 3;
/** Paragraphs from the top in which a collection's speaker must be introduced. */
const FEATURED_WITHIN = 4;

function floatingFinding(record: QuoteRecord, q: QuoteFact, offset: number): Finding {
  const who = record.speaker ?? 'the speaker introduced';
  const fixes: Finding['fixes'] = record.speaker
    ? [
        {
          title: `Credit the quote to ${record.speaker}`,
          edits: q.fix.map((e) => ({
            start: e.start + offset,
            end: e.end + offset,
            newText: e.newText.replace('[who]', record.speaker ?? '[who]'),
          })),
        },
      ]
    : undefined;
  return finding(
    'quote-floating',
    record.start,
    record.end,
    `Floating quote: credited to ${who} from the paragraph before.`,
    q.text,
    fixes,
  );
}

function handoverOf(para: DocumentParagraph, records: QuoteRecord[], entities: Map<number, Entity>, incoming: Handover): Handover {
  const facts = para.facts;
  // A picture caption dropped between two paragraphs of one quote (`Image: NASA.`): the quote goes on after it.
  if (incoming.openQuote && records.length === 0 && facts.cues.length === 0 && facts.caption) return incoming;
  // `She pauses.` between two lines of a scene: a short paragraph with no quote, no cue and nobody new named in it
  // keeps the speaker who was speaking.
  if (
    records.length === 0 &&
    facts.cues.length === 0 &&
    facts.introduces === null &&
    incoming.speaker !== null &&
    facts.length < SCENE_BEAT &&
    (facts.length < SCENE_WORD || (facts.mentions.length > 0 && facts.mentions.every((m) => m.kind === 'pronoun')))
  )
    return { ...incoming, openQuote: null };
  // `“Nooo!”` from the crowd between two questions of a speaker: an interjection answers the question, and the
  // speaker who asked goes on.
  if (
    records.length > 0 &&
    records.every((r) => r.status === 'scare') &&
    facts.cues.length === 0 &&
    facts.length < SCENE_WORD &&
    incoming.speaker
  )
    return { ...incoming, askedBy: null, openQuote: null };
  let speaker: string | null = null;
  let speakerAt = -1;
  let askedBy: string | null = null;
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (r.status === 'scare') continue;
    if (r.weak === WEAK_DOCUMENT || r.weak === WEAK_VERB) {
      // Words from a document or a non-speech verb are nobody speaking: they hand no speaker on.
      speaker = null;
      speakerAt = facts.quotes[i].start;
      askedBy = null;
    } else if (r.status === 'attributed' || r.status === 'floating') {
      speaker = r.speaker ?? speaker;
      speakerAt = facts.quotes[i].start;
      const cue = facts.quotes[i].attribution;
      askedBy = facts.quotes[i].question && cue && ASKING_LEMMAS.has(cue.lemma) ? r.speaker : null;
    } else {
      // An uncredited quote ends the chain: nobody is known to be speaking.
      speaker = null;
      speakerAt = facts.quotes[i].start;
      askedBy = null;
    }
  }
  const used = new Set(facts.quotes.filter((q) => !q.scare).map((q) => q.attribution?.start));
  for (const cue of facts.cues) {
    if (cue.start > speakerAt && cue.speaker && !used.has(cue.start)) {
      const who = speakerText(cue, entities);
      if (who) {
        speaker = who;
        speakerAt = cue.start;
        askedBy = null;
      }
    }
  }
  if (facts.introduces) {
    speaker = speakerText(facts.introduces, entities) ?? 'the speaker introduced';
    askedBy = null;
  }
  if (para.kind === 'blockquote' && speaker === null && records.length > 0 && records[0].status !== 'unattributed') {
    speaker = records[0].speaker;
  }
  const lastQuote = facts.quotes[facts.quotes.length - 1];
  const last = records[records.length - 1];
  // The uncredited parts of a quote still running: its earlier paragraphs' parts too, if it has run over several.
  const continued = records.length === 1 && facts.quotes[0].startsParagraph ? (incoming.openQuote?.chain ?? []) : [];
  const chain = last?.status === 'unattributed' ? [...continued.filter((r) => r.status === 'unattributed'), last] : [];
  const openQuote = lastQuote && !lastQuote.closed && lastQuote.end === facts.length ? { record: last, chain } : null;
  return { speaker: speaker ? shownForFloat(speaker) : null, askedBy, openQuote };
}

function shownForFloat(speaker: string): string {
  return definite(speaker);
}

/** quote-unclosed: a mark opened and never closed where the next paragraph does not go on with a new quote. */
function unclosedFindings(paragraphs: DocumentParagraph[], index: number): Finding[] {
  const para = paragraphs[index];
  const facts = para.facts;
  if (para.kind === 'blockquote') return [];
  const out: Finding[] = [];
  for (const q of facts.quotes) {
    if (q.missingClose !== undefined && out.length < MAX_UNCLOSED) {
      const start = para.start + q.start;
      out.push(
        finding(
          'quote-unclosed',
          start,
          start + 1,
          'Unclosed quote: the quote runs on into its own attribution; a closing mark is missing before it.',
          q.text.charAt(0),
          [
            {
              title: 'Close the quote before its attribution',
              edits: [{ start: para.start + q.missingClose, end: para.start + q.missingClose, newText: closingFor(q.text.charAt(0)) }],
            },
          ],
        ),
      );
      continue;
    }
    if (q.closed) continue;
    if (out.length >= MAX_UNCLOSED) break;
    const atEnd = q.end === facts.length || facts.quotes[facts.quotes.length - 1] === q;
    if (atEnd) {
      let next = paragraphs[index + 1];
      if (next && next.facts.caption && next.facts.quotes.length === 0) next = paragraphs[index + 2];
      const continues = next && !isHeadingKind(next.kind) && next.facts.quotes.length > 0 && next.facts.quotes[0].startsParagraph;
      // A pull quote whose closing mark ends the credit line under it (`"...` then `Ann Hale, mayor."`).
      const credited = next && next.facts.creditLine !== null && next.facts.strayClosers.length > 0;
      if (continues || credited) continue;
    }
    const start = para.start + q.start;
    const mark = q.text.startsWith("''") ? "''" : q.text.charAt(0);
    const message = atEnd
      ? 'Unclosed quote: this quotation mark is never closed, and the next paragraph does not go on with an opening mark.'
      : 'Unclosed quote: this quotation mark is never closed before the next quote opens.';
    out.push(
      finding(
        'quote-unclosed',
        start,
        start + mark.length,
        message,
        mark,
        atEnd
          ? [
              {
                title: 'Close the quote at the end of the paragraph',
                edits: [{ start: para.start + trimmedEnd(q), end: para.start + trimmedEnd(q), newText: closingFor(mark) }],
              },
            ]
          : undefined,
      ),
    );
  }
  const previous = index > 0 ? paragraphs[index - 1].facts : null;
  const closesPullQuote =
    facts.creditLine !== null && previous !== null && previous.quotes.some((q) => !q.closed && q.end === previous.length);
  for (const mark of facts.wrongWay) {
    const at = para.start + mark.at;
    out.push(
      finding('quote-unclosed', at, at + 1, `Wrong-way quotation mark: ${mark.mark} stands where ${mark.should} belongs.`, mark.mark, [
        { title: `Replace with ${mark.should}`, edits: [{ start: at, end: at + 1, newText: mark.should }], preferred: true },
      ]),
    );
  }
  for (const stray of closesPullQuote ? [] : facts.strayClosers) {
    out.push(
      finding(
        'quote-unclosed',
        para.start + stray.at,
        para.start + stray.at + stray.mark.length,
        'Unmatched quotation mark: this closing mark has no opening mark before it.',
        stray.mark,
      ),
    );
  }
  return out;
}

function trimmedEnd(q: QuoteFact): number {
  let end = q.text.length;
  while (end > 1 && /\s/.test(q.text.charAt(end - 1))) end--;
  return q.start + end;
}

function closingFor(open: string): string {
  if (open === '"' || open === "''") return open;
  if (open === '«') return '»';
  return '”';
}
