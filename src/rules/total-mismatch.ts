// Issue 16, item 3: a KPI table's stated total differs from the sum of its parts beyond rounding, or the shares
// of one breakdown add up to more than 100 %.
import type { Rule } from './rule.js';
import { unitsOf } from '../engine/evidence-targets.js';
import { kpiRows, totalProblems } from '../evidence/index.js';

export const totalMismatch: Rule = {
  id: 'total-mismatch',
  description: 'In a KPI table, a stated total differs from the sum of the rows it totals beyond rounding, or the percentages of one breakdown add up to more than 100 %.',
  help: 'Correct the total or the parts; if the parts are not the whole breakdown, add the missing row (`Other`) or label the total for what it adds up.',
  defaultSeverity: 'warning',
  tags: ['evidence', 'data'],
  messages: {
    sum: "The total '{{label}}' is {{stated}} but its parts ({{parts|and}}) add up to {{computed}}; expected the sum within rounding.",
    shares: "The shares from '{{label}}' ({{parts|and}}) add up to {{computed}} %; expected at most 100 %.",
  },
  check(ctx) {
    const { report, indexes } = ctx.analysis;
    const units = unitsOf(ctx.analysis);
    const indexTables = new Set(indexes.map((i) => i.tableBlock));
    report.tables.forEach((table, t) => {
      if (indexTables.has(t)) return;
      for (const problem of totalProblems(table.rows[0] ?? [], kpiRows(table, units))) {
        ctx.report({
          ...ctx.at(problem.at, table.section),
          messageId: problem.kind,
          data: { label: problem.label, stated: problem.stated, computed: problem.computed, parts: problem.parts },
        });
      }
    });
  },
};
