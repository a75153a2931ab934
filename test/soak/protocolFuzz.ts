// Random incremental edits over the real protocol, checked against a fresh analysis: the built server (with its
// analysis workers) keeps many drafts open and is sent edits the way an editor sends them (ranges in the version
// before, several changes per notification, several drafts at once), and after each round every edited draft's
// published diagnostics must equal those of a fresh whole-draft analysis of the same text, and every tenth round its
// facts too. Edits: typing and deleting hostile pieces, pasting paragraphs, moving a paragraph, CRLF, undo runs back
// to an earlier version, whole-text replacement; settings flip now and then.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { analyse } from '../../server/src/engine/analyse';
import { parseHouseStyle } from '../../server/src/engine/config';
import { optionsForDraft } from '../../server/src/engine/houseStyleLookup';
import { LineIndex } from '../../server/src/engine/positions';
import { diagnosticsOf, toDraftFacts } from '../../server/src/lsp/convert';
import { fileUri, startServer, type Harness } from '../protocol/harness';
import { piece, prose, splitsPair } from '../stress/hostile-arbitraries';

export interface FuzzResult {
  edits: number;
  rounds: number;
  comparisons: number;
  factComparisons: number;
  settingsFlips: number;
  differences: string[];
  seconds: number;
}

/** A small seeded generator: the same seed gives the same session. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUSE_STYLE = {
  terms: [
    { use: 'Kyiv', instead: ['Kiev'] },
    { use: 'ferry', instead: ['c++', 'a.b'] },
  ],
  names: [{ preferred: 'Marlow', variants: ['Marlowe'] }],
  acronyms: ['QRT'],
  overrides: [{ files: ['wire/**'], rules: { 'passive-voice': 'off' } }],
};

interface Draft {
  uri: string;
  file: string;
  languageId: string;
  text: string;
  version: number;
  /** Earlier texts, for undo runs. */
  history: string[];
}

interface Change {
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

export async function runProtocolFuzz(options: {
  edits: number;
  documents?: number;
  seed?: number;
  log?: (line: string) => void;
}): Promise<FuzzResult> {
  const started = performance.now();
  const rand = random(options.seed ?? 1);
  const int = (n: number) => Math.floor(rand() * n);
  const pieces = fc.sample(piece, { numRuns: 20_000, seed: options.seed ?? 1 });
  const paragraphs = fc.sample(prose(3), { numRuns: 2_000, seed: (options.seed ?? 1) + 1 }).filter((p) => p.length > 0);
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-fuzz-'));
  writeFileSync(path.join(dir, '.copydesk.json'), JSON.stringify(HOUSE_STYLE));
  const style = { file: path.join(dir, '.copydesk.json'), style: parseHouseStyle(JSON.stringify(HOUSE_STYLE)).style };
  const result: FuzzResult = { edits: 0, rounds: 0, comparisons: 0, factComparisons: 0, settingsFlips: 0, differences: [], seconds: 0 };
  const h: Harness = await startServer({
    workspaceFolder: dir,
    initializationOptions: { debounceMs: 0 },
    keepPublished: false,
    settings: {},
  });
  const drafts: Draft[] = [];
  try {
    const count = options.documents ?? 20;
    for (let i = 0; i < count; i++) {
      const markdown = i % 2 === 0;
      const file = path.join(dir, i % 5 === 0 ? 'wire' : '', `draft-${i}.${markdown ? 'md' : 'txt'}`);
      const d: Draft = {
        uri: fileUri(file),
        file,
        languageId: markdown ? 'markdown' : 'plaintext',
        text: paragraphs[int(paragraphs.length)],
        version: 1,
        history: [],
      };
      drafts.push(d);
      const next = h.nextDiagnostics(d.uri, (p) => p.version === 1, 60_000);
      await h.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: d.uri, languageId: d.languageId, version: 1, text: d.text },
      });
      await next;
    }

    // An editor's offsets never fall inside a surrogate pair or between the CR and LF of a line break (there is
    // no position there in the protocol).
    const safe = (text: string, offset: number) =>
      splitsPair(text, offset) || (text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10) ? offset - 1 : offset;
    /** One random edit to `text`: the changes as sent (each range in the text the one before leaves), and the text
     * after them. */
    const oneEdit = (text: string, history: string[]): [Change[], string] => {
      const lines = new LineIndex(text);
      const range = (start: number, end: number) => ({ start: lines.positionAt(start), end: lines.positionAt(end) });
      const at = safe(text, int(text.length + 1));
      const kind = rand();
      let start = at;
      let end = at;
      let insert = '';
      if (kind < 0.35) insert = pieces[int(pieces.length)] + (rand() < 0.5 ? pieces[int(pieces.length)] : '');
      else if (kind < 0.55) end = safe(text, Math.min(text.length, at + 1 + int(40)));
      else if (kind < 0.7) {
        end = safe(text, Math.min(text.length, at + int(20)));
        insert = pieces[int(pieces.length)];
      } else if (kind < 0.78) insert = `\n\n${paragraphs[int(paragraphs.length)]}\n\n`;
      else if (kind < 0.84) insert = rand() < 0.5 ? '\r\n' : '\r\n\r\n';
      else if (kind < 0.9 && history.length > 0) {
        // An undo run: back to an earlier version, sent as the one range that differs.
        const target = history[int(history.length)];
        let prefix = 0;
        while (prefix < text.length && prefix < target.length && text[prefix] === target[prefix]) prefix++;
        let suffix = 0;
        while (
          suffix < text.length - prefix &&
          suffix < target.length - prefix &&
          text[text.length - 1 - suffix] === target[target.length - 1 - suffix]
        )
          suffix++;
        start = safe(text, prefix);
        end = text.length - suffix;
        if (splitsPair(text, end) || (text.charCodeAt(end - 1) === 13 && text.charCodeAt(end) === 10)) end++;
        insert = target.slice(start, target.length - (text.length - end));
      } else if (kind < 0.97) {
        // A paragraph moved: cut from one blank line to the next, pasted elsewhere (two changes).
        // Cut where a position can say: never between the CR and LF of a line break.
        const from = safe(text, text.lastIndexOf('\n\n', at));
        const to = safe(text, text.indexOf('\n\n', at));
        if (from >= 0 && to > from) {
          const cut = text.slice(from, to);
          const rest = text.slice(0, from) + text.slice(to);
          const target = safe(rest, int(rest.length + 1));
          const there = new LineIndex(rest).positionAt(target);
          return [
            [
              { range: range(from, to), text: '' },
              { range: { start: there, end: there }, text: cut },
            ],
            rest.slice(0, target) + cut + rest.slice(target),
          ];
        }
        insert = pieces[int(pieces.length)];
      } else {
        const whole = paragraphs[int(paragraphs.length)];
        return [[{ text: whole }], whole];
      }
      return [[{ range: range(start, end), text: insert }], text.slice(0, start) + insert + text.slice(end)];
    };

    while (result.edits < options.edits) {
      result.rounds++;
      if (result.rounds % 100 === 0) {
        // A settings flip: the server reads them again for every draft.
        const s = h.settings as Record<string, unknown>;
        s.styleInQuotes = rand() < 0.5;
        s.spelling = ['auto', 'british', 'american'][int(3)];
        s.sentenceLength = { maxWords: 10 + int(40) };
        s.rules = rand() < 0.5 ? {} : { 'passive-voice': 'error', 'quote-floating': 'off' };
        await h.connection.sendNotification('workspace/didChangeConfiguration', { settings: { copydesk: s } });
        result.settingsFlips++;
      }
      // A few drafts edited at once, each with one to three notifications of one to three changes.
      const chosen = new Set<Draft>();
      const width = 1 + int(3);
      while (chosen.size < width) chosen.add(drafts[int(drafts.length)]);
      const waits: Promise<unknown>[] = [];
      for (const d of chosen) {
        const notes = 1 + int(3);
        for (let n = 0; n < notes; n++) {
          const changes: Change[] = [];
          const perNote = 1 + int(3);
          for (let c = 0; c < perNote; c++) {
            const [edit, after] = oneEdit(d.text, d.history);
            changes.push(...edit);
            d.text = after;
            result.edits++;
          }
          if (d.text.length > 6_000) {
            changes.push({ text: d.text.slice(0, 2_000) });
            d.text = d.text.slice(0, 2_000);
          }
          d.version++;
          await h.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: d.uri, version: d.version },
            contentChanges: changes,
          });
        }
        if (rand() < 0.3) d.history.push(d.text);
        if (d.history.length > 5) d.history.shift();
        waits.push(
          h
            .nextDiagnostics(d.uri, (p) => p.version === d.version, 120_000)
            .then((p) => {
              const settings = h.settings as Record<string, unknown>;
              const fresh = analyse(
                d.text,
                optionsForDraft(d.languageId === 'markdown' ? 'markdown' : 'plaintext', settings, style, d.file).options,
              );
              const expected = diagnosticsOf(fresh, d.version, d.uri, new LineIndex(d.text));
              result.comparisons++;
              if (!isDeepStrictEqual(p.diagnostics, expected) && result.differences.length < 20) {
                result.differences.push(`${d.uri} v${d.version}: ${JSON.stringify({ text: d.text, published: p.diagnostics, expected })}`);
              }
              return fresh;
            }),
        );
      }
      const fresh = await Promise.all(waits);
      if (result.rounds % 10 === 0) {
        const d = [...chosen][0];
        const facts = await h.connection.sendRequest('copydesk/draftFacts', { uri: d.uri });
        const expected = toDraftFacts(d.uri, d.version, fresh[0] as ReturnType<typeof analyse>, new LineIndex(d.text));
        result.factComparisons++;
        if (!isDeepStrictEqual(facts, expected) && result.differences.length < 20) {
          result.differences.push(`${d.uri} v${d.version} facts: ${JSON.stringify({ text: d.text, facts, expected })}`);
        }
      }
      if (result.rounds % 1_000 === 0)
        options.log?.(`  ${result.edits} edits, ${result.comparisons} comparisons, ${result.differences.length} differences`);
    }
  } finally {
    await h.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  result.seconds = Math.round((performance.now() - started) / 1000);
  return result;
}
