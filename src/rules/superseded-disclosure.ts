import type { Rule } from './rule.js';
import type { Analysis } from '../engine/analysis.js';
import type { Resolution } from '../catalog/index.js';
import { describeEffective, replacementFor } from '../catalog/index.js';
import { list, named } from './describe.js';
import { citations } from './citations.js';

/** More replacements than this are named by their standard, not listed one by one. */
const MAX_LISTED = 3;

/** `use `GRI 2-22``, `use GRI 101: Biodiversity 2024`, or `it has no replacement`. */
function insteadOf(analysis: Analysis, resolution: Resolution): { text: string; only?: string } {
  const { disclosures, standards } = replacementFor(analysis.catalog, resolution.def);
  const ids = [...new Set(disclosures.map((d) => d.id))];
  if (ids.length > 0 && ids.length <= MAX_LISTED) return { text: `use ${list(ids)}`, ...(ids.length === 1 ? { only: ids[0]! } : {}) };
  if (standards.length > 0) return { text: `use ${standards.map((s) => s.id).join(' and ')}` };
  return { text: 'it has no replacement' };
}

function explain(analysis: Analysis, resolution: Resolution): string | undefined {
  const { def, state } = resolution;
  const { catalog } = analysis;
  if (state === 'superseded') {
    // When the printed title chose the version, say so: the code alone would have meant another one.
    const byTitle = resolution.matchedTitle && resolution.versions.length > 1 ? ' (the printed title is that version\'s)' : '';
    return `${named(def)} is from ${def.standard}${byTitle}, which is not in effect for this report (${describeEffective(catalog, def)}); ${insteadOf(analysis, resolution).text}.`;
  }
  if (state === 'not-yet-effective') {
    return `${named(def)} is from ${def.standard}, which is not yet in effect for this report (${describeEffective(catalog, def)}).`;
  }
  return undefined;
}

export const supersededDisclosure: Rule = {
  id: 'superseded-disclosure',
  description: 'A tag, omission or index row names a disclosure whose standard version is not in effect for the report\'s dates.',
  help: 'Cite the version in effect for the report\'s dates: use the replacement the finding names (`disclose migrate` rewrites GRI 2016 codes).',
  defaultSeverity: 'error',
  tags: ['codes', 'versions'],
  check(ctx) {
    for (const { resolution, file, line, column } of citations(ctx.analysis)) {
      if (!resolution) continue;
      const base = { disclosure: resolution.def.id, standard: resolution.def.standard, file, line, column };
      const message = explain(ctx.analysis, resolution);
      if (message) {
        const only = resolution.state === 'superseded' ? insteadOf(ctx.analysis, resolution).only : undefined;
        const fix = only ? { fix: { replacement: only, description: `Replace with ${only}` } } : {};
        ctx.report({ ...base, message, ...fix });
      } else if (resolution.state === 'early-adoption') {
        ctx.report({
          ...base,
          severity: 'info',
          message: `${named(resolution.def)} is from ${resolution.def.standard}, adopted early (${describeEffective(ctx.analysis.catalog, resolution.def)}).`,
        });
      }
    }
  },
};
