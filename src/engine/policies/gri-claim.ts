// GRI: what the claim requires (GRI 1, section 3). In accordance: every GRI 2 disclosure, 3-1 and 3-2, 3-3
// per material topic and each material topic's Topic Standard disclosures (Requirements 2, 4 and 5). With
// reference: nothing is required, and coverage counts what the report cites. Under the 2016 Standards a
// claim in accordance has an option (GRI 101, section 3, Table 1; ./gri-option-2016.ts): Core requires a
// listed part of GRI 102 and at least one disclosure per material topic; Comprehensive all of them.
import { inEffect, topicDisclosures, universalDisclosures } from '../../catalog/index.js';
import { countRecords, recordsOf } from './count.js';
import { optionRequirements } from './gri-option-2016.js';
import type { RequirementPolicy } from './types.js';

export const griClaim: RequirementPolicy = {
  countsBy: 'disclosure',
  require(input, _framework, require) {
    const { catalog, dates, claim, materialTopics } = input;
    if (claim !== 'in-accordance') return;
    const option = optionRequirements(input);
    const universal = universalDisclosures(catalog, dates);
    for (const def of universal) if (!def.perMaterialTopic && option.requiresGeneral(def)) require(def);
    // 3-3 in 2021; 103-1 ... 103-3 for a report under the 2016 Standards.
    const perTopic = universal.filter((def) => def.perMaterialTopic);
    for (const material of materialTopics) {
      if (!material.topic || !material.standard) continue;
      for (const def of perTopic) require(def, material.topic);
      // Requirement 5: the Topic Standard disclosures of each material topic, reported or omitted.
      // A disclosure that outlives its ended standard (306-3 Significant spills, kept for the Sector
      // Standards) is valid when cited but not required by the topic.
      const defs = topicDisclosures(catalog, material.topic, dates).filter((def) => inEffect(catalog.standardById.get(def.standard)!.effective, dates) !== 'ended');
      if (!option.requiresTopicDisclosures(defs)) continue;
      for (const def of defs) require(def, material.topic);
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
