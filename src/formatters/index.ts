// Output format name -> formatter. Adding a format = one file + one entry here + one snapshot test.
import type { Formatter } from './formatter.js';
import { github } from './github.js';
import { htmlPage } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const formatters: Readonly<Record<string, Formatter>> = { stylish, json, sarif, junit, github, markdown, html: htmlPage };

export type { Formatter, FormatterContext, RuleMeta } from './formatter.js';
