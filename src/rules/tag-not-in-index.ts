import type { Rule } from './rule.js';

export const tagNotInIndex: Rule = {
  id: 'tag-not-in-index',
  description: 'In a report with both tags and a content index, a tagged disclosure is not listed in the index.',
  help: 'Add a row for the disclosure to the content index, or remove the tag if it names the wrong code.',
  defaultSeverity: 'warning',
  tags: ['index', 'tags'],
  messages: {
    notListed: '{{id|code}} is tagged here but the content index does not list it; expected every tagged disclosure in the index.',
  },
  check(ctx) {
    const { tags, indexRows } = ctx.analysis;
    if (indexRows.length === 0) return;
    const listed = new Set(indexRows.flatMap((r) => (r.resolution ? [r.resolution.def] : [])));
    // An index covers its own framework(s): a GRI content index is not expected to list SZSE articles or
    // SASB metrics tagged in the same report.
    const covered = new Set([...listed].map((def) => def.framework));
    const seen = new Set<unknown>();
    for (const { tag, resolution } of tags) {
      if (!resolution || !covered.has(resolution.def.framework) || listed.has(resolution.def) || seen.has(resolution.def)) continue;
      // A version no longer in effect is superseded-disclosure's to report: an index lists its replacement.
      if (resolution.state === 'superseded') continue;
      seen.add(resolution.def);
      ctx.report({
        disclosure: resolution.def.id,
        ...ctx.at(tag),
        messageId: 'notListed',
        data: { id: resolution.def.id },
      });
    }
  },
};
