// The document pass: links quotes across paragraphs (continuations, floating quotes, pronouns) and reports.

import { makeFinding } from '../../findings';
import type { BlockKind, Finding } from '../../types';
import { ASKING_LEMMAS } from './cues';
import type { CueFact, ParagraphQuoteFacts, QuoteFact } from './paragraph';
import { definite, isPersonLike, type SpeakerRef } from './speakers';

export type QuoteStatus = 'attributed' | 'floating' | 'unattributed' | 'scare';

export interface QuoteRecord {
  /** Document offsets, marks included. */
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  status: QuoteStatus;
  cue: string | null;
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
  openQuote: { record: QuoteRecord } | null;
}

const NO_HANDOVER: Handover = { speaker: null, askedBy: null, openQuote: null };
const MAX_LOOKBACK = 6;
/** A paragraph of stray marks gets a handful of findings, not thousands. */
const MAX_UNCLOSED = 20;
const PRONOUN_FALLBACK: ReadonlyMap<string, string> = new Map([
  ['he', 'he'],
  ['she', 'she'],
]);

function isHeadingKind(kind: BlockKind): boolean {
  return kind === 'headline' || kind === 'heading';
}

/** Resolves a pronoun speaker to the nearest compatible name or role before it. */
function resolvePronoun(ref: SpeakerRef, paragraphs: DocumentParagraph[], index: number, knownSurnames: Set<string>): string {
  const wantsPerson = ref.text === 'he' || ref.text === 'she' || ref.text === 'I';
  const wantsThing = ref.text === 'it';
  const fits = (m: SpeakerRef): boolean => {
    if (m.kind === 'pronoun') return false;
    if (m.kind === 'single') return !wantsThing && knownSurnames.has(m.text);
    if (wantsPerson) return isPersonLike(m.kind);
    if (wantsThing) return m.kind === 'thing';
    return m.kind === 'thing' || (m.kind === 'role' && /s$/.test(m.text));
  };
  for (let i = index, hops = 0; i >= 0 && hops <= MAX_LOOKBACK; i--, hops++) {
    const mentions = paragraphs[i].facts.mentions;
    for (let m = mentions.length - 1; m >= 0; m--) {
      const mention = mentions[m];
      if (i === index && mention.at >= ref.at) continue;
      if (fits(mention)) return shownAsBackReference(mention);
    }
    if (isHeadingKind(paragraphs[i].kind) && i !== index) break;
  }
  return PRONOUN_FALLBACK.get(ref.text) ?? ref.text;
}

function shownAsBackReference(ref: SpeakerRef): string {
  return ref.kind === 'role' || ref.kind === 'thing' ? definite(ref.text) : ref.text;
}

const surnamesCache = new WeakMap<ParagraphQuoteFacts, string[]>();

/** The names a paragraph mentions, whole and by surname (worked out once per paragraph's facts). */
function surnamesOf(facts: ParagraphQuoteFacts, into: Set<string>): void {
  let names = surnamesCache.get(facts);
  if (names === undefined) {
    names = [];
    for (const m of facts.mentions) {
      if (m.kind !== 'name') continue;
      const parts = m.text.split(' ');
      names.push(parts[parts.length - 1], m.text);
    }
    surnamesCache.set(facts, names);
  }
  for (const name of names) into.add(name);
}

function speakerText(cue: CueFact | null, paragraphs: DocumentParagraph[], index: number, surnames: Set<string>): string | null {
  if (!cue || !cue.speaker) return null;
  if (cue.speaker.kind === 'pronoun') return resolvePronoun(cue.speaker, paragraphs, index, surnames);
  return cue.speaker.text;
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

export function resolveQuotes(paragraphs: DocumentParagraph[]): { quotes: QuoteRecord[]; findings: Finding[] } {
  const quotes: QuoteRecord[] = [];
  const findings: Finding[] = [];
  const surnames = new Set<string>();
  let handover: Handover = NO_HANDOVER;

  for (let index = 0; index < paragraphs.length; index++) {
    const para = paragraphs[index];
    const { facts, start: offset } = para;
    surnamesOf(facts, surnames);
    const previous = index > 0 ? paragraphs[index - 1] : null;
    const heading = isHeadingKind(para.kind);
    const incoming = previous && isHeadingKind(previous.kind) ? NO_HANDOVER : handover;
    const records: QuoteRecord[] = [];
    // A speaker that every uncredited quote of this paragraph inherits (continuation or floating).
    let inherited: { speaker: string | null; how: 'continued' | 'floating' } | null = null;
    const hasOwnCredit = facts.quotes.some((q) => !q.scare && q.attribution !== null);

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
        record.speaker = speakerText(q.attribution, paragraphs, index, surnames);
        record.cue = q.attribution.cue;
        continue;
      }
      if (inherited) {
        record.status = inherited.how === 'floating' ? 'floating' : 'attributed';
        record.speaker = inherited.speaker;
        if (record.status === 'floating') {
          findings.push(floatingFinding(record, q, offset));
        }
        continue;
      }
      if (!hasOwnCredit && incoming.speaker !== null && !incoming.askedBy && !q.namesBefore) {
        inherited = { speaker: incoming.speaker, how: 'floating' };
        record.status = 'floating';
        record.speaker = incoming.speaker;
        findings.push(floatingFinding(record, q, offset));
        continue;
      }
      record.status = 'unattributed';
      if (!heading) {
        findings.push(
          finding(
            'quote-unattributed',
            record.start,
            record.end,
            unattributedMessage(previous, incoming, facts),
            q.text,
            placeholderFixes(q, offset),
          ),
        );
      }
    }
    for (const r of records) quotes.push(r);

    for (const f of unclosedFindings(paragraphs, index)) findings.push(f);
    handover = handoverOf(para, records, index, paragraphs, surnames);
  }
  return { quotes, findings };
}

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

function handoverOf(
  para: DocumentParagraph,
  records: QuoteRecord[],
  index: number,
  paragraphs: DocumentParagraph[],
  surnames: Set<string>,
): Handover {
  const facts = para.facts;
  let speaker: string | null = null;
  let speakerAt = -1;
  let askedBy: string | null = null;
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (r.status === 'scare') continue;
    if (r.status === 'attributed' || r.status === 'floating') {
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
      const who = speakerText(cue, paragraphs, index, surnames);
      if (who) {
        speaker = who;
        speakerAt = cue.start;
        askedBy = null;
      }
    }
  }
  if (facts.introduces) {
    speaker = speakerText(facts.introduces, paragraphs, index, surnames) ?? 'the speaker introduced';
    askedBy = null;
  }
  if (para.kind === 'blockquote' && speaker === null && records.length > 0 && records[0].status !== 'unattributed') {
    speaker = records[0].speaker;
  }
  const lastQuote = facts.quotes[facts.quotes.length - 1];
  const openQuote = lastQuote && !lastQuote.closed && lastQuote.end === facts.length ? { record: records[records.length - 1] } : null;
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
    if (q.closed) continue;
    if (out.length >= MAX_UNCLOSED) break;
    const atEnd = q.end === facts.length || facts.quotes[facts.quotes.length - 1] === q;
    if (atEnd) {
      const next = paragraphs[index + 1];
      const continues = next && !isHeadingKind(next.kind) && next.facts.quotes.length > 0 && next.facts.quotes[0].startsParagraph;
      if (continues) continue;
    }
    const start = para.start + q.start;
    const message = atEnd
      ? 'Unclosed quote: this quotation mark is never closed, and the next paragraph does not go on with an opening mark.'
      : 'Unclosed quote: this quotation mark is never closed before the next quote opens.';
    out.push(
      finding(
        'quote-unclosed',
        start,
        start + 1,
        message,
        q.text.charAt(0),
        atEnd
          ? [
              {
                title: 'Close the quote at the end of the paragraph',
                edits: [{ start: para.start + trimmedEnd(q), end: para.start + trimmedEnd(q), newText: closingFor(q.text.charAt(0)) }],
              },
            ]
          : undefined,
      ),
    );
  }
  for (const stray of facts.strayClosers) {
    out.push(
      finding(
        'quote-unclosed',
        para.start + stray.at,
        para.start + stray.at + 1,
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
  if (open === '"') return '"';
  if (open === '«') return '»';
  return '”';
}
