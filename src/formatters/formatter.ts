import type { CheckResult } from '../model/finding.js';
import type { Locale } from '../model/message.js';

/** What a formatter may know of a rule (formatters import only the model; the CLI passes `rules`). */
export interface RuleMeta {
  id: string;
  description: string;
  /** What to do about a finding of the rule (SARIF `help`). */
  help?: string;
  defaultSeverity: string;
}

/** Every field is optional: a library user calls `formatters.stylish(result)` (no colour, no links). */
export interface FormatterContext {
  /** ANSI colours (default off): decided by the CLI from the terminal, NO_COLOR and FORCE_COLOR. */
  color?: boolean;
  /** The rule registry's metadata, in registry order (SARIF `tool.driver.rules`). */
  rules?: readonly RuleMeta[];
  /**
   * The tool's home page (package.json `homepage`); rule help links are derived from it (SARIF
   * `informationUri`, `helpUri`). Absent, no link is written: disclose never invents a URL.
   */
  toolUri?: string;
  /**
   * The language of the output's headings, labels and summary lines (`check --locale`). Absent: Chinese
   * when every report's messages are (their `language: zh`), else English (formatters/chrome.ts).
   */
  locale?: Locale;
}

/** A formatter is a pure function: no I/O, no exit (architecture.md, principle 5). */
export type Formatter = (result: CheckResult, context?: FormatterContext) => string;
