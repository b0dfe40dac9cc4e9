import type { Rule } from './rule.js';
import { code, list } from './describe.js';
import { omissionClaims } from './citations.js';
import { normaliseOmissionReason } from '../mapping/omission-reason.js';

export const omissionReasonMissing: Rule = {
  id: 'omission-reason-missing',
  description: 'An omission, or an index row shown as not reported, lacks one of GRI 1\'s four reasons or an explanation.',
  help: 'Give one of GRI 1\'s four reasons (not applicable, legal prohibitions, confidentiality constraints, information unavailable/incomplete) and explain it: `<!-- omit: ID | reason | explanation -->`.',
  defaultSeverity: 'error',
  tags: ['omissions'],
  inAccordanceRequirement: true,
  check(ctx) {
    const reasons = ctx.analysis.catalog.gri.foundation.omissionReasons.map((r) => r.id);
    for (const claim of omissionClaims(ctx.analysis)) {
      // omission-not-permitted says what matters for these: they must be reported.
      if (claim.resolution?.def.omissionNotPermitted) continue;
      const where = { file: claim.file, line: claim.line, column: claim.column, ...(claim.id ? { disclosure: claim.id } : {}) };
      const subject = claim.kind === 'index-row' ? `Index row ${code(claim.id ?? claim.raw)} (shown as \`${claim.shownAs || 'empty'}\`)` : `Omission of ${code(claim.id ?? claim.raw)}`;
      // GRI 1's four reasons are GRI's; HKEX and the exchanges ask for an explanation, in any words.
      if (claim.resolution && claim.resolution.def.framework !== 'gri') {
        if (`${claim.reason}${claim.explanation}`.trim() === '') ctx.report({ ...where, message: `${subject} has no explanation; expected why it is not reported.` });
        continue;
      }
      if (!normaliseOmissionReason(claim.reason, reasons)) {
        const given = claim.reason.trim() === '' ? 'gives no reason for omission' : `gives reason ${code(claim.reason.trim())}`;
        ctx.report({ ...where, message: `${subject} ${given}; expected one of ${list(reasons)}, with an explanation.` });
      } else if (claim.explanation.trim() === '') {
        ctx.report({ ...where, message: `${subject} has no explanation; GRI 1 requires an explanation with every reason for omission.` });
      }
    }
  },
};
