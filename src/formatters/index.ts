// Output format name -> formatter. Adding a format = one file + one entry here + one snapshot test.
import type { Formatter } from './formatter.js';
import { github } from './github.js';
import { htmlPage } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

// Keys typed one by one (not Record<string, …>), so `formatters.stylish` is a Formatter, never undefined, for a
// library user compiling with noUncheckedIndexedAccess (the README's example is type-checked so).
export const formatters = { stylish, json, sarif, junit, github, markdown, html: htmlPage } satisfies Readonly<Record<string, Formatter>>;

export type { Formatter, FormatterContext, RuleMeta } from './formatter.js';
