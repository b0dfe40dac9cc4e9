import type { Rule } from './rule.js';

export const crosswalkCredit: Rule = {
  id: 'crosswalk-credit',
  description: 'With --crosswalk: a required disclosure counts as reported through an equivalent disclosure of another framework.',
  help: 'Nothing to fix: this notes where a disclosure is credited. Tag the disclosure itself where readers of its framework expect to find it.',
  defaultSeverity: 'info',
  tags: ['crosswalk'],
  messages: {
    credited: '{{id|code}} is counted as reported through the crosswalk: it is equivalent to {{from|code}}, which the report locates.',
  },
  check(ctx) {
    const { records, guidelineTopics, credits, report, tags, indexRows } = ctx.analysis;
    const file = report.files[0]?.path ?? '';
    const said = new Set<string>();
    const say = (id: string, from: string): void => {
      if (said.has(id)) return;
      said.add(id);
      ctx.report({ file, disclosure: id, messageId: 'credited', data: { id, from } });
    };
    for (const record of records) {
      const via = record.locations.find((l) => l.via === 'crosswalk');
      if (record.required && via?.from) say(record.id, via.from);
    }
    // A topic of the exchanges' guidelines met only through credited articles: none is located itself.
    const direct = new Set([...tags, ...indexRows].flatMap(({ resolution }) => (resolution ? [resolution.def.id] : [])));
    for (const topic of guidelineTopics) {
      if (topic.status !== 'reported' || topic.group.members.some((id) => direct.has(id))) continue;
      for (const id of topic.group.members) if (credits.has(id)) say(id, credits.get(id)!);
    }
  },
};
