// A finding's message rendered again from its message id and data, in any locale: what a version 1
// baseline (keyed on English text) needs from a run whose messages are in Chinese.
import type { Finding } from '../model/finding.js';
import type { Locale } from '../model/message.js';
import { ruleById } from '../rules/index.js';
import { ruleMessage } from '../rules/messages/index.js';

/** The message in `locale`, or undefined for a finding without a known rule and message id. */
export function findingMessage(finding: Pick<Finding, 'ruleId' | 'messageId' | 'data'>, locale: Locale): string | undefined {
  const rule = ruleById.get(finding.ruleId);
  if (!rule || finding.messageId === undefined || !Object.hasOwn(rule.messages, finding.messageId)) return undefined;
  try {
    return ruleMessage(rule, finding.messageId, finding.data, locale);
  } catch {
    // Data that does not fit the template (a result from another version): no rendering, not a crash.
    return undefined;
  }
}

/** English, for baselines of version 1. */
export const englishMessage = (finding: Finding): string | undefined => findingMessage(finding, 'en');
