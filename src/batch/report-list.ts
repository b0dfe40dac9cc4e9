// The reports of a batch, from the path arguments: quoted globs expanded, each path one report, sorted, the
// same file or folder named twice checked once. Sorting here (not by completion) is what makes the output
// independent of the number of jobs and of the order of arguments or of files on disk.
import { resolve } from 'node:path';
import { DiscloseError } from '../model/errors.js';
import { expandGlob, isUnexpandedGlob } from '../ingest/expand-globs.js';
import { STDIN_ARG } from '../ingest/stdin.js';
import type { BatchFailure } from './types.js';
import { pushAll } from '../arrays.js';

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface ReportList {
  /** One path per report (a file, or a folder = one multi-file report), sorted. */
  paths: string[];
  /** Globs that matched nothing: reported like a report that cannot be read. */
  failures: BatchFailure[];
}

export async function listReports(args: readonly string[]): Promise<ReportList> {
  if (args.length === 0) throw new DiscloseError('usage', 'No report given; expected one or more Markdown files or folders');
  const candidates: string[] = [];
  const failures: BatchFailure[] = [];
  for (const arg of args) {
    // Each report of a batch is read by a worker of its own: one stream of standard input cannot be shared.
    if (arg === STDIN_ARG) throw new DiscloseError('usage', '`-` (standard input) cannot be part of a --batch; name the reports\' files or folders');
    if (!isUnexpandedGlob(arg)) {
      candidates.push(arg);
      continue;
    }
    const matched = await expandGlob(arg);
    if (matched.length === 0) failures.push({ path: arg, message: `\`${arg}\`: no file or folder matches this glob` });
    pushAll(candidates, matched);
  }
  // Of two spellings of one path (`a.md`, `./a.md`) the one that sorts first is kept, whatever the order given.
  const seen = new Set<string>();
  const paths = candidates.sort(byName).filter((path) => {
    const key = resolve(path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { paths, failures };
}
