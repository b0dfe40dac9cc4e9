// `disclose migrate` as a library call: read the report's files, plan the GRI 2016 -> 2021 migration
// (src/mapping/migrate), and with `write` apply it. This file wires catalog, ingest and mapping together,
// which only the top level may do (architecture.md, "Imports run one way"); index.ts re-exports it.
//
// Writing is careful (src/file-replace.ts, shared with `suggest --write`): a file changed since it was read
// is refused, each file is replaced atomically, a UTF-8 BOM and every byte outside the edits stay as they were.
import type { Catalog } from './model/catalog.js';
import { readBytes, replaceFiles } from './file-replace.js';
import type { Report, ReportMeta } from './model/report.js';
import { compareStandardLabel, compareTitle, loadCatalog, resolveDisclosure, type ReportDates } from './catalog/index.js';
import { expandPaths, reportText, parseMarkdownReport, type MarkdownSource } from './ingest/index.js';
import { reportDates } from './engine/dates.js';
import { applyEdits, planMigration, type MigrationLookup, type MigrationPlan, type MigrationSummary, type MinConfidence } from './mapping/migrate/index.js';
import { tool } from './version.js';

export interface MigrateOptions {
  /** Apply the changes to the files (default: a dry run that only reports them). */
  write?: boolean;
  /** Defaults under each report's front matter (a config file's report keys); the dates choose versions. */
  defaults?: Partial<ReportMeta>;
  standardsDir?: string;
  /** Lowest confidence of a correspondence that is applied; default `medium`. */
  minConfidence?: MinConfidence;
}

/** The catalog services the migration plan needs, for one report's dates. */
export function migrationLookup(catalog: Catalog, dates: ReportDates): MigrationLookup {
  return {
    resolve(id, title) {
      const r = resolveDisclosure(catalog, id, dates, title);
      return r && { def: r.def, matchedTitle: r.matchedTitle, earlyAdoption: r.state === 'early-adoption' };
    },
    compareTitle,
    standardOfLabel(text) {
      const r = compareStandardLabel(catalog, text, dates);
      return r.verdict === 'exact' || r.verdict === 'no-year' ? r.standard : undefined;
    },
  };
}

export interface SourcesMigration {
  report: Report;
  plan: MigrationPlan;
  /** Each file's text after the migration (the same text when nothing changes), by path. */
  outputs: Map<string, string>;
}

/** Plans the migration of a report given as texts (no I/O besides the catalog). */
export function migrateSources(sources: readonly MarkdownSource[], options: Omit<MigrateOptions, 'write'> = {}): SourcesMigration {
  const texts = new Map(sources.map((s) => [s.path, s.text.charCodeAt(0) === 0xfeff ? s.text.slice(1) : s.text]));
  const report = parseMarkdownReport(
    sources.map((s) => ({ path: s.path, text: texts.get(s.path)! })),
    options.defaults,
  );
  const catalog = loadCatalog(options.standardsDir);
  const plan = planMigration({
    report,
    texts,
    catalog,
    lookup: migrationLookup(catalog, reportDates(report.meta)),
    ...(options.minConfidence ? { minConfidence: options.minConfidence } : {}),
  });
  const outputs = new Map<string, string>();
  for (const file of plan.files) outputs.set(file.file, applyEdits(texts.get(file.file)!, file.changes.flatMap((c) => c.edits)));
  return { report, plan, outputs };
}

const COMMAND = 'disclose migrate';

/** A planned migration of files on disk: the summary, and per changed file the bytes it was planned from. */
export interface PlannedMigration {
  summary: MigrationSummary;
  /** Files with changes: their bytes as read and their text after the migration. */
  pending: { path: string; bytes: Buffer; output: string }[];
}

/** Reads the report formed by `paths` (files and folders, in order) and plans its migration; writes nothing. */
export async function planFileMigration(paths: string[], options: Omit<MigrateOptions, 'write'> = {}): Promise<PlannedMigration> {
  const files = await expandPaths(paths);
  const bytes = await Promise.all(files.map((path) => readBytes(path)));
  const sources = files.map((path, i) => ({ path, text: reportText(bytes[i]!, path) }));
  const { plan, outputs } = migrateSources(sources, options);
  const pending = plan.files.flatMap((f, i) => (f.changes.length > 0 ? [{ path: f.file, bytes: bytes[i]!, output: outputs.get(f.file)! }] : []));
  return { summary: { tool, written: false, files: plan.files }, pending };
}

/**
 * Writes a planned migration. Refuses (DiscloseError, nothing written) when any file changed since it was
 * read; a UTF-8 BOM is kept.
 */
export function writeFileMigration(planned: PlannedMigration): MigrationSummary {
  replaceFiles(planned.pending, COMMAND);
  return { ...planned.summary, written: planned.pending.length > 0 };
}

/**
 * Migrates the report formed by `paths` from GRI 2016 to GRI 2021 codes. Without `write` nothing is
 * changed; with it, each changed file is rewritten. The result lists what changed (or would) and what
 * needs review; items that need review never change.
 */
export async function migrate(paths: string[], options: MigrateOptions = {}): Promise<MigrationSummary> {
  const { write, ...rest } = options;
  const planned = await planFileMigration(paths, rest);
  return write ? writeFileMigration(planned) : planned.summary;
}

export { formatMigrationStylish, formatMigrationJson, applyEdits, planMigration } from './mapping/migrate/index.js';
export type { MigrationSummary, MigrationPlan, MigrationChange, MigrationReview, FileMigration, MigrationLookup, MigrationEdit } from './mapping/migrate/index.js';
