// The ordered rule registry: findings at the same position are reported in this order.
import type { Rule } from './rule.js';
import { invalidDirective } from './invalid-directive.js';
import { unknownDisclosure } from './unknown-disclosure.js';
import { supersededDisclosure } from './superseded-disclosure.js';
import { titleMismatch } from './title-mismatch.js';
import { standardTitleMismatch } from './standard-title-mismatch.js';
import { duplicateDisclosure } from './duplicate-disclosure.js';
import { locationUnresolved } from './location-unresolved.js';
import { omissionNotPermitted } from './omission-not-permitted.js';
import { omissionReasonMissing } from './omission-reason-missing.js';
import { statementOfUse } from './statement-of-use.js';
import { claimAssumed } from './claim-assumed.js';
import { indexWithoutTag } from './index-without-tag.js';
import { tagNotInIndex } from './tag-not-in-index.js';
import { missingDisclosure } from './missing-disclosure.js';
import { missingTopicManagement } from './missing-topic-management.js';
import { topicNotExplained } from './topic-not-explained.js';
import { sectorTopicNotReviewed } from './sector-topic-not-reviewed.js';
import { crosswalkCredit } from './crosswalk-credit.js';
import { unusedSuppression } from './unused-suppression.js';
import { noFigures } from './no-figures.js';
import { unitMismatch } from './unit-mismatch.js';
import { itemNotAddressed } from './item-not-addressed.js';
import { periodMismatch } from './period-mismatch.js';
import { totalMismatch } from './total-mismatch.js';
import { valueConflict } from './value-conflict.js';

export const rules: readonly Rule[] = [
  invalidDirective,
  unknownDisclosure,
  supersededDisclosure,
  titleMismatch,
  standardTitleMismatch,
  duplicateDisclosure,
  locationUnresolved,
  omissionNotPermitted,
  omissionReasonMissing,
  statementOfUse,
  claimAssumed,
  indexWithoutTag,
  tagNotInIndex,
  missingDisclosure,
  missingTopicManagement,
  topicNotExplained,
  sectorTopicNotReviewed,
  crosswalkCredit,
  // Evidence checks (issue 16): what a located section contains, and whether the report's numbers agree.
  noFigures,
  unitMismatch,
  itemNotAddressed,
  periodMismatch,
  totalMismatch,
  valueConflict,
  unusedSuppression,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));

export type { Rule, RuleContext, FindingDraft } from './rule.js';
