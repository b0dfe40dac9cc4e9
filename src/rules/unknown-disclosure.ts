import type { Rule } from './rule.js';
import { code } from './describe.js';

export const unknownDisclosure: Rule = {
  id: 'unknown-disclosure',
  description: 'A tag, omission or material topic names a code that the catalog does not know.',
  defaultSeverity: 'error',
  tags: ['codes'],
  check(ctx) {
    const { tags, omissions, materialTopics, report } = ctx.analysis;
    const where = [
      ...tags.map(({ tag, resolution }) => ({ item: tag, resolution, kind: 'Tag' })),
      ...omissions.map(({ omission, resolution }) => ({ item: omission, resolution, kind: 'Omission' })),
    ];
    for (const { item, resolution, kind } of where) {
      if (resolution) continue;
      const { file, line, column } = item;
      const message =
        item.id === undefined
          ? `${kind} ${code(item.raw)} is not a disclosure id; expected a framework and a code, like \`GRI <standard>-<number>\`.`
          : `${kind} ${code(item.id)} is not a disclosure of any standard in the catalog; check the code (\`disclose standards list\`).`;
      ctx.report({ message, file, line, column, ...(item.id ? { disclosure: item.id } : {}) });
    }
    const file = report.files[0]?.path ?? '';
    for (const topic of materialTopics) {
      if (topic.standard) continue;
      ctx.report({
        message: `Material topic ${code(topic.raw)} is not a GRI Topic Standard in effect for this report; expected a topic like \`GRI <number>\`.`,
        file,
      });
    }
  },
};
