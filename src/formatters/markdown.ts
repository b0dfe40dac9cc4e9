// A compact summary for a pull-request comment: counts, coverage per report and framework, then the top
// findings (errors first). Everything from the report is escaped for GFM table cells and for HTML.
import type { Finding, FrameworkCoverage, Severity } from '../model/finding.js';
import type { Formatter } from './formatter.js';
import { CHROME, chromeLocale } from './chrome.js';

export const TOP_FINDINGS = 20;
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', info: '🔵' };

/**
 * One GFM table cell: HTML special characters as entities (a PR comment renders HTML), `|` escaped,
 * line breaks as `<br>`, `@` neutralised so a message cannot mention anyone.
 */
export function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/@/g, '&#64;')
    .replace(/\r\n|\r|\n/g, '<br>')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

function percent(c: FrameworkCoverage): string {
  return `${c.required === 0 ? 100 : Math.floor(((c.reported + c.omitted) / c.required) * 100)}%`;
}

export const markdown: Formatter = (result, context) => {
  const words = CHROME[chromeLocale(result, context)];
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
    const where = (f: Finding): string => (f.line === undefined ? f.file : `${f.file}:${f.line}`);
    lines.push(row(words.findingsHeader).replace('|  |', '| |'), '|---|---|---|---|');
    for (const f of sorted.slice(0, TOP_FINDINGS)) {
      lines.push(`| ${ICON[f.severity]} ${words.severity[f.severity]} | ${escapeCell(where(f))} | ${escapeCell(f.ruleId)} | ${escapeCell(f.message)} |`);
    }
    if (sorted.length > TOP_FINDINGS) lines.push('', words.more(sorted.length - TOP_FINDINGS));
    lines.push('');
  }
  return `${lines.join('\n')}`;
};
