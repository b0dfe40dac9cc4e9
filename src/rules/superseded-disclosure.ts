import type { Rule } from './rule.js';
import type { Analysis } from '../engine/analysis.js';
import type { Resolution } from '../catalog/index.js';
import { describeEffective, replacementsOf } from '../catalog/index.js';
import { list, named } from './describe.js';

function explain(analysis: Analysis, resolution: Resolution): string | undefined {
  const { def, state } = resolution;
  const { catalog } = analysis;
  if (state === 'superseded') {
    const replacements = replacementsOf(catalog, def);
    const instead = replacements.length > 0 ? `; use ${list(replacements)}` : '; it has no replacement';
    return `${named(def)} is from ${def.standard}, which is not in effect for this report (${describeEffective(catalog, def)})${instead}.`;
  }
  if (state === 'not-yet-effective') {
    return `${named(def)} is from ${def.standard}, which is not yet in effect for this report (${describeEffective(catalog, def)}).`;
  }
  return undefined;
}

export const supersededDisclosure: Rule = {
  id: 'superseded-disclosure',
  description: 'A tag or omission names a disclosure whose standard version is not in effect for the report\'s dates.',
  defaultSeverity: 'error',
  tags: ['codes', 'versions'],
  check(ctx) {
    const items = [
      ...ctx.analysis.tags.map(({ tag, resolution }) => ({ item: tag, resolution })),
      ...ctx.analysis.omissions.map(({ omission, resolution }) => ({ item: omission, resolution })),
    ];
    for (const { item, resolution } of items) {
      if (!resolution) continue;
      const { file, line, column } = item;
      const base = { disclosure: resolution.def.id, standard: resolution.def.standard, file, line, column };
      const message = explain(ctx.analysis, resolution);
      if (message) {
        const replacements = replacementsOf(ctx.analysis.catalog, resolution.def);
        const fix = replacements.length === 1 ? { fix: { replacement: replacements[0]!, description: `Replace with ${replacements[0]}` } } : {};
        ctx.report({ ...base, message, ...fix });
      } else if (resolution.state === 'early-adoption') {
        ctx.report({
          ...base,
          severity: 'info',
          message: `${named(resolution.def)} is from ${resolution.def.standard}, used before its effective date (${describeEffective(ctx.analysis.catalog, resolution.def)}); early adoption is permitted.`,
        });
      }
    }
  },
};
