// Where command output goes: stdout, or a file written atomically (temp file + rename), so a
// failed run never leaves a half-written file behind.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DiscloseError } from '../model/errors.js';
import { messages } from './messages.js';

/** `text` (UTF-8) or bytes (an xlsx workbook) to stdout or to `file`. */
export function writeOutput(text: string | Uint8Array, file: string | undefined): void {
  if (file === undefined) {
    process.stdout.write(text);
    return;
  }
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new DiscloseError('usage', messages.cannotWrite(file, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  }
}

/** Colour for terminals that want it: NO_COLOR (no-color.org) and FORCE_COLOR win over isTTY. */
export function wantsColor(toFile: boolean): boolean {
  if (toFile || 'NO_COLOR' in process.env) return false;
  if (process.env['FORCE_COLOR'] !== undefined) return process.env['FORCE_COLOR'] !== '0';
  return process.stdout.isTTY === true;
}
