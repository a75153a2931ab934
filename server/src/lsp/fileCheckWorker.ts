// A file-check worker (see fileChecks.ts): reads and checks the files the protocol thread hands it, one at a time.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readText } from '../cli/files';
import { analyse } from '../engine/analyse';
import { LineIndex } from '../engine/positions';
import { diagnosticsOf } from './convert';
import { FILE_CHECK_ROLE, type FileCheck, type FileOutcome } from './fileChecks';

export function isFileCheckWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === FILE_CHECK_ROLE;
}

/** Reads and checks one file: its diagnostics, or why it could not be checked. */
export async function checkFile(check: FileCheck): Promise<FileOutcome> {
  const read = await readText(check.path);
  if ('error' in read) return { uri: check.uri, error: read.error };
  if (read.text.length > check.maxChars) {
    const n = (x: number) => x.toLocaleString('en');
    return { uri: check.uri, error: `it has ${n(read.text.length)} characters, more than copydesk.maxDocumentSize (${n(check.maxChars)})` };
  }
  const analysis = analyse(read.text, check.options);
  return { uri: check.uri, diagnostics: diagnosticsOf(analysis, 0, check.uri, new LineIndex(read.text)) };
}

export function serveFileChecks(): void {
  const port = parentPort!;
  port.on('message', (check: FileCheck) => {
    checkFile(check).then(
      (outcome) => port.postMessage(outcome),
      (error: unknown) => port.postMessage({ uri: check.uri, error: (error as Error)?.message ?? String(error) }),
    );
  });
}
