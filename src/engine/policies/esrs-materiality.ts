// ESRS: what a double-materiality assessment requires (ESRS 1 chapter 3, ESRS 2 §56). The cross-cutting
// standard's disclosure requirements apply whatever the assessment concludes (ESRS 1 §29); a topical
// standard's apply when the report declares its topic material; the topics it does not are "not material",
// and the index lists their Appendix B datapoints as such. A new policy because no existing one has this
// shape: the exchanges' comply-or-explain counts topics, not requirements, and the disclosure-set policy
// requires nothing.
import { applicableEsrs, esrsMateriality } from './esrs-topics.js';
import { requiredRecordsCoverage } from './count.js';
import type { RequirementPolicy } from './types.js';

export const esrsMaterialityPolicy: RequirementPolicy = {
  countsBy: 'disclosure',
  require(input, framework, require) {
    if (input.report.meta.frameworks[framework] === undefined) return;
    const { crossCutting, material } = esrsMateriality(input, framework);
    for (const standard of applicableEsrs(input.catalog, framework, input.dates)) {
      if (crossCutting.includes(standard) || material.includes(standard)) for (const def of standard.disclosures) require(def);
    }
  },
  coverage: requiredRecordsCoverage,
};
