import type { Rule } from './rule.js';
import { named } from './describe.js';
import { omissionClaims } from './citations.js';

export const omissionNotPermitted: Rule = {
  id: 'omission-not-permitted',
  description: 'A disclosure that GRI 1 does not allow to be omitted is omitted, or shown as not applicable or not reported.',
  help: 'Report the disclosure and tag where: GRI 1 allows no reason for omission for it.',
  defaultSeverity: 'error',
  tags: ['omissions'],
  inAccordanceRequirement: true,
  check(ctx) {
    for (const claim of omissionClaims(ctx.analysis)) {
      // GRI 1, Requirements 2 and 4: the catalog flags the disclosures that allow no omission.
      const def = claim.resolution?.def;
      if (!def?.omissionNotPermitted) continue;
      const shown = claim.kind === 'index-row' ? `is shown as \`${claim.shownAs || 'empty'}\` in the index, but ` : '';
      ctx.report({
        disclosure: def.id,
        standard: def.standard,
        file: claim.file,
        line: claim.line,
        column: claim.column,
        message: `${named(def)} ${shown}may not be omitted: GRI 1 allows no reason for omission for it; report it.`,
      });
    }
  },
};
