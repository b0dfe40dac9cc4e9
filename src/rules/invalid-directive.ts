import type { Rule } from './rule.js';

export const invalidDirective: Rule = {
  id: 'invalid-directive',
  description: 'A `disclose:`, `omit:` or `page:` directive cannot be read.',
  help: 'Write the directive as `<!-- disclose: ID, ID -->`, `<!-- omit: ID | reason | explanation -->` or `<!-- page: N -->`.',
  defaultSeverity: 'error',
  tags: ['syntax'],
  // The reading of a directive says what is wrong (src/ingest/markdown/directives.ts); the rule passes it on.
  messages: { problem: '{{problem}}' },
  check(ctx) {
    for (const problem of ctx.analysis.report.problems) {
      // A near miss (`discolse:`) is a warning: it may be an ordinary comment (ingest/markdown/directives.ts).
      ctx.report({ messageId: 'problem', data: { problem: problem.message }, file: problem.file, line: problem.line, column: problem.column, ...(problem.severity ? { severity: problem.severity } : {}) });
    }
  },
};
