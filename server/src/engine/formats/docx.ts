// A Word file (.docx, also as Google Docs and LibreOffice save one) read with mammoth into plain HTML, one element
// per Word paragraph, which the HTML reader turns into paragraphs. A Word file has no lines or columns a writer
// can go to, so its findings are placed by paragraph number and quoted words (paragraphPositions.ts).

export type DocxResult = { html: string } | { error: string };

/** Word styles read as the engine's blocks, besides mammoth's own (Heading 1-6 and lists). */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

/** More XML than this, unpacked, is not a draft: a file that claims it (a zip bomb) is refused before it is read. */
export const MAX_DOCX_XML_BYTES = 64_000_000;

const BLOCK_END = /<\/(?:p|h[1-6]|li|ul|ol|blockquote|table|tr)>/g;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** The Word file as HTML, or why it cannot be read (one line, for the writer to act on). */
export async function docxToHtml(bytes: Uint8Array): Promise<DocxResult> {
  if (OLE.every((b, i) => bytes[i] === b)) {
    // Word keeps an encrypted .docx, and every old .doc, in a compound file rather than a zip.
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTION_INFO)) {
      return { error: 'password-protected Word file: save a copy without the password' };
    }
    return { error: 'Word 97-2003 file (.doc), not .docx: save it as .docx' };
  }
  const zip = zipEntries(bytes);
  if ('error' in zip) return zip;
  if (!zip.names.has('word/document.xml') && !zip.names.has('[Content_Types].xml')) {
    return { error: 'a zip archive, not a Word file (it holds no word/document.xml)' };
  }
  if (zip.xmlBytes > MAX_DOCX_XML_BYTES) {
    return {
      error: `Word file with ${zip.xmlBytes.toLocaleString('en')} bytes of text and markup unpacked, more than the ${MAX_DOCX_XML_BYTES.toLocaleString('en')} read`,
    };
  }
  try {
    // Loaded on first use: most runs read no Word file, and mammoth with its zip and XML readers takes a CLI run
    // about 40 ms to load.
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are not prose: not even read.
      { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    // One block to a line: a long document's HTML can then be checked in sections cut between blocks.
    return { html: result.value.replace(BLOCK_END, '$&\n') };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/main document part/i.test(message)) return { error: 'a zip archive, not a Word file (it has no main document)' };
    return { error: `damaged Word file (${firstLine(message)})` };
  }
}

function firstLine(s: string): string {
  const line = s.split(/\r?\n/)[0].trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** The names and unpacked size of the XML entries of a zip, from its central directory; or why it is no zip. */
function zipEntries(bytes: Uint8Array): { names: Set<string>; xmlBytes: number } | { error: string } {
  const notZip = { error: 'not a Word file (a .docx is a zip archive; this is not one)' };
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return notZip;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  const damaged = { error: 'damaged Word file (its zip directory is missing or cut short)' };
  if (eocd < 0) return damaged;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const names = new Set<string>();
  let xmlBytes = 0;
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return damaged;
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return damaged;
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    names.add(name);
    // A ZIP64 size (0xFFFFFFFF) is at least 4 GB: counted as such.
    if (/\.(xml|rels)$/i.test(name)) xmlBytes += size;
    at += 46 + skip;
  }
  return { names, xmlBytes };
}
