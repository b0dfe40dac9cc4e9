// Human output in a terminal, in the style of ESLint's stylish: findings grouped by file with
// line:column (or page and section, where a source has no lines: location.ts), then one coverage line per report and a count of problems. Report text (file names,
// messages quoting tags) is spelt out safe for a terminal or CI log (terminal-text.ts); the aligned columns
// are padded by display width (columns.ts), so a label in Chinese keeps them aligned.
import type { Finding, FrameworkCoverage, Severity } from '../model/finding.js';
import type { Formatter } from './formatter.js';
import { painter, type Style } from './ansi.js';
import { padToWidth, widest } from './columns.js';
import { terminalText } from './terminal-text.js';
import { CHROME, chromeLocale, type Chrome } from './chrome.js';
import { positionText } from './location.js';

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };
const SEVERITY_WIDTH = widest(Object.keys(SEVERITY_STYLE));

function coverageLine(name: string, coverage: FrameworkCoverage, words: Chrome): string {
  const done = coverage.reported + coverage.omitted;
  const percent = coverage.required === 0 ? 100 : Math.floor((done / coverage.required) * 100);
  const claim = coverage.claim ? words.paren(terminalText(words.claim(coverage.claim))) : '';
  return `${terminalText(name.toUpperCase())}${claim}${words.colon}${words.coverage(coverage, percent)}`;
}

export const stylish: Formatter = (result, context = {}) => {
  const paint = painter(context.color === true);
  const locale = chromeLocale(result, context);
  const words = CHROME[locale];
  const lines: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const report of result.reports) {
    const byFile = new Map<string, Finding[]>();
    for (const finding of report.findings) {
      totals[finding.severity] += 1;
      const group = byFile.get(finding.file) ?? [];
      group.push(finding);
      byFile.set(finding.file, group);
    }
    for (const [file, findings] of byFile) {
      lines.push(paint('underline', terminalText(file)));
      const rows = findings.map((f) => [terminalText(positionText(f, locale) ?? '-'), f.severity, terminalText(f.message), terminalText(f.ruleId)] as const);
      // Position and severity are aligned; the message is not padded (messages are long: padding them to
      // the widest, as ESLint does, would push every rule id past the terminal's edge).
      const posWidth = widest(rows.map((r) => r[0]));
      for (const [pos, severity, message, ruleId] of rows) {
        lines.push(`  ${paint('dim', padToWidth(pos, posWidth))}  ${paint(SEVERITY_STYLE[severity], padToWidth(severity, SEVERITY_WIDTH))}  ${message}  ${paint('dim', ruleId)}`);
      }
      lines.push('');
    }
    for (const [name, coverage] of Object.entries(report.frameworks)) {
      lines.push(`${paint('bold', terminalText(report.file))}  ${coverageLine(name, coverage, words)}`);
    }
  }
  const problems = totals.error + totals.warning;
  const counts = words.counts(totals);
  if (result.reports.some((r) => Object.keys(r.frameworks).length > 0)) lines.push('');
  lines.push(
    problems === 0
      ? paint('green', `✔ ${words.noProblems}${words.paren(counts)}`)
      : paint(totals.error > 0 ? 'red' : 'yellow', `✖ ${words.problems(problems)}${words.paren(counts)}`),
  );
  return `${lines.join('\n')}\n`;
};
