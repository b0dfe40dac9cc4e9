import type { Rule } from './rule.js';

// Whether a suppression was used is known only once every other rule has reported, so the engine makes
// these findings (src/engine/suppress.ts) after the rules ran; this entry gives them an id users can
// configure (`off`), a default severity and docs. Its own findings cannot be suppressed inline.
export const unusedSuppression: Rule = {
  id: 'unused-suppression',
  description: 'A `disclose-disable…` comment suppresses no finding, or names a rule that does not exist.',
  help: 'Remove the comment, or the rule ids in it that suppress nothing; write rule ids as in the Rules table (`title-mismatch`).',
  defaultSeverity: 'warning',
  tags: ['syntax'],
  messages: {
    everyRuleUnused: 'Suppression of every rule suppresses nothing: no finding {{where}}; remove it.',
    notARule: 'Suppression names {{id|code}}, which is not a rule; expected a rule id such as `title-mismatch`.',
    ruleUnused: 'Suppression of {{id|code}} suppresses nothing: no {{id|code}} finding {{where}}; remove it.',
    whereFile: 'in this file',
    whereEnd: 'after it (it is at the end of the file)',
    whereLine: 'on line {{line}}',
    whereLines: 'on lines {{from}}–{{to}}',
  },
  check() {
    // Findings made by the engine after the other rules: see above.
  },
};
