import type { Rule } from './rule.js';
import { named } from './describe.js';

export const missingDisclosure: Rule = {
  id: 'missing-disclosure',
  description: 'A disclosure required by the claim is neither located (tagged) nor omitted with a reason.',
  help: 'Tag the section that reports it (`<!-- disclose: ID -->`), list it in the content index, or omit it with a reason and an explanation (`<!-- omit: ID | reason | explanation -->`).',
  defaultSeverity: 'error',
  tags: ['coverage'],
  check(ctx) {
    const { records, definitions, report, claim } = ctx.analysis;
    const file = report.files[0]?.path ?? '';
    records.forEach((record, index) => {
      if (record.status !== 'missing') return;
      const def = definitions[index]!;
      // 3-3 gaps are missing-topic-management's to report.
      if (def.perMaterialTopic) return;
      const topic = record.topic ? ` for material topic \`${record.topic}\`` : '';
      // GRI disclosures are required by the claim; other frameworks' by the standard the front matter selects.
      const by = def.framework === 'gri' ? `the ${claim} claim` : record.standard;
      ctx.report({
        disclosure: record.id,
        standard: record.standard,
        ...(record.topic ? { topic: record.topic } : {}),
        file,
        message: `${named(record)} is required${topic} by ${by} but is neither tagged nor omitted; tag the section that answers it or give a reason for omission.`,
      });
    });
  },
};
