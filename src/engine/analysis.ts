// Everything the rules need, computed once per report: resolved tags and omissions, the report's own
// content index, material topics, the disclosures the claim requires and their status.
// Rules read this; none recomputes it.
import type { Catalog } from '../model/catalog.js';
import type { ContentIndexTable, IndexStatements } from '../model/content-index.js';
import type { Report } from '../model/report.js';
import { resolveDisclosure, type Resolution } from '../catalog/index.js';
import { readContentIndexes } from '../mapping/content-index/index.js';
import { reportDates } from './dates.js';
import { resolveIndexRows } from './index-rows.js';
import { findMaterialTopics } from './material-topics.js';
import { sectorTopics } from './sector-topics.js';
import { buildRequirements } from './requirements.js';
import { selectedIndustries } from './selected-industries.js';
import { frameworkPolicies } from './policies/index.js';
import { crosswalkCredits } from './crosswalk.js';
import { statedClaim } from '../mapping/statement-of-use.js';
import { griOptionOf } from './gri-option.js';
import type { Claim, ResolvedTag } from './resolved.js';
import type { Analysis, ClaimSource } from './analysis-model.js';

export type { Claim, ResolvedOmission, ResolvedTag } from './resolved.js';
export type { Analysis, ClaimSource } from './analysis-model.js';

function claimOf(report: Report, catalog: Catalog, tags: ResolvedTag[], indexes: ContentIndexTable[], statements: IndexStatements): { claim?: Claim; source?: ClaimSource } {
  const gri = report.meta.frameworks.gri;
  // `core` and `comprehensive` are the two options of a claim in accordance under GRI 101 (2016).
  if (gri?.claim) return { claim: gri.claim === 'with-reference' ? 'with-reference' : 'in-accordance', source: 'declared' };
  // A report that names GRI (in `frameworks`, its tags or its index) without declaring a claim: the
  // claim its statement of use makes, else "with reference" (the claim that requires least).
  const citesGri = Boolean(gri) || tags.some((t) => t.resolution?.def.framework === 'gri') || indexes.some((t) => t.framework === 'gri');
  if (!citesGri) return {};
  const templates = catalog.gri.foundation.claims;
  const stated = statements.statementOfUse
    ? statedClaim(statements.statementOfUse.text, { 'in-accordance': templates['in-accordance'].statementOfUse, 'with-reference': templates['with-reference'].statementOfUse })
    : undefined;
  return stated ? { claim: stated, source: 'statement-of-use' } : { claim: 'with-reference', source: 'assumed' };
}

export interface AnalysisOptions {
  /** Credit disclosures through `equivalent` crosswalk links (issue #4 §5). */
  crosswalk?: boolean;
}

export function analyse(report: Report, catalog: Catalog, options: AnalysisOptions = {}): Analysis {
  const dates = reportDates(report.meta);
  const resolve = (id: string | undefined): Resolution | undefined =>
    id === undefined ? undefined : resolveDisclosure(catalog, id, dates);
  const tags = report.tags.map((tag) => ({ tag, resolution: resolve(tag.id) }));
  const omissions = report.omissions.map((omission) => ({ omission, resolution: resolve(omission.id) }));
  const { tables: indexes, statements } = readContentIndexes(report);
  const indexRows = resolveIndexRows(catalog, indexes, dates);
  const { claim, source: claimSource } = claimOf(report, catalog, tags, indexes, statements);
  const griOption = griOptionOf(report, catalog, dates, claim, statements.statementOfUse);
  const materialTopics = claim ? findMaterialTopics(report, catalog, dates, tags, omissions, indexRows) : [];
  const industries = selectedIndustries(report.meta, catalog);
  const located = new Set([...tags, ...indexRows].flatMap(({ resolution }) => (resolution ? [resolution.def.id] : [])));
  const credits = options.crosswalk ? crosswalkCredits(catalog, located) : new Map<string, string>();
  const { records, definitions } = buildRequirements({ report, catalog, dates, claim, griOption, tags, omissions, indexRows, materialTopics, industries, credits });
  const input = { report, catalog, dates, claim, griOption, tags, omissions, indexRows, materialTopics, industries, credits };
  const topics = frameworkPolicies().flatMap(({ framework, policy }) => policy.topics?.(input, framework) ?? []);
  const sectors = claim ? sectorTopics(report, catalog, materialTopics, indexRows) : [];
  return { report, catalog, dates, claim, claimSource, griOption, tags, omissions, indexes, indexRows, statements, materialTopics, sectorTopics: sectors, industries, guidelineTopics: topics, credits, records, definitions };
}
