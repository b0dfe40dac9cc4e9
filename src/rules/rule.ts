// The shape of a rule (ESLint's meta + check, Spectral's "rules are small functions").
import type { Finding, FixRange, Severity } from '../model/finding.js';
import type { MessageData } from '../model/message.js';
import type { Analysis } from '../engine/analysis.js';
import type { FindingLocation } from '../model/location.js';
import type { Placeable } from './place.js';

/** A fix as a rule reports it: its description is a message of the rule, rendered like the finding's. */
export interface FixDraft {
  replacement: string;
  /** Only for a certain fix: the text `replacement` replaces (src/rules/fix-range.ts). */
  range?: FixRange;
  messageId: string;
  data?: MessageData;
}

/**
 * What a rule reports: a message id of the rule and its data, never text (the engine renders the message
 * in the run's locale); ruleId and severity are filled in by the engine.
 */
export type FindingDraft = Omit<Finding, 'ruleId' | 'severity' | 'message' | 'messageId' | 'data' | 'fix'> & {
  messageId: string;
  data?: MessageData;
  severity?: Severity;
  fix?: FixDraft;
};

export interface RuleContext {
  readonly analysis: Analysis;
  report(finding: FindingDraft): void;
  /**
   * Where a subject (tag, omission, cell, block) is, for `ctx.report({ ...ctx.at(subject), … })`: its line and
   * column where the source has lines, else its page and section (`section` for subjects that carry none).
   */
  at(subject: Placeable, section?: number): FindingLocation;
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
   * The rule's messages in English, by message id (ESLint's `meta.messages`), with `{{name}}` placeholders
   * (src/rules/messages/render.ts). Phrases used inside other messages are listed here too. The Chinese
   * texts are in src/rules/messages/zh.ts under the same ids.
   */
  messages: Readonly<Record<string, string>>;
  /**
   * True when the rule enforces what GRI 1 requires of an *in accordance* report: it keeps its
   * severity there and is a `warning` under a *with reference* claim (issue #3, "severity follows the claim").
   */
  inAccordanceRequirement?: boolean;
  /**
   * True for a rule that runs only when the config sets its severity (ESLint's rules outside `recommended`):
   * a heuristic whose precision is still being measured (issue 16, `item-not-addressed`).
   */
  offByDefault?: boolean;
  check(ctx: RuleContext): void;
}
