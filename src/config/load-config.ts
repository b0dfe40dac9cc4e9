// `--config FILE`: JSON or YAML, validated by schemas/config.schema.json. Report keys act as
// defaults under each report's front matter; `rules` sets severities or turns rules off.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DiscloseError } from '../model/errors.js';
import type { ReportMeta } from '../model/report.js';
import type { Severity } from '../model/finding.js';
import { assertValid } from '../validation.js';

export interface DiscloseConfig {
  rules?: Record<string, Severity | 'off'>;
  defaults: Partial<ReportMeta>;
}

interface RawConfig extends Partial<ReportMeta> {
  rules?: Record<string, Severity | 'off'>;
}

export function loadConfig(file: string, knownRules: readonly string[]): DiscloseConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new DiscloseError('config', `${file}: cannot read the config file; expected a readable JSON or YAML file.`, file);
  }
  let data: unknown;
  try {
    data = extname(file) === '.json' ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    const detail = (error as Error).message.split('\n')[0];
    throw new DiscloseError('config', `${file}: config is not valid ${extname(file) === '.json' ? 'JSON' : 'YAML'}: ${detail}`, file);
  }
  const raw = assertValid<RawConfig>('config.schema.json', data ?? {}, file, 'config', 'config');
  const { rules, ...defaults } = raw;
  for (const id of Object.keys(rules ?? {})) {
    if (!knownRules.includes(id)) {
      throw new DiscloseError('config', `${file}: config names an unknown rule \`${id}\`; expected one of ${knownRules.join(', ')}.`, file);
    }
  }
  return { ...(rules ? { rules } : {}), defaults: defaults as Partial<ReportMeta> };
}
