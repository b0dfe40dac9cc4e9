// One report's part of the page: its header, key figures, the two coverage charts, the gap list and
// the content index.
import type { ReportResult } from '../../model/finding.js';
import { contentIndex } from './content-index.js';
import { coverageCharts } from './coverage-charts.js';
import { gapList } from './gap-list.js';
import { groupRecords } from './groups.js';
import { html, type Markup } from './markup.js';
import { HTML_CHROME, type HtmlChrome } from './chrome.js';

function keyFigures(report: ReportResult, t: HtmlChrome): Markup {
  const count = (severity: string): number => report.findings.filter((f) => f.severity === severity).length;
  const missing = report.disclosures.filter((d) => d.status === 'missing').length;
  const figures: Array<[string, number, string]> = [
    [t.figures.errors, count('error'), count('error') > 0 ? 'bad' : 'good'],
    [t.figures.warnings, count('warning'), count('warning') > 0 ? 'warn' : 'good'],
    [t.figures.missing, missing, missing > 0 ? 'bad' : 'good'],
    [t.figures.inIndex, report.disclosures.length, 'plain'],
  ];
  return html`<dl class="figures">${figures.map(([label, value, tone]) => html`<div class="figure ${tone}"><dt>${label}</dt><dd>${value}</dd></div>`)}</dl>`;
}

export function reportSection(report: ReportResult, index: number, tool: { name: string; version: string }, t: HtmlChrome = HTML_CHROME.en): Markup {
  const id = `report-${index + 1}`;
  const groups = groupRecords(report.disclosures);
  return html`<article class="report" id="${id}" aria-labelledby="${id}-title">
<header class="report-header">
<h2 id="${id}-title">${report.file}</h2>
<p class="meta">${t.checkedBy(`${tool.name} ${tool.version}`)} · ${t.files(report.files.length)}</p>
${report.files.length > 0 ? html`<ul class="files">${report.files.map((f) => html`<li>${f}</li>`)}</ul>` : ''}
</header>
${keyFigures(report, t)}
${coverageCharts(report, groups, id, t)}
${gapList(report, id, t)}
${contentIndex(groups, id, t)}
</article>
`;
}
