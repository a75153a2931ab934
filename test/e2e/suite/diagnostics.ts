import * as vscode from 'vscode';
import { waitFor } from './harness';

/** The rule id of a diagnostic (the server sends it as `code`, with a link to the rule's page). */
export function codeOf(d: vscode.Diagnostic): string {
  const code = d.code;
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function copydeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk');
}

export function describeDiagnostics(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return 'no diagnostics';
  return all
    .map((d) => `${d.source}/${codeOf(d)} ${rangeText(d.range)} ${vscode.DiagnosticSeverity[d.severity]} ${d.message}`)
    .join('\n    ');
}

export function rangeText(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

export function findDiagnostic(uri: vscode.Uri, code: string, range?: vscode.Range): vscode.Diagnostic | undefined {
  return copydeskDiagnostics(uri).find((d) => codeOf(d) === code && (!range || d.range.isEqual(range)));
}

/** Waits until the document has a Copydesk diagnostic with this code (and range, when given). */
export function waitForDiagnostic(uri: vscode.Uri, code: string, range?: vscode.Range): Promise<vscode.Diagnostic> {
  const where = range ? ` at ${rangeText(range)}` : '';
  return waitFor(
    `a ${code} diagnostic${where} in ${uri.path}`,
    () => findDiagnostic(uri, code, range),
    () => describeDiagnostics(uri),
  );
}

/** Waits until the document has no Copydesk diagnostic with this code (and range, when given). */
export async function waitForNoDiagnostic(uri: vscode.Uri, code: string, range?: vscode.Range): Promise<void> {
  const where = range ? ` at ${rangeText(range)}` : '';
  await waitFor(
    `the ${code} diagnostic${where} in ${uri.path} to go away`,
    () => (findDiagnostic(uri, code, range) ? undefined : true),
    () => describeDiagnostics(uri),
  );
}
