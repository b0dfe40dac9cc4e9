import type { Rule } from './rule.js';
import type { MessageData } from '../model/message.js';

export const duplicateDisclosure: Rule = {
  id: 'duplicate-disclosure',
  description: 'A code appears twice in one content index (3-3 may appear once per material topic).',
  help: 'List each code once in the index: merge the locations of the duplicate rows into one row.',
  defaultSeverity: 'error',
  tags: ['index'],
  inAccordanceRequirement: true,
  messages: {
    listedAgain: '{{id|code}} is listed again (first on line {{line}}); expected each disclosure once in the index.',
    listedAgainForTopic: '{{id|code}} is listed again for material topic {{topic|code}} (first on line {{line}}); expected each disclosure once in the index.',
    // Where the index has no lines (a PDF or DOCX table): the row itself is placed by page and section.
    listedAgainNoLine: '{{id|code}} is listed again; expected each disclosure once in the index.',
    listedAgainForTopicNoLine: '{{id|code}} is listed again for material topic {{topic|code}}; expected each disclosure once in the index.',
  },
  check(ctx) {
    // The first row of each key, by its line (undefined where the source has no lines).
    const first = new Map<string, number | undefined>();
    for (const { entry, resolution, topic, group, table } of ctx.analysis.indexRows) {
      if (!entry.id) continue;
      // 3-3 belongs once to each topic group: a repeat is a duplicate only in the same group and topic
      // (two groups may manage topics that no GRI Topic Standard covers, or the same standard twice).
      const perTopic = resolution?.def.perMaterialTopic === true;
      const key = perTopic ? `${entry.id}\u0000${table.tableBlock}\u0000${group}\u0000${topic ?? ''}` : entry.id;
      if (!first.has(key)) {
        first.set(key, entry.code.line);
        continue;
      }
      const earlier = first.get(key);
      const message: { messageId: string; data: MessageData } =
        earlier === undefined
          ? perTopic && topic
            ? { messageId: 'listedAgainForTopicNoLine', data: { id: entry.id, topic } }
            : { messageId: 'listedAgainNoLine', data: { id: entry.id } }
          : perTopic && topic
            ? { messageId: 'listedAgainForTopic', data: { id: entry.id, topic, line: earlier } }
            : { messageId: 'listedAgain', data: { id: entry.id, line: earlier } };
      ctx.report({ disclosure: entry.id, ...ctx.at(entry.code, table.section), ...message });
    }
  },
};
