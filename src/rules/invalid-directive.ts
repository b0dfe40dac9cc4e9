import type { Rule } from './rule.js';

export const invalidDirective: Rule = {
  id: 'invalid-directive',
  description: 'A `disclose:`, `omit:` or `page:` directive cannot be read.',
  help: 'Write the directive as `<!-- disclose: ID, ID -->`, `<!-- omit: ID | reason | explanation -->` or `<!-- page: N -->`.',
  defaultSeverity: 'error',
  tags: ['syntax'],
  check(ctx) {
    for (const problem of ctx.analysis.report.problems) {
      // A near miss (`discolse:`) is a warning: it may be an ordinary comment (ingest/directives.ts).
      ctx.report({ message: problem.message, file: problem.file, line: problem.line, column: problem.column, ...(problem.severity ? { severity: problem.severity } : {}) });
    }
  },
};
