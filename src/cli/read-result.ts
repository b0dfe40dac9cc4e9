// Reads one `check --format json` output for `disclose merge`: a regular file of bounded size (not a
// device or FIFO that never ends), parsed as JSON; what it holds is validated by mergeResults.
import { readFileSync, statSync } from 'node:fs';
import { DiscloseError } from '../model/errors.js';
import type { ResultInput } from '../index.js';

/** A batch of a few thousand reports stays well under this; more is not a disclose output. */
export const MAX_RESULT_BYTES = 256 * 1024 * 1024;

export function readResult(file: string): ResultInput {
  let text: string;
  try {
    const info = statSync(file);
    if (!info.isFile()) throw new DiscloseError('input', `${file}: not a regular file; expected the JSON output of \`disclose check --format json\`.`, file);
    if (info.size > MAX_RESULT_BYTES) throw new DiscloseError('input', `${file}: larger than ${MAX_RESULT_BYTES / 1024 / 1024} MiB; expected the JSON output of \`disclose check --format json\`.`, file);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof DiscloseError) throw error;
    throw new DiscloseError('input', `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, file);
  }
  try {
    return { label: file, data: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch (error) {
    throw new DiscloseError('input', `${file}: not JSON (${(error as Error).message.split('\n')[0]!.slice(0, 100)}); expected the JSON output of \`disclose check --format json\`.`, file);
  }
}
