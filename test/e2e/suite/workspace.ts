import * as vscode from 'vscode';

export const EXTENSION_ID = 'copydesk.copydesk';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs the fixture workspace folder open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

export function range(r: readonly [number, number, number, number]): vscode.Range {
  return new vscode.Range(r[0], r[1], r[2], r[3]);
}

/** Whether the fixture workspace holds this file (the seed article is copied in only when it is on disk). */
export async function hasFile(name: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(workspaceFile(name));
    return true;
  } catch {
    return false;
  }
}

/** Opens a file and waits until it has the language it settles on (a plain-text draft becomes a news draft), then
 * returns an editor on that document. */
export async function openAs(name: string, languageId: string): Promise<vscode.TextEditor> {
  const uri = workspaceFile(name);
  await open(name);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (document?.languageId === languageId) return vscode.window.showTextDocument(document, { preview: false });
    if (Date.now() > deadline) throw new Error(`${name} opened as ${document?.languageId ?? 'nothing'}, not ${languageId}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
