import type { Rule } from './rule.js';

// A report that uses GRI without declaring its claim is checked under a claim disclose picked: say which,
// and why, so a report writer does not read "no problems" as "in accordance" (issue 11, item 12).
export const claimAssumed: Rule = {
  id: 'claim-assumed',
  description: 'The report uses GRI without declaring its claim (`frameworks: gri: claim:`); says which claim it was checked under and why.',
  help: 'Declare the claim in the front matter or config: `frameworks: { gri: { claim: in-accordance } }` (or `with-reference`).',
  defaultSeverity: 'info',
  tags: ['claims'],
  messages: {
    fromStatement: 'No GRI claim is declared; checked as {{claim|code}}, the claim of the report\'s statement of use; declare the claim in the front matter: `frameworks: { gri: { claim: {{claim}} } }`.',
    noStatement: 'No GRI claim is declared and the report has no statement of use; checked as `with-reference`, which requires no disclosure; declare the claim in the front matter: `frameworks: { gri: { claim: in-accordance } }` or `with-reference`.',
  },
  check(ctx) {
    const { claim, claimSource, statements, report } = ctx.analysis;
    if (!claim || claimSource === 'declared' || claimSource === undefined) return;
    const statement = statements.statementOfUse;
    if (claimSource === 'statement-of-use' && statement) {
      ctx.report({
        ...ctx.at(statement),
        messageId: 'fromStatement',
        data: { claim },
      });
      return;
    }
    ctx.report({
      file: report.files[0]?.path ?? '',
      messageId: 'noStatement',
    });
  },
};
