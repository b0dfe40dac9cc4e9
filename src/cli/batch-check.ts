// `disclose check --batch` / `--jobs N`: each path is a report of its own, checked in worker threads
// (src/batch/). The terminal sees a progress bar while the batch runs (progress.ts), then one stderr line
// per report that could not be read: `disclose: \`reports/x.md\`: front matter is not valid YAML …`.
// Such a report does not stop the batch (see src/batch/run-batch.ts); the command prints the others and
// exits with 2, the exit code of bad input (contracts.md §3).
import { availableParallelism } from 'node:os';
import { DiscloseError } from '../model/errors.js';
import type { Locale } from '../model/message.js';
import type { BatchResult, DiscloseConfig, Shard } from '../index.js';
import { progressBar, wantsProgress } from './progress.js';

export interface BatchCliOptions {
  jobs?: number | 'auto';
  quiet?: boolean;
  crosswalk?: boolean;
  suggest?: boolean;
  updateBaseline?: boolean;
  locale?: Locale;
  /** --shard i/n: only this share of the sorted report list. */
  shard?: Shard;
}

/**
 * Runs the batch. Returns undefined when no report at all could be read: then, as for a single bad report,
 * stdout stays empty and the exit code is 2 (the reasons are on stderr).
 */
export async function runBatchCheck(paths: string[], config: DiscloseConfig | undefined, options: BatchCliOptions): Promise<BatchResult | undefined> {
  const { checkBatch } = await import('../index.js');
  const cores = availableParallelism();
  if (typeof options.jobs === 'number' && options.jobs > cores && options.quiet !== true) {
    // Said, not silent: the user asked for more; workerCount (batch/pool.ts) caps it.
    process.stderr.write(`disclose: --jobs ${options.jobs} is more than the ${cores} cores available; using ${cores}\n`);
  }
  const progress = wantsProgress(options.quiet === true) ? await progressBar() : undefined;
  let batch: BatchResult;
  try {
    batch = await checkBatch(paths, {
      ...(config ? { defaults: config.defaults } : {}),
      ...(config?.rules ? { rules: config.rules } : {}),
      ...(config?.ignore?.length ? { ignoreGlobs: { globs: config.ignore, base: config.dir ?? process.cwd() } } : {}),
      crosswalk: options.crosswalk === true,
      suggest: options.suggest === true,
      ...(options.locale ? { locale: options.locale } : {}),
      jobs: options.jobs ?? 'auto',
      ...(options.shard ? { shard: options.shard } : {}),
      ...(progress ? { onProgress: (done: number, total: number) => progress.update(done, total) } : {}),
    });
  } finally {
    progress?.stop();
  }
  // After the batch, in report order (not as they happened), so stderr is as deterministic as stdout.
  for (const failure of batch.failures) process.stderr.write(`disclose: ${failure.message}\n`);
  if (batch.failures.length === 0) return batch;
  if (options.updateBaseline) {
    // A baseline without the unreadable reports would turn their accepted findings into new ones next time.
    throw new DiscloseError('input', `the baseline was not written: ${batch.failures.length} report(s) could not be read; fix them or leave them out`);
  }
  if (batch.result.reports.length === 0) {
    process.exitCode = 2;
    return undefined;
  }
  return batch;
}
