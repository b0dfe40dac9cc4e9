import type { Rule } from './rule.js';
import { code } from './describe.js';
import { citationLabel, citations } from './citations.js';

export const unknownDisclosure: Rule = {
  id: 'unknown-disclosure',
  description: 'A tag, omission, index row, material topic or SASB industry names a code that the catalog does not know.',
  help: 'Correct the code (a typo, a missing framework prefix) or remove it; `disclose standards list` shows the codes the catalog knows.',
  defaultSeverity: 'error',
  tags: ['codes'],
  check(ctx) {
    const { materialTopics, report } = ctx.analysis;
    for (const citation of citations(ctx.analysis)) {
      if (citation.resolution) continue;
      const { file, line, column } = citation;
      const message =
        citation.id === undefined
          ? `${citationLabel(citation)} ${code(citation.raw)} is not a disclosure id; expected a framework and a code, like \`GRI <standard>-<number>\`.`
          : `${citationLabel(citation)} ${code(citation.id)} is not a disclosure of any standard in the catalog; check the code (\`disclose standards list\`).`;
      ctx.report({ message, file, line, column, ...(citation.id ? { disclosure: citation.id } : {}) });
    }
    const file = report.files[0]?.path ?? '';
    for (const { raw, standard } of ctx.analysis.industries) {
      if (standard) continue;
      ctx.report({ message: `SASB industry ${code(raw)} is not in the catalog; expected an industry code such as those listed by \`disclose standards list sasb\`.`, file });
    }
    for (const topic of materialTopics) {
      if (topic.standard) continue;
      ctx.report({
        message: `Material topic ${code(topic.raw)} is not a GRI Topic Standard in effect for this report; expected a topic like \`GRI <number>\`.`,
        file,
      });
    }
  },
};
