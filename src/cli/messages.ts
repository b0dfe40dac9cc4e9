// User-facing error texts of the CLI, together: each says what was wrong and what is expected.
import { echo } from '../echo.js';

export const messages = {
  unknownDisclosureId: (id: string) => `\`${echo(id)}\` is not a disclosure in the catalog; expected an id such as those listed by \`disclose standards list\`.`,
  unknownFramework: (name: string, known: string[]) => `unknown framework \`${echo(name)}\`; expected one of ${known.join(', ')}.`,
  internal: (message: string) => `internal error: ${message} (this is a bug in disclose; set DISCLOSE_DEBUG=1 for details).`,
};
