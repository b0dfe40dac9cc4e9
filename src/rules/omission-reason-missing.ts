import type { Rule } from './rule.js';
import { code, list } from './describe.js';
import { normaliseOmissionReason } from '../mapping/omission-reason.js';

export const omissionReasonMissing: Rule = {
  id: 'omission-reason-missing',
  description: 'An omission lacks one of GRI 1\'s four reasons or an explanation.',
  defaultSeverity: 'error',
  tags: ['omissions'],
  inAccordanceRequirement: true,
  check(ctx) {
    const reasons = ctx.analysis.catalog.gri.foundation.omissionReasons.map((r) => r.id);
    for (const { omission } of ctx.analysis.omissions) {
      const where = { file: omission.file, line: omission.line, column: omission.column, ...(omission.id ? { disclosure: omission.id } : {}) };
      const subject = code(omission.id ?? omission.raw);
      if (!normaliseOmissionReason(omission.reason, reasons)) {
        const given = omission.reason.trim() === '' ? 'gives no reason' : `gives reason ${code(omission.reason.trim())}`;
        ctx.report({ ...where, message: `Omission of ${subject} ${given}; expected one of ${list(reasons)}.` });
      }
      if (omission.explanation.trim() === '') {
        ctx.report({ ...where, message: `Omission of ${subject} has no explanation; GRI 1 requires an explanation with every reason for omission.` });
      }
    }
  },
};
