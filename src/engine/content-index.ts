// buildContentIndex: the one entry point for a report's content index in any framework. The builder is the
// one the registry's index layout names (standards/frameworks.json), so no caller chooses a pipeline itself
// and a framework with an existing layout needs no code. The result is data; render's `presentIndex` words it.
import { DiscloseError } from '../model/errors.js';
import type { AnyIndexDocumentData, FrameworkIndexId } from '../model/framework-index.js';
import { frameworkDef, type IndexLayoutId } from '../model/frameworks.js';
import type { Analysis } from './analysis.js';
import { buildFrameworkIndex } from './framework-index.js';
import { buildIndexDocument, type IndexOptions } from './index-document.js';

type Builder = (analysis: Analysis, framework: FrameworkIndexId, options: IndexOptions) => AnyIndexDocumentData;

// GRI's own document (GRI 1, Requirement 7); SASB's, the exchanges' and HKEX's share one document shape.
const BUILDERS: Record<IndexLayoutId, Builder> = {
  gri: (analysis, _framework, options) => buildIndexDocument(analysis, options),
  sasb: buildFrameworkIndex,
  guideline: buildFrameworkIndex,
  hkex: buildFrameworkIndex,
};

export function buildContentIndex(analysis: Analysis, framework: FrameworkIndexId, options: IndexOptions): AnyIndexDocumentData {
  const layout = frameworkDef(framework)?.index?.layout;
  if (layout === undefined) throw new DiscloseError('usage', `\`${framework}\` has no content index.`);
  return BUILDERS[layout](analysis, framework, options);
}
