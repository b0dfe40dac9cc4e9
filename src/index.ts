// The public library API: what the CLI uses, and what other programs may call.
import type { CheckResult } from './model/finding.js';
import { toolHomepage } from './version.js';
import { withContextDefaults } from './formatters/index.js';
import { rules } from './rules/index.js';
import { applyBaseline as applyBaselineWith, type Baseline } from './config/baseline.js';
import { englishMessage } from './engine/finding-message.js';

// The report functions, with config discovery (`config: 'auto' | path | false`, default 'auto') as the CLI.
export { check, checkBatch, buildIndex, buildIndexSet, suggest, planSuggestedTags, migrate, type CheckOptions, type IndexBuildOptions } from './app/library.js';
export type { ConfigChoice, ConfigOptions } from './app/config.js';
// The commands as functions (what the CLI runs): outputs, stderr notes and the exit code returned as data.
export { checkUseCase, type CheckUseCaseOptions } from './app/check.js';
export { mergeUseCase, type MergeUseCaseOptions } from './app/merge.js';
export { indexUseCase, type IndexUseCaseOptions, type IndexUseCaseFormat } from './app/index-use-case.js';
export { suggestUseCase, type SuggestUseCaseOptions } from './app/suggest.js';
export { migrateUseCase, type MigrateUseCaseOptions } from './app/migrate.js';
export type { UseCaseOutput, UseCaseResult, CheckUseCaseResult, OutputTarget } from './app/outputs.js';
export { FAIL_ON, checkOutcome, errorsOnly, type FailOn, type ExitPolicy, type CheckOutcome } from './app/exit-policy.js';

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
export { migrationLookup, migrateSources, planFileMigration, writeFileMigration, formatMigrationStylish, formatMigrationJson, applyEdits, planMigration } from './migrate.js';
export type { MigrateOptions, SourcesMigration, PlannedMigration, MigrationSummary, MigrationPlan, MigrationChange, MigrationReview, FileMigration, MigrationLookup, MigrationEdit } from './migrate.js';
export { suggestedTagsDiff, writeSuggestedTags, type SuggestOptions, type PlannedTags, type PendingTagFile } from './suggest-files.js';
export { planCheckFixes, fixesDiff, writeCheckFixes, type PlannedFixes, type PendingFixFile, type FixOptions } from './fix-files.js';
export { planFixes, type FixPlan, type FixedFile, type SkippedFix } from './fix/plan-fixes.js';
export { suggestForReport, DEFAULT_MIN_SCORE, DEFAULT_TOP, STRONG_SCORE, type SuggestReportOptions } from './suggest/index.js';
export { formatSuggestionsStylish, formatSuggestionsJson } from './formatters/suggestions.js';
export * from './model/index.js';
