// The entry of a batch's worker threads (piscina loads dist/batch/worker.js by file name: see pool.ts).
// Each thread imports the library once and keeps it between reports; `check` gets its catalog from
// loadCatalog's cache, which every thread has its own copy of, so the standards are read, validated and
// indexed once per worker, not once per report.
import { check } from '../index.js';
import { runTask } from './run-task.js';
import type { BatchTask, TaskOutcome } from './types.js';

export default function checkInWorker(task: BatchTask): Promise<TaskOutcome> {
  return runTask(task, check);
}
