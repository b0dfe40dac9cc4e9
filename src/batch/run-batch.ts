// A batch check: every path is a report of its own, checked on `jobs` threads (this one and worker threads;
// only this one for one job), collected and merged into one CheckResult.
//
// Bad input does not stop a batch: a report that cannot be read (not UTF-8, bad front matter, no such file)
// becomes a BatchFailure, and the others are still checked and reported. The CLI prints each failure as one
// stderr line and exits with 2 (contracts.md §3: bad input -> 2), after printing the other reports. A
// config or usage error (a broken catalog, a bad option) is the same for every report, so it stops the
// batch as it stops a single check.
import { DiscloseError } from '../model/errors.js';
import type { ReportResult } from '../model/finding.js';
import { tool } from '../version.js';
import { createPool, workerCount } from './pool.js';
import { listReports } from './report-list.js';
import { runTask, type CheckFunction } from './run-task.js';
import { compareReports } from './report-order.js';
import { selectShard } from './shard.js';
import type { BatchCheckOptions, BatchFailure, BatchOptions, BatchResult, BatchTask, TaskOutcome } from './types.js';

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The options every task carries: `check`'s options without the batch's own (`jobs`, `onProgress`). They
 * are cloned into the worker threads, so they must be data: a plain-JS caller's `ignore` predicate is
 * refused with the way to say the same thing (`ignoreGlobs`).
 */
function taskOptions({ jobs: _jobs, onProgress: _onProgress, shard: _shard, ...options }: BatchOptions): BatchCheckOptions {
  if ('ignore' in options) {
    throw new DiscloseError('usage', 'checkBatch takes `ignoreGlobs` ({ globs, base }), not an `ignore` function: a function cannot be sent to a worker thread');
  }
  return options;
}

// Tasks queued in each worker beyond the one it runs, so that it never waits for this thread (busy with a
// report of its own) to hand it the next one.
const TASKS_PER_WORKER = 2;

/**
 * Runs every task on `threads` threads: this one (which has the library loaded already) and `threads - 1`
 * workers. Each lane takes the next task as soon as it is free; outcomes are kept in task order, so the
 * order in which they finish changes nothing.
 */
async function runAll(tasks: readonly BatchTask[], threads: number, check: CheckFunction, done: () => void): Promise<TaskOutcome[]> {
  const outcomes: TaskOutcome[] = [];
  let next = 0;
  const lane = async (run: (task: BatchTask) => Promise<TaskOutcome>): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      outcomes[i] = await run(tasks[i]!);
      done();
    }
  };
  const inThisThread = (task: BatchTask): Promise<TaskOutcome> => runTask(task, check);
  if (threads <= 1) {
    await lane(inThisThread);
    return outcomes;
  }
  const pool = await createPool(threads - 1, TASKS_PER_WORKER);
  try {
    // The workers' lanes first: they queue their first tasks while the workers start, before this thread
    // blocks on its own first report (loading the catalog).
    const inWorkers = Array.from({ length: (threads - 1) * TASKS_PER_WORKER }, () => lane((task) => pool.run(task)));
    await Promise.all([...inWorkers, lane(inThisThread)]);
  } finally {
    await pool.destroy();
  }
  return outcomes;
}

/** Checks each of `paths` as its own report; `check` is the library's single-report check (index.ts). */
export async function runBatch(paths: readonly string[], options: BatchOptions, check: CheckFunction): Promise<BatchResult> {
  const shared = taskOptions(options);
  const list = await listReports(paths);
  // --shard: this machine's share of the sorted list (shard.ts).
  const selected = options.shard ? selectShard(list.paths, options.shard) : list.paths;
  const tasks = selected.map((path) => ({ path, options: shared }));
  const threads = workerCount(options.jobs, tasks.length);
  let finished = 0;
  options.onProgress?.(0, tasks.length);
  const outcomes = await runAll(tasks, threads, check, () => options.onProgress?.(++finished, tasks.length));

  const reports: ReportResult[] = [];
  const failures: BatchFailure[] = [...list.failures];
  outcomes.forEach((outcome, i) => {
    if (outcome.ok) reports.push(outcome.report);
    else if (outcome.error.kind === 'input') failures.push({ path: tasks[i]!.path, message: outcome.error.message });
    else throw new DiscloseError(outcome.error.kind, outcome.error.message, outcome.error.file);
  });
  // Sorted by report path, then its files: never by completion order (see report-list.ts).
  reports.sort(compareReports);
  failures.sort((a, b) => byName(a.path, b.path));
  return { result: { tool, reports }, failures };
}
