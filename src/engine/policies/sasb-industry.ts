// SASB (issue #4 §1): every metric of each industry the report selects, activity metrics included.
import { requiredRecordsCoverage } from './count.js';
import type { RequirementPolicy } from './types.js';

export const sasbIndustry: RequirementPolicy = {
  countsBy: 'disclosure',
  require({ industries }, framework, require) {
    for (const { standard } of industries) if (standard?.framework === framework) for (const def of standard.disclosures) require(def);
  },
  coverage: requiredRecordsCoverage,
};
