// Config discovery and the config -> engine options mapping, in one place for every use case (check,
// batch check, index, suggest, migrate) and for the library: `disclose check` and `check(paths)` on the
// same folder read the same disclose.config.* and so give the same findings.
import { isAbsolute, resolve } from 'node:path';
import type { ReportMeta } from '../model/report.js';
import type { Locale } from '../model/message.js';
import type { RuleSettings } from '../engine/run.js';
import { resolveConfig } from '../config/find-config.js';
import { ignoreMatcher } from '../config/glob.js';
import type { DiscloseConfig } from '../config/load-config.js';
import { rules } from '../rules/index.js';

/**
 * Which config applies: `'auto'` searches upward from the working directory (disclose.config.json/.yaml/.yml,
 * or package.json#disclose) as the CLI does without --config; a path reads that file; `false` reads none.
 */
export type ConfigChoice = 'auto' | string | false;

/** The options every use case takes to find its config. */
export interface ConfigOptions {
  /** Which config applies; `'auto'` by default (as the CLI). */
  config?: ConfigChoice;
  /** Where `'auto'` starts searching; process.cwd() by default. */
  cwd?: string;
}

/** The config `choice` names, or undefined when there is none (`false`, or nothing found upward). */
export function loadConfigChoice(options: ConfigOptions): DiscloseConfig | undefined {
  const choice = options.config ?? 'auto';
  const cwd = options.cwd ?? process.cwd();
  if (choice === false) return resolveConfig({ config: false }, []);
  const ids = rules.map((r) => r.id);
  // A relative path is relative to `cwd` when one is given; else kept as typed (errors name it so).
  if (choice !== 'auto') return resolveConfig({ config: options.cwd === undefined || isAbsolute(choice) ? choice : resolve(options.cwd, choice) }, ids);
  return resolveConfig({ cwd }, ids);
}

/** What a config sets for the engine; options the caller gives win over the config's. */
export interface EngineOptions {
  defaults?: Partial<ReportMeta>;
  rules?: RuleSettings;
  ignore?: (file: string) => boolean;
  /** The `ignore` globs as data, for a batch's worker threads (a predicate cannot cross threads). */
  ignoreGlobs?: { globs: string[]; base: string };
  locale?: Locale;
  templates?: Record<string, string>;
}

/**
 * The one config -> engine options mapping. `explicit` (the caller's own options) wins key by key: explicit
 * `defaults` sit over the config's, explicit `rules` over the config's severities, an explicit `ignore`
 * replaces the config's globs.
 */
export function engineOptions(config: DiscloseConfig | undefined, explicit: EngineOptions = {}, cwd: string = process.cwd()): EngineOptions {
  const globs = config?.ignore?.length ? { globs: config.ignore, base: config.dir ?? cwd } : undefined;
  const defaults = config || explicit.defaults ? { ...config?.defaults, ...explicit.defaults } : undefined;
  const ruleSettings = config?.rules || explicit.rules ? { ...config?.rules, ...explicit.rules } : undefined;
  const ignore = explicit.ignore ?? (globs ? ignoreMatcher(globs.globs, globs.base) : undefined);
  const locale = explicit.locale ?? config?.locale;
  const templates = config?.templates || explicit.templates ? { ...config?.templates, ...explicit.templates } : undefined;
  return {
    ...(defaults ? { defaults } : {}),
    ...(ruleSettings ? { rules: ruleSettings } : {}),
    ...(ignore ? { ignore } : {}),
    ...(globs && !explicit.ignore ? { ignoreGlobs: globs } : {}),
    ...(locale ? { locale } : {}),
    ...(templates ? { templates } : {}),
  };
}
