// The report functions without config: read the files, run the engine. The config is applied before
// (library.ts); a batch's worker threads get it applied too.
import type { CheckResult } from '../model/finding.js';
import type { AnyIndexDocument, FrameworkIndexId } from '../model/framework-index.js';
import type { IndexSet, IndexSetFramework } from '../model/index-set.js';
import { loadCatalog } from '../catalog/index.js';
import { readReport, STDIN_ARG, STDIN_NAME } from '../ingest/index.js';
import { checkReport } from '../engine/run.js';
import { analyse } from '../engine/analysis.js';
import { buildContentIndex } from '../engine/content-index.js';
import { buildIndexSet as buildIndexSetOf } from '../engine/index-set.js';
import { unmetInAccordance } from '../engine/unmet-claim.js';
import { presentIndex, presentIndexSet } from '../render/index.js';
import { addWeakEvidence, suggestForAnalysis } from '../suggest/index.js';
import { markDraft, planDraft, withDraftTags, type DraftOptions } from '../suggest/draft.js';
import type { Catalog } from '../model/catalog.js';
import type { IndexDraftData } from '../model/index-data.js';
import type { Report } from '../model/report.js';
import type { Analysis } from '../engine/analysis.js';
import { tool } from '../version.js';
import type { FileOptions } from '../check-options.js';

export type { FileOptions } from '../check-options.js';

function reportLabel(paths: string[]): string {
  const names = paths.map((path) => (path === STDIN_ARG ? STDIN_NAME : path));
  return names.length === 1 ? names[0]! : names.join(', ');
}

export async function checkFiles(paths: string[], options: FileOptions): Promise<CheckResult> {
  const catalog = loadCatalog(options.standardsDir);
  const report = await readReport(paths, options.defaults, options.ignore, options.onFiles);
  const { result, analysis, locale } = checkReport(report, catalog, reportLabel(paths), options.rules, { crosswalk: options.crosswalk === true }, options.locale);
  if (!options.suggest) return { tool, reports: [result] };
  return { tool, reports: [addWeakEvidence(result, suggestForAnalysis(analysis, { label: result.file }), undefined, locale)] };
}

/** `index --draft`: the placement threshold (suggest's default when absent). */
export interface DraftIndexOptions {
  draft?: DraftOptions;
}

/**
 * The analysis an index is built from; for a draft, of the report with its accepted suggestions added as
 * tags (in memory), and the marks that say which rows they placed (src/suggest/draft.ts).
 */
function indexAnalysis(report: Report, catalog: Catalog, options: FileOptions & DraftIndexOptions): { analysis: Analysis; marks?: IndexDraftData } {
  const analysisOptions = { crosswalk: options.crosswalk === true };
  const analysis = analyse(report, catalog, analysisOptions);
  if (!options.draft) return { analysis };
  const plan = planDraft(analysis, options.draft);
  return { analysis: analyse(withDraftTags(report, plan), catalog, analysisOptions), marks: plan.marks };
}

export async function indexOfFiles(paths: string[], options: FileOptions & DraftIndexOptions & { lang?: 'en' | 'zh'; framework?: 'gri' | FrameworkIndexId }): Promise<AnyIndexDocument> {
  const catalog = loadCatalog(options.standardsDir);
  const report = await readReport(paths, options.defaults, options.ignore, options.onFiles);
  const { analysis, marks } = indexAnalysis(report, catalog, options);
  options.onUnmetClaim?.(unmetInAccordance(analysis));
  const indexOptions = { ...(options.lang ? { lang: options.lang } : {}), generator: tool };
  const framework = options.framework ?? 'gri';
  const data = buildContentIndex(analysis, framework, indexOptions);
  return presentIndex(marks ? markDraft(data, marks) : data);
}

export async function indexSetOfFiles(paths: string[], options: FileOptions & DraftIndexOptions & { lang?: 'en' | 'zh'; frameworks?: IndexSetFramework[] }): Promise<IndexSet> {
  const report = await readReport(paths, options.defaults, options.ignore, options.onFiles);
  const { analysis, marks } = indexAnalysis(report, loadCatalog(options.standardsDir), options);
  options.onUnmetClaim?.(unmetInAccordance(analysis));
  const set = buildIndexSetOf(analysis, { ...(options.lang ? { lang: options.lang } : {}), ...(options.frameworks ? { frameworks: options.frameworks } : {}), generator: tool });
  return presentIndexSet(marks ? { ...set, documents: set.documents.map((doc) => markDraft(doc, marks)) } : set);
}
