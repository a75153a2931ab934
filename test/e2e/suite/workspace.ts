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
