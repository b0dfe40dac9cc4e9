// A rule's message in a locale: the rule's English template (its `messages`) or the Chinese catalog's.
import type { Locale, MessageData } from '../../model/message.js';
import type { Rule } from '../rule.js';
import { renderMessage } from './render.js';
import { zhMessages } from './zh.js';

/** The template of `messageId` in `locale`; English where the Chinese catalog lacks it (the meta-test forbids that). */
export function messageTemplate(rule: Pick<Rule, 'id' | 'messages'>, messageId: string, locale: Locale): string {
  const zh = locale === 'zh' ? zhMessages[rule.id] : undefined;
  const translated = zh && Object.hasOwn(zh, messageId) ? zh[messageId] : undefined;
  const template = translated ?? (Object.hasOwn(rule.messages, messageId) ? rule.messages[messageId] : undefined);
  if (template === undefined) throw new Error(`rule ${rule.id} has no message ${messageId}`);
  return template;
}

export function ruleMessage(rule: Pick<Rule, 'id' | 'messages'>, messageId: string, data: MessageData | undefined, locale: Locale): string {
  return renderMessage((id) => messageTemplate(rule, id, locale), messageId, data, locale);
}

export { placeholders, longDate } from './render.js';
