// The closed set of requirement policies, by the id a framework names in standards/frameworks.json.
import { frameworkDefs, type PolicyId } from '../../model/frameworks.js';
import { disclosureSet } from './disclosure-set.js';
import { esrsMaterialityPolicy } from './esrs-materiality.js';
import { exchangeTopics } from './exchange-topics.js';
import { griClaim } from './gri-claim.js';
import { hkexParts } from './hkex-parts.js';
import { sasbIndustry } from './sasb-industry.js';
import type { RequirementPolicy } from './types.js';

export const POLICIES: Readonly<Record<PolicyId, RequirementPolicy>> = {
  'gri-claim': griClaim,
  'sasb-industry': sasbIndustry,
  'exchange-topics': exchangeTopics,
  'hkex-parts': hkexParts,
  'disclosure-set': disclosureSet,
  'esrs-materiality': esrsMaterialityPolicy,
};

/** Every known framework with its policy, in registry order. */
export const frameworkPolicies = (): { framework: string; policy: RequirementPolicy }[] =>
  frameworkDefs().map((def) => ({ framework: def.id, policy: POLICIES[def.policy] }));

export type { CoverageInput, PolicyInput, RequirementPolicy } from './types.js';
export type { TopicCoverage } from './topic-coverage-model.js';
export { isRequiredLevel } from './required-level.js';
