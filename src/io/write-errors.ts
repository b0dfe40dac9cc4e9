// The one-line refusals of the file writer (src/io). Each says what was wrong and what is expected;
// the CLI prints them after `disclose: ` and exits with 2.
import { DiscloseError } from '../model/errors.js';

/** Readable words for the errno codes a write meets; anything else is shown as its code. */
const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  EISDIR: 'it is a folder',
  ENOENT: 'no such folder',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
  ENXIO: 'nothing is reading from it',
  EIO: 'input/output error',
};

export const errnoCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;

/** `(ENOSPC): no space left on the device` for an errno error; `(message)` otherwise. */
export function reasonOf(error: unknown): string {
  const code = errnoCode(error);
  if (code === undefined) return `(${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  const words = REASONS[code];
  return words ? `(${code}): ${words}` : `(${code})`;
}

/**
 * A write that failed. Replacing a file: nothing was replaced (the temp file is already removed). Written
 * in place (a device, a FIFO): part of it may have been written, so nothing more is claimed.
 */
export const cannotWrite = (path: string, error: unknown, inPlace = false): DiscloseError =>
  new DiscloseError('input', `${path}: cannot write ${reasonOf(error)}${inPlace ? '' : '; nothing was replaced'}.`, path);

const octal = (mode: number): string => `0${(mode & 0o777).toString(8).padStart(3, '0')}`;

/** The target exists and may not be written by us (or, as root, has no write bit at all). */
export const readOnlyTarget = (path: string, mode: number): DiscloseError =>
  new DiscloseError('input', `${path}: is read-only (mode ${octal(mode)}), not replaced; expected a writable file (make it writable, e.g. \`chmod u+w\`, to allow it).`, path);

/** Replacing the file would give it to us: it belongs to another user and we may not give it back. */
export const foreignOwner = (path: string, uid: number): DiscloseError =>
  new DiscloseError('input', `${path}: belongs to another user (uid ${uid}) and replacing it would change its owner; not replaced, expected a file you own.`, path);

/** Two planned writes land on the same file (a link and its target, or a path named twice). */
export const sameTarget = (first: string, second: string): DiscloseError =>
  new DiscloseError('input', `${second}: is the same file as ${first}; nothing was written, expected each file once.`, second);
