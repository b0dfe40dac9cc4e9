// Phrases several rules put inside their messages (ESLint-style templates, English). A rule spreads the
// ones it uses into its own `messages`; src/rules/messages/zh.ts has their Chinese.
import type { DisclosureDef, Effective } from '../../model/catalog.js';
import type { MessageData, MessagePhrase } from '../../model/message.js';
import type { Claim } from '../../engine/analysis.js';

/** How a window of effective dates reads: the basis (publication or reporting period) and its dates. */
export const WINDOW_MESSAGES = {
  windowFromBefore: 'in effect for {{basis}} from {{from}} and before {{before}}',
  windowFrom: 'in effect for {{basis}} from {{from}}',
  windowFromEarly: 'in effect for {{basis}} from {{from}}, early adoption permitted',
  windowBefore: 'in effect for {{basis}} before {{before}}',
  windowOpen: 'in effect with no end date',
  basisPublication: 'reports published',
  basisPeriod: 'reporting periods starting',
} as const;

/** The same words as catalog/dates.ts describeWindow, as a phrase: `in effect for reports published from 2023-01-01`. */
export function windowPhrase(effective: Effective): MessagePhrase {
  const basis: MessagePhrase = { messageId: effective.basis === 'publication' ? 'basisPublication' : 'basisPeriod' };
  const { from, before } = effective;
  if (from && before) return { messageId: 'windowFromBefore', data: { basis, from, before } };
  if (from) return { messageId: effective.earlyAdoption ? 'windowFromEarly' : 'windowFrom', data: { basis, from } };
  if (before) return { messageId: 'windowBefore', data: { basis, before } };
  return { messageId: 'windowOpen' };
}

/** A GRI claim as the front matter writes it (`in-accordance`), worded per locale. */
export const CLAIM_MESSAGES = {
  claimInAccordance: 'in-accordance',
  claimWithReference: 'with-reference',
} as const;

export const claimPhrase = (claim: Claim): MessagePhrase => ({ messageId: claim === 'in-accordance' ? 'claimInAccordance' : 'claimWithReference' });

/** `{{id|code}} ({{title|official}})` data: the id, the official title, and its Chinese title when there is one. */
export function officialData(def: Pick<DisclosureDef, 'id' | 'title' | 'titleZh'>): MessageData {
  return { id: def.id, title: def.title, ...(def.titleZh ? { titleZh: def.titleZh } : {}) };
}
