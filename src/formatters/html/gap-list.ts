// What to fix before publication: the required disclosures that are missing, then every finding grouped
// by severity (errors first, each group in the checker's order) with its file:line.
import { SEVERITIES, type Finding, type ReportResult, type Severity } from '../../model/finding.js';
import { html, type Markup } from './markup.js';
import { messageMarkup, plural, positionMarkup } from './wording.js';

const SEVERITY_HEADING: Readonly<Record<Severity, string>> = { error: 'Errors', warning: 'Warnings', info: 'Information' };

function missingTable(report: ReportResult): Markup {
  const missing = report.disclosures.filter((d) => d.status === 'missing');
  if (missing.length === 0) return html`<p class="none">No required disclosure is missing: each is reported or omitted with a reason.</p>`;
  return html`<table class="missing">
<caption>Missing required disclosures (${missing.length})</caption>
<thead><tr><th scope="col">Disclosure</th><th scope="col">Title</th><th scope="col">Standard</th></tr></thead>
<tbody>
${missing.map((d) => html`<tr class="missing-row"><td class="id">${d.id}</td><td class="title">${d.title}</td><td>${d.standard}${d.topic && !d.standard.startsWith(`${d.topic}:`) ? html` <span class="topic">(topic ${d.topic})</span>` : ''}</td></tr>
`)}</tbody>
</table>`;
}

function findingRow(finding: Finding): Markup {
  return html`<tr class="finding ${finding.severity}" data-severity="${finding.severity}"><td class="where">${positionMarkup(finding)}</td><td class="rule">${finding.ruleId}</td><td class="message">${messageMarkup(finding.message)}${finding.fix ? html`<span class="fix">Fix: ${messageMarkup(finding.fix.description)}</span>` : ''}</td></tr>
`;
}

function findingTables(findings: readonly Finding[]): Markup {
  if (findings.length === 0) return html`<p class="none">No findings.</p>`;
  return html`${SEVERITIES.map((severity) => {
    const some = findings.filter((f) => f.severity === severity);
    if (some.length === 0) return '';
    return html`<table class="findings ${severity}">
<caption><span class="severity ${severity}">${SEVERITY_HEADING[severity]}</span> (${some.length})</caption>
<thead><tr><th scope="col">Where</th><th scope="col">Rule</th><th scope="col">Message</th></tr></thead>
<tbody>
${some.map(findingRow)}</tbody>
</table>
`;
  })}`;
}

export function gapList(report: ReportResult, idPrefix: string): Markup {
  const count = (s: Severity): number => report.findings.filter((f) => f.severity === s).length;
  const totals = `${plural(count('error'), 'error')} · ${plural(count('warning'), 'warning')} · ${count('info')} info`;
  return html`<section class="gaps" aria-labelledby="${idPrefix}-gaps">
<h3 id="${idPrefix}-gaps">Gaps and findings</h3>
${missingTable(report)}
<h4>Findings <span class="counts">${totals}</span></h4>
${findingTables(report.findings)}
</section>`;
}
