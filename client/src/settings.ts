import * as vscode from 'vscode';

export const SECTION = 'copydesk';
export const DEFAULT_LANGUAGES = ['markdown', 'plaintext', 'news-draft'];
/** Documents of other schemes (git, output, virtual file systems) are never sent to the server. */
export const SCHEMES = ['file', 'untitled'];

/** copydesk.languages is window-scoped: read once per language client, a change restarts the client. */
export function configuredLanguages(): string[] {
  const value = vscode.workspace.getConfiguration(SECTION).get<unknown>('languages');
  if (!Array.isArray(value)) return DEFAULT_LANGUAGES;
  const languages = value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return [...new Set(languages.map((v) => v.trim()))];
}

export function isEnabledFor(uri: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration(SECTION, uri).get<boolean>('enable', true);
}

export type RunMode = 'onType' | 'onSave' | 'manual';

export function runModeFor(uri: vscode.Uri): RunMode {
  const mode = vscode.workspace.getConfiguration(SECTION, uri).get<string>('run', 'onType');
  return mode === 'onSave' || mode === 'manual' ? mode : 'onType';
}

export function maxDocumentSizeFor(uri: vscode.Uri): number {
  return vscode.workspace.getConfiguration(SECTION, uri).get<number>('maxDocumentSize', 2_000_000);
}
