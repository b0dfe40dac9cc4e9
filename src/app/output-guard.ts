// An output path that is also something disclose reads would destroy it: `check r.md -o r.md` replaced
// the report with its own findings (issue 11, item 2). Every command that writes checks its outputs
// against its inputs here, before it reads or writes anything else, and refuses with one line.
// Files are compared by identity (device + inode, after following symlinks), so `./r.md`, a symlink to
// it and a hard link all count as the same file, and a folder argument counts as the files it expands to.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DiscloseError } from '../model/errors.js';
import { expandPaths } from '../ingest/index.js';
import { messages } from './messages.js';

export interface GuardedOutput {
  /** The option naming it, as the user typed it: `--output`, `--baseline`. */
  option: string;
  path: string | undefined;
}

export interface GuardedInput {
  /** What it is, to finish "--output X is …": `one of the report's input files`. */
  what: string;
  paths: readonly (string | undefined)[];
}

export const REPORT_FILES = "one of the report's input files";
export const CONFIG_FILE = 'the config file in use';

/** A regular file's identity; undefined for a missing path and for devices, FIFOs and stdout. */
function identity(path: string): string | undefined {
  try {
    const stats = statSync(path);
    return stats.isFile() ? `${stats.dev}:${stats.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/** Throws DiscloseError('usage') when an output is one of the inputs, or two outputs are the same file. */
export function refuseOutputOverInput(outputs: readonly GuardedOutput[], inputs: readonly GuardedInput[]): void {
  const read = new Map<string, string>();
  for (const input of inputs) {
    for (const path of input.paths) {
      const id = path === undefined ? undefined : identity(path);
      if (id !== undefined && !read.has(id)) read.set(id, input.what);
    }
  }
  const written = new Map<string, string>();
  for (const output of outputs) {
    if (output.path === undefined) continue;
    const id = identity(output.path);
    const what = id === undefined ? undefined : read.get(id);
    if (what !== undefined) throw new DiscloseError('usage', messages.outputIsInput(output.option, output.path, what));
    // Not there yet: two outputs naming the same new file still collide.
    const key = id ?? resolve(output.path);
    const other = written.get(key);
    if (other !== undefined) throw new DiscloseError('usage', messages.outputsCollide(output.option, output.path, other));
    written.set(key, output.option);
  }
}

/**
 * The files a report's paths expand to (folders included), for the check above. A path that cannot be
 * expanded is left out: the command itself reports it, with its own message.
 */
export async function reportInputFiles(paths: readonly string[], ignore?: (file: string) => boolean): Promise<string[]> {
  const files = await Promise.all(paths.map((path) => expandPaths([path], ignore).catch(() => [path])));
  return files.flat();
}
