// Config discovery: from the working directory upward to the filesystem root, the first folder with
// `disclose.config.json`, `disclose.config.yaml`, `disclose.config.yml`, or a `package.json` with a
// `disclose` key (in that order within a folder) wins. `--config FILE` overrides, `--no-config` disables.
//
// Why not lilconfig or cosmiconfig: a config found upward may come from an untrusted repository, and both
// read every candidate whole (readFileSync) as soon as it exists. lilconfig 3.1.5 blocks forever on a FIFO
// named `disclose.config.json` and throws EISDIR (a stack trace) on a folder named like a config; it also
// parses every package.json up the tree. Here a candidate must be a regular file, and reading it (with the
// size limits of config files) is load-config.ts's job. test/config/find-config.test.ts keeps this true.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DiscloseError } from '../model/errors.js';
import { loadConfig, readConfigText, type DiscloseConfig } from './load-config.js';

export const CONFIG_FILES = ['disclose.config.json', 'disclose.config.yaml', 'disclose.config.yml'] as const;

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** A `"disclose"` key in JSON text, for a package.json that does not parse. */
const DISCLOSE_KEY = /"disclose"\s*:/;

function hasDiscloseKey(packageJson: string): boolean {
  const text = readConfigText(packageJson);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // Someone else's broken package.json up the tree is not a disclose config: skip it, unless it holds
    // one; then skipping it would check with no config at all and nothing would say so.
    if (!DISCLOSE_KEY.test(text)) return false;
    const detail = (error as Error).message.split('\n')[0] ?? '';
    throw new DiscloseError('config', `${packageJson}: package.json has a \`disclose\` key but is not valid JSON: ${detail}`, packageJson);
  }
  return typeof data === 'object' && data !== null && !Array.isArray(data) && 'disclose' in data;
}

/** The config file that applies in `cwd`, or undefined when there is none up to the root. */
export function findConfigFile(cwd: string = process.cwd()): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const candidate = join(dir, name);
      if (isFile(candidate)) return candidate;
    }
    const packageJson = join(dir, 'package.json');
    if (isFile(packageJson) && hasDiscloseKey(packageJson)) return packageJson;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface ResolveConfigOptions {
  /** `--config FILE`; `false` for `--no-config` (commander's negated option). */
  config?: string | false;
  cwd?: string;
}

/** The config for a command: `--config FILE`, none with `--no-config`, else the one found upward from cwd. */
export function resolveConfig(options: ResolveConfigOptions, knownRules: readonly string[]): DiscloseConfig | undefined {
  if (options.config === false) return undefined;
  if (typeof options.config === 'string') {
    if (!existsSync(options.config)) {
      throw new DiscloseError('config', `${options.config}: no such config file; expected a JSON or YAML file.`, options.config);
    }
    return loadConfig(options.config, knownRules);
  }
  const found = findConfigFile(options.cwd);
  return found ? loadConfig(found, knownRules) : undefined;
}
