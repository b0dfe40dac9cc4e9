import type { Formatter } from './formatter.js';

/** contracts.md §4: the machine-readable result, stable for pipelines. */
export const json: Formatter = (result) => `${JSON.stringify(result, null, 2)}\n`;
