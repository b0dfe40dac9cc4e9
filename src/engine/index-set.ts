// All content indexes of an analysed report at once (the xlsx workbook): one per framework it declares that
// has an index, built by the same builders as `disclose index --framework X`, and the gaps across them.
import { indexedFrameworkIds } from '../model/frameworks.js';
import type { IndexDocumentData } from '../model/index-data.js';
import type { IndexSetData, IndexSetFramework } from '../model/index-set.js';
import type { Analysis } from './analysis.js';
import { buildContentIndex, declaredFrameworks, type IndexOptions } from './content-index.js';
import { indexGaps } from './index-gaps.js';

/**
 * Declared frameworks that have an index, GRI first. A report that declares none gets GRI's, as
 * `disclose index` does by default.
 */
export function indexedFrameworks(analysis: Analysis): IndexSetFramework[] {
  const declared = declaredFrameworks(analysis);
  const indexed = indexedFrameworkIds();
  const frameworks = indexed.filter((f) => declared.includes(f));
  // The registry's first indexed framework (GRI) is the default, as for `disclose index`.
  return frameworks.length > 0 ? frameworks : indexed.slice(0, 1);
}

export interface IndexSetOptions extends IndexOptions {
  /** Only these frameworks (each must be declared, as for `--framework`); default: every declared one. */
  frameworks?: readonly IndexSetFramework[];
}

export function buildIndexSet(analysis: Analysis, options: IndexSetOptions): IndexSetData {
  const { frameworks = indexedFrameworks(analysis), ...indexOptions } = options;
  const documents: IndexDocumentData[] = frameworks.map((framework) => buildContentIndex(analysis, framework, indexOptions));
  const { meta } = analysis.report;
  return {
    lang: options.lang ?? meta.language ?? 'en',
    ...(meta.title ? { reportTitle: meta.title } : {}),
    organization: meta.organization ?? '',
    ...(meta.published ? { published: meta.published } : {}),
    ...(meta.period ? { period: meta.period } : {}),
    documents,
    gaps: indexGaps(analysis, documents),
    generator: options.generator,
  };
}
