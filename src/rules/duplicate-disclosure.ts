import type { Rule } from './rule.js';

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
  },
  check(ctx) {
    const first = new Map<string, number>();
    for (const { entry, resolution, topic, group, table } of ctx.analysis.indexRows) {
      if (!entry.id) continue;
      // 3-3 belongs once to each topic group: a repeat is a duplicate only in the same group and topic
      // (two groups may manage topics that no GRI Topic Standard covers, or the same standard twice).
      const perTopic = resolution?.def.perMaterialTopic === true;
      const key = perTopic ? `${entry.id}\u0000${table.tableBlock}\u0000${group}\u0000${topic ?? ''}` : entry.id;
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, entry.code.line);
        continue;
      }
      ctx.report({
        disclosure: entry.id,
        file: entry.code.file,
        line: entry.code.line,
        column: entry.code.column,
        ...(perTopic && topic
          ? { messageId: 'listedAgainForTopic', data: { id: entry.id, topic, line: earlier } }
          : { messageId: 'listedAgain', data: { id: entry.id, line: earlier } }),
      });
    }
  },
};
