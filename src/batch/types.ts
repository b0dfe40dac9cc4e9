// The shapes of a batch check (`disclose check --batch`, `checkBatch`): what the caller asks for, what a
// worker thread is sent and answers, and what comes back. Everything a worker receives or returns is plain
// data, because it crosses a thread boundary by structured clone (functions and class instances do not).
import type { DiscloseErrorKind } from '../model/errors.js';
import type { CheckResult, ReportResult } from '../model/finding.js';
import type { CheckOptions } from '../check-options.js';
import type { Shard } from './shard.js';

/** A config's `ignore` globs and the folder they are relative to (see ignoreMatcher). */
export interface IgnoreGlobs {
  globs: string[];
  base: string;
}

/** What every report of a batch is checked with: `check`'s options, as data. */
export interface BatchCheckOptions extends Omit<CheckOptions, 'ignore'> {
  /** Replaces `check`'s `ignore` predicate: a predicate cannot be sent to a worker thread, its globs can. */
  ignoreGlobs?: IgnoreGlobs;
}

export interface BatchOptions extends BatchCheckOptions {
  /** Threads checking reports, this one included (1: no worker threads), or `auto` (the cores available, the default). */
  jobs?: number | 'auto';
  /** Check only this share of the sorted report list (`--shard i/n`; see shard.ts). */
  shard?: Shard;
  /** Called as reports finish (in completion order; the result itself never depends on that order). */
  onProgress?: (done: number, total: number) => void;
}

/** A report of the batch that could not be read (bad input), instead of failing the whole batch. */
export interface BatchFailure {
  /** The path argument that names the report (or the glob that matched nothing). */
  path: string;
  /** One line naming the file and what was wrong (a DiscloseError's message). */
  message: string;
}

export interface BatchResult {
  /** One entry per report that could be read, sorted by report path, never by completion order. */
  result: CheckResult;
  /** Reports that could not be read, in the same order. */
  failures: BatchFailure[];
}

/** One report to check: sent to a worker thread, or run in this thread when there is one job. */
export interface BatchTask {
  path: string;
  options: BatchCheckOptions;
}

/** A worker's answer: the report, or the DiscloseError that stopped it (as data: see the header). */
export type TaskOutcome =
  | { ok: true; report: ReportResult }
  | { ok: false; error: { kind: DiscloseErrorKind; message: string; file?: string } };
