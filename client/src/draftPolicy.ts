import picomatch from 'picomatch';
import * as vscode from 'vscode';
import { SECTION } from './settings';

export const NEWS_DRAFT = 'news-draft';
export const HOUSE_STYLE_FILE = '.copydesk.json';
const INCLUDE = 'include';

/** Which documents are drafts. A developer's README must not light up, so besides news drafts (.draft files) Copydesk
 * checks only files in a folder that holds a house style (.copydesk.json, there or in a folder above) and files the
 * user opts in by glob (`copydesk.include`, which "Check this file" extends). */
export class DraftPolicy implements vscode.Disposable {
  /** Folders that hold a .copydesk.json, as path prefixes ending in "/". */
  private styleFolders = new Set<string>();
  private matchers: { folder: vscode.Uri | undefined; match: (path: string) => boolean }[] = [];
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when a document's answer may have changed (a house style file came or went, the include globs changed). */
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[];
  readonly ready: Promise<void>;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${HOUSE_STYLE_FILE}`, false, true, false);
    this.subscriptions = [
      this.emitter,
      watcher,
      watcher.onDidCreate((uri) => this.styleFile(uri, true)),
      watcher.onDidDelete((uri) => this.styleFile(uri, false)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.${INCLUDE}`)) {
          this.readIncludes();
          this.emitter.fire();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.readIncludes();
        void this.findStyleFiles().then(() => this.emitter.fire());
      }),
    ];
    this.readIncludes();
    this.ready = this.findStyleFiles();
  }

  /** Whether Copydesk checks this document (its language and scheme are checked separately). */
  isDraft(document: vscode.TextDocument): boolean {
    if (document.languageId === NEWS_DRAFT) return true;
    const uri = document.uri;
    if (uri.scheme !== 'file') return false;
    return this.inStyleFolder(uri) || this.included(uri);
  }

  /** Adds the file to `copydesk.include`, in its workspace folder's settings (the user's when it has none). */
  async include(uri: vscode.Uri): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const config = vscode.workspace.getConfiguration(SECTION, uri);
    const pattern = folder ? vscode.workspace.asRelativePath(uri, false) : uri.fsPath;
    const target = folder
      ? (vscode.workspace.workspaceFolders?.length ?? 0) > 1
        ? vscode.ConfigurationTarget.WorkspaceFolder
        : vscode.ConfigurationTarget.Workspace
      : vscode.ConfigurationTarget.Global;
    const inspected = config.inspect<string[]>(INCLUDE);
    const current =
      target === vscode.ConfigurationTarget.WorkspaceFolder
        ? inspected?.workspaceFolderValue
        : target === vscode.ConfigurationTarget.Workspace
          ? inspected?.workspaceValue
          : inspected?.globalValue;
    const list = Array.isArray(current) ? current.filter((g): g is string => typeof g === 'string') : [];
    if (!list.includes(pattern)) await config.update(INCLUDE, [...list, pattern], target);
  }

  private inStyleFolder(uri: vscode.Uri): boolean {
    return ancestors(uri.path).some((dir) => this.styleFolders.has(dir));
  }

  private included(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    for (const m of this.matchers) {
      if (m.folder === undefined) {
        if (m.match(uri.fsPath.replace(/\\/g, '/'))) return true;
      } else if (folder && folder.uri.toString() === m.folder.toString() && m.match(vscode.workspace.asRelativePath(uri, false))) {
        return true;
      }
    }
    return false;
  }

  private readIncludes(): void {
    const matchers: DraftPolicy['matchers'] = [];
    const add = (globs: unknown, folder: vscode.Uri | undefined) => {
      if (!Array.isArray(globs)) return;
      for (const glob of globs) {
        if (typeof glob !== 'string' || glob.trim() === '') continue;
        const absolute = glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob);
        matchers.push({ folder: absolute ? undefined : folder, match: picomatch(glob.replace(/\\/g, '/'), { dot: true }) });
      }
    };
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) add(vscode.workspace.getConfiguration(SECTION).get(INCLUDE), undefined);
    for (const folder of folders) add(vscode.workspace.getConfiguration(SECTION, folder.uri).get(INCLUDE), folder.uri);
    this.matchers = matchers;
  }

  private async findStyleFiles(): Promise<void> {
    const found = await vscode.workspace.findFiles(`**/${HOUSE_STYLE_FILE}`, '**/node_modules/**', 1000);
    this.styleFolders = new Set(found.map((uri) => folderOf(uri)));
  }

  private styleFile(uri: vscode.Uri, exists: boolean): void {
    const folder = folderOf(uri);
    if (exists === this.styleFolders.has(folder)) return;
    if (exists) this.styleFolders.add(folder);
    else this.styleFolders.delete(folder);
    this.emitter.fire();
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}

/** "/a/b/c.txt" -> ["/a/b/", "/a/", "/"]: the folders holding a path, nearest first. */
export function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let end = path.lastIndexOf('/'); end >= 0; end = end === 0 ? -1 : path.lastIndexOf('/', end - 1)) out.push(path.slice(0, end + 1));
  return out;
}

function folderOf(uri: vscode.Uri): string {
  return uri.path.slice(0, uri.path.lastIndexOf('/') + 1);
}
