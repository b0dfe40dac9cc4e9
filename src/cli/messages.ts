// User-facing error texts of the CLI, together: each says what was wrong and what is expected. The use
// cases' own texts (usage errors found after parsing, notes, the output guard) are in src/app/messages.ts.
import { echo } from '../echo.js';

/** A value echoed in a usage line, cut to stay one short line. */
const shown = (value: string): string => (value.length > 40 ? `${value.slice(0, 39)}…` : value);

export const messages = {
  // Option values (commander prefixes them with the option: `option '--jobs <n>' argument '0' is invalid.`).
  wholeNumber: () => 'expected a whole number (0 or more).',
  positiveNumber: () => 'expected a whole number, 1 or more.',
  jobs: () => 'expected a whole number of 1 or more, or `auto`.',
  shard: () => 'expected i/n with 1 ≤ i ≤ n, such as 2/4.',
  score: () => 'expected a number from 0 to 1, such as 0.5.',
  // --format NAME / NAME=FILE and --output (format-targets.ts).
  notAFormat: (format: string, known: readonly string[]) => `--format \`${shown(format)}\` is not a format; expected one of ${known.join(', ')}, alone or as NAME=FILE.`,
  formatWithoutFile: (format: string) => `--format ${format}= names no file; expected ${format}=FILE, or ${format} alone for stdout.`,
  twoToStdout: (formats: readonly string[]) => `--format ${formats.join(' and ')} would both go to stdout; give all but one a file (NAME=FILE).`,
  outputWithoutFormat: () => '--output names the file of the format given without =FILE, and every --format has its own file; drop --output.',
  fileNamedTwice: (file: string) => `${file} is named by two outputs; give each format its own file.`,
  initExists: (existing: string, file: string) => `${existing} already exists; use --force to overwrite it with a starter ${file}.`,
  unknownDisclosureId: (id: string) => `\`${echo(id)}\` is not a disclosure in the catalog; expected an id such as those listed by \`disclose standards list\`.`,
  unknownFramework: (name: string, known: string[]) => `unknown framework \`${echo(name)}\`; expected one of ${known.join(', ')}.`,
  internal: (message: string) => `internal error: ${message} (this is a bug in disclose; set DISCLOSE_DEBUG=1 for details).`,
};
