// Output format name -> formatter. Adding a format = one file + one entry here + one snapshot test.
import type { Formatter } from './formatter.js';
import { json } from './json.js';
import { stylish } from './stylish.js';

export const formatters: Readonly<Record<string, Formatter>> = { stylish, json };

export type { Formatter, FormatterContext } from './formatter.js';
