// What to fix before publication: the required disclosures that are missing, then every finding grouped
// by severity (errors first, each group in the checker's order) with its file:line.
import { SEVERITIES, type Finding, type ReportResult, type Severity } from '../../model/finding.js';
import { html, type Markup } from './markup.js';
import { messageMarkup, positionMarkup } from './wording.js';
import { HTML_CHROME, type HtmlChrome } from './chrome.js';
import { thinList } from './thin-list.js';

function missingTable(report: ReportResult, t: HtmlChrome): Markup {
  const missing = report.disclosures.filter((d) => d.status === 'missing');
  if (missing.length === 0) return html`<p class="none">${t.noMissing}</p>`;
  return html`<table class="missing">
<caption>${t.missingCaption(missing.length)}</caption>
<thead><tr>${t.missingHeader.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>
${missing.map((d) => html`<tr class="missing-row"><td class="id">${d.id}</td><td class="title">${d.title}</td><td>${d.standard}${d.topic && !d.standard.startsWith(`${d.topic}:`) ? html` <span class="topic">${t.topic(d.topic)}</span>` : ''}</td></tr>
`)}</tbody>
</table>`;
}

function findingRow(finding: Finding, t: HtmlChrome): Markup {
  return html`<tr class="finding ${finding.severity}" data-severity="${finding.severity}"><td class="where">${positionMarkup(finding, t.lang === 'en' ? 'en' : 'zh')}</td><td class="rule">${finding.ruleId}</td><td class="message">${messageMarkup(finding.message)}${finding.fix ? html`<span class="fix">${t.fix} ${messageMarkup(finding.fix.description)}</span>` : ''}</td></tr>
`;
}

function findingTables(findings: readonly Finding[], t: HtmlChrome): Markup {
  if (findings.length === 0) return html`<p class="none">${t.noFindings}</p>`;
  return html`${SEVERITIES.map((severity) => {
    const some = findings.filter((f) => f.severity === severity);
    if (some.length === 0) return '';
    return html`<table class="findings ${severity}">
<caption><span class="severity ${severity}">${t.severityHeading[severity]}</span> (${some.length})</caption>
<thead><tr>${t.findingsHeader.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>
${some.map((f) => findingRow(f, t))}</tbody>
</table>
`;
  })}`;
}

export function gapList(report: ReportResult, idPrefix: string, t: HtmlChrome = HTML_CHROME.en): Markup {
  const count = (s: Severity): number => report.findings.filter((f) => f.severity === s).length;
  const totals = `${t.errors(count('error'))} · ${t.warnings(count('warning'))} · ${t.infos(count('info'))}`;
  return html`<section class="gaps" aria-labelledby="${idPrefix}-gaps">
<h3 id="${idPrefix}-gaps">${t.gaps}</h3>
${missingTable(report, t)}${thinList(report, t)}
<h4>${t.findings} <span class="counts">${totals}</span></h4>
${findingTables(report.findings, t)}
</section>`;
}
