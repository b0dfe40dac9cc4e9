// Omission cells (GRI 1, Requirement 6 and Table 1): the four reasons for omission as printed in
// English or Chinese, so one cell ("Confidentiality constraints: pay data is sensitive.") splits into
// reason and explanation. The ids are GRI 1's, as in standards/gri/foundation.json.
import type { IndexEntry } from '../../model/content-index.js';

export type OmissionReasonId = NonNullable<NonNullable<IndexEntry['omission']>['reasonId']>;

// Each pattern reads a reason at the start of a cell. English ones must end at a word boundary;
// `Confidentiality` alone counts only when it is the whole reason (followed by punctuation or nothing),
// not in a title such as "Confidentiality and privacy".
const REASONS: ReadonlyArray<readonly [OmissionReasonId, RegExp]> = [
  ['not-applicable', /^(?:not[ -]applicable|inapplicable|n\/a|n\.a\.)(?![\p{L}])|^(?:不适用|不適用)/iu],
  ['legal-prohibitions', /^(?:legal(?:ly)? prohibit(?:ions?|ed)|legal restrictions?)(?![\p{L}])|^法律(?:禁止|限制)/iu],
  [
    'confidentiality-constraints',
    /^(?:confidentiality constraints?(?![\p{L}])|confidentiality(?= ?[:：.;,，-]|$))|^(?:保密限制|保密约束|保密要求)/iu,
  ],
  [
    'information-unavailable',
    /^(?:information (?:unavailable|incomplete|not available)(?: ?\/ ?(?:incomplete|unavailable))?|data (?:unavailable|not available))(?![\p{L}])|^(?:信息不可获得(?: ?\/ ?不完整)?|信息不完整|信息无法获得|信息不可得|資訊不可獲得)/iu,
  ],
];

const SEPARATORS = /^[\s:：.。;；,，\-–—]+/;

/** A label a cell may put before its reason (`Omitted: confidentiality constraints`, `省略：保密限制`). */
const LEAD_IN = /^(?:omitted|omission|reason for omission|reason|省略|省略原因|未披露原因)\s*[:：]\s*/iu;

export interface ReasonAt {
  id: OmissionReasonId;
  /** The reason as printed (`Confidentiality constraints`, `保密限制`). */
  printed: string;
  /** The rest of the cell after the reason and its separator. */
  rest: string;
}

/** The reason for omission that `text` (trimmed) starts with, if any. */
export function omissionReasonAt(text: string): ReasonAt | undefined {
  const lead = LEAD_IN.exec(text);
  if (lead) text = text.slice(lead[0].length);
  for (const [id, pattern] of REASONS) {
    const m = pattern.exec(text);
    if (m) return { id, printed: m[0], rest: text.slice(m[0].length).replace(SEPARATORS, '').trim() };
  }
  return undefined;
}

export interface OmissionParts {
  reason?: string;
  reasonId?: OmissionReasonId;
  explanation?: string;
}

/**
 * A reason or single omission cell: split into reason and explanation when it starts with one of the
 * four reasons; otherwise the text is kept whole as the reason (rules judge whether it is valid).
 */
export function splitOmission(text: string): OmissionParts {
  const t = text.trim();
  if (t === '') return {};
  const at = omissionReasonAt(t);
  if (!at) return { reason: t };
  const parts: OmissionParts = { reason: at.printed, reasonId: at.id };
  if (at.rest !== '') parts.explanation = at.rest;
  return parts;
}
