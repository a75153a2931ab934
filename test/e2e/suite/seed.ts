// The seed article (../shared/seed/kabul-afp.txt, copied into the scratch workspace's desk/ folder next to a
// .copydesk.json when it is on disk; never stored in the repository): what an editor sees first is what needs fixing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, copydeskDiagnostics, describeDiagnostics } from './diagnostics';
import { waitFor, type TestCase } from './harness';
import { hasFile, openAs } from './workspace';

export const SEED = 'desk/kabul-afp.txt';
const severityOrder = (a: vscode.Diagnostic, b: vscode.Diagnostic) => a.severity - b.severity || a.range.start.compareTo(b.range.start);

/** A full stop, question or exclamation mark (and any closing quote) followed by the start of another sentence. */
const SENTENCE_BREAK = /[.!?][”"’]?\s+[A-Z“"‘]/;

export const seedTests: TestCase[] = [
  {
    name: 'the seed: the ISIS-K and Shahad warnings first and alone, four floating quotes among the hints, at most three related places, one sentence per underline',
    body: async () => {
      if (!(await hasFile(SEED))) {
        console.log(`[e2e] note - skipped: the seed article is not on disk (../shared/seed/kabul-afp.txt), so ${SEED} was not made`);
        return;
      }
      const editor = await openAs(SEED, 'news-draft');
      const uri = editor.document.uri;
      const all = await waitFor(
        'the seed article’s diagnostics (two warnings)',
        () => {
          const found = copydeskDiagnostics(uri);
          return found.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length === 2 ? found : undefined;
        },
        () => describeDiagnostics(uri),
      );
      const shown = all.filter((d) => d.severity !== vscode.DiagnosticSeverity.Hint).sort(severityOrder);
      assert.deepEqual(
        shown.map((d) => `${vscode.DiagnosticSeverity[d.severity]} ${codeOf(d)} ${editor.document.getText(d.range)}`).slice(0, 2),
        ['Warning name-inconsistent ISIS-K', 'Warning name-inconsistent Shahad'],
      );
      assert.ok(shown.length <= 6, `at most 6 findings besides hints, got ${shown.length}:\n    ${describeDiagnostics(uri)}`);
      assert.equal(shown.length, 2, `only the two name warnings besides hints:\n    ${describeDiagnostics(uri)}`);
      const hints = all.filter((x) => x.severity === vscode.DiagnosticSeverity.Hint);
      for (const d of hints) {
        assert.ok(
          ['passive-voice', 'acronym-undefined', 'paragraph-length', 'quote-floating'].includes(codeOf(d)),
          `a hint from ${codeOf(d)}`,
        );
      }
      assert.equal(hints.filter((d) => codeOf(d) === 'quote-floating').length, 4, 'four floating quotes, as hints');
      const isisK = shown[0].relatedInformation ?? [];
      assert.equal(isisK.length, 3);
      assert.match(isisK[2].message, /\(and 15 more: see the Names view\)$/);
      for (const d of all) {
        const code = codeOf(d);
        if (code.startsWith('quote-') || code === 'paragraph-length') continue;
        const text = editor.document.getText(d.range);
        assert.ok(!SENTENCE_BREAK.test(text), `${code} underlines more than one sentence: ${text.slice(0, 80)}…`);
      }
      assert.equal(vscode.workspace.getConfiguration('editor', editor.document).get('wordWrap'), 'on');
    },
  },
];
