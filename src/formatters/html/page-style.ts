// The page's one stylesheet, inlined in <style>: system fonts only (no web fonts, no URLs), readable
// widths, and a print layout where nothing needs a background to be read and reports start on new pages.
import { raw, type Markup } from './markup.js';
import { INK, MUTED, RULE, STATUS_COLOURS } from './palette.js';

const { reported, omitted, missing } = STATUS_COLOURS;

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: #f4f6f8; color: ${INK};
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans",
    "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
}
.page { max-width: 1040px; margin: 0 auto; padding: 32px 24px 48px; }
.page-header { border-bottom: 3px solid ${INK}; padding-bottom: 16px; margin-bottom: 24px; }
.eyebrow { margin: 0; color: ${MUTED}; font-size: 13px; font-weight: 600; letter-spacing: .08em; text-transform: uppercase; }
h1 { margin: 4px 0 8px; font-size: 28px; line-height: 1.2; overflow-wrap: anywhere; }
h2 { margin: 0; font-size: 22px; line-height: 1.25; overflow-wrap: anywhere; }
h3 { margin: 32px 0 12px; font-size: 18px; padding-bottom: 4px; border-bottom: 1px solid ${RULE}; }
h4 { margin: 20px 0 8px; font-size: 15px; color: ${MUTED}; }
.summary { margin: 0; color: ${MUTED}; }
nav.reports ol { margin: 0 0 24px; padding-left: 20px; }
nav.reports a { color: ${INK}; }
.report { background: #fff; border: 1px solid ${RULE}; border-radius: 6px; padding: 24px 28px; margin-bottom: 32px; }
.report-header .meta { margin: 4px 0 0; color: ${MUTED}; font-size: 14px; }
.files { margin: 4px 0 0; padding: 0; list-style: none; color: ${MUTED}; font-size: 13px; }
.files li { display: inline; overflow-wrap: anywhere; }
.files li + li::before { content: " · "; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin: 20px 0 0; }
.figure { border: 1px solid ${RULE}; border-left-width: 4px; border-radius: 4px; padding: 8px 12px; }
.figure dt { font-size: 13px; color: ${MUTED}; }
.figure dd { margin: 0; font-size: 24px; font-weight: 700; font-variant-numeric: tabular-nums; }
.figure.good { border-left-color: ${reported.fill}; }
.figure.warn { border-left-color: ${omitted.fill}; }
.figure.bad { border-left-color: ${missing.stroke}; }
.figure.bad dd { color: ${missing.text}; }
svg.chart { display: block; max-width: 100%; height: auto; margin: 4px 0 8px; overflow: visible; }
table { width: 100%; border-collapse: collapse; margin: 8px 0 16px; font-size: 14px; }
caption { text-align: left; font-weight: 600; padding: 4px 0 6px; }
th, td { text-align: left; vertical-align: top; padding: 6px 10px 6px 0; border-bottom: 1px solid ${RULE}; }
thead th { font-size: 12px; color: ${MUTED}; text-transform: uppercase; letter-spacing: .04em; border-bottom: 2px solid ${INK}; }
tr.group th { padding-top: 14px; font-size: 14px; color: ${INK}; border-bottom: 1px solid ${INK}; }
td.id, td.where, td.rule { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.where { white-space: normal; overflow-wrap: anywhere; min-width: 14em; width: 24%; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 12.5px; }
td.rule { font-size: 13px; color: ${MUTED}; }
td.message, td.location { overflow-wrap: anywhere; }
table.content-index td.title { width: 38%; }
table.missing td.title { width: 50%; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .9em; background: #eef1f4; border-radius: 3px; padding: 0 3px; }
.fix, .explanation { display: block; color: ${MUTED}; font-size: 13px; }
.topic { color: ${MUTED}; }
.locations { margin: 0; padding-left: 16px; }
.status { display: inline-block; padding: 0 8px; border: 1px solid currentColor; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.status.reported { color: ${reported.text}; background: #e7f2ee; }
.status.omitted { color: ${omitted.text}; background: #fbf3df; }
.status.missing { color: ${missing.text}; background: #fdecea; }
.status.not-required { color: ${MUTED}; }
.severity.error { color: ${missing.text}; }
.severity.warning { color: ${omitted.text}; }
.severity.info { color: ${MUTED}; }
table.findings.error { border-top: 3px solid ${missing.stroke}; }
table.findings.warning { border-top: 3px solid ${omitted.fill}; }
table.findings.info { border-top: 3px solid ${RULE}; }
.counts { font-weight: 400; margin-left: 8px; }
.none { color: ${MUTED}; }
footer.page-footer { color: ${MUTED}; font-size: 13px; }
@media (max-width: 640px) {
  .page { padding: 16px 8px; }
  .report { padding: 16px 12px; }
  td.id, td.rule { white-space: normal; }
}
@media print {
  @page { margin: 14mm 12mm; }
  body { background: none; font-size: 10.5pt; }
  .page { max-width: none; padding: 0; }
  .report { border: 0; padding: 0; margin: 0; }
  .report + .report { break-before: page; }
  nav.reports { display: none; }
  h2, h3, h4, caption { break-after: avoid; }
  svg.chart, .figures, tr { break-inside: avoid; }
  svg.chart { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  thead { display: table-header-group; }
  .status, code { background: none; }
  table { font-size: 9.5pt; }
}
`;

export const pageStyle: Markup = raw(CSS.trim());
