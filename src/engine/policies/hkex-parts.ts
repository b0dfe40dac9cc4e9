// HKEX ESG Reporting Code: Part B is mandatory, Part C and most of Part D comply-or-explain: each provision
// at a required level is reported or explained; encouraged ones are not counted.
import { applicableStandard } from '../applicable-standard.js';
import { requiredRecordsCoverage } from './count.js';
import { isRequiredLevel } from './required-level.js';
import type { RequirementPolicy } from './types.js';

export const hkexParts: RequirementPolicy = {
  countsBy: 'disclosure',
  require({ report, catalog, dates }, framework, require) {
    if (report.meta.frameworks[framework] === undefined) return;
    const code = applicableStandard(catalog, framework, 'code', dates);
    for (const def of code?.disclosures ?? []) if (def.level !== undefined && isRequiredLevel(def.level)) require(def);
  },
  coverage: requiredRecordsCoverage,
};
