// Output format name -> formatter. Adding a format = one file + one entry here + one snapshot test.
import type { Formatter, FormatterContext } from './formatter.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { htmlPage } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

const registry = { stylish, json, sarif, junit, github, gitlab, markdown, html: htmlPage };

export type FormatName = keyof typeof registry;

/**
 * The formatters by name: `formatters.stylish` is a Formatter (no `!` needed under noUncheckedIndexedAccess),
 * `formatters[name]` for a name from the command line may be undefined.
 */
export type Formatters = Readonly<Record<FormatName, Formatter>> & Readonly<Record<string, Formatter | undefined>>;

export const formatters: Formatters = registry;

/**
 * The same formatters with `defaults` under every call's context (a field the caller gives wins). The
 * library API uses it to give SARIF the rule registry and the home page, as the CLI does; the formatters
 * themselves may not import the rules (architecture.md: formatters import only the model).
 */
export function withContextDefaults(defaults: FormatterContext): Formatters {
  const bound = Object.fromEntries(
    Object.entries(registry).map(([name, format]) => [name, (result, context) => format(result, { ...defaults, ...context })] satisfies [string, Formatter]),
  );
  return bound as unknown as Formatters;
}

export type { Formatter, FormatterContext, RuleMeta } from './formatter.js';
