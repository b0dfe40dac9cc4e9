// The place an evidence finding names (issue 16: "each finding names the section and page"): a phrase of
// the rule's own messages, so both languages word it their way. Shared by the evidence rules.
import type { MessagePhrase } from '../model/message.js';
import type { Analysis } from '../engine/analysis.js';
import type { EvidenceTarget } from '../engine/evidence-targets.js';
import type { FindingLocation } from '../model/location.js';
import type { RuleContext } from './rule.js';

export { PLACE_MESSAGES } from './messages/place.js';

export function placePhrase(analysis: Analysis, section: number): MessagePhrase {
  const s = analysis.report.sections[section]!;
  return s.page !== undefined ? { messageId: 'inSectionOnPage', data: { section: s.title, page: s.page } } : { messageId: 'inSection', data: { section: s.title } };
}

/**
 * Where the finding goes: the tag that located the disclosure (a suppression comment above it works), else the
 * heading of the section an index row names.
 */
export function targetLocation(ctx: RuleContext, target: EvidenceTarget): FindingLocation {
  const s = ctx.analysis.report.sections[target.section]!;
  if (target.subject.section !== undefined) return ctx.at(target.subject);
  return ctx.at({ file: s.file, ...(s.line !== undefined ? { line: s.line, column: s.column ?? 1 } : {}), ...(s.page !== undefined ? { page: s.page } : {}), section: s.index });
}
