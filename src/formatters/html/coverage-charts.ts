// The two charts of a report: coverage per framework (from the result's `frameworks` block, each bar the
// framework's required disclosures) and per standard or material topic (from its disclosure records,
// on one scale so bigger topics have longer bars).
import type { ReportResult } from '../../model/finding.js';
import { coveredPercent, frameworkLabel, statusCounts, type RecordGroup } from './groups.js';
import { html, type Markup } from './markup.js';
import { stackedBarChart, type ChartBar } from './svg-charts.js';
import { plural } from './wording.js';

export function frameworkBars(report: ReportResult): ChartBar[] {
  return Object.entries(report.frameworks).map(([name, coverage]) => {
    const percent = coveredPercent(coverage);
    // A with-reference claim requires nothing: its count is of the disclosures the report cites.
    const counted = coverage.claim === 'with-reference' ? 'cited' : 'required';
    return {
      label: frameworkLabel(name, coverage),
      summary: percent === undefined ? `nothing ${counted}` : `${coverage.required} ${counted} · ${percent}% covered`,
      segments: [
        { status: 'reported', value: coverage.reported },
        { status: 'omitted', value: coverage.omitted },
        { status: 'missing', value: coverage.missing },
      ],
      // The counts should add up to `required`; if a result says otherwise, the bar still fits.
      total: Math.max(coverage.required, coverage.reported + coverage.omitted + coverage.missing),
      empty: counted === 'cited' ? 'The report cites nothing of this framework.' : 'Nothing is required by this claim.',
    };
  });
}

export function groupBars(groups: readonly RecordGroup[]): ChartBar[] {
  return groups.map((group) => {
    const counts = statusCounts(group.records);
    const total = counts.reported + counts.omitted + counts.missing;
    return {
      label: group.label,
      summary: `${counts.reported + counts.omitted} of ${plural(total, 'disclosure')} covered`,
      segments: [
        { status: 'reported', value: counts.reported },
        { status: 'omitted', value: counts.omitted },
        { status: 'missing', value: counts.missing },
      ],
      total,
      empty: 'No disclosure to chart.',
    };
  });
}

export function coverageCharts(report: ReportResult, groups: readonly RecordGroup[], idPrefix: string): Markup {
  const frameworks = frameworkBars(report);
  const topics = groupBars(groups);
  return html`<section class="coverage" aria-labelledby="${idPrefix}-coverage">
<h3 id="${idPrefix}-coverage">Coverage</h3>
<h4>By framework</h4>
${frameworks.length === 0
    ? html`<p class="none">No framework is claimed in this report.</p>`
    : stackedBarChart({ id: `${idPrefix}-frameworks`, className: 'chart-frameworks', title: 'Coverage by framework: required disclosures reported, omitted or missing', bars: frameworks, scale: 'per-bar' })}
<h4>By standard and material topic</h4>
${topics.length === 0
    ? html`<p class="none">The report has no disclosure records.</p>`
    : stackedBarChart({ id: `${idPrefix}-topics`, className: 'chart-topics', title: 'Disclosures by standard and material topic: reported, omitted or missing', bars: topics, scale: 'shared' })}
</section>`;
}
