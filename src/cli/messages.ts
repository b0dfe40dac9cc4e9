// User-facing error texts of the CLI, together: each says what was wrong and what is expected.
import { echo } from '../echo.js';

/** An output as the user typed it: `--output r.md`, or `--format sarif=r.md`. */
const named = (option: string, file: string): string => (option.endsWith('=') ? `${option}${file}` : `${option} ${file}`);

export const messages = {
  unknownDisclosureId: (id: string) => `\`${echo(id)}\` is not a disclosure in the catalog; expected an id such as those listed by \`disclose standards list\`.`,
  unknownFramework: (name: string, known: string[]) => `unknown framework \`${echo(name)}\`; expected one of ${known.join(', ')}.`,
  outputIsInput: (option: string, file: string, input: string) => `${named(option, file)} is ${input}; refusing to overwrite it, expected a path that disclose does not read.`,
  outputsCollide: (option: string, file: string, other: string) => `${named(option, file)} is also written by ${other}; expected a different file for each output.`,
  internal: (message: string) => `internal error: ${message} (this is a bug in disclose; set DISCLOSE_DEBUG=1 for details).`,
};
