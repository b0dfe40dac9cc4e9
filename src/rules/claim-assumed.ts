import type { Rule } from './rule.js';
import type { MessageData } from '../model/message.js';
import { SIDECAR_MESSAGES, sidecarOf, sidecarPhrase } from './messages/shared.js';

// A report that uses GRI without declaring its claim is checked under a claim disclose picked: say which,
// and why, so a report writer does not read "no problems" as "in accordance" (issue 11, item 12).
export const claimAssumed: Rule = {
  id: 'claim-assumed',
  description: 'The report uses GRI without declaring its claim (`frameworks: gri: claim:`); says which claim it was checked under and why.',
  help: 'Declare the claim in the front matter or config (for a PDF or DOCX, in its sidecar `report.disclose.yaml`): `frameworks: { gri: { claim: in-accordance } }` (or `with-reference`).',
  defaultSeverity: 'info',
  tags: ['claims'],
  messages: {
    fromStatement: 'No GRI claim is declared; checked as {{claim|code}}, the claim of the report\'s statement of use; declare the claim in the front matter: `frameworks: { gri: { claim: {{claim}} } }`.',
    noStatement: 'No GRI claim is declared and the report has no statement of use; checked as `with-reference`, which requires no disclosure; declare the claim in the front matter: `frameworks: { gri: { claim: in-accordance } }` or `with-reference`.',
    fromStatementSidecar: 'No GRI claim is declared; checked as {{claim|code}}, the claim of the report\'s statement of use; {{advice}}.',
    noStatementSidecar: 'No GRI claim is declared and the report has no statement of use; checked as `with-reference`, which requires no disclosure; {{advice}} (or `with-reference`).',
    ...SIDECAR_MESSAGES,
  },
  check(ctx) {
    const { claim, claimSource, statements, report } = ctx.analysis;
    if (!claim || claimSource === 'declared' || claimSource === undefined) return;
    const statement = statements.statementOfUse;
    const file = report.files[0]?.path ?? '';
    const sidecar = sidecarOf(report);
    const advice = (claimed: string): MessageData => (sidecar ? { advice: sidecarPhrase('sidecarClaim', sidecar, file, { claim: claimed }) } : {});
    if (claimSource === 'statement-of-use' && statement) {
      ctx.report({
        ...ctx.at(statement),
        messageId: sidecar ? 'fromStatementSidecar' : 'fromStatement',
        data: { claim, ...advice(claim) },
      });
      return;
    }
    ctx.report({
      file,
      ...(sidecar ? { messageId: 'noStatementSidecar', data: advice('in-accordance') } : { messageId: 'noStatement' }),
    });
  },
};
