// The two charts of a report: coverage per framework (from the result's `frameworks` block, each bar the
// framework's required disclosures) and per standard or material topic (from its disclosure records,
// on one scale so bigger topics have longer bars). A standard met topic by topic (an exchange's guideline)
// shows its framework's topic counts, the same figures as its framework bar, JSON and stylish.
import { countsByTopic } from '../../model/frameworks.js';
import { parseDisclosureId } from '../../model/ids.js';
import type { FrameworkCoverage, ReportResult } from '../../model/finding.js';
import { coveredPercent, frameworkLabel, statusCounts, type RecordGroup } from './groups.js';
import { html, type Markup } from './markup.js';
import { stackedBarChart, type ChartBar } from './svg-charts.js';
import { HTML_CHROME, type HtmlChrome } from './chrome.js';

export function frameworkBars(report: ReportResult, t: HtmlChrome = HTML_CHROME.en): ChartBar[] {
  return Object.entries(report.frameworks).map(([name, coverage]) => {
    const percent = coveredPercent(coverage);
    // A with-reference claim requires nothing: its count is of the disclosures the report cites.
    const cited = coverage.claim === 'with-reference';
    return {
      label: frameworkLabel(name, coverage),
      summary: t.frameworkSummary(coverage.required, cited, percent),
      segments: [
        { status: 'reported', value: coverage.reported },
        { status: 'omitted', value: coverage.omitted },
        { status: 'missing', value: coverage.missing },
      ],
      // The counts should add up to `required`; if a result says otherwise, the bar still fits.
      total: Math.max(coverage.required, coverage.reported + coverage.omitted + coverage.missing),
      empty: cited ? t.citesNothing : t.requiresNothing,
    };
  });
}

/** The coverage of the topic-counted framework a group's records belong to, if they do. */
function topicCoverage(group: RecordGroup, frameworks: ReportResult['frameworks']): FrameworkCoverage | undefined {
  const framework = group.records[0] ? parseDisclosureId(group.records[0].id)?.framework : undefined;
  return framework !== undefined && countsByTopic(framework) && group.records[0]!.topic === undefined ? frameworks[framework] : undefined;
}

export function groupBars(groups: readonly RecordGroup[], t: HtmlChrome = HTML_CHROME.en, frameworks: ReportResult['frameworks'] = {}): ChartBar[] {
  return groups.map((group) => {
    const topics = topicCoverage(group, frameworks);
    const counts = topics ?? statusCounts(group.records);
    const total = counts.reported + counts.omitted + counts.missing;
    return {
      label: group.label,
      summary: (topics ? t.topicSummary : t.groupSummary)(counts.reported + counts.omitted, total),
      segments: [
        { status: 'reported', value: counts.reported },
        { status: 'omitted', value: counts.omitted },
        { status: 'missing', value: counts.missing },
      ],
      total,
      empty: t.nothingToChart,
    };
  });
}

export function coverageCharts(report: ReportResult, groups: readonly RecordGroup[], idPrefix: string, t: HtmlChrome = HTML_CHROME.en): Markup {
  const frameworks = frameworkBars(report, t);
  const topics = groupBars(groups, t, report.frameworks);
  const words = { legend: t.legend, counted: t.counted };
  return html`<section class="coverage" aria-labelledby="${idPrefix}-coverage">
<h3 id="${idPrefix}-coverage">${t.coverage}</h3>
<h4>${t.byFramework}</h4>
${frameworks.length === 0
    ? html`<p class="none">${t.noFramework}</p>`
    : stackedBarChart({ id: `${idPrefix}-frameworks`, className: 'chart-frameworks', title: t.frameworkChart, bars: frameworks, scale: 'per-bar', words })}
<h4>${t.byTopic}</h4>
${topics.length === 0
    ? html`<p class="none">${t.noRecords}</p>`
    : stackedBarChart({ id: `${idPrefix}-topics`, className: 'chart-topics', title: t.topicChart, bars: topics, scale: 'shared', words })}
</section>`;
}
