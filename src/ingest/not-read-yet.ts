// A format disclose knows by its bytes but does not read yet (PDF, DOCX: issue 13): refused with one line
// that names the format and says what is expected, instead of "binary file" or "not valid UTF-8".
import { DiscloseError } from '../model/errors.js';

export function notReadYet(path: string, format: string): DiscloseError {
  return new DiscloseError('input', `\`${path}\`: is a ${format} document; ${format} reports are not read yet, expected a Markdown report (UTF-8 text)`, path);
}
