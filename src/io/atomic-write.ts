// The one way disclose writes a file (issue 11, items 1 and 3): `--output`, baselines, `init`, and
// through write-files.ts `suggest --write` and `migrate --write`. A regular file (or a new one) is replaced
// atomically: temp file created exclusively at a random name beside it, fsynced, owner and mode copied,
// renamed over it; a failed run leaves the file as it was and no temp behind. A symlink is followed and
// kept; a device, FIFO or socket is written in place (`-o /dev/null` stays a device, `/dev/full` fails
// with ENOSPC). See write-target.ts for what is refused.
//
// Not the `write-file-atomic` package: it opens its temp file without O_EXCL at a name derived from the
// pid, renames over devices and FIFOs, and does not refuse read-only files; those are what this fixes.
import { openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isDiscloseError } from '../model/errors.js';
import { cannotWrite } from './write-errors.js';
import { writeTarget } from './write-target.js';
import { closeQuietly, syncFolder, writeTemp } from './temp-file.js';

export interface AtomicWriteOptions {
  /** Called after the temp file is written, just before the rename: throw to refuse (the temp is removed). */
  beforeReplace?: () => void;
}

/**
 * Writes `data` (UTF-8 text or bytes) to `path` as described above. Errors are DiscloseErrors of one line
 * naming `path`; nothing has been replaced when one is thrown.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const target = writeTarget(path);
  if (target.kind === 'in-place') {
    writeInPlace(target.path, data);
    return;
  }
  let temp: string;
  try {
    temp = writeTemp(target.file, data, target.existing);
  } catch (error) {
    throw cannotWrite(path, error);
  }
  try {
    options.beforeReplace?.();
    renameSync(temp, target.file);
  } catch (error) {
    rmSync(temp, { force: true });
    if (isDiscloseError(error)) throw error;
    throw cannotWrite(path, error);
  }
  syncFolder(target.file);
}

/** A device, FIFO or socket: opened and written like a shell's `>` does (a FIFO waits for its reader). */
function writeInPlace(path: string, data: string | Uint8Array): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'w');
    // writeFileSync loops over partial writes; ENOSPC (/dev/full) and EPIPE surface here.
    writeFileSync(fd, data);
  } catch (error) {
    throw cannotWrite(path, error, true);
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}
