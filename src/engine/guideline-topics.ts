// The Chinese exchanges' guidelines (SZSE No. 17, SSE No. 14, BSE No. 11) are met topic by topic: a topic
// is disclosed through any of its articles, or explained (Art. 7, comply or explain) by an omission of
// one of them. Mandatory and conditional topics are checked; encouraged ones are not.
import type { Catalog, DisclosureGroup, DisclosureLevel, FrameworkId, StandardDef } from '../model/catalog.js';
import type { Report } from '../model/report.js';
import type { ReportDates } from '../catalog/index.js';
import type { ResolvedIndexRow } from './index-rows.js';
import type { ResolvedOmission, ResolvedTag } from './resolved.js';
import { applicableStandard } from './applicable-standard.js';

export interface TopicCoverage {
  framework: FrameworkId;
  standard: StandardDef;
  group: DisclosureGroup;
  /** A topic without one level (climate mixes mandatory and encouraged articles) counts as mandatory. */
  level: DisclosureLevel;
  status: 'reported' | 'omitted' | 'missing';
}

const GUIDELINES: FrameworkId[] = ['szse', 'sse', 'bse'];
/** Topics are the groups of the three ESG dimensions; the rest are general provisions and core elements. */
const TOPIC_DIMENSIONS = new Set(['environment', 'social', 'governance']);

export function guidelineTopics(
  report: Report,
  catalog: Catalog,
  dates: ReportDates,
  tags: ResolvedTag[],
  omissions: ResolvedOmission[],
  indexRows: ResolvedIndexRow[],
  credits: ReadonlyMap<string, string> = new Map(),
): TopicCoverage[] {
  const located = new Set<string>(credits.keys());
  for (const { resolution } of [...tags, ...indexRows]) if (resolution) located.add(resolution.def.id);
  const explained = new Set(omissions.flatMap(({ resolution }) => (resolution ? [resolution.def.id] : [])));
  const result: TopicCoverage[] = [];
  for (const framework of GUIDELINES) {
    if (report.meta.frameworks[framework] === undefined) continue;
    const standard = applicableStandard(catalog, framework, 'guideline', dates);
    for (const group of standard?.groups ?? []) {
      if (!standard || !group.dimension || !TOPIC_DIMENSIONS.has(group.dimension)) continue;
      const level = group.level ?? 'mandatory';
      const status = group.members.some((id) => located.has(id)) ? 'reported' : group.members.some((id) => explained.has(id)) ? 'omitted' : 'missing';
      result.push({ framework, standard, group, level, status });
    }
  }
  return result;
}
