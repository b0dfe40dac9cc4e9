// Reads one `check --format json` output for `disclose merge`: a regular file of bounded size (not a
// device or FIFO that never ends), parsed as JSON; what it holds is validated by mergeResults.
import { readFileSync, statSync } from 'node:fs';
import { DiscloseError } from '../model/errors.js';
import type { ResultInput } from '../merge-results.js';
import { messages } from './messages.js';

/** A batch of a few thousand reports stays well under this; more is not a disclose output. */
export const MAX_RESULT_BYTES = 256 * 1024 * 1024;

export function readResult(file: string): ResultInput {
  let text: string;
  try {
    const info = statSync(file);
    if (!info.isFile()) throw new DiscloseError('input', messages.resultNotFile(file), file);
    if (info.size > MAX_RESULT_BYTES) throw new DiscloseError('input', messages.resultTooLarge(file, MAX_RESULT_BYTES / 1024 / 1024), file);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof DiscloseError) throw error;
    throw new DiscloseError('input', messages.unreadable(file, (error as NodeJS.ErrnoException).code ?? (error as Error).message), file);
  }
  try {
    return { label: file, data: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch (error) {
    throw new DiscloseError('input', messages.resultNotJson(file, (error as Error).message.split('\n')[0]!.slice(0, 100)), file);
  }
}
