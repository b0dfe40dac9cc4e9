// All content indexes of an analysed report at once (the xlsx workbook): one per framework it declares that
// has an index, built by the same builders as `disclose index --framework X`, and the gaps across them.
import { FRAMEWORK_INDEX_IDS, type AnyIndexDocument } from '../model/framework-index.js';
import type { IndexSet, IndexSetFramework } from '../model/index-set.js';
import type { Analysis } from './analysis.js';
import { buildFrameworkIndex, declaredFrameworks } from './framework-index.js';
import { buildIndexDocument, type IndexOptions } from './index-document.js';
import { indexGaps } from './index-gaps.js';

const INDEXED: readonly IndexSetFramework[] = ['gri', ...FRAMEWORK_INDEX_IDS];

/**
 * Declared frameworks that have an index, GRI first. A report that declares none gets GRI's, as
 * `disclose index` does by default.
 */
export function indexedFrameworks(analysis: Analysis): IndexSetFramework[] {
  const declared = declaredFrameworks(analysis);
  const frameworks = INDEXED.filter((f) => declared.includes(f));
  return frameworks.length > 0 ? frameworks : ['gri'];
}

export interface IndexSetOptions extends IndexOptions {
  /** Only these frameworks (each must be declared, as for `--framework`); default: every declared one. */
  frameworks?: readonly IndexSetFramework[];
}

export function buildIndexSet(analysis: Analysis, options: IndexSetOptions): IndexSet {
  const { frameworks = indexedFrameworks(analysis), ...indexOptions } = options;
  const documents: AnyIndexDocument[] = frameworks.map((framework) =>
    framework === 'gri' ? buildIndexDocument(analysis, indexOptions) : buildFrameworkIndex(analysis, framework, indexOptions),
  );
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
