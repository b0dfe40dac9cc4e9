// Issue 16, item 2: a metric's section gives figures, but none in a unit the metric is measured in (after
// conversion: GJ answers a metric in MWh; standards/evidence/units.json).
import type { Rule } from './rule.js';
import { descriptorOf, judgedAnswers, unitsOf } from '../engine/evidence-targets.js';
import { expectedUnits } from '../evidence/expected-units.js';
import { asksForData, sectionEvidence } from '../evidence/index.js';
import { PLACE_MESSAGES, placePhrase, targetLocation } from './evidence-place.js';

export const unitMismatch: Rule = {
  id: 'unit-mismatch',
  description: "A quantitative disclosure's section has figures, but none carries a unit the metric asks for (tCO2e, MWh/GJ/kWh, m³, %, hours …; synonyms and conversions are data).",
  help: 'Print the unit beside the figures (in the cell, the row label or the column header), in one of the units the metric is measured in.',
  defaultSeverity: 'warning',
  tags: ['evidence'],
  messages: {
    unitMismatch: '{{id|code}}: the figures in {{where}} carry none of its units ({{expected}}); found {{found}}.',
    noUnits: 'no unit',
    ...PLACE_MESSAGES,
  },
  check(ctx) {
    const units = unitsOf(ctx.analysis);
    if (!units) return;
    for (const { target, sections } of judgedAnswers(ctx.analysis)) {
      if (!asksForData(target.def, descriptorOf(ctx.analysis, target.def), units)) continue;
      const evidence = sectionEvidence(ctx.analysis.report, sections, units);
      if (evidence.figures.length === 0) continue;
      const expected = expectedUnits(target.def, descriptorOf(ctx.analysis, target.def), units);
      if (!expected.checkable || [...evidence.dimensions].some((d) => expected.dimensions.has(d))) continue;
      ctx.report({
        disclosure: target.def.id,
        ...targetLocation(ctx, target),
        messageId: 'unitMismatch',
        data: { id: target.def.id, where: placePhrase(ctx.analysis, target.section), expected: expected.names, found: evidence.units.length > 0 ? evidence.units : { messageId: 'noUnits' } },
      });
    }
  },
};
