/**
 * Replacing a file so that a crash, a full disk or a concurrent editor never leaves it half
 * written: the new bytes go to a temporary file in the same folder (same file system, so the
 * rename is atomic), are flushed to disk, get the original's mode, and only then are renamed
 * over the original. A file whose bytes are no longer those it was read with is left alone.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file-system calls a replacement makes; tests inject failing ones. */
export type FileOps = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'fchmodSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'statSync' | 'readFileSync'
>;

/** The file on disk is not the one that was read: someone else wrote it meanwhile. */
export class FileChangedError extends Error {
  constructor(readonly path: string) {
    super(`${path} changed on disk after it was read`);
    this.name = 'FileChangedError';
  }
}

function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes `bytes` over `path` atomically, provided the file still holds `expected` (the bytes it
 * was read with). Throws FileChangedError, or the file system's error; either way the original
 * is intact and no temporary file is left behind.
 */
export function replaceFileAtomically(path: string, bytes: Uint8Array, expected: Uint8Array, ops: FileOps = nodeFs): void {
  const mode = ops.statSync(path).mode & 0o7777;
  const temporary = temporaryPathFor(path);
  // "wx": never reuse a file that is already there.
  const fd = ops.openSync(temporary, 'wx', mode);
  let renamed = false;
  try {
    try {
      let written = 0;
      while (written < bytes.length) written += ops.writeSync(fd, bytes, written, bytes.length - written);
      // The umask may have narrowed the mode given to open.
      ops.fchmodSync(fd, mode);
      ops.fsyncSync(fd);
    } finally {
      ops.closeSync(fd);
    }
    // As late as possible: the window in which another writer can slip in is the rename alone.
    if (!Buffer.from(ops.readFileSync(path)).equals(Buffer.from(expected))) throw new FileChangedError(path);
    ops.renameSync(temporary, path);
    renamed = true;
  } finally {
    if (!renamed) {
      try {
        ops.unlinkSync(temporary);
      } catch {
        // Already gone; nothing else to clean.
      }
    }
  }
  syncFolder(dirname(path));
}

/** Flushes the folder entry of the rename too (POSIX); where folders cannot be opened, skipped. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = nodeFs.openSync(folder, 'r');
    nodeFs.fsyncSync(fd);
  } catch {
    // Windows cannot fsync a folder; the rename itself is still atomic.
  } finally {
    if (fd !== undefined) nodeFs.closeSync(fd);
  }
}
