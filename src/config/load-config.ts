// A config file: JSON or YAML (or package.json's `disclose` key), validated by schemas/config.schema.json
// (generated from the rule registry). Report keys act as defaults under each report's front matter;
// `rules` sets severities or turns rules off; `ignore` skips report files; `templates` picks index templates.
import { realpathSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parseDocument } from 'yaml';
import { DiscloseError } from '../model/errors.js';
import type { ReportMeta } from '../model/report.js';
import type { Severity } from '../model/finding.js';
import type { Locale } from '../model/message.js';
import { echo } from '../echo.js';
import { readUserFile } from '../user-file.js';
import { assertBoundedGlob } from './glob.js';
import { assertValid } from '../validation.js';
import { aliasExpansion, MAX_YAML_ALIAS_NODES } from '../yaml-aliases.js';

export interface DiscloseConfig {
  rules?: Record<string, Severity | 'off'>;
  defaults: Partial<ReportMeta>;
  /** Globs of report files to skip when a folder is checked, relative to `dir`. */
  ignore?: string[];
  /** Framework -> template path, resolved against the config file's folder. */
  templates?: Record<string, string>;
  /** The language of messages and output (`check --locale` wins). */
  locale?: Locale;
  /** The file the config came from, and its folder (where `ignore` and `templates` are relative to). */
  file?: string;
  dir?: string;
}

interface RawConfig extends Partial<ReportMeta> {
  $schema?: string;
  rules?: Record<string, Severity | 'off'>;
  ignore?: string[];
  templates?: Record<string, string>;
  locale?: Locale;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Validates config data read from `file` (a config file, or package.json for its `disclose` key). */
export function configFromData(data: unknown, file: string, knownRules: readonly string[]): DiscloseConfig {
  // Rule ids first, so an unknown one gets a message naming the known ones rather than ajv's.
  if (isObject(data) && isObject(data['rules'])) {
    for (const id of Object.keys(data['rules'])) {
      if (!knownRules.includes(id)) {
        throw new DiscloseError('config', `${file}: config names an unknown rule \`${echo(id)}\`; expected one of ${knownRules.join(', ')}.`, file);
      }
    }
  }
  const raw = assertValid<RawConfig>('config.schema.json', data ?? {}, file, 'config', 'config');
  const { rules, ignore, templates, locale, $schema: _schema, ...defaults } = raw;
  // Refused when the config is read, not when a folder is walked: a glob that backtracks without end.
  for (const glob of ignore ?? []) assertBoundedGlob(glob, file);
  const dir = dirname(resolve(file));
  return {
    ...(rules ? { rules } : {}),
    defaults: defaults as Partial<ReportMeta>,
    ...(ignore ? { ignore } : {}),
    ...(locale ? { locale } : {}),
    ...(templates ? { templates: Object.fromEntries(Object.entries(templates).map(([k, v]) => [k, templateInside(dir, v, file, k)])) } : {}),
    file,
    dir,
  };
}

/** `child` is `parent` or inside it (both absolute). */
const isInside = (parent: string, child: string): boolean => {
  const path = relative(parent, child);
  return path === '' || (!isAbsolute(path) && path !== '..' && !path.startsWith(`..${sep}`));
};

const realpath = (path: string): string | undefined => {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
};

/**
 * A config's template path, resolved against the config's folder, which it must not leave: a config is
 * found upward from the working directory and may come with a repository one did not write, and a
 * template that is `../../.ssh/id_rsa` or a symlink to `/proc/self/environ` would copy that file into the
 * index. `--template` on the command line is the user's own choice and may point anywhere.
 */
function templateInside(dir: string, template: string, file: string, framework: string): string {
  const path = resolve(dir, template);
  const real = realpath(path);
  const realDir = realpath(dir) ?? dir;
  const outside = !isInside(dir, path) ? 'is' : real !== undefined && !isInside(realDir, real) ? 'links to a file' : undefined;
  if (outside) {
    throw new DiscloseError(
      'config',
      `${file}: config \`templates.${framework}\` (\`${template}\`) ${outside} outside the config file's folder; expected a template inside ${dir} (or \`--template FILE\`).`,
      file,
    );
  }
  return path;
}

/** YAML config text -> JS value, refusing aliases that expand too far before converting (yaml-aliases.ts). */
function parseYamlConfig(text: string, file: string): unknown {
  const doc = parseDocument(text);
  const syntax = doc.errors[0];
  if (syntax) throw syntax;
  if (aliasExpansion(doc) > MAX_YAML_ALIAS_NODES) {
    throw new DiscloseError('config', `${file}: config expands YAML aliases (\`*name\`) to more than ${MAX_YAML_ALIAS_NODES.toLocaleString('en-US')} values; expected plain keys and values.`, file);
  }
  return doc.toJS({ maxAliasCount: 100 });
}

/** A config file's text: a regular file of at most the report size limit, UTF-8 with or without a BOM. */
export function readConfigText(file: string): string {
  return readUserFile(file, {
    what: 'config file',
    kind: 'config',
    cannotRead: (problem) => new DiscloseError('config', `${file}: cannot read the config file (${problem}); expected a readable JSON or YAML file.`, file),
  });
}

export function loadConfig(file: string, knownRules: readonly string[]): DiscloseConfig {
  const text = readConfigText(file);
  const json = extname(file) === '.json';
  let data: unknown;
  try {
    data = json ? JSON.parse(text) : parseYamlConfig(text, file);
  } catch (error) {
    if (error instanceof DiscloseError) throw error;
    const detail = (error as Error).message.split('\n')[0] ?? '';
    // A stack overflow (thousands of nested `[`) is no syntax error.
    if (/Maximum call stack size exceeded/.test(detail)) throw new DiscloseError('config', `${file}: config is nested too deeply; expected plain keys and values.`, file);
    throw new DiscloseError('config', `${file}: config is not valid ${json ? 'JSON' : 'YAML'}: ${detail}`, file);
  }
  if (basename(file) === 'package.json') {
    if (!isObject(data) || !('disclose' in data)) {
      throw new DiscloseError('config', `${file}: package.json has no \`disclose\` key; expected the config under \`"disclose"\`.`, file);
    }
    return configFromData(data['disclose'], `${file}#disclose`, knownRules);
  }
  return configFromData(data, file, knownRules);
}
