// Reading a draft for the CLI, a Word file included (kept apart from files.ts, so that the language server, which
// reads no Word file, does not bundle the Word reader).
import { docxToHtml } from '../engine/formats/docx';
import { decodeText, isWordFile, readBytes, type ReadResult } from './files';

/** A draft's text as the engine reads it: a Word file as HTML (see docxToHtml), any other as decodeText reads it. */
export async function readInput(source: { path: string } | { bytes: Uint8Array; name: string }): Promise<ReadResult> {
  const name = 'path' in source ? source.path : source.name;
  const read = 'bytes' in source ? source : await readBytes(name);
  if ('error' in read) return read;
  if (isWordFile(name)) {
    const page = await docxToHtml(read.bytes);
    return 'error' in page ? page : { text: page.html };
  }
  return decodeText(read.bytes, name);
}
