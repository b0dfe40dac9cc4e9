// Climate-disclosure sets (TCFD recommendations, IFRS S2 paragraphs): recognised when cited, nothing
// required of a report yet, so nothing is counted unless a future version of the policy requires some.
import { requiredRecordsCoverage } from './count.js';
import type { RequirementPolicy } from './types.js';

export const disclosureSet: RequirementPolicy = {
  countsBy: 'disclosure',
  require: () => undefined,
  coverage: requiredRecordsCoverage,
};
