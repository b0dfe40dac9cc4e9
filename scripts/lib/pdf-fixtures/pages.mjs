// HTML for fixed-size printed pages: each sheet is one page with its own running header, body and footer
// (absolutely placed), so a test PDF has exactly the printed page numbers, corners and columns it asks for.
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * sheets: [{ header?, footer?, footerAlign?: 'left'|'right'|'center', body: html, footerLeft?, footerRight? }]
 * size: { width: '210mm', height: '297mm' }.
 */
export function pagesHtml(sheets, { width = '210mm', height = '297mm', lang = 'en' } = {}) {
  const page = (s) => {
    const header = s.header ? `<div class="hdr">${escape(s.header)}</div>` : '';
    const footer = s.footer !== undefined ? `<div class="ftr" style="text-align:${s.footerAlign ?? 'center'}">${escape(s.footer)}</div>` : '';
    const left = s.footerLeft !== undefined ? `<div class="ftr" style="text-align:left">${escape(s.footerLeft)}</div>` : '';
    const right = s.footerRight !== undefined ? `<div class="ftr" style="text-align:right">${escape(s.footerRight)}</div>` : '';
    return `<section class="sheet">${header}<div class="body">${s.body}</div>${footer}${left}${right}</section>`;
  };
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
@page { size: ${width} ${height}; margin: 0 }
html, body { margin: 0; padding: 0 }
body { font-family: 'Noto Sans', 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif; font-size: 10pt; line-height: 1.4 }
.sheet { position: relative; width: ${width}; height: ${height}; overflow: hidden; page-break-after: always; break-after: page }
.sheet:last-child { page-break-after: auto; break-after: auto }
.hdr { position: absolute; top: 8mm; left: 18mm; right: 18mm; font-size: 8pt; color: #555 }
.ftr { position: absolute; bottom: 8mm; left: 18mm; right: 18mm; font-size: 8pt; color: #555 }
.body { position: absolute; top: 22mm; left: 18mm; right: 18mm; bottom: 22mm }
h1 { font-size: 20pt; margin: 0 0 6pt; font-weight: bold }
h2 { font-size: 14pt; margin: 8pt 0 4pt; font-weight: bold }
h3 { font-size: 10pt; margin: 6pt 0 2pt; font-weight: bold }
p { margin: 0 0 6pt; text-align: left }
.cols2 { column-count: 2; column-gap: 10mm; column-fill: auto; height: 200mm }
.cols3 { column-count: 3; column-gap: 8mm; column-fill: auto; height: 200mm }
.half { position: absolute; top: 22mm; bottom: 22mm; width: 174mm }
</style></head><body>${sheets.map(page).join('\n')}</body></html>`;
}
