// GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…,col=…,title=…::message` per finding,
// shown as annotations on the changed files.
import type { Severity } from '../model/finding.js';
import type { Formatter } from './formatter.js';
import { terminalTextKeepingLineBreaks } from './terminal-text.js';
import { chromeLocale } from './chrome.js';
import { messageWithPlace } from './location.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * Message text: `%`, CR and LF are encoded (GitHub's escapeData, which the runner decodes into the
 * annotation). The other control, line-break and bidi characters (ESC, NEL, LS, U+202E …) are spelt out
 * as in stylish output: the runner passes them through to the log and the annotation untouched.
 */
export function escapeData(text: string): string {
  return terminalTextKeepingLineBreaks(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values: escapeData plus `:` and `,`, which delimit properties (GitHub's escapeProperty). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (result, context) => {
  const locale = chromeLocale(result, context);
  const lines: string[] = [];
  for (const report of result.reports) {
    for (const f of report.findings) {
      const props = [`file=${escapeProperty(f.file.replace(/\\/g, '/'))}`];
      if (f.line !== undefined) {
        props.push(`line=${f.line}`);
        if (f.column !== undefined) props.push(`col=${f.column}`);
      }
      props.push(`title=${escapeProperty(f.ruleId)}`);
      // Without a line (a PDF or DOCX finding) the annotation is on the file; the page and section lead its text.
      lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(messageWithPlace(f, locale))}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
