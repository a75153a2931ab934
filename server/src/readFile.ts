// Reading files that a workspace or a command line names: only regular files, never more than a limit. A file
// named in a cloned repository may be a link to a device (/dev/zero never ends, /dev/stdin is the language
// server's own protocol stream) or to a FIFO that blocks whoever opens it.
import { constants, promises as fs } from 'node:fs';

export type RegularFileResult = { bytes: Buffer } | { error: string; code?: string; size?: number };

/** Reads a regular file of at most `maxBytes` bytes. The path is checked before it is opened, the file is opened
 * without waiting (a FIFO swapped in meanwhile does not block the open) and checked again on the open handle (so the
 * file read is the file checked), and it is read no further than the limit whatever size it claims. */
export async function readRegularFile(file: string, maxBytes: number): Promise<RegularFileResult> {
  let handle: fs.FileHandle;
  try {
    // Not even opened unless it is a regular file: opening some devices acts on them, and a socket cannot be.
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { error: 'not a regular file', code: 'ENOTREG' };
    if (stat.size > maxBytes) return { error: `too large (${stat.size} bytes; the limit is ${maxBytes})`, code: 'EFBIG', size: stat.size };
    handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    return { error: describeError(error), code: (error as NodeJS.ErrnoException).code };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { error: 'not a regular file', code: 'ENOTREG' };
    if (stat.size > maxBytes) return { error: `too large (${stat.size} bytes; the limit is ${maxBytes})`, code: 'EFBIG', size: stat.size };
    // One byte more than the file claims, so that its end is seen; a file that grows is read on up to the limit.
    let buffer = Buffer.alloc(Math.min(maxBytes + 1, stat.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return { error: `too large (over ${maxBytes} bytes)`, code: 'EFBIG' };
        const bigger = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(bigger);
        buffer = bigger;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) return { bytes: buffer.subarray(0, length) };
      length += bytesRead;
    }
  } catch (error) {
    return { error: describeError(error), code: (error as NodeJS.ErrnoException).code };
  } finally {
    await handle.close().catch(() => {});
  }
}

export function describeError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'is a folder';
    default:
      return e.message ?? String(error);
  }
}
