import type { Rule } from './rule.js';
import { named } from './describe.js';

export const omissionNotPermitted: Rule = {
  id: 'omission-not-permitted',
  description: 'A reason for omission is given for a disclosure that GRI 1 does not allow to be omitted.',
  defaultSeverity: 'error',
  tags: ['omissions'],
  inAccordanceRequirement: true,
  check(ctx) {
    for (const { omission, resolution } of ctx.analysis.omissions) {
      // GRI 1, Requirements 2 and 4: the catalog flags the disclosures that allow no omission.
      if (!resolution?.def.omissionNotPermitted) continue;
      ctx.report({
        disclosure: resolution.def.id,
        standard: resolution.def.standard,
        file: omission.file,
        line: omission.line,
        column: omission.column,
        message: `${named(resolution.def)} may not be omitted: GRI 1 allows no reason for omission for it; report it.`,
      });
    }
  },
};
