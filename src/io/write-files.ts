// Several files replaced as one edit (`suggest --write`, `migrate --write`; issue 11, item 4). A rename
// is atomic per file, never across files, so this gets as close as a file system allows:
//   1. check every target first: where it lands, that it is a regular file we may write, that no two
//      land on the same file, and that each still holds what the edit was planned from;
//   2. write every temp file (any failure: all temps removed, nothing written);
//   3. check again that nothing changed, then rename the temps over their files one by one.
// Only step 3 can leave the edit half done (a rename failing after others succeeded); the error then
// names the files already written and those not written.
import { renameSync, rmSync, type Stats } from 'node:fs';
import { DiscloseError } from '../model/errors.js';
import { cannotWrite, reasonOf, sameTarget } from './write-errors.js';
import { writeTarget } from './write-target.js';
import { syncFolder, writeTemp } from './temp-file.js';

export interface PlannedWrite {
  path: string;
  data: string | Uint8Array;
  /** Throws (a DiscloseError) when the file is no longer what the edit was planned from. */
  verify?: () => void;
}

export interface WriteFilesOptions {
  /** The rename, replaceable by tests to make one fail. */
  rename?: (from: string, to: string) => void;
}

/** Replaces each planned file as described above; DiscloseError of one line when anything fails. */
export function writeFilesAtomic(files: readonly PlannedWrite[], options: WriteFilesOptions = {}): void {
  const rename = options.rename ?? renameSync;
  const targets = preflight(files);
  const temps: string[] = [];
  try {
    for (const [i, file] of files.entries()) {
      const target = targets[i]!;
      try {
        temps.push(writeTemp(target.file, file.data, target.existing));
      } catch (error) {
        throw cannotWrite(file.path, error);
      }
    }
    for (const file of files) file.verify?.();
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    throw error;
  }
  for (let i = 0; i < files.length; i++) {
    try {
      rename(temps[i]!, targets[i]!.file);
    } catch (error) {
      for (const temp of temps.slice(i)) rmSync(temp, { force: true });
      throw partlyWritten(files.map((f) => f.path), i, error);
    }
    syncFolder(targets[i]!.file);
  }
}

/** Step 1: each file's target, or the first refusal (nothing written yet). */
function preflight(files: readonly PlannedWrite[]): { file: string; existing: Stats }[] {
  const seen = new Map<string, string>();
  return files.map((planned) => {
    const target = writeTarget(planned.path);
    // A report's file is a regular file; a device or FIFO in its place is not something to edit.
    if (target.kind !== 'replace' || target.existing === undefined) {
      throw new DiscloseError('input', `${planned.path}: is not a regular file any more; nothing was written, expected the report file that was read.`, planned.path);
    }
    const key = `${target.existing.dev}:${target.existing.ino}`;
    const first = seen.get(key);
    if (first !== undefined) throw sameTarget(first, planned.path);
    seen.set(key, planned.path);
    planned.verify?.();
    return { file: target.file, existing: target.existing };
  });
}

/** A rename failed after `done` files were replaced. */
function partlyWritten(paths: string[], done: number, error: unknown): DiscloseError {
  const failed = paths[done]!;
  const list = (names: string[]): string => names.join(', ');
  const written = done === 0 ? 'nothing was written' : `already written: ${list(paths.slice(0, done))}; not written: ${list(paths.slice(done))}`;
  return new DiscloseError('input', `${failed}: cannot write ${reasonOf(error)}; ${written}.`, failed);
}
