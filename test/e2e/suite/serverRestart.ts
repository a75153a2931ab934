// The language server dies; the language client (its default error handler restarts a crashed server up to 4 times
// in 3 minutes) brings a new one up, and the drafts are checked again.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import { codeOf, copydeskDiagnostics, describeDiagnostics, waitForDiagnostic, waitForNoDiagnostic } from './diagnostics';
import { EXPECTED } from './expected';
import { waitFor, type TestCase } from './harness';
import { EXTENSION_ID, open, range } from './workspace';

const execFileAsync = promisify(execFile);

interface ProcessRow {
  pid: number;
  ppid: number;
  args: string;
}

async function processes(): Promise<ProcessRow[]> {
  // -ww: never cut the command line short.
  const { stdout } = await execFileAsync('ps', ['-A', '-ww', '-o', 'pid=,ppid=,args=']);
  const rows: ProcessRow[] = [];
  for (const line of stdout.split('\n')) {
    const [pid, ppid, ...args] = line.trim().split(/\s+/);
    if (pid && ppid) rows.push({ pid: Number(pid), ppid: Number(ppid), args: args.join(' ') });
  }
  return rows;
}

/** The Copydesk language servers this extension host started (`node …/dist/server.js --node-ipc …`). A killed one
 * that is not reaped yet shows as `[node] <defunct>`, without the module path, so it is not counted. */
async function serverProcesses(): Promise<ProcessRow[]> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  const serverModule = path.join(extension.extensionPath, 'dist', 'server.js');
  return (await processes()).filter((p) => p.ppid === process.pid && p.args.includes(serverModule));
}

const describeServers = (servers: ProcessRow[]) => servers.map((s) => `${s.pid}: ${s.args}`).join('; ') || 'no server process';

const draft = EXPECTED.draft;
// Written for this test: an orphan quote right under the headline.
const INSERTED_QUOTE = '"Every seat on the first boat was taken before seven."';
const INSERTED_RANGE = [1, 0, 1, INSERTED_QUOTE.length] as const;
const INSERTED_MESSAGE = 'Quote has no speaker: nothing in its sentence or paragraph says who said it, and it opens its section.';

export const serverRestartTests: TestCase[] = [
  {
    name: 'the language server is killed: the client starts a new one and the draft is checked again, edits included',
    body: async () => {
      const editor = await open(draft.file);
      const uri = editor.document.uri;
      const orphan = range(draft.quote.range);
      await waitForDiagnostic(uri, draft.quote.code, orphan);

      // A house style file that came or went just before restarts the client: wait for its one server.
      let seen: ProcessRow[] = [];
      const before = await waitFor(
        'one language server process',
        async () => {
          seen = await serverProcesses();
          return seen.length === 1 ? seen : undefined;
        },
        () => describeServers(seen),
      );
      await waitForDiagnostic(uri, draft.quote.code, orphan);
      const killed = before[0].pid;
      process.kill(killed, 'SIGKILL');

      // The client disposes the dead server's diagnostics before it starts the new server, so once the new process
      // is there, every Copydesk diagnostic seen from here on comes from it.
      let last: ProcessRow[] = before;
      const restarted = await waitFor(
        'a new language server process',
        async () => {
          last = await serverProcesses();
          return last.length === 1 && last[0].pid !== killed ? last[0] : undefined;
        },
        () => `killed ${killed}; now ${describeServers(last)}`,
      );
      assert.notEqual(restarted.pid, killed);

      const back = await waitForDiagnostic(uri, draft.quote.code, orphan);
      assert.equal(back.message, draft.quote.message);
      assert.equal(back.severity, draft.quote.severity);

      // The new server follows edits: a quote under the headline is reported, the old one moves down a line.
      assert.equal(await editor.edit((b) => b.insert(new vscode.Position(1, 0), `${INSERTED_QUOTE}\n`)), true);
      const added = await waitForDiagnostic(uri, draft.quote.code, range(INSERTED_RANGE));
      assert.equal(added.message, INSERTED_MESSAGE);
      assert.equal(added.severity, vscode.DiagnosticSeverity.Warning);
      const [line, startChar, , endChar] = draft.quote.range;
      const shifted = new vscode.Range(line + 1, startChar, line + 1, endChar);
      const moved = await waitForDiagnostic(uri, draft.quote.code, shifted);
      assert.equal(moved.message, draft.quote.message);
      assert.equal(
        copydeskDiagnostics(uri).filter((d) => codeOf(d) === draft.quote.code).length,
        2,
        `quote-unattributed diagnostics:\n    ${describeDiagnostics(uri)}`,
      );

      assert.equal(await editor.edit((b) => b.delete(new vscode.Range(1, 0, 2, 0))), true);
      await waitForNoDiagnostic(uri, draft.quote.code, range(INSERTED_RANGE));
      await waitForDiagnostic(uri, draft.quote.code, orphan);
      const after = await serverProcesses();
      assert.deepEqual(
        after.map((s) => s.pid),
        [restarted.pid],
        `server processes: ${describeServers(after)}`,
      );
    },
  },
];
