// The house style file `.copydesk.json` in VS Code: Copydesk reports what is wrong with it, VS Code's JSON support
// validates it against the schema the extension contributes, and a fixed file takes effect on save.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, findDiagnostic, rangeText, waitForDiagnostic } from './diagnostics';
import { EXPECTED } from './expected';
import { waitFor, type TestCase } from './harness';
import { EXTENSION_ID, open, range, workspaceFile } from './workspace';

const STYLE_FILE = '.copydesk.json';
// Offsets on line 0: "loud" (with its quotes) is 33-39, the key "nope" is 42-48.
const INVALID = '{"rules": {"quote-unattributed": "loud"}, "nope": 1}\n';
const VALID = '{"rules": {"quote-unattributed": "error"}}\n';
const TAIL = 'The last good house style stays in force.';
const SEVERITY_LIST = '"off", "error", "warning", "info", "hint"';
/** The keys the house style accepts, as the schema packaged with the extension lists them (the validator and the
 * schema are one list, tested in test/unit/config.test.ts). */
function knownKeys(): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  const schema = JSON.parse(readFileSync(path.join(extension.extensionPath, 'server', 'copydesk.schema.json'), 'utf8')) as {
    properties: Record<string, unknown>;
  };
  return Object.keys(schema.properties).join(', ');
}

/** code, range, severity and message of a diagnostic, for one deepEqual. */
const summary = (d: vscode.Diagnostic) =>
  `${d.source}/${codeOf(d)} ${rangeText(d.range)} ${vscode.DiagnosticSeverity[d.severity]} ${d.message}`;

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Closes the file's editor tabs (saved first, so no save prompt can block) and deletes the file. */
async function removeStyleFile(uri: vscode.Uri): Promise<void> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (document?.isDirty) await document.save();
  const tabs = vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
  if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
  if (await exists(uri)) await vscode.workspace.fs.delete(uri);
}

const draft = EXPECTED.draft;

export const houseStyleTests: TestCase[] = [
  {
    name: 'an invalid .copydesk.json: Copydesk and the contributed JSON schema both flag it; fixed and saved, it applies',
    body: async () => {
      const styleUri = workspaceFile(STYLE_FILE);
      const draftUri = workspaceFile(draft.file);
      const orphan = range(draft.quote.range);
      assert.equal(await exists(styleUri), false, `${STYLE_FILE} must not exist before this test`);
      await open(draft.file);
      const initial = await waitForDiagnostic(draftUri, draft.quote.code, orphan);
      assert.equal(initial.severity, draft.quote.severity);
      try {
        await vscode.workspace.fs.writeFile(styleUri, new TextEncoder().encode(INVALID));
        const editor = await open(STYLE_FILE);

        // (a) Copydesk's own check, one Error per problem, at the offending value and key.
        const copydesk = await waitFor(
          `two Copydesk diagnostics on ${STYLE_FILE}`,
          () => {
            const found = vscode.languages.getDiagnostics(styleUri).filter((d) => d.source === 'copydesk');
            return found.length === 2 ? found : undefined;
          },
          () => describeDiagnostics(styleUri),
        );
        assert.deepEqual(copydesk.map(summary).sort(), [
          `copydesk/house-style-file 0:33-0:39 Error ${STYLE_FILE}: rules.quote-unattributed must be one of ${SEVERITY_LIST}. ${TAIL}`,
          `copydesk/house-style-file 0:42-0:48 Error ${STYLE_FILE}: unknown key "nope"; known keys: ${knownKeys()}. ${TAIL}`,
        ]);
        // The invalid file is not applied: the orphan quote stays a warning. (A new .copydesk.json makes its folder a
        // drafts folder, which restarts the language client: its diagnostics come back after the restart.)
        const kept = await waitForDiagnostic(draftUri, draft.quote.code, orphan);
        assert.equal(kept.severity, draft.quote.severity);

        // (b) VS Code's JSON language server (started on demand) with the schema from contributes.jsonValidation.
        const schemaProblems = await waitFor(
          `the JSON schema diagnostics on ${STYLE_FILE}`,
          () => {
            const found = vscode.languages.getDiagnostics(styleUri).filter((d) => d.source !== 'copydesk');
            return found.length === 2 ? found : undefined;
          },
          () => describeDiagnostics(styleUri),
          30_000,
        );
        // The JSON language server sets no `source` (the Problems panel names it "json" from the collection's
        // owner, which the API does not expose); code 1 is its "enum value mismatch".
        assert.deepEqual(
          schemaProblems
            .map((d) => ({
              source: d.source,
              code: d.code,
              range: rangeText(d.range),
              severity: d.severity,
              message: d.message,
            }))
            .sort((a, b) => a.range.localeCompare(b.range)),
          [
            {
              source: undefined,
              code: 1,
              range: '0:33-0:39',
              severity: vscode.DiagnosticSeverity.Warning,
              message: `Value is not accepted. Valid values: ${SEVERITY_LIST}.`,
            },
            {
              source: undefined,
              code: undefined,
              range: '0:42-0:48',
              severity: vscode.DiagnosticSeverity.Warning,
              message: 'Property nope is not allowed.',
            },
          ],
        );

        // Fixed in the editor and saved: the house style applies and every problem on the file goes.
        const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
        assert.equal(await editor.edit((b) => b.replace(whole, VALID)), true);
        assert.equal(await editor.document.save(), true);
        const asError = await waitFor(
          'the orphan quote reported as an error',
          () => {
            const d = findDiagnostic(draftUri, draft.quote.code, orphan);
            return d?.severity === vscode.DiagnosticSeverity.Error ? d : undefined;
          },
          () => describeDiagnostics(draftUri),
        );
        assert.equal(asError.message, draft.quote.message);
        await waitFor(
          `no diagnostics left on ${STYLE_FILE}`,
          () => (vscode.languages.getDiagnostics(styleUri).length === 0 ? true : undefined),
          () => describeDiagnostics(styleUri),
        );
      } finally {
        await removeStyleFile(styleUri);
      }
      // Without the file, the default severity is back (the tests after this one expect it).
      await waitFor(
        'the orphan quote back at its default severity',
        () => (findDiagnostic(draftUri, draft.quote.code, orphan)?.severity === draft.quote.severity ? true : undefined),
        () => describeDiagnostics(draftUri),
      );
    },
  },
];
