import type { Rule } from './rule.js';
import { SIDECAR_MESSAGES, sidecarOf, sidecarPhrase } from './messages/shared.js';

export const topicNotExplained: Rule = {
  id: 'topic-not-explained',
  description: 'A topic of the SZSE/SSE/BSE guideline is neither disclosed through its articles nor explained (Art. 7, comply or explain).',
  help: 'Tag the section that discloses the topic with one of its articles, or explain why it is not disclosed (`<!-- omit: ARTICLE | reason | explanation -->`). For a PDF or DOCX, the same entries go in its sidecar `report.disclose.yaml` (`disclose:` by heading, `omit:`).',
  defaultSeverity: 'error',
  tags: ['coverage', 'exchanges'],
  messages: {
    notExplained:
      '{{framework}} topic {{title}} (Art. {{articles}}) is neither disclosed nor explained; tag the section that discloses it ({{first|code}}) or, under Art. 7, say why it is not disclosed (`omit: {{first}} | not-applicable | …`).',
    notExplainedZh:
      '{{framework}} topic {{titleZh}} ({{title}}) (Art. {{articles}}) is neither disclosed nor explained; tag the section that discloses it ({{first|code}}) or, under Art. 7, say why it is not disclosed (`omit: {{first}} | not-applicable | …`).',
    notExplainedSidecar: '{{framework}} topic {{title}} (Art. {{articles}}) is neither disclosed nor explained; {{advice}}.',
    notExplainedZhSidecar: '{{framework}} topic {{titleZh}} ({{title}}) (Art. {{articles}}) is neither disclosed nor explained; {{advice}}.',
    ...SIDECAR_MESSAGES,
  },
  check(ctx) {
    const file = ctx.analysis.report.files[0]?.path ?? '';
    const sidecar = sidecarOf(ctx.analysis.report);
    const suffix = sidecar ? 'Sidecar' : '';
    for (const topic of ctx.analysis.guidelineTopics) {
      if (topic.status !== 'missing' || !topic.required) continue;
      const { group, framework } = topic;
      const articles = group.members.map((id) => id.replace(/^\S+ /, ''));
      const first = group.members[0] ?? '';
      const data = {
        framework: framework.toUpperCase(),
        title: group.title,
        articles,
        first,
        ...(sidecar ? { advice: sidecarPhrase('sidecarArticle', sidecar, file, { first }) } : {}),
      };
      ctx.report({
        file,
        // Conditional topics apply only to some companies (the statutory lists of Art. 30 …): say so, softly.
        ...(topic.level === 'conditional' ? { severity: 'warning' as const } : {}),
        ...(group.titleZh ? { messageId: `notExplainedZh${suffix}`, data: { ...data, titleZh: group.titleZh } } : { messageId: `notExplained${suffix}`, data }),
      });
    }
  },
};
