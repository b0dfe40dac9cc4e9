import type { Rule } from './rule.js';
import { officialData } from './messages/shared.js';
import { omissionClaims } from './citations.js';

export const omissionNotPermitted: Rule = {
  id: 'omission-not-permitted',
  description: 'A disclosure that GRI 1 does not allow to be omitted is omitted, or shown as not applicable or not reported.',
  help: 'Report the disclosure and tag where: GRI 1 allows no reason for omission for it.',
  defaultSeverity: 'error',
  tags: ['omissions'],
  inAccordanceRequirement: true,
  messages: {
    notPermitted: '{{id|code}} ({{title|official}}) may not be omitted: GRI 1 allows no reason for omission for it; report it.',
    shownNotPermitted: '{{id|code}} ({{title|official}}) is shown as `{{shownAs}}` in the index, but may not be omitted: GRI 1 allows no reason for omission for it; report it.',
    empty: 'empty',
  },
  check(ctx) {
    for (const claim of omissionClaims(ctx.analysis)) {
      // GRI 1, Requirements 2 and 4: the catalog flags the disclosures that allow no omission.
      const def = claim.resolution?.def;
      if (!def?.omissionNotPermitted) continue;
      ctx.report({
        disclosure: def.id,
        standard: def.standard,
        ...ctx.at(claim),
        ...(claim.kind === 'index-row'
          ? { messageId: 'shownNotPermitted', data: { ...officialData(def), shownAs: claim.shownAs || { messageId: 'empty' } } }
          : { messageId: 'notPermitted', data: officialData(def) }),
      });
    }
  },
};
