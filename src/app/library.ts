// The library's report functions (check, checkBatch, buildIndex, buildIndexSet, suggest, planSuggestedTags,
// migrate) with config discovery:
// each takes `config: 'auto' | path | false` (default 'auto', as the CLI) and maps the config to engine
// options with the one mapping of config.ts. index.ts re-exports them; the use cases call them.
import type { CheckResult } from '../model/finding.js';
import type { IndexDocument } from '../model/index-document.js';
import type { AnyIndexDocument, FrameworkIndexDocument, FrameworkIndexId } from '../model/framework-index.js';
import type { IndexSet, IndexSetFramework } from '../model/index-set.js';
import type { ReportMeta } from '../model/report.js';
import { runBatch } from '../batch/run-batch.js';
import type { BatchOptions, BatchResult } from '../batch/types.js';
import { checkFiles, indexOfFiles, indexSetOfFiles } from './report-files.js';
import { engineOptions, loadConfigChoice, type ConfigOptions } from './config.js';
import type { SuggestResult } from '../model/suggestion.js';
import { planSuggestedTags as planTags, suggest as suggestFiles, type PlannedTags, type SuggestOptions } from '../suggest-files.js';
import { migrate as migrateFiles, type MigrateOptions, type MigrationSummary } from '../migrate.js';

import type { CheckOptions } from '../check-options.js';
export type { CheckOptions } from '../check-options.js';

/** `options` with its config applied: what the engine is called with (no `config`, no `cwd`). */
function configured<T extends CheckOptions>(options: T): Omit<T, 'config' | 'cwd'> {
  const { config: _config, cwd: _cwd, ...rest } = options;
  const { ignoreGlobs: _globs, templates: _templates, ...mapped } = engineOptions(loadConfigChoice(options), options, options.cwd);
  return { ...rest, ...mapped };
}

/** Checks the report formed by `paths` (files and folders, in order). */
export function check(paths: string[], options: CheckOptions = {}): Promise<CheckResult> {
  return checkFiles(paths, configured(options));
}

/**
 * Checks each of `paths` as a report of its own (a file, or a folder = one multi-file report) with `check`,
 * on `jobs` threads (this one and worker threads; the cores available by default). Reports come back
 * sorted by path, never in completion order; reports that cannot be read are listed in `failures` instead
 * of stopping the batch. The config is found once, here; the reports are checked with it applied.
 */
export function checkBatch(paths: string[], options: BatchOptions = {}): Promise<BatchResult> {
  const { config: _config, cwd: _cwd, ...rest } = options;
  const { ignore: _ignore, templates: _templates, ...mapped } = engineOptions(loadConfigChoice(options), withoutIgnoreGlobs(options), options.cwd);
  // Each report is then checked with the config already applied: `config: false` (no second search per report).
  return runBatch(paths, { ...rest, ...mapped, ...(options.ignoreGlobs ? { ignoreGlobs: options.ignoreGlobs } : {}), config: false }, check);
}

const withoutIgnoreGlobs = ({ ignoreGlobs: _globs, ...options }: BatchOptions): Omit<BatchOptions, 'ignoreGlobs'> => options;

export interface IndexBuildOptions extends CheckOptions {
  lang?: 'en' | 'zh';
  /**
   * Whose index: `gri` (the default) or `sasb`, `szse`, `sse`, `bse`, `hkex`. A framework other than GRI
   * must be declared in the report's front matter (`frameworks:`), else a usage error.
   */
  framework?: 'gri' | FrameworkIndexId;
}

/** The content index of the report formed by `paths`, as data for `renderIndex`: GRI's by default. */
export async function buildIndex(paths: string[], options?: IndexBuildOptions & { framework?: 'gri' }): Promise<IndexDocument>;
/** The SASB, exchange or HKEX index of the report formed by `paths`. */
export async function buildIndex(paths: string[], options: IndexBuildOptions & { framework: FrameworkIndexId }): Promise<FrameworkIndexDocument>;
export async function buildIndex(paths: string[], options?: IndexBuildOptions): Promise<AnyIndexDocument>;
export async function buildIndex(paths: string[], options: IndexBuildOptions = {}): Promise<AnyIndexDocument> {
  return indexOfFiles(paths, configured(options));
}

/**
 * Every index of the report formed by `paths` (each framework it declares that has one, or only `frameworks`),
 * with the required disclosures it misses or omits: the data of `renderIndexWorkbook`.
 */
export async function buildIndexSet(paths: string[], options: CheckOptions & { lang?: 'en' | 'zh'; frameworks?: IndexSetFramework[] } = {}): Promise<IndexSet> {
  return indexSetOfFiles(paths, configured(options));
}

/** Only the report keys and `ignore` of a config: what suggest and migrate read. */
function reportDefaults<T extends ConfigOptions & { defaults?: Partial<ReportMeta>; ignore?: (file: string) => boolean }>(options: T, withIgnore: boolean): Omit<T, 'config' | 'cwd'> {
  const { config: _config, cwd: _cwd, ...rest } = options;
  const mapped = engineOptions(loadConfigChoice(options), options, options.cwd);
  return { ...rest, ...(mapped.defaults ? { defaults: mapped.defaults } : {}), ...(withIgnore && mapped.ignore ? { ignore: mapped.ignore } : {}) };
}

/** Ranks, for each disclosure the report's frameworks require, the sections that answer it (the config's report keys and `ignore` applied). */
export function suggest(paths: string[], options: SuggestOptions & ConfigOptions = {}): Promise<SuggestResult> {
  return suggestFiles(paths, reportDefaults(options, true));
}

/** What `suggest --write` would insert, file by file (the config applied as by `suggest`). */
export function planSuggestedTags(paths: string[], options: SuggestOptions & ConfigOptions = {}): Promise<PlannedTags> {
  return planTags(paths, reportDefaults(options, true));
}

/**
 * Migrates the report formed by `paths` from GRI 2016 to GRI 2021 codes (the config's report dates choose
 * between code versions). Without `write` nothing is changed; with it, each changed file is rewritten.
 */
export function migrate(paths: string[], options: MigrateOptions & ConfigOptions = {}): Promise<MigrationSummary> {
  return migrateFiles(paths, reportDefaults(options, false));
}
