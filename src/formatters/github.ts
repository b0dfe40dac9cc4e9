// GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…,col=…,title=…::message` per finding,
// shown as annotations on the changed files.
import type { Severity } from '../model/finding.js';
import type { Formatter } from './formatter.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Message text: `%`, CR and LF are encoded (GitHub's escapeData). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values: escapeData plus `:` and `,`, which delimit properties (GitHub's escapeProperty). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (result) => {
  const lines: string[] = [];
  for (const report of result.reports) {
    for (const f of report.findings) {
      const props = [`file=${escapeProperty(f.file.replace(/\\/g, '/'))}`];
      if (f.line !== undefined) {
        props.push(`line=${f.line}`);
        if (f.column !== undefined) props.push(`col=${f.column}`);
      }
      props.push(`title=${escapeProperty(f.ruleId)}`);
      lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
