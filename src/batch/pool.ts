// The worker pool of a batch: piscina, with a fixed number of threads for the whole batch.
import { availableParallelism } from 'node:os';
import type { Piscina } from 'piscina';
import { DiscloseError } from '../model/errors.js';
import type { BatchTask, TaskOutcome } from './types.js';

/**
 * Threads for a batch of `reports`: `jobs` (or the cores available for `auto`), never more than there are
 * reports nor than the cores available (`--jobs 64` on 2 cores took 14× longer and 20× the memory of
 * `--jobs 1`: every thread holds a parsed report, and they only take turns on the cores). This thread is
 * one of them (run-batch.ts), so 1 means no worker pool at all.
 */
export function workerCount(jobs: number | 'auto' | undefined, reports: number): number {
  if (jobs !== undefined && jobs !== 'auto' && !(Number.isInteger(jobs) && jobs >= 1)) {
    throw new DiscloseError('usage', `jobs must be a whole number of 1 or more, or \`auto\`; got ${String(jobs)}`);
  }
  const cores = availableParallelism();
  const wanted = jobs === undefined || jobs === 'auto' ? cores : Math.min(jobs, cores);
  return Math.max(1, Math.min(wanted, reports));
}

/**
 * A pool of `threads` workers running worker.ts, each holding up to `tasksPerWorker` tasks. The worker is
 * found next to this file, so it resolves in dist/ (the built package); under ts-jest there is no worker.js
 * beside the .ts sources, which is why the pool is tested through the built CLI.
 */
export async function createPool(threads: number, tasksPerWorker: number): Promise<Piscina<BatchTask, TaskOutcome>> {
  // Imported here: the library (and a plain `check`) should not pay for the pool unless a batch uses workers.
  const { Piscina: Pool } = await import('piscina');
  return new Pool<BatchTask, TaskOutcome>({
    filename: new URL('./worker.js', import.meta.url).href,
    // All threads start at once: a batch keeps every one of them busy until the queue is empty.
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: tasksPerWorker,
  });
}
