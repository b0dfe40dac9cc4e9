import type { Rule } from './rule.js';
import type { Claim } from '../engine/analysis.js';
import { isComparableTitle } from '../engine/index-rows.js';
import { followsStatement, statedOption } from '../mapping/statement-of-use.js';
import { fillStatementOfUse } from '../engine/statement-of-use.js';
import { inEffect } from '../catalog/index.js';
import { CLAIM_MESSAGES, claimPhrase, sidecarOf } from './messages/shared.js';

// GRI 2016 claims ("in accordance with the GRI Standards: Core option") that the 2021 Standards dropped.
const OPTION_2016 = /\b(core|comprehensive)\s+option\b/i;

export const statementOfUse: Rule = {
  id: 'statement-of-use',
  description: 'The content index lacks the GRI statement of use or "GRI 1 used", or its wording does not fit the claim.',
  help: 'Put the statement of use worded for the claim, and the title of GRI 1 used, next to the content index.',
  defaultSeverity: 'error',
  tags: ['index', 'claims'],
  inAccordanceRequirement: true,
  messages: {
    noStatement: 'The content index has no statement of use; GRI 1 requires one, for this claim: {{expected|sentence}}',
    option2016: 'The statement of use uses the GRI 2016 "Core/Comprehensive option" wording; expected for the {{claim}} claim: {{expected|sentence}}',
    otherClaim: 'The statement of use states a {{other}} claim while the front matter claims {{claim}}; expected for the {{claim}} claim: {{expected|sentence}}',
    notGriWording: 'The statement of use does not follow GRI 1\'s wording; expected for the {{claim}} claim: {{expected|sentence}}',
    noOption2016:
      'The statement of use claims accordance with the GRI Standards but names no option; {{id|code}} asks for the option (Core or Comprehensive); checked as {{option}}: {{expected|sentence}}',
    otherOption2016: 'The statement of use names the {{stated}} option while the front matter claims {{option}}; expected: {{expected|sentence}}',
    // A PDF or DOCX has no front matter: its claim is declared in its sidecar (or the config).
    otherClaimSidecar:
      'The statement of use states a {{other}} claim while the claim declared (in {{sidecar|code}} or the config) is {{claim}}; expected for the {{claim}} claim: {{expected|sentence}}',
    noGriUsed: 'The content index does not name the GRI 1 used; expected `GRI 1 used: {{foundation}}`.',
    wrongGriUsed: '"GRI 1 used" does not name {{foundation|code}}.',
    ...CLAIM_MESSAGES,
  },
  check(ctx) {
    const { indexes, statements, claim, catalog, dates } = ctx.analysis;
    checkOption2016(ctx);
    // Only a report that carries its own content index has a statement of its own to check, and
    // only under GRI 1: Foundation 2021 (a 2016-era report states its claim differently).
    const foundation = catalog.gri.foundation;
    if (indexes.length === 0 || !claim || inEffect(foundation.effective, dates) === 'not-yet') return;
    const file = indexes[0]!.file;
    const statement = statements.statementOfUse;
    // The statement GRI 1 prescribes, in its own (English) words: it is what the report should print.
    const expected = fillStatementOfUse(foundation.claims[claim].statementOfUse, ctx.analysis.report.meta);
    if (!statement) {
      ctx.report({ file, messageId: 'noStatement', data: { expected } });
    } else if (isComparableTitle(statement.text) && !followsStatement(statement.text, foundation.claims[claim].statementOfUse)) {
      const other: Claim = claim === 'in-accordance' ? 'with-reference' : 'in-accordance';
      const messageId = OPTION_2016.test(statement.text)
        ? 'option2016'
        : followsStatement(statement.text, foundation.claims[other].statementOfUse)
          ? 'otherClaim'
          : 'notGriWording';
      const sidecar = messageId === 'otherClaim' ? sidecarOf(ctx.analysis.report) : undefined;
      ctx.report({
        ...ctx.at(statement),
        messageId: sidecar ? 'otherClaimSidecar' : messageId,
        data: { claim: claimPhrase(claim), expected, ...(messageId === 'otherClaim' ? { other: claimPhrase(other) } : {}), ...(sidecar ? { sidecar } : {}) },
      });
    }
    const used = statements.griUsed;
    if (!used) {
      ctx.report({ file, messageId: 'noGriUsed', data: { foundation: foundation.standard } });
    } else if (isComparableTitle(used.text) && !used.text.replace(/\s+/g, ' ').includes(foundation.standard)) {
      ctx.report({ ...ctx.at(used), messageId: 'wrongGriUsed', data: { foundation: foundation.standard } });
    }
  },
};

/**
 * GRI 101 (2016), section 3 and 102-54: a claim in accordance names its option. A statement that names
 * none is held to the assumed option (Core) and reported once (a report without any statement is not); one naming another option than the front
 * matter is reported too.
 */
function checkOption2016(ctx: Parameters<Rule['check']>[0]): void {
  const { griOption, statements, catalog, report, indexes } = ctx.analysis;
  const options = catalog.gri.claimOptions;
  if (!griOption || !options) return;
  const statement = statements.statementOfUse;
  const where = statement ? ctx.at(statement) : { file: indexes[0]?.file ?? report.files[0]?.path ?? '' };
  const option = options.options[griOption.option];
  const data = { id: options.statementDisclosure, option: option.label, expected: option.statementOfUse };
  // With no statement at all there is no claim wording to judge (GRI 1's statement rule is not in effect).
  if (griOption.source === 'assumed' && statement) {
    ctx.report({ ...where, disclosure: options.statementDisclosure, messageId: 'noOption2016', data });
    return;
  }
  if (griOption.source !== 'declared' || !statement) return;
  const phrases = { core: options.options.core.phrases, comprehensive: options.options.comprehensive.phrases };
  const stated = statedOption(statement.text, phrases);
  if (stated && stated !== griOption.option) {
    ctx.report({ ...where, disclosure: options.statementDisclosure, messageId: 'otherOption2016', data: { ...data, stated: options.options[stated].label } });
  }
}
