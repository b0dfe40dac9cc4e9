// The content index: every disclosure record of the report, grouped as in the topic chart, with its
// status and where the report answers it ("Section, p. N") or why it is omitted.
import type { DisclosureRecord } from '../../model/finding.js';
import type { RecordGroup } from './groups.js';
import { html, type Markup } from './markup.js';
import { locationText, reasonText, STATUS_LABEL } from './wording.js';

function whereCell(record: DisclosureRecord): Markup {
  if (record.status === 'omitted' && record.omission) {
    const { reason, explanation } = record.omission;
    return html`<span class="omission">Omitted: ${reasonText(reason)}</span>${explanation ? html`<span class="explanation">${explanation}</span>` : ''}`;
  }
  if (record.locations.length === 0) return html`<span class="none">—</span>`;
  if (record.locations.length === 1) return html`${locationText(record.locations[0]!)}`;
  return html`<ul class="locations">${record.locations.map((l) => html`<li>${locationText(l)}</li>`)}</ul>`;
}

function recordRow(record: DisclosureRecord): Markup {
  return html`<tr class="record" data-status="${record.status}"><td class="id">${record.id}</td><td class="title">${record.title}</td><td><span class="status ${record.status}">${STATUS_LABEL[record.status]}</span></td><td class="location">${whereCell(record)}</td></tr>
`;
}

export function contentIndex(groups: readonly RecordGroup[], idPrefix: string): Markup {
  const body =
    groups.length === 0
      ? html`<p class="none">The report has no disclosure records.</p>`
      : html`<table class="content-index">
<thead><tr><th scope="col">Disclosure</th><th scope="col">Title</th><th scope="col">Status</th><th scope="col">Location</th></tr></thead>
${groups.map((group) => html`<tbody>
<tr class="group"><th scope="rowgroup" colspan="4">${group.label}</th></tr>
${group.records.map(recordRow)}</tbody>
`)}</table>`;
  return html`<section class="index" aria-labelledby="${idPrefix}-index">
<h3 id="${idPrefix}-index">Content index</h3>
${body}
</section>`;
}
