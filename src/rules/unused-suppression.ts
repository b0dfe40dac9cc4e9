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
  check() {
    // Findings made by the engine after the other rules: see above.
  },
};
