// Where command output goes: stdout, or a file written through the one atomic writer (src/io): a
// regular file is replaced whole (a failed run leaves it as it was), a symlink is followed and kept, a
// device or FIFO is written in place, a write error (ENOSPC) is a one-line refusal with exit code 2.
import { writeFileAtomic } from '../io/atomic-write.js';

/**
 * Names of this process's own stdout: written through process.stdout (what a shell's `>` or `>>` set up
 * stays as it is, and the order with other stdout writes is kept), never reopened or truncated.
 */
const STDOUT_NAMES = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/** `text` (UTF-8) or bytes (an xlsx workbook) to stdout or to `file`. */
export function writeOutput(text: string | Uint8Array, file: string | undefined): void {
  if (file === undefined || STDOUT_NAMES.has(file)) {
    process.stdout.write(text);
    return;
  }
  writeFileAtomic(file, text);
}

/** Colour for terminals that want it: NO_COLOR (no-color.org) and FORCE_COLOR win over isTTY. */
export function wantsColor(toFile: boolean): boolean {
  if (toFile || 'NO_COLOR' in process.env) return false;
  if (process.env['FORCE_COLOR'] !== undefined) return process.env['FORCE_COLOR'] !== '0';
  return process.stdout.isTTY === true;
}
