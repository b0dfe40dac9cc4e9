// "A GRI 3-3 tag covers the material topics whose disclosures are tagged in the same section or its
// subsections" (contracts.md §1). Maps each section to those topics.
import type { Catalog } from '../model/catalog.js';
import type { Report } from '../model/report.js';
import type { ResolvedTag } from './resolved.js';

export function topicsCoveredBySection(report: Report, catalog: Catalog, tags: ResolvedTag[]): Map<number, Set<string>> {
  const covered = new Map<number, Set<string>>();
  for (const { tag, resolution } of tags) {
    const standard = resolution && catalog.standardById.get(resolution.def.standard);
    if (standard?.series !== 'topic') continue;
    // Credit the tagged section and every ancestor: a 3-3 tag higher up covers it too.
    for (let index: number | null = tag.section; index !== null; index = report.sections[index]?.parent ?? null) {
      let topics = covered.get(index);
      if (!topics) covered.set(index, (topics = new Set()));
      topics.add(standard.topic);
    }
  }
  return covered;
}
