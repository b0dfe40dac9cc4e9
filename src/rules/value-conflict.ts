// Issue 16, item 3: the same metric for the same year given two different values in two places (Scope 1 in
// the text and in the KPI table), compared in one unit after conversion and beyond rounding.
import type { Rule } from './rule.js';
import { unitsOf } from '../engine/evidence-targets.js';
import { metricValues, periodYears, valueConflicts } from '../evidence/index.js';
import { PLACE_MESSAGES, placePhrase } from './evidence-place.js';

export const valueConflict: Rule = {
  id: 'value-conflict',
  description: 'The same metric is given two different values for the same year in two places of the report (e.g. Scope 1 in the text and in the KPI table).',
  help: 'Make both places give the same value (or say why they differ: another boundary, a restatement).',
  defaultSeverity: 'warning',
  tags: ['evidence', 'data'],
  messages: {
    conflict: "'{{metric}}' for {{year}} is {{value}} here but {{other}} in {{where}}; expected one value.",
    ...PLACE_MESSAGES,
  },
  check(ctx) {
    const { report, indexes } = ctx.analysis;
    const period = periodYears(report.meta);
    const indexTables = new Set(indexes.map((i) => report.tables[i.tableBlock]!));
    const values = metricValues(report, unitsOf(ctx.analysis), period[period.length - 1], indexTables);
    for (const { first, second } of valueConflicts(values)) {
      const metric = first.metric.startsWith('scope') && first.label.length > 60 ? second.label : first.label;
      ctx.report({
        ...ctx.at(second.at, second.section),
        messageId: 'conflict',
        data: { metric: metric.length > 60 ? `${metric.slice(0, 57)}…` : metric, year: first.year, value: second.raw, other: first.raw, where: placePhrase(ctx.analysis, first.section) },
      });
    }
  },
};
