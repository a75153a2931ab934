import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { serverNodeFlags } from '../../server/src/lsp/launch';

export const SERVER = path.resolve('dist/server.js');
/** The test build (test/builds/build.ts): the same server, able to make a check throw (COPYDESK_TEST_FAULT). */
export const TEST_SERVER = path.resolve('dist-test/server.js');

export interface Harness {
  connection: MessageConnection;
  child: ChildProcess;
  /** Every publishDiagnostics received, in order (none when started with keepPublished: false). */
  published: PublishDiagnosticsParams[];
  /** Resolves with the next publishDiagnostics for `uri` that satisfies `accept`. */
  nextDiagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** Settings answered to workspace/configuration requests, per section `copydesk`. */
  settings: Record<string, unknown>;
  stderr: string[];
  logs: string[];
  /** Workspace edits the server asked the editor to apply. */
  applied: { label?: string; edit: unknown }[];
  stop(): Promise<void>;
}

export function fileUri(p: string): string {
  return pathToFileURL(path.resolve(p)).toString();
}

/** Spawns the built language server over stdio and initializes it like an editor would. */
export async function startServer(
  options: {
    workspaceFolder?: string;
    initializationOptions?: object;
    settings?: Record<string, unknown>;
    pullConfiguration?: boolean;
    /** false: keep no history of publications. An editor keeps only the latest; the benchmark's client would
     * otherwise hold every version of a long draft's diagnostics and time its own garbage collection. */
    keepPublished?: boolean;
    /** The server script to run: the shipped one unless a test needs the test build. */
    server?: string;
    /** A command to run instead of node and a script (an installed `copydesk-language-server`). */
    command?: string[];
  } = {},
): Promise<Harness> {
  // COPYDESK_SERVER_NODE_ARGS: extra node flags for the server (for example --cpu-prof when profiling a benchmark).
  const nodeArgs = process.env.COPYDESK_SERVER_NODE_ARGS?.split(' ').filter((a) => a !== '') ?? [];
  // Started as the VS Code extension starts it: with its node flags.
  const [program, ...args] = options.command ?? [process.execPath, ...serverNodeFlags(), ...nodeArgs, options.server ?? SERVER, '--stdio'];
  const child = spawn(program, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const stderr: string[] = [];
  const logs: string[] = [];
  // COPYDESK_TRACE: echo the server's standard error (timings printed while profiling) as it comes.
  child.stderr!.on('data', (d) => {
    stderr.push(String(d));
    if (process.env.COPYDESK_TRACE) process.stderr.write(String(d));
  });
  const harness: Harness = {
    connection,
    child,
    published,
    settings: options.settings ?? {},
    stderr,
    logs,
    applied: [],
    nextDiagnostics(uri, accept = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${stderr.join('')}`)),
          timeoutMs,
        );
        waiters.push({
          uri,
          accept,
          resolve: (p) => {
            clearTimeout(timer);
            resolve(p);
          },
        });
      });
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification('exit');
      } catch {
        // the server may already be gone
      }
      connection.dispose();
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          const t = setTimeout(() => {
            child.kill('SIGKILL');
            resolve();
          }, 2000);
          child.once('exit', () => {
            clearTimeout(t);
            resolve();
          });
        });
      }
    },
  };
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    if (options.keepPublished !== false) published.push(p);
    const i = waiters.findIndex((w) => w.uri === p.uri && w.accept(p));
    if (i >= 0) waiters.splice(i, 1)[0].resolve(p);
  });
  connection.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => harness.settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/applyEdit', (p: { label?: string; edit: unknown }) => {
    harness.applied.push(p);
    return { applied: true };
  });
  connection.listen();
  const folder = options.workspaceFolder;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folder ? fileUri(folder) : null,
    workspaceFolders: folder ? [{ uri: fileUri(folder), name: path.basename(folder) }] : null,
    capabilities: {
      workspace: {
        configuration: options.pullConfiguration ?? true,
        workspaceFolders: true,
        applyEdit: true,
        workspaceEdit: { documentChanges: true },
      },
      textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true } },
    },
    initializationOptions: options.initializationOptions,
  });
  await connection.sendNotification('initialized', {});
  return harness;
}

export function open(h: Harness, uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
  return h.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
}

export type { Diagnostic };
