// Whether and how a second thread reads pages (issue 13, item 8: within 4x of `pdftotext -layout`). A
// worker costs its start-up (loading pdfjs-dist and opening the document again: 0.2-0.5 s measured on a shared machine) and
// a second copy of the document in memory, so it is started only for a document long enough to pay, only
// on a machine with a second core, and never from a worker thread (a batch already runs one report per
// core: batch/pool.ts).
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, Worker } from 'node:worker_threads';
import type { ClaimCounters } from './page-claims.js';
import type { PageWorkerData } from './page-worker.js';
import type { RawPage } from './read-page.js';

/** Fewer pages than this are read on one thread: measured in scripts/bench (the worker's start-up). */
export const WORKER_MIN_PAGES = 40;

/** A file smaller than this is not worth a worker whatever its page count (a text page is 3-6 KB). */
export const WORKER_MIN_BYTES = 128 * 1024;

export interface PageThreads {
  /** The worker's entry file (dist/ingest/pdf/page-worker.js); absent under ts-jest, where there is none. */
  workerFile: URL;
  minPages: number;
  minBytes: number;
  /** Whether a core is free for the worker now. */
  idleCore: () => boolean;
}

/**
 * A core is free when the last minute's load leaves one (Linux and macOS; elsewhere loadavg is 0). On a
 * busy machine a worker only adds its start-up and a second copy of the document: measured on 2 cores,
 * the 120-page bench report took 4.1 s on two threads at a load of 9, against 1.8 s on one at a load of 6.
 */
const coreIsIdle = (): boolean => loadavg()[0]! <= availableParallelism() - 1;

export const defaultPageThreads = (): PageThreads => ({ workerFile: new URL('./page-worker.js', import.meta.url), minPages: WORKER_MIN_PAGES, minBytes: WORKER_MIN_BYTES, idleCore: coreIsIdle });

/** Decided from the file's size before the document is open; the page count (minPages) is checked once it is. */
export function wantsWorker(threads: PageThreads, bytes: number): boolean {
  return bytes >= threads.minBytes && isMainThread && availableParallelism() >= 2 && threads.idleCore() && existsSync(fileURLToPath(threads.workerFile));
}

export interface PageWorker {
  /** The pages the worker read (none if it failed), when it is done. */
  pages: Promise<RawPage[]>;
  stop: () => Promise<void>;
}

export function startPageWorker(threads: PageThreads, data: PageWorkerData): PageWorker {
  const worker = new Worker(threads.workerFile, { workerData: data satisfies PageWorkerData });
  const pages = new Promise<RawPage[]>((resolve) => {
    worker.once('message', (message: RawPage[]) => resolve(message));
    // A worker that cannot start or dies leaves its pages to the reading thread.
    worker.once('error', () => resolve([]));
    worker.once('exit', () => resolve([]));
  });
  return { pages, stop: async () => void (await worker.terminate()) };
}

export type { ClaimCounters };
