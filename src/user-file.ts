// Reading a user's file other than the report: `--config` (and a config found upward, which may come
// with a repository one did not write), `--baseline`, `--template`. Same limits as a report: a regular
// file (after following symlinks; `/dev/zero` or a FIFO would be read forever), at most MAX_USER_FILE_BYTES,
// UTF-8 with or without a BOM. Sync, as its callers are.
import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { decodeReportBytes } from './ingest/decode.js';
import { MAX_USER_FILE_BYTES } from './limits.js';
import { DiscloseError, type DiscloseErrorKind } from './model/errors.js';

export interface UserFile {
  /** How messages name it: `config file`, `baseline`, `template`. */
  what: string;
  kind: DiscloseErrorKind;
  /** The caller's message when the file cannot be opened (missing, permission), given the reason. */
  cannotRead: (problem: string) => DiscloseError;
}

function problemOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? String(error);
}

function typeOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isFIFO()) return 'a pipe';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

function assertReadable(path: string, info: Stats, file: UserFile): void {
  if (!info.isFile()) {
    throw new DiscloseError(file.kind, `${path}: the ${file.what} is ${typeOf(info)}; expected a regular file`, path);
  }
  if (info.size > MAX_USER_FILE_BYTES) {
    const limit = `${MAX_USER_FILE_BYTES / (1024 * 1024)} MiB`;
    throw new DiscloseError(file.kind, `${path}: the ${file.what} is larger than the ${limit} limit (${info.size.toLocaleString('en-US')} bytes); expected at most ${limit}`, path);
  }
}

/** The text of a user's file, checked for type and size before it is read, decoded as UTF-8 (BOM dropped). */
export function readUserFile(path: string, file: UserFile): string {
  let info: Stats;
  try {
    info = statSync(path);
  } catch (error) {
    throw file.cannotRead(problemOf(error));
  }
  // Checked before opening: opening a FIFO would block until a writer comes.
  assertReadable(path, info, file);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw file.cannotRead(problemOf(error));
  }
  try {
    // Again on the open file: the path may have been swapped for something else in between.
    const opened = fstatSync(fd);
    assertReadable(path, opened, file);
    const bytes = Buffer.alloc(opened.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return decodeReportBytes(bytes.subarray(0, read), path, `${file.what} text`);
  } catch (error) {
    if (error instanceof DiscloseError) throw error;
    throw file.cannotRead(problemOf(error));
  } finally {
    closeSync(fd);
  }
}
