// `check --print-config`: the configuration a check would run with, as JSON, and where it came from (as
// ESLint's --print-config). Pure: the command prints it.
import type { DiscloseConfig } from '../config/load-config.js';
import type { Severity } from '../model/finding.js';

export interface ConfigSource {
  /** `--no-config`, `--config FILE`, or searched upward from `cwd`. */
  how: 'none' | 'explicit' | 'discovered';
  cwd: string;
}

interface RuleDefault {
  id: string;
  defaultSeverity: Severity;
  offByDefault?: boolean;
}

export interface PrintedConfig {
  /** The config file in effect, or null. */
  file: string | null;
  /** How it was chosen, in words. */
  source: string;
  /** Every rule with the severity it reports at: the config's, else the rule's default (`off`: not run). */
  rules: Record<string, Severity | 'off'>;
  /** Report keys that sit under every report's front matter. */
  defaults: DiscloseConfig['defaults'];
  ignore: string[];
  templates: Record<string, string>;
}

function sourceText(config: DiscloseConfig | undefined, source: ConfigSource): string {
  if (source.how === 'none') return '--no-config: no config file';
  if (source.how === 'explicit') return '--config';
  return config ? `found upward from ${source.cwd}` : `none found upward from ${source.cwd}; the defaults apply`;
}

export function printedConfig(config: DiscloseConfig | undefined, source: ConfigSource, rules: readonly RuleDefault[]): PrintedConfig {
  return {
    file: config?.file ?? null,
    source: sourceText(config, source),
    rules: Object.fromEntries(rules.map((rule) => [rule.id, config?.rules?.[rule.id] ?? (rule.offByDefault ? 'off' : rule.defaultSeverity)])),
    defaults: config?.defaults ?? {},
    ignore: config?.ignore ?? [],
    templates: config?.templates ?? {},
  };
}

export const printedConfigText = (printed: PrintedConfig): string => `${JSON.stringify(printed, null, 2)}\n`;
