// A check's result in one of the formats (src/formatters), with the context `check` gives them: the rule
// registry (SARIF's rule list with help), the home page for rule links (only when package.json has one:
// never an invented URL), colour, and the language of the output.
import type { CheckResult } from '../model/finding.js';
import type { Locale } from '../model/message.js';
import { formatters, type Formatter } from '../formatters/index.js';
import { rules } from '../rules/index.js';
import { toolHomepage } from '../version.js';

export function formatResult(result: CheckResult, format: string, color: boolean, locale?: Locale): string {
  // Looked up by the name the user gave (checked against the CLI's FORMATS before).
  const byName: Readonly<Record<string, Formatter | undefined>> = formatters;
  const formatter = byName[format];
  if (!formatter) throw new Error(`no formatter named ${format}`);
  return formatter(result, { color, rules, ...(toolHomepage ? { toolUri: toolHomepage } : {}), ...(locale ? { locale } : {}) });
}
