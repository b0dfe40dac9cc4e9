// The content index: every disclosure record of the report, grouped as in the topic chart, with its
// status and where the report answers it ("Section, p. N") or why it is omitted.
import type { DisclosureRecord } from '../../model/finding.js';
import type { RecordGroup } from './groups.js';
import { html, type Markup } from './markup.js';
import { locationText, reasonText } from './wording.js';
import { HTML_CHROME, type HtmlChrome } from './chrome.js';

function whereCell(record: DisclosureRecord, t: HtmlChrome): Markup {
  if (record.status === 'omitted' && record.omission) {
    const { reason, explanation } = record.omission;
    return html`<span class="omission">${t.omitted(reasonText(reason))}</span>${explanation ? html`<span class="explanation">${explanation}</span>` : ''}`;
  }
  if (record.locations.length === 0) return html`<span class="none">—</span>`;
  if (record.locations.length === 1) return html`${locationText(record.locations[0]!, t)}`;
  return html`<ul class="locations">${record.locations.map((l) => html`<li>${locationText(l, t)}</li>`)}</ul>`;
}

function recordRow(record: DisclosureRecord, t: HtmlChrome): Markup {
  return html`<tr class="record" data-status="${record.status}"><td class="id">${record.id}</td><td class="title">${record.title}</td><td><span class="status ${record.status}">${t.status[record.status]}</span></td><td class="location">${whereCell(record, t)}</td></tr>
`;
}

export function contentIndex(groups: readonly RecordGroup[], idPrefix: string, t: HtmlChrome = HTML_CHROME.en): Markup {
  const body =
    groups.length === 0
      ? html`<p class="none">${t.noRecords}</p>`
      : html`<table class="content-index">
<thead><tr>${t.indexHeader.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
${groups.map((group) => html`<tbody>
<tr class="group"><th scope="rowgroup" colspan="4">${group.label}</th></tr>
${group.records.map((r) => recordRow(r, t))}</tbody>
`)}</table>`;
  return html`<section class="index" aria-labelledby="${idPrefix}-index">
<h3 id="${idPrefix}-index">${t.contentIndex}</h3>
${body}
</section>`;
}
