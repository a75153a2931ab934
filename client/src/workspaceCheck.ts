// "Copydesk: Check All Drafts in Workspace": every draft of the workspace (the editor's own rules: a language in
// copydesk.languages, and a news draft, a file in a folder with a .copydesk.json or one in copydesk.include) is
// checked by the language server on a thread per core, its findings in the Problems panel; a notification shows the
// progress and can stop it. A draft open in the editor keeps its live check; opening and editing one replaces what
// the command found.
import * as vscode from 'vscode';
import { CheckFilesRequest, type CheckFilesResult } from '../../server/src/protocol';
import type { ClientHost } from './clientHost';
import type { DraftPolicy } from './draftPolicy';
import { configuredLanguages, isEnabledFor } from './settings';
import { draftGlob, inBatches } from './workspaceBatches';

export const CHECK_WORKSPACE = 'copydesk.checkWorkspace';

/** What the command found, for tests. */
export interface WorkspaceCheckSummary {
  drafts: number;
  checked: number;
  notChecked: number;
  cancelled: boolean;
  counts: CheckFilesResult['counts'];
  ms: number;
}

export async function checkWorkspace(host: ClientHost, policy: DraftPolicy): Promise<WorkspaceCheckSummary | undefined> {
  const client = host.running;
  if (!client) {
    void vscode.window.showErrorMessage('Copydesk: the language server is not running.');
    return undefined;
  }
  const glob = draftGlob(configuredLanguages());
  if (!glob || (vscode.workspace.workspaceFolders ?? []).length === 0) {
    void vscode.window.showInformationMessage('Copydesk: open a folder of drafts to check them all.');
    return undefined;
  }
  await policy.ready;
  const started = performance.now();
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Copydesk: checking drafts', cancellable: true },
    async (progress, token) => {
      progress.report({ message: 'finding drafts…' });
      const found = await vscode.workspace.findFiles(glob, '**/{node_modules,.git}/**', undefined, token);
      const drafts = found.filter((uri) => policy.isDraftUri(uri) && isEnabledFor(uri)).sort((a, b) => a.fsPath.localeCompare(b.fsPath));
      let reported = 0;
      const totals = await inBatches(
        drafts,
        (batch) =>
          client.sendRequest(
            CheckFilesRequest,
            { uris: batch.map((uri) => client.code2ProtocolConverter.asUri(uri)) },
            token,
          ) as Promise<CheckFilesResult>,
        (done, total) => {
          progress.report({ message: `${done} of ${total}`, increment: ((done - reported) / total) * 100 });
          reported = done;
        },
        () => token.isCancellationRequested,
      ).catch((error: unknown) => {
        if (!token.isCancellationRequested)
          void vscode.window.showErrorMessage(`Copydesk: the check stopped (${error instanceof Error ? error.message : String(error)}).`);
        return undefined;
      });
      const summary: WorkspaceCheckSummary = {
        drafts: drafts.length,
        checked: totals?.checked ?? 0,
        notChecked: totals?.notChecked.length ?? 0,
        cancelled: token.isCancellationRequested,
        counts: totals?.counts ?? { error: 0, warning: 0, info: 0, hint: 0 },
        ms: Math.round(performance.now() - started),
      };
      if (totals && !summary.cancelled) {
        const fix = summary.counts.error + summary.counts.warning;
        const unread = summary.notChecked ? `; ${summary.notChecked} could not be read (see the Problems panel)` : '';
        void vscode.window.showInformationMessage(
          `Copydesk checked ${summary.checked} draft${summary.checked === 1 ? '' : 's'}: ${fix} to fix, ${summary.counts.info} notes${unread}.`,
        );
      }
      return summary;
    },
  );
}
