// schemas/config.schema.json is generated from the rule registry (architecture.md principle 8):
// `npm run generate:config-schema` writes it, test/config/config-schema.test.ts fails when it is stale.
import { indexedFrameworkIds } from '../model/frameworks.js';
import { LOCALES } from '../model/message.js';

/** What the schema needs of a rule (src/rules' Rule has more; config does not import rules/). */
export interface RuleMeta {
  id: string;
  description: string;
}

const SEVERITY_OR_OFF = ['error', 'warning', 'info', 'off'];
const FRONT_MATTER_KEYS = ['title', 'organization', 'period', 'published', 'language', 'frameworks'];
const FRONT_MATTER = 'urn:disclose:schema:front-matter';

/** The config JSON Schema for a rule registry. */
export function buildConfigSchema(rules: readonly RuleMeta[]): Record<string, unknown> {
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of rules) {
    ruleProperties[rule.id] = { description: rule.description, type: 'string', enum: SEVERITY_OR_OFF };
  }
  const frontMatter: Record<string, unknown> = {};
  for (const key of FRONT_MATTER_KEYS) frontMatter[key] = { $ref: `${FRONT_MATTER}#/properties/${key}` };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'urn:disclose:schema:config',
    title: 'disclose config',
    description:
      'GENERATED from the rule registry by `npm run generate:config-schema`; do not edit. A config file (`disclose.config.json`, `disclose.config.yaml`, `package.json#disclose`, or `--config FILE`). Report keys are defaults under each report\'s front matter; `rules` sets a rule\'s severity or turns it off.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: 'Rule id -> severity (`error`, `warning`, `info`) or `off`.',
        additionalProperties: false,
        properties: ruleProperties,
      },
      ignore: {
        type: 'array',
        description: 'Globs of report files to skip when a folder is checked, relative to the config file\'s folder; a glob without `/` matches a file name at any depth.',
        items: { type: 'string', minLength: 1 },
      },
      locale: {
        description: 'The language of `check`\'s messages and output: `en` or `zh`; `--locale` wins. Without it, each report\'s own `language` (zh -> zh), else en.',
        enum: [...LOCALES],
      },
      templates: {
        type: 'object',
        description: 'Framework -> Handlebars template for `disclose index` (a path relative to the config file, inside its folder); `--template` wins.',
        propertyNames: { enum: indexedFrameworkIds() },
        additionalProperties: { type: 'string', minLength: 1 },
      },
      ...frontMatter,
    },
  };
}

/** The text of schemas/config.schema.json: 2-space JSON and a final newline. */
export function configSchemaText(rules: readonly RuleMeta[]): string {
  return `${JSON.stringify(buildConfigSchema(rules), null, 2)}\n`;
}
