// The shape of a rule (ESLint's meta + check, Spectral's "rules are small functions").
import type { Finding, Severity } from '../model/finding.js';
import type { Analysis } from '../engine/analysis.js';

/** What a rule reports; ruleId and severity are filled in by the engine. */
export type FindingDraft = Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity };

export interface RuleContext {
  readonly analysis: Analysis;
  report(finding: FindingDraft): void;
}

export interface Rule {
  /** Kebab-case, stable: users configure and suppress rules by it (contracts.md §5). */
  id: string;
  /** When it fires (README "Rules", SARIF `shortDescription`). */
  description: string;
  /** What to do about a finding: SARIF `help`, beside the description. */
  help: string;
  defaultSeverity: Severity;
  tags: string[];
  /**
   * True when the rule enforces what GRI 1 requires of an *in accordance* report: it keeps its
   * severity there and is a `warning` under a *with reference* claim (issue #3, "severity follows the claim").
   */
  inAccordanceRequirement?: boolean;
  check(ctx: RuleContext): void;
}
