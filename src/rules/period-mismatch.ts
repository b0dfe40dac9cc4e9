// Issue 16, item 2: a quantitative disclosure's section labels its figures with years, none of which is in the
// reporting period (last year's table left in, the period in front matter wrong).
import type { Rule } from './rule.js';
import { descriptorOf, judgedTargets, unitsOf } from '../engine/evidence-targets.js';
import { asksForData, periodYears, sectionEvidence } from '../evidence/index.js';
import { PLACE_MESSAGES, placePhrase, targetLocation } from './evidence-place.js';

export const periodMismatch: Rule = {
  id: 'period-mismatch',
  description: "A quantitative disclosure's section gives figures in KPI tables whose columns are labelled with years, none of which is in the reporting period.",
  help: "Give the figures for the reporting period (front matter `period`), or check that the period is right.",
  defaultSeverity: 'warning',
  tags: ['evidence'],
  messages: {
    periodMismatch: '{{id|code}}: the figures in {{where}} are labelled {{years}}, none in the reporting period ({{period}}).',
    ...PLACE_MESSAGES,
  },
  check(ctx) {
    const period = periodYears(ctx.analysis.report.meta);
    if (period.length === 0) return;
    const units = unitsOf(ctx.analysis);
    const reported = new Set<string>();
    for (const target of judgedTargets(ctx.analysis)) {
      if (!asksForData(target.def, descriptorOf(ctx.analysis, target.def), units)) continue;
      const evidence = sectionEvidence(ctx.analysis.report, target.sections, units);
      const years = evidence.figureYears;
      if (years.length === 0 || years.some((y) => period.includes(y))) continue;
      // A year after the period is a target or a publication date, not a period the figures are for.
      if (years.every((y) => y > period[period.length - 1]!)) continue;
      const key = `${target.def.id}\u0000${target.section}`;
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.report({
        disclosure: target.def.id,
        ...targetLocation(ctx, target),
        messageId: 'periodMismatch',
        data: { id: target.def.id, where: placePhrase(ctx.analysis, target.section), years, period: period.length === 1 ? String(period[0]) : `${period[0]}–${period[period.length - 1]}` },
      });
    }
  },
};
