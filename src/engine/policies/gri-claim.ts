// GRI: what the claim requires (GRI 1, section 3). In accordance: every GRI 2 disclosure, 3-1 and 3-2, 3-3
// per material topic and each material topic's Topic Standard disclosures (Requirements 2, 4 and 5). With
// reference: nothing is required, and coverage counts what the report cites.
import { inEffect, topicDisclosures, universalDisclosures } from '../../catalog/index.js';
import { countRecords, recordsOf } from './count.js';
import type { RequirementPolicy } from './types.js';

export const griClaim: RequirementPolicy = {
  countsBy: 'disclosure',
  require({ catalog, dates, claim, materialTopics }, _framework, require) {
    if (claim !== 'in-accordance') return;
    const universal = universalDisclosures(catalog, dates);
    for (const def of universal) if (!def.perMaterialTopic) require(def);
    // 3-3 in 2021; 103-1 ... 103-3 for a report under the 2016 Standards.
    const perTopic = universal.filter((def) => def.perMaterialTopic);
    for (const material of materialTopics) {
      if (!material.topic || !material.standard) continue;
      for (const def of perTopic) require(def, material.topic);
      // Requirement 5: the Topic Standard disclosures of each material topic, reported or omitted.
      // A disclosure that outlives its ended standard (306-3 Significant spills, kept for the Sector
      // Standards) is valid when cited but not required by the topic.
      for (const def of topicDisclosures(catalog, material.topic, dates)) {
        const standard = catalog.standardById.get(def.standard)!;
        if (inEffect(standard.effective, dates) !== 'ended') require(def, material.topic);
      }
    }
  },
  coverage(input, framework) {
    const { claim } = input;
    if (!claim) return undefined;
    const records = recordsOf(input, framework);
    // With reference: what the report cites, less superseded versions (cited, not reported: requirements.ts).
    return { claim, ...countRecords(records.filter((r) => (claim === 'with-reference' ? r.status !== 'not-required' : r.required))) };
  },
};
