// The command line every import script shares: <reference folder> [--out <folder>] [--as-of YYYY-MM-DD].
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * @param {string[]} argv process.argv
 * @param {{ script: string, reference: string, defaultOut: string, asOf: string }} spec
 * @returns {{ ref: string, out: string, asOf: string }}
 */
export function importArgs(argv, spec) {
  const usage = () => {
    console.error(`usage: node scripts/${spec.script} <${spec.reference}> [--out <folder>] [--as-of YYYY-MM-DD]`);
    process.exit(2);
  };
  let parsed;
  try {
    parsed = parseArgs({ args: argv.slice(2), allowPositionals: true, options: { out: { type: 'string' }, 'as-of': { type: 'string' } } });
  } catch {
    usage();
  }
  const { positionals, values } = parsed;
  const asOf = values['as-of'] ?? spec.asOf;
  if (positionals.length !== 1 || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) usage();
  return { ref: positionals[0], out: values.out ? resolve(values.out) : spec.defaultOut, asOf };
}
