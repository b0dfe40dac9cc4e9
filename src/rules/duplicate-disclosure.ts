import type { Rule } from './rule.js';
import { code } from './describe.js';

export const duplicateDisclosure: Rule = {
  id: 'duplicate-disclosure',
  description: 'A code appears twice in one content index (3-3 may appear once per material topic).',
  help: 'List each code once in the index: merge the locations of the duplicate rows into one row.',
  defaultSeverity: 'error',
  tags: ['index'],
  inAccordanceRequirement: true,
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
      const scope = perTopic && topic ? ` for material topic ${code(topic)}` : '';
      ctx.report({
        disclosure: entry.id,
        file: entry.code.file,
        line: entry.code.line,
        column: entry.code.column,
        message: `${code(entry.id)} is listed again${scope} (first on line ${earlier}); expected each disclosure once in the index.`,
      });
    }
  },
};
