import * as vscode from 'vscode';
import { NEWS_DRAFT, type DraftPolicy } from './draftPolicy';
import { configuredLanguages, SCHEMES } from './settings';

/** A plain-text draft opens as a news draft, whose editor wraps long lines (the manifest's configurationDefaults):
 * every paragraph of a .txt draft is then visible, and other text files keep opening as they did. Each file is
 * switched once a session, so a user who picks Plain Text again keeps it. */
export function wrapPlainTextDrafts(policy: DraftPolicy): vscode.Disposable {
  const switched = new Set<string>();
  const wrap = (document: vscode.TextDocument): void => {
    if (document.languageId !== 'plaintext' || !SCHEMES.includes(document.uri.scheme)) return;
    const key = document.uri.toString();
    if (switched.has(key) || !configuredLanguages().includes(NEWS_DRAFT) || !policy.isDraft(document)) return;
    switched.add(key);
    void vscode.languages.setTextDocumentLanguage(document, NEWS_DRAFT).then(undefined, () => undefined);
  };
  const all = (): void => vscode.workspace.textDocuments.forEach(wrap);
  void policy.ready.then(all);
  return vscode.Disposable.from(vscode.workspace.onDidOpenTextDocument(wrap), policy.onDidChange(all));
}
