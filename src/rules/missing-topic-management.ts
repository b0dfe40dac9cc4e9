import type { Rule } from './rule.js';
import { officialData, SIDECAR_MESSAGES, sidecarOf, sidecarPhrase } from './messages/shared.js';

export const missingTopicManagement: Rule = {
  id: 'missing-topic-management',
  description: 'A material topic has no disclosure of how it is managed (the management-of-material-topics disclosure).',
  help: 'Tag the section that explains how the topic is managed with the management disclosure (3-3) and the topic\'s standard in parentheses. For a PDF or DOCX, add the section\'s heading to its sidecar `report.disclose.yaml` under `disclose:`.',
  defaultSeverity: 'error',
  tags: ['coverage', 'material-topics'],
  messages: {
    noManagement: 'Material topic {{topic|code}} has no {{id|code}} ({{title|official}}); tag the section that explains how the topic is managed, e.g. `{{id}} ({{topic}})`.',
    noManagementOfStandard:
      'Material topic {{topic|code}} ({{standard}}) has no {{id|code}} ({{title|official}}); tag the section that explains how the topic is managed, e.g. `{{id}} ({{topic}})`.',
    noManagementSidecar: 'Material topic {{topic|code}} has no {{id|code}} ({{title|official}}); {{advice}}.',
    noManagementOfStandardSidecar: 'Material topic {{topic|code}} ({{standard}}) has no {{id|code}} ({{title|official}}); {{advice}}.',
    ...SIDECAR_MESSAGES,
  },
  check(ctx) {
    const { records, definitions, report } = ctx.analysis;
    const file = report.files[0]?.path ?? '';
    const sidecar = sidecarOf(report);
    const suffix = sidecar ? 'Sidecar' : '';
    records.forEach((record, index) => {
      const def = definitions[index]!;
      // An invalid omission of 3-3 is the omission rules' to report.
      if (record.status !== 'missing' || record.omission || !def.perMaterialTopic || !record.topic) return;
      const topic = ctx.analysis.materialTopics.find((t) => t.topic === record.topic);
      const data = {
        ...officialData(def),
        topic: record.topic,
        ...(sidecar ? { advice: sidecarPhrase('sidecarTopic', sidecar, file, { id: def.id, topic: record.topic }) } : {}),
      };
      ctx.report({
        disclosure: record.id,
        topic: record.topic,
        file,
        ...(topic?.standard ? { messageId: `noManagementOfStandard${suffix}`, data: { ...data, standard: topic.standard.id } } : { messageId: `noManagement${suffix}`, data }),
      });
    });
  },
};
