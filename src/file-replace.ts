// Rewriting a user's report files in place, carefully (shared by `migrate --write` and `suggest --write`):
// every file is compared with the bytes its edits were planned from, before anything is written and again
// just before it is replaced (a file changed meanwhile is refused, nothing is written); the files are
// written through the one atomic writer (src/io/write-files.ts: every target checked first, temps written,
// then renamed; owner, mode and symlinks kept), and a UTF-8 BOM and every byte outside the edits stay.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { DiscloseError } from './model/errors.js';
import { writeFilesAtomic, type WriteFilesOptions } from './io/write-files.js';

export const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** A file's bytes, or DiscloseError('input') naming the file. */
export async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new DiscloseError('input', `\`${path}\`: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, path);
  }
}

/** The refusal for a file edited between reading and writing; `command` is what to run again. */
export const changedSinceRead = (path: string, command: string): DiscloseError =>
  new DiscloseError('input', `\`${path}\`: changed since it was read; nothing was written to it, expected the file to stay as it was (run \`${command}\` again)`, path);

/** True when `path` still holds exactly `bytes`; a file planned from nothing (a new sidecar) is unchanged while it is still not there. */
export function unchanged(path: string, bytes: Buffer): boolean {
  try {
    return readFileSync(path).equals(bytes);
  } catch (error) {
    return bytes.length === 0 && (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** `text` as UTF-8 bytes, with the BOM the file had before (`before`), if any. */
export function encodeLike(before: Buffer, text: string): Buffer {
  const encoded = Buffer.from(text, 'utf8');
  return before.subarray(0, 3).equals(BOM) ? Buffer.concat([BOM, encoded]) : encoded;
}

/**
 * Writes several planned files as one edit: refuses (DiscloseError, nothing written) when any of them
 * changed since it was read or cannot be written; a rename failing part-way names the files written.
 */
export function replaceFiles(files: readonly { path: string; bytes: Buffer; output: string }[], command: string, options: WriteFilesOptions = {}): void {
  writeFilesAtomic(
    files.map((file) => ({
      path: file.path,
      data: encodeLike(file.bytes, file.output),
      verify: () => {
        if (!unchanged(file.path, file.bytes)) throw changedSinceRead(file.path, command);
      },
    })),
    options,
  );
}
