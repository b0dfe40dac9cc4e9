// A compact summary for a pull-request comment: counts, coverage per report and framework, then the top
// findings (errors first). Everything from the report is literal text in a GFM table cell (escapeCell);
// test/formatters/hostile-text.test.ts renders it with a real GFM renderer.
import type { Finding, FrameworkCoverage, Severity } from '../model/finding.js';
import type { Formatter } from './formatter.js';
import { terminalTextKeepingLineBreaks } from './terminal-text.js';
import { CHROME, chromeLocale } from './chrome.js';
import { fileWithPlace } from './location.js';

export const TOP_FINDINGS = 20;
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', info: '🔵' };

// The ASCII punctuation that starts or ends an inline construct of CommonMark or GFM: escapes `\`, code
// spans `` ` ``, emphasis `*` `_`, strikethrough `~`, links and images `[ ] ( ) !`, HTML, autolinks and
// entities `< > &`, table cells `|`, URL autolinks (`http:`, `mailto:`) `:`, GitHub math `$`. Each may be
// backslash-escaped (CommonMark §2.4) and then is literal text. The rest (`-`, `/`, `.` …) is left readable.
const INLINE_PUNCTUATION = /[\\`*_~[\]!()<>&|:$]/g;

/**
 * Report text as literal text in a GFM table cell. No code spans for report text: a backtick in it could
 * close the span, and inside one `&lt;` shows literally. Instead the punctuation above is backslash-escaped,
 * so no code span, link, image, autolink, emphasis, HTML tag or entity can start, and `|` (even after a
 * `\`) cannot end the cell. `www.` is broken as `www\.` (a GFM autolink) and `@` becomes `&#64;` (an email
 * autolink, a mention). Line breaks become `<br>` (a row is one line); other control and bidi characters
 * are spelt out as in a terminal (`\u202E`).
 */
export function escapeCell(text: string): string {
  return terminalTextKeepingLineBreaks(text)
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(INLINE_PUNCTUATION, '\\$&').replace(/(www)\./gi, '$1\\.').replace(/@/g, '&#64;'))
    .join('<br>');
}

function percent(c: FrameworkCoverage): string {
  return `${c.required === 0 ? 100 : Math.floor(((c.reported + c.omitted) / c.required) * 100)}%`;
}

export const markdown: Formatter = (result, context) => {
  const locale = chromeLocale(result, context);
  const words = CHROME[locale];
  const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const findings = result.reports.flatMap((r) => r.findings);
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
  const counts = words.counts({ error: errors, warning: warnings, info: infos });
  const lines: string[] = [`## ${errors + warnings === 0 ? '✅' : '❌'} ${escapeCell(result.tool.name)}: ${counts}`, ''];

  const coverage = result.reports.flatMap((r) => Object.entries(r.frameworks).map(([name, c]) => ({ file: r.file, name, c })));
  if (coverage.length > 0) {
    lines.push(row(words.coverageHeader), '|---|---|--:|--:|--:|--:|--:|');
    for (const { file, name, c } of coverage) {
      const framework = `${name.toUpperCase()}${c.claim ? ` (${words.claim(c.claim)})` : ''}`;
      lines.push(`| ${escapeCell(file)} | ${escapeCell(framework)} | ${c.required} | ${c.reported} | ${c.omitted} | ${c.missing} | ${percent(c)} |`);
    }
    lines.push('');
  }

  if (findings.length > 0) {
    // Stable sort: errors, then warnings, then info, each in the checker's order.
    const sorted = findings.map((f, i) => [f, i] as const).sort((a, b) => RANK[a[0].severity] - RANK[b[0].severity] || a[1] - b[1]).map(([f]) => f);
    // `file:line`, or `file, p. 34, "Green Production"` where a source has no lines.
    const where = (f: Finding): string => (f.line === undefined ? escapeCell(fileWithPlace(f, locale)) : `${escapeCell(f.file)}:${f.line}`);
    lines.push(row(words.findingsHeader).replace('|  |', '| |'), '|---|---|---|---|');
    for (const f of sorted.slice(0, TOP_FINDINGS)) {
      lines.push(`| ${ICON[f.severity]} ${words.severity[f.severity]} | ${where(f)} | ${escapeCell(f.ruleId)} | ${escapeCell(f.message)} |`);
    }
    if (sorted.length > TOP_FINDINGS) lines.push('', words.more(sorted.length - TOP_FINDINGS));
    lines.push('');
  }
  return `${lines.join('\n')}`;
};
