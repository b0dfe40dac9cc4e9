// The Chinese exchanges' guidelines (SZSE No. 17, SSE No. 14, BSE No. 11) are met topic by topic: a topic
// is disclosed through any of its articles, or explained (Art. 7, comply or explain) by an omission of one
// of them. Mandatory and conditional topics count; encouraged ones are listed but not required. Coverage
// counts topics, so JSON, stylish and HTML show the same figures.
import { applicableStandard } from '../applicable-standard.js';
import { isRequiredLevel } from './required-level.js';
import type { TopicCoverage } from './topic-coverage-model.js';
import type { RequirementPolicy } from './types.js';

/** Topics are the groups of the three ESG dimensions; the rest are general provisions and core elements. */
const TOPIC_DIMENSIONS = new Set(['environment', 'social', 'governance']);

export const exchangeTopics: RequirementPolicy = {
  countsBy: 'topic',
  // Articles are not required one by one: the topic is (below).
  require: () => undefined,
  topics({ report, catalog, dates, tags, omissions, indexRows, credits }, framework) {
    if (report.meta.frameworks[framework] === undefined) return [];
    const located = new Set<string>(credits.keys());
    for (const { resolution } of [...tags, ...indexRows]) if (resolution) located.add(resolution.def.id);
    const explained = new Set(omissions.flatMap(({ resolution }) => (resolution ? [resolution.def.id] : [])));
    const standard = applicableStandard(catalog, framework, 'guideline', dates);
    const result: TopicCoverage[] = [];
    for (const group of standard?.groups ?? []) {
      if (!standard || !group.dimension || !TOPIC_DIMENSIONS.has(group.dimension)) continue;
      const level = group.level ?? 'mandatory';
      const status = group.members.some((id) => located.has(id)) ? 'reported' : group.members.some((id) => explained.has(id)) ? 'omitted' : 'missing';
      result.push({ framework, standard, group, level, required: isRequiredLevel(level), status });
    }
    return result;
  },
  coverage({ topics }, framework) {
    const counted = topics.filter((t) => t.framework === framework && t.required);
    if (counted.length === 0) return undefined;
    const coverage = { required: counted.length, reported: 0, omitted: 0, missing: 0 };
    for (const topic of counted) coverage[topic.status] += 1;
    return coverage;
  },
};
