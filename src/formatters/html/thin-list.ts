// "Claimed but thin" (issue 16, item 4): located disclosures whose sections hold no figure although they ask
// for data, speak of none of their requirement items, or that are only partially reported. Read from the
// records' `evidence`, `items` and `partial` (the engine's judgement); nothing is judged here.
import type { DisclosureRecord, ReportResult } from '../../model/finding.js';
import { html, type Markup } from './markup.js';
import type { HtmlChrome } from './chrome.js';

const isThin = (d: DisclosureRecord): boolean => d.evidence?.thin !== undefined || d.partial === true;

function why(d: DisclosureRecord, t: HtmlChrome): string {
  if (d.evidence?.thin === 'no-figures') return t.thinNoFigures;
  if (d.evidence?.thin === 'not-addressed') return t.thinNotAddressed(d.items?.notAddressed ?? []);
  return t.thinPartial(d.items?.omitted ?? [], d.items?.notAddressed ?? []);
}

function where(d: DisclosureRecord, t: HtmlChrome): string {
  const at = d.locations[0];
  if (!at) return '';
  if (at.page === undefined) return at.section;
  return t.lang === 'en' ? `${at.section} (p. ${at.page})` : `${at.section}（第 ${at.page} 页）`;
}

/** The list, or nothing when no disclosure is thin (reports without it keep their page as it was). */
export function thinList(report: ReportResult, t: HtmlChrome): Markup | '' {
  const thin = report.disclosures.filter(isThin);
  if (thin.length === 0) return '';
  return html`
<table class="thin">
<caption>${t.thinCaption(thin.length)}</caption>
<thead><tr>${t.thinHeader.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>
${thin.map((d) => html`<tr class="thin-row"><td class="id">${d.id}</td><td class="title">${d.title}</td><td>${where(d, t)}</td><td>${why(d, t)}</td></tr>
`)}</tbody>
</table>`;
}
