import type { Rule } from './rule.js';
import { omissionClaims } from './citations.js';
import type { MessagePhrase } from '../model/message.js';
import { normaliseOmissionReason } from '../mapping/omission-reason.js';

export const omissionReasonMissing: Rule = {
  id: 'omission-reason-missing',
  description: 'An omission, or an index row shown as not reported, lacks one of GRI 1\'s four reasons or an explanation.',
  help: 'Give one of GRI 1\'s four reasons (not applicable, legal prohibitions, confidentiality constraints, information unavailable/incomplete) and explain it: `<!-- omit: ID | reason | explanation -->` (for a PDF or DOCX, an `omit:` entry in the sidecar `report.disclose.yaml`).',
  defaultSeverity: 'error',
  tags: ['omissions'],
  inAccordanceRequirement: true,
  messages: {
    noExplanation: '{{subject}} has no explanation; expected why it is not reported.',
    noReason: '{{subject}} gives no reason for omission; expected one of {{reasons|codes}}, with an explanation.',
    unknownReason: '{{subject}} gives reason {{reason|code}}; expected one of {{reasons|codes}}, with an explanation.',
    noGriExplanation: '{{subject}} has no explanation; GRI 1 requires an explanation with every reason for omission.',
    subjectRow: 'Index row {{row|code}} (shown as `{{shownAs}}`)',
    subjectOmission: 'Omission of {{row|code}}',
    empty: 'empty',
  },
  check(ctx) {
    const reasons = ctx.analysis.catalog.gri.foundation.omissionReasons.map((r) => r.id);
    for (const claim of omissionClaims(ctx.analysis)) {
      // omission-not-permitted says what matters for these: they must be reported.
      if (claim.resolution?.def.omissionNotPermitted) continue;
      const where = { ...ctx.at(claim), ...(claim.id ? { disclosure: claim.id } : {}) };
      const row = claim.id ?? claim.raw;
      const subject: MessagePhrase =
        claim.kind === 'index-row'
          ? { messageId: 'subjectRow', data: { row, shownAs: claim.shownAs || { messageId: 'empty' } } }
          : { messageId: 'subjectOmission', data: { row } };
      // GRI 1's four reasons are GRI's; HKEX and the exchanges ask for an explanation, in any words.
      if (claim.resolution && claim.resolution.def.framework !== 'gri') {
        if (`${claim.reason}${claim.explanation}`.trim() === '') ctx.report({ ...where, messageId: 'noExplanation', data: { subject } });
        continue;
      }
      if (!normaliseOmissionReason(claim.reason, reasons)) {
        const reason = claim.reason.trim();
        ctx.report({ ...where, ...(reason === '' ? { messageId: 'noReason', data: { subject, reasons } } : { messageId: 'unknownReason', data: { subject, reason, reasons } }) });
      } else if (claim.explanation.trim() === '') {
        ctx.report({ ...where, messageId: 'noGriExplanation', data: { subject } });
      }
    }
  },
};
