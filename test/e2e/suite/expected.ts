import * as vscode from 'vscode';
import expected from '../fixtures/expected.json';

type Quad = readonly [number, number, number, number];
const severities: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};
const quad = (r: number[]): Quad => [r[0], r[1], r[2], r[3]];

/** What the fixture workspace must produce (shared with the Neovim test through fixtures/expected.json). */
export const EXPECTED = {
  draft: {
    file: expected.draft.file,
    quote: { ...expected.draft.quote, range: quad(expected.draft.quote.range), severity: severities[expected.draft.quote.severity] },
    name: {
      ...expected.draft.name,
      range: quad(expected.draft.name.range),
      severity: severities[expected.draft.name.severity],
      related: expected.draft.name.related.map(quad),
    },
  },
  markdown: { ...expected.markdown, range: quad(expected.markdown.range) },
  plaintext: {
    ...expected.plaintext,
    range: quad(expected.plaintext.range),
    insert: { ...expected.plaintext.insert, range: quad(expected.plaintext.insert.range) },
  },
};
