// Phrases several rules put inside their messages (ESLint-style templates, English). A rule spreads the
// ones it uses into its own `messages`; src/rules/messages/zh.ts has their Chinese.
import type { DisclosureDef, Effective } from '../../model/catalog.js';
import type { MessageData, MessagePhrase } from '../../model/message.js';
import type { Claim } from '../../engine/analysis.js';
import type { Report } from '../../model/report.js';
import { sidecarName } from '../../model/sidecar-name.js';

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

/**
 * The sidecar a report's tags go in, when the report was read from a PDF or DOCX (issue 13): such a file
 * cannot carry `<!-- disclose: -->` comments or front matter, so advice names the sidecar's entries instead.
 * Undefined for Markdown (its files have lines), whose messages stay as they were.
 */
export function sidecarOf(report: Pick<Report, 'files'>): string | undefined {
  const file = report.files[0];
  return file && file.lines === undefined ? sidecarName(file.path) : undefined;
}

/**
 * Advice for a report read from a PDF or DOCX, as phrases its rules' messages end with. The id and data of
 * a Markdown report's findings are unchanged (baselines key on them); these are other message ids.
 */
export const SIDECAR_MESSAGES = {
  sidecarTag:
    'add the heading of the section that answers it to {{sidecar|code}} under `disclose:` (`disclose suggest --write {{file}}` writes the ones it finds), or give a reason for omission there under `omit:`',
  sidecarTopic: 'add the heading of the section that explains how the topic is managed to {{sidecar|code}} under `disclose:` with `{{id}} ({{topic}})`',
  sidecarArticle:
    'add the heading of the section that discloses it to {{sidecar|code}} under `disclose:` with {{first|code}}, or, under Art. 7, say why it is not disclosed there under `omit:` (`id: {{first}}`, `reason: not-applicable`)',
  sidecarClaim: 'declare the claim in {{sidecar|code}}: `frameworks: { gri: { claim: {{claim}} } }`',
} as const;

/** Data of a sidecar phrase: the sidecar and the report it sits beside. */
export function sidecarPhrase(messageId: keyof typeof SIDECAR_MESSAGES, sidecar: string, file: string, data: MessageData = {}): MessagePhrase {
  return { messageId, data: { sidecar, file, ...data } };
}
