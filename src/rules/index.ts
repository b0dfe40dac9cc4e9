// The ordered rule registry: findings are reported in this order for the same position.
import type { Rule } from './rule.js';
import { invalidDirective } from './invalid-directive.js';
import { unknownDisclosure } from './unknown-disclosure.js';
import { supersededDisclosure } from './superseded-disclosure.js';
import { omissionNotPermitted } from './omission-not-permitted.js';
import { omissionReasonMissing } from './omission-reason-missing.js';
import { missingDisclosure } from './missing-disclosure.js';
import { missingTopicManagement } from './missing-topic-management.js';

export const rules: readonly Rule[] = [
  invalidDirective,
  unknownDisclosure,
  supersededDisclosure,
  omissionNotPermitted,
  omissionReasonMissing,
  missingDisclosure,
  missingTopicManagement,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));

export type { Rule, RuleContext, FindingDraft } from './rule.js';
