// buildContentIndex: the one pipeline for a report's content index in any framework. The registry
// (standards/frameworks.json) names the framework's index layout, whose builder gives the columns and groups
// (src/engine/index-layouts/); the report's header fields are added here, the same for every framework.
// The result is data (IndexDocumentData): render's `presentIndex` words it and gives the published shape.
import { DiscloseError } from '../model/errors.js';
import { frameworkDef, indexedFrameworkIds } from '../model/frameworks.js';
import type { IndexDocumentData } from '../model/index-data.js';
import type { Analysis } from './analysis.js';
import { INDEX_LAYOUT_BUILDERS } from './index-layouts/index.js';

export interface IndexOptions {
  lang?: 'en' | 'zh';
  generator: { name: string; version: string };
}

/** Frameworks the report declares in front matter (`frameworks:`), the default index's (GRI) when it makes a claim. */
export function declaredFrameworks(analysis: Analysis): string[] {
  const declared = Object.keys(analysis.report.meta.frameworks).filter((k) => analysis.report.meta.frameworks[k] !== undefined);
  const fallback = defaultIndexFramework();
  return analysis.claim && fallback !== undefined && !declared.includes(fallback) ? [fallback, ...declared] : declared;
}

/** The registry's first framework with an index (GRI): `disclose index` without `--framework`. */
export const defaultIndexFramework = (): string | undefined => indexedFrameworkIds()[0];

/**
 * A framework the report does not declare in its front matter is a usage error: an index for a standard the
 * report does not claim to follow would be all gaps. The default index is the exception: a report that
 * claims nothing is indexed "with reference to" it.
 */
function requireDeclared(analysis: Analysis, framework: string): void {
  if (framework === defaultIndexFramework() || analysis.report.meta.frameworks[framework] !== undefined) return;
  const declared = declaredFrameworks(analysis);
  throw new DiscloseError(
    'usage',
    `the report does not declare \`${framework}\` in its front matter (\`frameworks:\`); ${declared.length > 0 ? `it declares ${declared.join(', ')}` : 'it declares no framework'}.`,
  );
}

export function buildContentIndex(analysis: Analysis, framework: string, options: IndexOptions): IndexDocumentData {
  const index = frameworkDef(framework)?.index;
  if (index === undefined) throw new DiscloseError('usage', `\`${framework}\` has no content index.`);
  requireDeclared(analysis, framework);
  const { meta } = analysis.report;
  const layout = INDEX_LAYOUT_BUILDERS[index.layout](analysis, framework);
  return {
    framework,
    lang: options.lang ?? meta.language ?? 'en',
    title: index.title,
    ...(meta.title ? { reportTitle: meta.title } : {}),
    organization: meta.organization ?? '',
    ...(meta.period ? { period: meta.period } : {}),
    ...layout,
    generator: options.generator,
  };
}
