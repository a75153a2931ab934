import * as vscode from 'vscode';
import type { LspRange } from '../../server/src/protocol';
import type { ActiveDraft } from './activeDraft';
import type { ClientHost } from './clientHost';
import type { DraftPolicy } from './draftPolicy';
import type { FactsStore } from './factsStore';
import type { ReportPanel } from './reportPanel';
import { SECTION } from './settings';
import { REVEAL_COMMAND } from './views/draftTree';

export const HOUSE_STYLE_FILE = '.copydesk.json';

/** What "Copydesk: Open House Style" writes when the folder has none. Without a "$schema" key on purpose: the
 * extension's jsonValidation already maps the file to its schema, and an in-file "$schema" would take precedence over
 * that mapping, so a URL that does not resolve would switch validation off. */
export const HOUSE_STYLE_SKELETON = `${JSON.stringify({ rules: {}, names: [] }, null, 2)}\n`;

interface Services {
  host: ClientHost;
  store: FactsStore;
  draft: ActiveDraft;
  report: ReportPanel;
  policy: DraftPolicy;
}

export const CHECK_THIS_FILE = 'copydesk.checkThisFile';

export function registerCommands({ host, draft, report, policy }: Services): vscode.Disposable[] {
  const explainNotChecked = (document: vscode.TextDocument) => explain(host, policy, document);
  /** The document a command acts on: the active editor's, else the draft the views show. */
  const target = (): vscode.TextDocument | undefined => vscode.window.activeTextEditor?.document ?? draft.document;

  return [
    vscode.commands.registerCommand('copydesk.checkDocument', async () => {
      const document = target();
      if (!document) {
        void vscode.window.showInformationMessage('Copydesk: open a draft to check it.');
        return;
      }
      if (!host.isChecked(document)) {
        await explainNotChecked(document);
        return;
      }
      try {
        await host.checkNow(document);
        vscode.window.setStatusBarMessage('$(check) Copydesk: draft checked', 2500);
      } catch (error) {
        void vscode.window.showErrorMessage(`Copydesk: the check failed (${errorText(error)}).`);
      }
    }),

    vscode.commands.registerCommand('copydesk.restartServer', async () => {
      await host.restart();
      draft.refresh(true);
    }),

    vscode.commands.registerCommand('copydesk.showReport', async () => {
      const document = draft.document ?? target();
      if (!document) {
        void vscode.window.showInformationMessage('Copydesk: open a draft to see its report.');
        return;
      }
      if (!host.isChecked(document)) {
        await explainNotChecked(document);
        return;
      }
      await report.show(document);
    }),

    vscode.commands.registerCommand(CHECK_THIS_FILE, async (uri?: unknown) => {
      const document =
        uri instanceof vscode.Uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : target();
      if (!document) {
        void vscode.window.showInformationMessage('Copydesk: open a file to check it.');
        return;
      }
      if (host.isChecked(document)) {
        await vscode.commands.executeCommand('copydesk.checkDocument');
        return;
      }
      if (!host.couldCheck(document)) {
        await explainNotChecked(document);
        return;
      }
      try {
        // The include setting changes, which restarts the language client with this file among the drafts.
        await policy.include(document.uri);
      } catch (error) {
        void vscode.window.showErrorMessage(`Copydesk: could not add the file to copydesk.include (${errorText(error)}).`);
      }
    }),

    vscode.commands.registerCommand(REVEAL_COMMAND, revealRange),

    vscode.commands.registerCommand('copydesk.openHouseStyle', openHouseStyle),
  ];
}

async function explain(host: ClientHost, policy: DraftPolicy, document: vscode.TextDocument): Promise<void> {
  const open = 'Open Settings';
  const check = 'Check This File';
  const draftLike = host.couldCheck(document) && !policy.isDraft(document);
  const choice = await vscode.window.showInformationMessage(
    draftLike
      ? 'Copydesk checks news drafts (.draft files), files in a folder with a .copydesk.json, and files listed in ' +
          'copydesk.include. Check this file too?'
      : `Copydesk does not check this document (language "${document.languageId}", scheme "${document.uri.scheme}"). ` +
          'Drafts on disk or untitled, in a language listed in copydesk.languages, are checked when copydesk.enable is on.',
    ...(draftLike ? [check, open] : [open]),
  );
  if (choice === open) await vscode.commands.executeCommand('workbench.action.openSettings', SECTION);
  if (choice === check) await vscode.commands.executeCommand(CHECK_THIS_FILE, document.uri);
}

async function revealRange(uri: unknown, range: unknown): Promise<void> {
  if (typeof uri !== 'string' || !isLspRange(range)) return;
  const target = vscode.Uri.parse(uri, true);
  const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString());
  const document = visible?.document ?? (await vscode.workspace.openTextDocument(target));
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: visible?.viewColumn,
    selection,
    preserveFocus: false,
  });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function isLspRange(value: unknown): value is LspRange {
  const r = value as LspRange | undefined;
  return (
    typeof r?.start?.line === 'number' &&
    typeof r.start.character === 'number' &&
    typeof r.end?.line === 'number' &&
    typeof r.end.character === 'number'
  );
}

async function openHouseStyle(): Promise<void> {
  const folder = await pickFolder();
  if (!folder) return;
  const uri = vscode.Uri.joinPath(folder.uri, HOUSE_STYLE_FILE);
  if (!(await exists(uri))) {
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(HOUSE_STYLE_SKELETON));
    } catch (error) {
      void vscode.window.showErrorMessage(`Copydesk: could not create ${HOUSE_STYLE_FILE} (${errorText(error)}).`);
      return;
    }
  }
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage(
      `Copydesk: the house style (${HOUSE_STYLE_FILE}) lives at the root of a workspace folder. Open a folder first.`,
    );
    return undefined;
  }
  const active = vscode.window.activeTextEditor?.document.uri;
  const owner = active && vscode.workspace.getWorkspaceFolder(active);
  if (owner) return owner;
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: `Folder whose ${HOUSE_STYLE_FILE} to open` });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
