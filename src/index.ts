// The public library API: what the CLI uses, and what other programs may call.
import type { CheckResult } from './model/finding.js';
import type { IndexDocument } from './model/index-document.js';
import type { AnyIndexDocument, FrameworkIndexDocument, FrameworkIndexId } from './model/framework-index.js';
import { loadCatalog } from './catalog/index.js';
import { readReport, STDIN_ARG, STDIN_NAME } from './ingest/index.js';
import { checkReport } from './engine/run.js';
import { analyse } from './engine/analysis.js';
import { buildIndexDocument } from './engine/index-document.js';
import { buildFrameworkIndex } from './engine/framework-index.js';
import { buildIndexSet as buildIndexSetOf } from './engine/index-set.js';
import type { IndexSet, IndexSetFramework } from './model/index-set.js';
import { tool, toolHomepage } from './version.js';
import { withContextDefaults } from './formatters/index.js';
import { rules } from './rules/index.js';
import { addWeakEvidence, suggestForAnalysis } from './suggest/index.js';
import { runBatch } from './batch/run-batch.js';
import { applyBaseline as applyBaselineWith, type Baseline } from './config/baseline.js';
import { englishMessage } from './engine/finding-message.js';
import type { BatchOptions, BatchResult } from './batch/types.js';
import type { CheckOptions } from './check-options.js';

export type { CheckOptions } from './check-options.js';

function reportLabel(paths: string[]): string {
  const names = paths.map((path) => (path === STDIN_ARG ? STDIN_NAME : path));
  return names.length === 1 ? names[0]! : names.join(', ');
}

/** Checks the report formed by `paths` (files and folders, in order). */
export async function check(paths: string[], options: CheckOptions = {}): Promise<CheckResult> {
  const catalog = loadCatalog(options.standardsDir);
  const report = await readReport(paths, options.defaults, options.ignore, options.onFiles);
  const { result, analysis, locale } = checkReport(report, catalog, reportLabel(paths), options.rules, { crosswalk: options.crosswalk === true }, options.locale);
  if (!options.suggest) return { tool, reports: [result] };
  return { tool, reports: [addWeakEvidence(result, suggestForAnalysis(analysis, { label: result.file }), undefined, locale)] };
}

/**
 * Checks each of `paths` as a report of its own (a file, or a folder = one multi-file report) with `check`,
 * on `jobs` threads (this one and worker threads; the cores available by default). Reports come back
 * sorted by path, never in completion order; reports that cannot be read are listed in `failures` instead
 * of stopping the batch.
 */
export function checkBatch(paths: string[], options: BatchOptions = {}): Promise<BatchResult> {
  return runBatch(paths, options, check);
}

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
  const catalog = loadCatalog(options.standardsDir);
  const report = await readReport(paths, options.defaults, options.ignore, options.onFiles);
  const analysis = analyse(report, catalog, { crosswalk: options.crosswalk === true });
  const indexOptions = { ...(options.lang ? { lang: options.lang } : {}), generator: tool };
  const framework = options.framework ?? 'gri';
  return framework === 'gri' ? buildIndexDocument(analysis, indexOptions) : buildFrameworkIndex(analysis, framework, indexOptions);
}

/**
 * Every index of the report formed by `paths` (each framework it declares that has one, or only `frameworks`),
 * with the required disclosures it misses or omits: the data of `renderIndexWorkbook`.
 */
export async function buildIndexSet(paths: string[], options: CheckOptions & { lang?: 'en' | 'zh'; frameworks?: IndexSetFramework[] } = {}): Promise<IndexSet> {
  const report = await readReport(paths, options.defaults, options.ignore, options.onFiles);
  const analysis = analyse(report, loadCatalog(options.standardsDir), { crosswalk: options.crosswalk === true });
  return buildIndexSetOf(analysis, { ...(options.lang ? { lang: options.lang } : {}), ...(options.frameworks ? { frameworks: options.frameworks } : {}), generator: tool });
}

export { loadCatalog, resolveDisclosure } from './catalog/index.js';
export { readReport, parseMarkdownReport, reportFiles, expandPaths, STDIN_NAME, type ReportFileList, type ReportFilesOptions, type SkippedFile, type SkipReason } from './ingest/index.js';
export { readContentIndexes, parseLocation } from './mapping/content-index/index.js';
export { renderIndex, renderFrameworkIndex, renderIndexWorkbook } from './render/index.js';
/**
 * The formatters, with the rule registry and the home page as context defaults: `formatters.sarif(result)`
 * lists every rule with its help, as `check --format sarif` does; `formatters.stylish(result)` needs no options.
 */
export const formatters = withContextDefaults({ rules, ...(toolHomepage ? { toolUri: toolHomepage } : {}) });
export type { Formatter, FormatterContext, FormatName, Formatters, RuleMeta } from './formatters/index.js';
export { rules } from './rules/index.js';
export { loadConfig, configFromData, type DiscloseConfig } from './config/load-config.js';
export { CONFIG_FILES, findConfigFile, resolveConfig } from './config/find-config.js';
export { buildConfigSchema, configSchemaText } from './config/config-schema.js';
export { ignoreMatcher } from './config/glob.js';
export { baselineText, createBaseline, fingerprint, loadBaseline, type Baseline, type BaselineEntry } from './config/baseline.js';
export { findingMessage } from './engine/finding-message.js';

/**
 * Removes the findings `baseline` accepts (read from `baselineFile`). A version 1 baseline, keyed on the
 * English text, also matches a run in Chinese: its findings are rendered again in English to match.
 */
export function applyBaseline(result: CheckResult, baseline: Baseline, baselineFile: string): { result: CheckResult; suppressed: number } {
  return applyBaselineWith(result, baseline, baselineFile, englishMessage);
}
export { tool } from './version.js';
export type { BatchFailure, BatchOptions, BatchResult, IgnoreGlobs } from './batch/types.js';
export { selectShard, type Shard } from './batch/shard.js';
export { mergeResults, type ResultInput } from './merge-results.js';
export * from './migrate.js';
export { suggest, planSuggestedTags, suggestedTagsDiff, writeSuggestedTags, type SuggestOptions, type PlannedTags, type PendingTagFile } from './suggest-files.js';
export { suggestForReport, DEFAULT_MIN_SCORE, DEFAULT_TOP, STRONG_SCORE, type SuggestReportOptions } from './suggest/index.js';
export { formatSuggestionsStylish, formatSuggestionsJson } from './formatters/suggestions.js';
export * from './model/index.js';
