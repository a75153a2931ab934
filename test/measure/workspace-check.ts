// "Copydesk: Check All Drafts in Workspace" against the CLI on the same files. A scratch workspace of N drafts
// (BBC articles from the shared corpus, copied at run time into a temporary folder with a .copydesk.json, never
// into the repository) is checked by `copydesk check --format json` (process start to exit) and by the built
// language server as the VS Code command drives it: copydesk/checkFiles in the client's own batches
// (client/src/workspaceBatches.ts), from the first request to the last answer, every file's diagnostics received.
// The server is started and initialised before the clock starts, as it is when a writer runs the command.
// Run (after npm run build): node --import tsx test/measure/workspace-check.ts [drafts=500] [rounds=3]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { inBatches, type BatchTotals } from '../../client/src/workspaceBatches';
import { CheckFilesRequest } from '../../server/src/protocol';
import { articles, CORPUS } from '../bench/drafts';
import { fileUri, startServer } from '../protocol/harness';

const drafts = Number(process.argv[2] ?? 500);
const rounds = Number(process.argv[3] ?? 3);

async function main(): Promise<void> {
  const pool = articles(path.join(CORPUS, 'bbc'));
  if (pool.length < drafts) throw new Error(`only ${pool.length} articles in ${CORPUS}`);
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-workspace-'));
  const files: string[] = [];
  try {
    writeFileSync(path.join(dir, '.copydesk.json'), '{}\n');
    for (let i = 0; i < drafts; i++) {
      const file = path.join(dir, `draft-${String(i).padStart(4, '0')}.txt`);
      copyFileSync(pool[Math.floor((i * pool.length) / drafts)].path, file);
      files.push(file);
    }
    const cli: number[] = [];
    const editor: number[] = [];
    for (let round = 0; round < rounds; round++) {
      let started = performance.now();
      const r = spawnSync(process.execPath, [path.resolve('dist/cli.js'), 'check', '--format', 'json', dir], {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      });
      cli.push(performance.now() - started);
      const cliFindings = (JSON.parse(r.stdout) as { files: { findings?: unknown[] }[] }).files.reduce(
        (n, f) => n + (f.findings?.length ?? 0),
        0,
      );

      const h = await startServer({ workspaceFolder: dir, keepPublished: false });
      const received = new Set<string>();
      h.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => {
        received.add(p.uri);
      });
      started = performance.now();
      const totals = await inBatches(
        files.map(fileUri),
        (uris) => h.connection.sendRequest(CheckFilesRequest.method, { uris }) as Promise<BatchTotals>,
        () => {},
        () => false,
      );
      editor.push(performance.now() - started);
      await h.stop();
      const editorFindings = totals.counts.error + totals.counts.warning + totals.counts.info + totals.counts.hint;
      process.stderr.write(
        `round ${round + 1}: CLI ${Math.round(cli[round])} ms (${cliFindings} findings), editor ${Math.round(editor[round])} ms (${totals.checked} checked, ${received.size} published, ${editorFindings} findings)\n`,
      );
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const c = median(cli);
    const e = median(editor);
    process.stdout.write(
      `${drafts} drafts, ${availableParallelism()} cores, load ${loadavg()
        .map((x) => x.toFixed(1))
        .join(
          ' ',
        )}\nCLI (process start to exit): median ${Math.round(c)} ms\nCheck All Drafts (server, first request to last answer): median ${Math.round(e)} ms\nratio ${(e / c).toFixed(2)} (target ≤ 1.5)\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
