// A report's material topics (GRI 1, Requirement 3): from front matter, else from what it tags,
// omits or lists in its own content index.
import type { Catalog, StandardDef } from '../model/catalog.js';
import type { Report } from '../model/report.js';
import { parseGriTopic } from '../model/ids.js';
import { topicStandard, type ReportDates } from '../catalog/index.js';
import type { ResolvedOmission, ResolvedTag } from './resolved.js';
import type { ResolvedIndexRow } from './index-rows.js';

export interface MaterialTopic {
  /** Canonical topic: `GRI 305`. Undefined when `raw` does not parse. */
  topic: string | undefined;
  raw: string;
  source: 'front-matter' | 'tags';
  /** The topic standard version that applies at the report's dates; undefined if unknown. */
  standard: StandardDef | undefined;
}

export function findMaterialTopics(
  report: Report,
  catalog: Catalog,
  dates: ReportDates,
  tags: ResolvedTag[],
  omissions: ResolvedOmission[],
  indexRows: ResolvedIndexRow[],
): MaterialTopic[] {
  const declared = report.meta.frameworks.gri?.['material-topics'];
  if (declared && declared.length > 0) {
    const seen = new Set<string>();
    const topics: MaterialTopic[] = [];
    for (const raw of declared) {
      const topic = parseGriTopic(String(raw));
      if (topic && seen.has(topic)) continue;
      if (topic) seen.add(topic);
      topics.push({ topic, raw: String(raw), source: 'front-matter', standard: topic ? topicStandard(catalog, topic, dates) : undefined });
    }
    return topics;
  }
  // Derived: every topic standard that a tag or omission resolves into, in order of first appearance.
  const derived = new Map<string, MaterialTopic>();
  const add = (topic: string | undefined): void => {
    if (!topic || derived.has(topic)) return;
    const standard = topicStandard(catalog, topic, dates);
    if (standard) derived.set(topic, { topic, raw: topic, source: 'tags', standard });
  };
  for (const { tag, resolution } of tags) {
    if (tag.topic) add(parseGriTopic(tag.topic));
    const standard = resolution && catalog.standardById.get(resolution.def.standard);
    if (standard?.series === 'topic') add(standard.topic);
  }
  for (const { resolution } of omissions) {
    const standard = resolution && catalog.standardById.get(resolution.def.standard);
    if (standard?.series === 'topic') add(standard.topic);
  }
  for (const row of indexRows) add(row.topic);
  return [...derived.values()];
}
