// `-` as a report path reads the report from standard input (`cat report.md | disclose check -`), as
// for most Unix tools. Its findings name the file `<stdin>`. The same 16 MiB limit as for files applies,
// counted while reading, so an endless pipe (`disclose check - < /dev/zero`) stops at the limit.
import { DiscloseError } from '../model/errors.js';
import { MAX_REPORT_BYTES } from './decode.js';

/** The path argument that means standard input. */
export const STDIN_ARG = '-';
/** How findings, the JSON output and messages name a report read from standard input. */
export const STDIN_NAME = '<stdin>';

/** The part of a readable stream this reader needs (process.stdin, or a test's stream). */
export interface InputStream extends AsyncIterable<unknown> {
  isTTY?: boolean;
  destroy?: () => void;
}

/**
 * Reads all of `input` (process.stdin by default) as bytes. Refuses a terminal (someone forgot the
 * pipe; waiting for them to type a report is never what they meant), nothing at all, and more than
 * MAX_REPORT_BYTES.
 */
export async function readStdinBytes(input: InputStream = process.stdin): Promise<Uint8Array> {
  if (input.isTTY) {
    throw new DiscloseError('usage', '`-` reads the report from standard input, which is a terminal here; pipe a report in (`cat report.md | disclose check -`)');
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    total += bytes.length;
    if (total > MAX_REPORT_BYTES) {
      input.destroy?.();
      const limit = `${MAX_REPORT_BYTES / (1024 * 1024)} MiB`;
      throw new DiscloseError('input', `\`${STDIN_NAME}\`: standard input is larger than the ${limit} limit; expected a Markdown report of at most ${limit}`, STDIN_NAME);
    }
    chunks.push(bytes);
  }
  // Nothing at all is what a failed producer leaves (`cat missing.md | disclose check -`): not a report.
  if (total === 0) {
    throw new DiscloseError('input', `\`${STDIN_NAME}\`: standard input is empty; expected a Markdown report (\`cat report.md | disclose check -\`)`, STDIN_NAME);
  }
  return Buffer.concat(chunks);
}
