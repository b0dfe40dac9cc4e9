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

export async function indexOfFiles(paths: string[], options: FileOptions & { lang?: 'en' | 'zh'; framework?: 'gri' | FrameworkIndexId }): Promise<AnyIndexDocument> {
  const catalog = loadCatalog(options.standardsDir);
  const report = await readReport(paths, options.defaults, options.ignore, options.onFiles);
  const analysis = analyse(report, catalog, { crosswalk: options.crosswalk === true });
  options.onUnmetClaim?.(unmetInAccordance(analysis));
  const indexOptions = { ...(options.lang ? { lang: options.lang } : {}), generator: tool };
  const framework = options.framework ?? 'gri';
  return presentIndex(buildContentIndex(analysis, framework, indexOptions));
}

export async function indexSetOfFiles(paths: string[], options: FileOptions & { lang?: 'en' | 'zh'; frameworks?: IndexSetFramework[] }): Promise<IndexSet> {
  const report = await readReport(paths, options.defaults, options.ignore, options.onFiles);
  const analysis = analyse(report, loadCatalog(options.standardsDir), { crosswalk: options.crosswalk === true });
  options.onUnmetClaim?.(unmetInAccordance(analysis));
  return presentIndexSet(buildIndexSetOf(analysis, { ...(options.lang ? { lang: options.lang } : {}), ...(options.frameworks ? { frameworks: options.frameworks } : {}), generator: tool }));
}
