// Rewriting a user's report file in place, carefully (shared by `migrate --write` and `suggest --write`):
// every file is compared with the bytes its edits were planned from just before it is replaced (a file
// changed meanwhile is refused, nothing is written), each file is replaced atomically (temp file + rename
// in the same folder, its mode kept), and a UTF-8 BOM and every byte outside the edits stay as they were.
import { chmodSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DiscloseError } from './model/errors.js';

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

/** True when `path` still holds exactly `bytes`. */
export function unchanged(path: string, bytes: Buffer): boolean {
  try {
    return readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

/** `text` as UTF-8 bytes, with the BOM the file had before (`before`), if any. */
export function encodeLike(before: Buffer, text: string): Buffer {
  const encoded = Buffer.from(text, 'utf8');
  return before.subarray(0, 3).equals(BOM) ? Buffer.concat([BOM, encoded]) : encoded;
}

/** Replaces `path` (through a symlink: its target) with `content`, unless it no longer holds `before`. */
export function replaceFile(path: string, before: Buffer, content: Buffer, command: string): void {
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    throw changedSinceRead(path, command);
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.disclose.tmp`);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
    chmodSync(temp, statSync(target).mode & 0o7777);
    if (!unchanged(target, before)) throw changedSinceRead(path, command);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    if (error instanceof DiscloseError) throw error;
    throw new DiscloseError('input', `\`${path}\`: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, path);
  }
}

/**
 * Writes several planned files: refuses (DiscloseError, nothing written) when any of them changed since
 * it was read, then replaces each one atomically.
 */
export function replaceFiles(files: readonly { path: string; bytes: Buffer; output: string }[], command: string): void {
  for (const file of files) if (!unchanged(file.path, file.bytes)) throw changedSinceRead(file.path, command);
  for (const file of files) replaceFile(file.path, file.bytes, encodeLike(file.bytes, file.output), command);
}
