// HTML + CSS for the Chromium layouts (print-to-PDF). Chromium headless ignores @page margin boxes, so
// every printed page is a fixed-size block of its own (explicit page breaks) that draws its running header
// and footer number itself. Text from the sources is escaped; the sources are ours, but a stray `<` would
// otherwise silently change a layout.
export function escapeHtml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const CSS = `
@page { size: 210mm 297mm; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Serif', 'Noto Sans CJK SC', serif; font-size: 10.5pt; line-height: 1.45; color: #222; }
.sheet { display: flex; break-after: page; overflow: hidden; }
.page { position: relative; overflow: hidden; }
.header { position: absolute; top: 10mm; left: 20mm; right: 20mm; font-size: 8pt; color: #666; border-bottom: 0.3pt solid #999; padding-bottom: 1mm; }
.footer { position: absolute; bottom: 10mm; left: 20mm; right: 20mm; font-size: 9pt; }
.body { position: absolute; top: 22mm; bottom: 22mm; left: 20mm; right: 20mm; }
.cols-2 { column-count: 2; column-gap: 8mm; }
.cols-3 { column-count: 3; column-gap: 6mm; font-size: 9.5pt; }
h1 { font-family: 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif; font-size: 20pt; font-weight: 700; margin: 0 0 4mm; column-span: all; }
h2 { font-family: 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif; font-size: 14pt; font-weight: 700; margin: 4mm 0 2mm; }
h3 { font-size: 10.5pt; font-weight: 700; margin: 3mm 0 1mm; }
p { margin: 0 0 2.5mm; text-align: justify; }
table { border-collapse: collapse; margin: 2mm 0 4mm; width: 100%; font-size: 9.5pt; }
table.kpi th, table.kpi td { border-bottom: 0.4pt solid #aaa; padding: 1mm 2mm; text-align: left; }
table.kpi td + td, table.kpi th + th { text-align: right; }
table.gri { font-size: 9pt; }
table.gri th { text-align: left; font-family: 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif; padding: 1.2mm 2mm; background: #e8efe8; }
table.gri td { padding: 0.9mm 2mm; vertical-align: top; }
table.gri td.group { font-weight: 700; padding-top: 2.5mm; }
.cover { display: flex; flex-direction: column; justify-content: center; height: 100%; padding: 0 25mm; background: #2e5d4b; color: #fff; }
.cover .line1 { font-size: 30pt; font-weight: 700; font-family: 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif; }
.cover .line { font-size: 15pt; margin-top: 4mm; }
.toc { font-size: 9.5pt; line-height: 1.3; }
.toc div { display: flex; justify-content: space-between; border-bottom: 0.3pt dotted #999; padding: 0.4mm 0; }
.toc .l2 { padding-left: 6mm; }
.contents-title { font-size: 20pt; font-weight: 700; margin-bottom: 6mm; }
`;

export function html({ lang, title, sheets, extraCss = '' }) {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<style>${CSS}${extraCss}</style></head><body>${sheets.join('\n')}</body></html>`;
}

/** One printed page: cover, front/body blocks, contents or index rows; `pageNumber` placement by `numberAlign`. */
export function pageHtml(page, ctx) {
  const { width, height, numberAlign = 'right' } = ctx;
  const style = `width:${width}mm;height:${height}mm`;
  if (page.kind === 'cover') {
    const [first, ...rest] = ctx.source.cover;
    return `<div class="page" style="${style}"><div class="cover"><div class="line1">${escapeHtml(first)}</div>${rest.map((l) => `<div class="line">${escapeHtml(l)}</div>`).join('')}</div></div>`;
  }
  const header = `<div class="header">${escapeHtml(ctx.source.runningHeader)}</div>`;
  const footer = page.printed === undefined ? '' : `<div class="footer" style="text-align:${numberAlign}">${escapeHtml(ctx.formatNumber ? ctx.formatNumber(page.printed) : page.printed)}</div>`;
  let inner;
  if (page.kind === 'contents') inner = contentsHtml(ctx);
  else if (page.kind === 'index') inner = indexHtml(page, ctx);
  else inner = page.source.blocks.map(blockHtml).join('\n');
  const cols = page.source?.columns ? ` cols-${page.source.columns}` : '';
  return `<div class="page" style="${style}">${header}<div class="body${cols}">${inner}</div>${footer}</div>`;
}

function blockHtml(block) {
  for (const level of [1, 2, 3]) if (block[`h${level}`] !== undefined) return `<h${level}>${escapeHtml(block[`h${level}`])}</h${level}>`;
  if (block.p !== undefined) return `<p>${escapeHtml(block.p)}</p>`;
  if (block.table) {
    const [head, ...rows] = block.table;
    return `<table class="kpi"><thead><tr>${head.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead>` +
      `<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  }
  if (block.contents !== undefined) return '';
  throw new Error(`unknown block ${JSON.stringify(block)}`);
}

function contentsHtml(ctx) {
  const lines = ctx.contents.map((h) => `<div class="l${h.level}"><span>${escapeHtml(h.text)}</span><span>${escapeHtml(h.page)}</span></div>`);
  return `<div class="contents-title">${escapeHtml(ctx.contentsTitle)}</div><div class="toc">${lines.join('')}</div>`;
}

/**
 * A borderless content index page: the header row repeated on every page, group labels alone in a row.
 * `ctx.indexColumns(row)` gives a disclosure row's cells (code and title apart or in one cell).
 */
function indexHtml(page, ctx) {
  const { index } = ctx.source;
  const head = `<tr>${ctx.indexHeader.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr>`;
  const body = page.source.map((row) => row.group !== undefined
    ? `<tr><td class="group" colspan="${ctx.indexHeader.length}">${escapeHtml(row.group)}</td></tr>`
    : `<tr>${ctx.indexColumns(row).map((c, i) => `<td style="width:${ctx.indexWidths[i]}">${escapeHtml(c)}</td>`).join('')}</tr>`).join('');
  const top = page.first ? `<h1>${escapeHtml(index.heading)}</h1><p>${escapeHtml(index.intro)}</p>` : '';
  return `${top}<table class="gri"><thead>${head}</thead><tbody>${body}</tbody></table>`;
}
