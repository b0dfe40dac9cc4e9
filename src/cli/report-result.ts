// The end of `check` and `merge`: the result written in every format asked for, the line that explains a
// --max-warnings failure, and the exit code (check-policy.ts). Under --quiet the formats see errors only.
import type { CheckResult } from '../model/finding.js';
import type { Locale } from '../model/message.js';
import type { Formatter } from '../index.js';
import { toolHomepage } from '../version.js';
import { checkOutcome, errorsOnly, type ExitPolicy } from './check-policy.js';
import type { FormatTarget } from './format-targets.js';
import { wantsColor, writeOutput } from './output.js';

/** Writes `result` to each target and returns the exit code the policy gives it (0 or 1). */
export async function reportResult(result: CheckResult, targets: readonly FormatTarget[], policy: ExitPolicy, locale?: Locale): Promise<0 | 1> {
  const { formatters, rules } = await import('../index.js');
  // Looked up by the name the user gave (checked against FORMATS by formatTargets).
  const byName: Readonly<Record<string, Formatter | undefined>> = formatters;
  const shown = policy.quiet ? errorsOnly(result) : result;
  for (const target of targets) {
    // Rule metadata for formatters that describe rules (SARIF's tool.driver.rules); rule help links only
    // when package.json has a homepage (SARIF helpUri): never an invented URL.
    const context = { color: wantsColor(target.file !== undefined), rules, ...(toolHomepage ? { toolUri: toolHomepage } : {}), ...(locale ? { locale } : {}) };
    writeOutput(byName[target.format]!(shown, context), target.file);
  }
  const outcome = checkOutcome(result, policy);
  if (outcome.tooManyWarnings) {
    const { count, max } = outcome.tooManyWarnings;
    process.stderr.write(`disclose: ${count} warning(s), more than --max-warnings ${max}\n`);
  }
  return outcome.exitCode;
}
