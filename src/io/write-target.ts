// Where a write really lands, decided before anything is written (issue 11, item 1):
// - a symbolic link is followed and kept: its target is replaced (a dangling link: the file it names
//   is created), as a shell's `>` would, so the link never goes stale;
// - a device, FIFO or socket (and anything under /dev or /proc, whose links are the kernel's magic
//   ones: /dev/stdout -> /proc/self/fd/1 -> `pipe:[…]`) is written in place, never renamed over;
// - a regular file is replaced atomically (src/io/atomic-write.ts), so its mode, owner and the
//   permission to write it are read here too.
import { accessSync, constants, lstatSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { cannotWrite, errnoCode, foreignOwner, readOnlyTarget } from './write-errors.js';

/** Linux's own limit on links followed in one path (MAXSYMLINKS). */
const MAX_LINKS = 40;

export type WriteTarget =
  /** Open `path` as given and write into it (a device, FIFO, socket, or a path under /dev or /proc). */
  | { kind: 'in-place'; path: string }
  /** Write a temp file beside `file` and rename it over; `existing` is the file replaced, if any. */
  | { kind: 'replace'; path: string; file: string; existing: Stats | undefined };

const KERNEL_TREES = ['/dev/', '/proc/'];
const inKernelTree = (file: string): boolean => KERNEL_TREES.some((tree) => file.startsWith(tree));

/** True when this process runs as root, which bypasses file permissions (so they are checked by hand). */
export const runningAsRoot = (): boolean => process.geteuid?.() === 0;

/**
 * Where writing `path` lands. Throws the one-line DiscloseError for what cannot be written: a folder, a
 * path whose folder is missing, a read-only file, a loop of links.
 */
export function writeTarget(path: string): WriteTarget {
  let followed: Stats | undefined;
  try {
    followed = statSync(path);
  } catch (error) {
    // ENOENT: a new file, or a dangling link (resolved below); anything else (ELOOP, EACCES) is final.
    if (errnoCode(error) !== 'ENOENT') throw cannotWrite(path, error);
  }
  if (followed?.isDirectory()) throw cannotWrite(path, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
  if ((followed && !followed.isFile()) || inKernelTree(resolve(path))) return { kind: 'in-place', path };

  // The folder as the kernel resolves it (`linked-dir/../x` is not what it reads as), then the links of
  // the last name one by one (not realpath on it: that fails on a dangling link, which still names a file).
  let file = inRealFolder(path, path);
  if (inKernelTree(file)) return { kind: 'in-place', path };
  for (let links = 0; ; links++) {
    let own: Stats;
    try {
      own = lstatSync(file);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw cannotWrite(path, error);
      return { kind: 'replace', path, file, existing: undefined };
    }
    if (!own.isSymbolicLink()) break;
    if (links === MAX_LINKS) throw cannotWrite(path, Object.assign(new Error('ELOOP'), { code: 'ELOOP' }));
    const link = readlinkSync(file);
    file = inRealFolder(path, isAbsolute(link) ? link : `${dirname(file)}${sep}${link}`);
    if (inKernelTree(file)) return { kind: 'in-place', path };
  }
  const existing = statSync(file);
  assertWritable(path, file, existing);
  return { kind: 'replace', path, file, existing };
}

/**
 * `file` (absolute, or relative to the working directory) with its folder resolved by the system's
 * realpath(3): `link/..` is the link target's parent, as the kernel reads it, where path.resolve and
 * Node's own realpath would drop the two names as text first. A missing folder is an error of `path`.
 */
function inRealFolder(path: string, file: string): string {
  try {
    return join(realpathSync.native(dirname(file)), basename(file));
  } catch (error) {
    throw cannotWrite(path, error);
  }
}

/**
 * Refuses a file we may not write: renaming over it needs only the folder's permission, which would
 * silently replace a read-only (0444) file. Root passes every access check, so for root the mode decides:
 * a file with no write bit at all is read-only.
 */
function assertWritable(path: string, file: string, existing: Stats): void {
  if (runningAsRoot()) {
    if ((existing.mode & 0o222) === 0) throw readOnlyTarget(path, existing.mode);
    return;
  }
  try {
    accessSync(file, constants.W_OK);
  } catch {
    throw readOnlyTarget(path, existing.mode);
  }
  // A file of another user that we may write (group- or world-writable): replacing it would make it ours.
  // (No owners to compare where there is no geteuid: Windows.)
  const me = process.geteuid?.();
  if (me !== undefined && existing.uid !== me) throw foreignOwner(path, existing.uid);
}
