import type { Rule } from './rule.js';
import type { MessagePhrase } from '../model/message.js';
import { CLAIM_MESSAGES, claimPhrase, officialData, SIDECAR_MESSAGES, sidecarOf, sidecarPhrase } from './messages/shared.js';

export const missingDisclosure: Rule = {
  id: 'missing-disclosure',
  description: 'A disclosure required by the claim is neither located (tagged) nor omitted with a reason.',
  help: 'Tag the section that reports it (`<!-- disclose: ID -->`), list it in the content index, or omit it with a reason and an explanation (`<!-- omit: ID | reason | explanation -->`). For a PDF or DOCX, add the section\'s heading to its sidecar `report.disclose.yaml` under `disclose:` (or `disclose suggest --write report.pdf`), or the omission under `omit:`.',
  defaultSeverity: 'error',
  tags: ['coverage'],
  messages: {
    required: '{{id|code}} ({{title|official}}) is required by {{by}} but is neither tagged nor omitted; tag the section that answers it or give a reason for omission.',
    requiredForTopic: '{{id|code}} ({{title|official}}) is required for material topic {{topic|code}} by {{by}} but is neither tagged nor omitted; tag the section that answers it or give a reason for omission.',
    requiredSidecar: '{{id|code}} ({{title|official}}) is required by {{by}} but is neither tagged nor omitted; {{advice}}.',
    requiredForTopicSidecar: '{{id|code}} ({{title|official}}) is required for material topic {{topic|code}} by {{by}} but is neither tagged nor omitted; {{advice}}.',
    byClaim: 'the {{claim}} claim',
    byStandard: '{{standard}}',
    ...CLAIM_MESSAGES,
    ...SIDECAR_MESSAGES,
  },
  check(ctx) {
    const { records, definitions, report, claim } = ctx.analysis;
    const file = report.files[0]?.path ?? '';
    const sidecar = sidecarOf(report);
    records.forEach((record, index) => {
      // An invalid omission is missing, but the omission rules say what is wrong with it.
      if (record.status !== 'missing' || record.omission) return;
      const def = definitions[index]!;
      // 3-3 gaps are missing-topic-management's to report.
      if (def.perMaterialTopic) return;
      // GRI disclosures are required by the claim; other frameworks' by the standard the front matter selects.
      const by: MessagePhrase = def.framework === 'gri' && claim ? { messageId: 'byClaim', data: { claim: claimPhrase(claim) } } : { messageId: 'byStandard', data: { standard: record.standard } };
      const data = { ...officialData(def), by, ...(sidecar ? { advice: sidecarPhrase('sidecarTag', sidecar, file) } : {}) };
      const suffix = sidecar ? 'Sidecar' : '';
      ctx.report({
        disclosure: record.id,
        standard: record.standard,
        ...(record.topic ? { topic: record.topic } : {}),
        file,
        ...(record.topic ? { messageId: `requiredForTopic${suffix}`, data: { ...data, topic: record.topic } } : { messageId: `required${suffix}`, data }),
      });
    });
  },
};
