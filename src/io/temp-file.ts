// The temp file of an atomic replace (issue 11, item 3): created beside its target (a rename never
// crosses file systems) with O_CREAT|O_EXCL ('wx') at a random name, so nothing planted in the folder
// beforehand (a symlink at a guessable name) is ever opened or followed; a clash just draws a new name.
// The bytes are fsynced, then the replaced file's owner and mode are copied, before anyone renames it.
import { closeSync, fchmodSync, fchownSync, fstatSync, fsyncSync, openSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { errnoCode } from './write-errors.js';

/** Room left in a 255-byte file name for `.` + 16 hex digits + `.tmp` and the start of the target's name. */
const NAME_BYTES = 200;
const ATTEMPTS = 8;

/** `.report.md.3f9c…e1.tmp`: a dot file, so a folder read meanwhile skips it (src/ingest/files.ts). */
function tempName(file: string): string {
  let name = basename(file);
  while (Buffer.byteLength(name) > NAME_BYTES) name = name.slice(0, -1);
  return join(dirname(file), `.${name}.${randomBytes(8).toString('hex')}.tmp`);
}

/**
 * Writes `data` to a new temp file beside `file` and returns its path; `existing` (the file it will
 * replace) gives the owner and mode to copy. On any failure the temp file is removed and the error thrown.
 * `nextName` draws the temp file's names (tests plant files at the names it will draw).
 */
export function writeTemp(file: string, data: string | Uint8Array, existing: Stats | undefined, nextName: (file: string) => string = tempName): string {
  let fd: number | undefined;
  let temp = '';
  for (let attempt = 0; fd === undefined; attempt++) {
    temp = nextName(file);
    try {
      // 0o600 until the bytes and the mode are in place: a secret file's copy is never readable by others.
      // A new file gets what writeFile would give it: 0o666 less the umask.
      fd = openSync(temp, 'wx', existing ? 0o600 : 0o666);
    } catch (error) {
      if (errnoCode(error) !== 'EEXIST' || attempt + 1 === ATTEMPTS) throw error;
    }
  }
  try {
    writeFileSync(fd, data);
    fsyncSync(fd);
    if (existing) keepOwnerAndMode(fd, existing);
    closeSync(fd);
    return temp;
  } catch (error) {
    closeQuietly(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * The replacement keeps the replaced file's owner and group (root can give them back; a user can only
 * keep a group it belongs to, and write-target.ts refuses another user's file) and then its mode: after
 * chown, which clears set-id bits.
 */
function keepOwnerAndMode(fd: number, existing: Stats): void {
  const own = fstatSync(fd);
  if (own.uid !== existing.uid || own.gid !== existing.gid) {
    try {
      fchownSync(fd, existing.uid, existing.gid);
    } catch (error) {
      if (errnoCode(error) !== 'EPERM') throw error;
      // Not ours to give: the group stays ours (the owner was checked before: it is us).
    }
  }
  fchmodSync(fd, existing.mode & 0o7777);
}

export function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already closed or never fully opened: nothing more to release.
  }
}

/** fsync of the folder after a rename, so the new name survives a crash; not every file system allows it. */
export function syncFolder(file: string): void {
  try {
    const fd = openSync(dirname(file), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort: the rename itself is already atomic.
  }
}
