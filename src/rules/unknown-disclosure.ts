import type { Rule } from './rule.js';
import type { MessageData } from '../model/message.js';
import { citationKind, citations } from './citations.js';

export const unknownDisclosure: Rule = {
  id: 'unknown-disclosure',
  description: 'A tag, omission, index row, material topic or SASB industry names a code that the catalog does not know.',
  help: 'Correct the code (a typo, a missing framework prefix) or remove it; `disclose standards list` shows the codes the catalog knows.',
  defaultSeverity: 'error',
  tags: ['codes'],
  messages: {
    notAnId: '{{kind}} {{raw|code}} is not a disclosure id; expected a framework and a code, like `GRI <standard>-<number>`.',
    notInCatalog: '{{kind}} {{id|code}} is not a disclosure of any standard in the catalog; check the code (`disclose standards list`).',
    unknownIndustry: 'SASB industry {{raw|code}} is not in the catalog; expected an industry code such as those listed by `disclose standards list sasb`.',
    unknownTopic: 'Material topic {{raw|code}} is not a GRI Topic Standard in effect for this report; expected a topic like `GRI <number>`.',
    kindTag: 'Tag',
    kindOmission: 'Omission',
    kindIndexRow: 'Index row',
  },
  check(ctx) {
    const { materialTopics, report } = ctx.analysis;
    for (const citation of citations(ctx.analysis)) {
      if (citation.resolution) continue;
      const kind = { messageId: citationKind(citation) };
      const message: { messageId: string; data: MessageData } =
        citation.id === undefined
          ? { messageId: 'notAnId', data: { kind, raw: citation.raw } }
          : { messageId: 'notInCatalog', data: { kind, id: citation.id } };
      ctx.report({ ...message, ...ctx.at(citation), ...(citation.id ? { disclosure: citation.id } : {}) });
    }
    const file = report.files[0]?.path ?? '';
    for (const { raw, standard } of ctx.analysis.industries) {
      if (standard) continue;
      ctx.report({ messageId: 'unknownIndustry', data: { raw }, file });
    }
    for (const topic of materialTopics) {
      if (topic.standard) continue;
      ctx.report({
        messageId: 'unknownTopic',
        data: { raw: topic.raw },
        file,
      });
    }
  },
};
