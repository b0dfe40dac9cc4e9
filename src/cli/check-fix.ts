// `check --fix` and `check --fix --dry-run` (issue 12 item 5): the CLI's part is small — refuse what makes
// no sense, call the library's planner (src/fix-files.ts), print the diff or write, and say what happened
// on stderr. The findings that remain are then reported by the ordinary check, run again on the files as
// written (as ESLint does).
import { DiscloseError } from '../model/errors.js';
import type { DiscloseConfig } from '../index.js';
import { writeOutput } from './output.js';

export interface FixCliOptions {
  fix?: boolean;
  dryRun?: boolean;
  batch?: boolean;
  jobs?: number | 'auto';
  shard?: unknown;
  crosswalk?: boolean;
  quiet?: boolean;
  output?: string;
}

/** Combinations refused before any work. */
export function refuseBadFixUsage(paths: readonly string[], options: FixCliOptions): void {
  if (options.dryRun && !options.fix) throw new DiscloseError('usage', '--dry-run shows what --fix would change; use it with --fix.');
  if (!options.fix) return;
  if (paths.includes('-')) throw new DiscloseError('usage', '--fix rewrites the report\'s files; it cannot fix a report read from stdin (-). Name the files instead.');
  if (options.batch === true || options.jobs !== undefined || options.shard !== undefined) {
    throw new DiscloseError('usage', '--fix rewrites one report\'s files; run it without --batch, --jobs or --shard (once per report).');
  }
}

/**
 * Plans every certain fix; with --dry-run prints the unified diff (to --output or stdout) and returns
 * true (the run ends there, exit 0); otherwise writes the fixed files and returns false (check goes on).
 */
export async function runFix(
  paths: string[],
  config: DiscloseConfig | undefined,
  ignore: ((file: string) => boolean) | undefined,
  options: FixCliOptions,
): Promise<boolean> {
  const library = await import('../index.js');
  const planned = await library.planCheckFixes(paths, {
    ...(config ? { defaults: config.defaults } : {}),
    ...(config?.rules ? { rules: config.rules } : {}),
    ...(ignore ? { ignore } : {}),
    crosswalk: options.crosswalk === true,
  });
  const note = (text: string): void => {
    if (!options.quiet) process.stderr.write(`disclose: ${text}\n`);
  };
  const files = (n: number): string => (n === 1 ? '1 file' : `${n} files`);
  const skipped = planned.skipped.filter((s) => s.reason === 'overlap').length;
  const skippedNote = skipped > 0 ? `; ${skipped} overlapping fix(es) left for the next run` : '';
  if (options.dryRun) {
    writeOutput(library.fixesDiff(planned), options.output);
    note(`would apply ${planned.fixes} fix(es) in ${files(planned.pending.length)}${skippedNote}; nothing written (--dry-run)`);
    process.exitCode = 0;
    return true;
  }
  if (planned.pending.length > 0) {
    const written = library.writeCheckFixes(planned);
    note(`applied ${written.fixes} fix(es) in ${files(written.files)}${skippedNote}`);
  }
  return false;
}
