import type { CheckResult } from '../model/finding.js';

export interface FormatterContext {
  /** ANSI colours: decided by the CLI from the terminal, NO_COLOR and FORCE_COLOR. */
  color: boolean;
}

/** A formatter is a pure function: no I/O, no exit (architecture.md, principle 5). */
export type Formatter = (result: CheckResult, context: FormatterContext) => string;
