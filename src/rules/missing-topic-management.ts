import type { Rule } from './rule.js';
import { code, named } from './describe.js';

export const missingTopicManagement: Rule = {
  id: 'missing-topic-management',
  description: 'A material topic has no disclosure of how it is managed (the management-of-material-topics disclosure).',
  help: 'Tag the section that explains how the topic is managed with the management disclosure (3-3) and the topic\'s standard in parentheses.',
  defaultSeverity: 'error',
  tags: ['coverage', 'material-topics'],
  check(ctx) {
    const { records, definitions, report } = ctx.analysis;
    const file = report.files[0]?.path ?? '';
    records.forEach((record, index) => {
      if (record.status !== 'missing' || !definitions[index]!.perMaterialTopic || !record.topic) return;
      const topic = ctx.analysis.materialTopics.find((t) => t.topic === record.topic);
      const standard = topic?.standard ? ` (${topic.standard.id})` : '';
      ctx.report({
        disclosure: record.id,
        topic: record.topic,
        file,
        message: `Material topic ${code(record.topic)}${standard} has no ${named(record)}; tag the section that explains how the topic is managed, e.g. \`${record.id} (${record.topic})\`.`,
      });
    });
  },
};
