// Which files Copydesk checks in VS Code: news drafts, files in a folder with a .copydesk.json and files in
// copydesk.include; any other Markdown or text file only once the user asks ("Check This File").
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copydeskDiagnostics, describeDiagnostics, waitForDiagnostic } from './diagnostics';
import { EXPECTED } from './expected';
import { waitFor, type TestCase } from './harness';
import { open, openAs, range, workspaceFile } from './workspace';

const README = 'notes/README.md';
const TODO = 'notes/todo.txt';
/** How long a file that is not a draft is watched for diagnostics that must not come. */
const QUIET_MS = 2_000;

async function staysQuiet(uri: vscode.Uri): Promise<void> {
  const until = Date.now() + QUIET_MS;
  while (Date.now() < until) {
    assert.deepEqual(copydeskDiagnostics(uri), [], `${uri.path} is not a draft but got: ${describeDiagnostics(uri)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const draftTests: TestCase[] = [
  {
    name: 'a README outside the drafts is not checked until "Check This File" adds it to copydesk.include',
    body: async () => {
      const config = vscode.workspace.getConfiguration('copydesk');
      const before = config.inspect<string[]>('include')?.workspaceValue;
      // The server is alive and checking drafts meanwhile.
      await open(EXPECTED.draft.file);
      await waitForDiagnostic(workspaceFile(EXPECTED.draft.file), EXPECTED.draft.quote.code);
      const editor = await open(README);
      assert.equal(editor.document.languageId, 'markdown');
      await staysQuiet(editor.document.uri);
      try {
        await vscode.commands.executeCommand('copydesk.checkThisFile');
        assert.deepEqual(vscode.workspace.getConfiguration('copydesk').inspect<string[]>('include')?.workspaceValue, [
          ...(before ?? []),
          README,
        ]);
        const d = await waitForDiagnostic(editor.document.uri, 'quote-unattributed', range([4, 0, 4, 50]));
        assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      } finally {
        await vscode.workspace.getConfiguration('copydesk').update('include', before, vscode.ConfigurationTarget.Workspace);
      }
      await waitFor(
        'the README to leave the drafts again',
        () => (copydeskDiagnostics(editor.document.uri).length === 0 ? true : undefined),
        () => describeDiagnostics(editor.document.uri),
      );
    },
  },
  {
    name: 'a plain-text draft opens with word wrap (as a news draft); an unrelated text file keeps its language and no wrap',
    body: async () => {
      const draft = await openAs(EXPECTED.plaintext.file, 'news-draft');
      assert.equal(vscode.workspace.getConfiguration('editor', draft.document).get('wordWrap'), 'on');
      const other = await open(TODO);
      assert.equal(other.document.languageId, 'plaintext');
      assert.equal(vscode.workspace.getConfiguration('editor', other.document).get('wordWrap'), 'off');
      await staysQuiet(other.document.uri);
    },
  },
];
