// Inline suppression comments, as ESLint's and markdownlint's (`<!-- markdownlint-disable-next-line MD001 -->`):
//
//   <!-- disclose-disable-next-line title-mismatch, location-unresolved -->   the next non-blank line
//   <!-- disclose-disable-line title-mismatch -->                            the comment's own line(s), e.g. in a table row
//   <!-- disclose-disable missing-disclosure -->                             the whole file
//
// No rule id means every rule. Ids are separated by `,`, `;` or spaces; ` -- ` starts a note on why, which
// is ignored. The ids are checked against the rule registry in the engine (ingest does not know the rules).
import type { SuppressionScope } from '../../model/report.js';

export interface SuppressionSyntax {
  scope: SuppressionScope;
  /** Rule ids as written; empty: every rule. */
  rules: string[];
}

const SUPPRESSION = /^\s*disclose-disable(-next-line|-line)?(?=\s|$)/i;
/** `disclose-` and a word: meant as a suppression (a misspelt one is a finding, not silently nothing). */
const NEAR = /^\s*(disclose-[\w-]+)(?![\w-]|\s*[:：])/i;

/** The suppression a comment's body holds, a problem when it looks like a misspelt one, or undefined. */
export function suppressionIn(body: string): SuppressionSyntax | { problem: string } | undefined {
  const m = SUPPRESSION.exec(body);
  if (!m) {
    const near = NEAR.exec(body);
    if (!near) return undefined;
    const word = near[1]!.length > 40 ? `${near[1]!.slice(0, 39)}…` : near[1]!;
    return { problem: `Unknown directive \`${word}\`; expected \`disclose-disable-next-line\`, \`disclose-disable-line\` or \`disclose-disable\`, then rule ids` };
  }
  const scope: SuppressionScope = m[1] === undefined ? 'file' : m[1].toLowerCase() === '-line' ? 'line' : 'next-line';
  const list = body.slice(m[0].length).split(/\s--\s|\s--$/)[0]!;
  const rules = list.split(/[\s,;，；]+/).filter(Boolean);
  return { scope, rules };
}
