// The layouts printed by Chromium: the English report one page per sheet (with two- and three-column
// pages and a borderless index several pages long), the same report two printed pages per landscape
// sheet, the Chinese report, the scanned document, and the bench files (made on demand, never committed).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterContents, headingLevel, indexRows, physicalNumbers, planPages, sectionPages, splitRows } from './source.mjs';
import { escapeHtml, html, pageHtml } from './html.mjs';
import { chromiumPdf, renderPages } from './tools.mjs';

const A4 = { width: 210, height: 297 };

/** Headings for a contents page: levels 1 to `maxLevel` of the front matter, body and index, with printed pages. */
export function contentsOf(plan, source, maxLevel = 2) {
  const out = [];
  for (const page of plan) {
    if (page.kind === 'front' || page.kind === 'body') {
      for (const block of page.source.blocks) {
        const level = headingLevel(block);
        if (level && level <= maxLevel) out.push({ text: block[`h${level}`], level, page: page.printed });
      }
    }
    if (page.kind === 'index' && page.first) out.push({ text: source.index.heading, level: 1, page: page.printed });
  }
  return out;
}

/** Plan a report whose index is split over pages by us: index rows need the section pages, which need the plan. */
function planWithIndex(source, gri, numbering, { first, rest }) {
  // The index comes last, so section pages do not depend on how many index pages there are.
  const draft = planPages(source, { indexPages: [], numbering });
  const rows = indexRows(source, gri, sectionPages(draft));
  const plan = planPages(source, { indexPages: splitRows(rows, first, rest), numbering });
  return { plan, rows };
}

function print(dir, name, document) {
  const htmlFile = join(dir, `${name}.html`);
  writeFileSync(htmlFile, document);
  const pdf = join(dir, `${name}.pdf`);
  chromiumPdf(htmlFile, pdf);
  return pdf;
}

/** English, one A4 page per sheet, printed = physical (cover unnumbered); code and title in their own columns. */
export function englishChromium(dir, source, gri) {
  const { plan, rows } = planWithIndex(source, gri, physicalNumbers, { first: 26, rest: 34 });
  const ctx = {
    ...A4, source, contents: contentsOf(plan, source), contentsTitle: 'Contents',
    indexHeader: ['Disclosure', 'Title', 'Location'], indexWidths: ['14%', '58%', '28%'],
    indexColumns: (row) => [row.code, row.title, row.location],
  };
  const sheets = plan.map((page) => `<div class="sheet">${pageHtml(page, ctx)}</div>`);
  return { pdf: print(dir, 'chromium-en', html({ lang: 'en', title: source.title, sheets })), plan, sheetsOf: null, rows, header: ctx.indexHeader };
}

/**
 * The same report as landscape A3 sheets, each showing two printed A4 pages side by side, numbers in the
 * outer corners so a sheet's footer line reads `6 … 7`.
 */
export function spreadChromium(dir, source, gri) {
  const { plan, rows } = planWithIndex(source, gri, physicalNumbers, { first: 26, rest: 34 });
  const ctx = {
    ...A4, source, contents: contentsOf(plan, source), contentsTitle: 'Contents',
    indexHeader: ['Disclosure', 'Title', 'Location'], indexWidths: ['14%', '58%', '28%'],
    indexColumns: (row) => [row.code, row.title, row.location],
  };
  const sheetsOf = [];
  for (let i = 0; i < plan.length; i += 2) sheetsOf.push(plan.slice(i, i + 2));
  const sheets = sheetsOf.map((pair) => `<div class="sheet">${pair.map((page, side) => pageHtml(page, { ...ctx, numberAlign: side === 0 ? 'left' : 'right' })).join('')}</div>`);
  const extraCss = '@page { size: 420mm 297mm; }';
  return { pdf: print(dir, 'spread-en', html({ lang: 'en', title: source.title, sheets, extraCss })), plan, sheetsOf, rows, header: ctx.indexHeader };
}

/** The Chinese report: cover and contents unnumbered, then 1, 2, …; code and title share one cell; 页码. */
export function chineseChromium(dir, source, gri) {
  const { plan, rows } = planWithIndex(source, gri, afterContents, { first: 24, rest: 34 });
  const ctx = {
    ...A4, source, contents: contentsOf(plan, source), contentsTitle: '目录', numberAlign: 'center',
    indexHeader: source.index.header, indexWidths: ['22%', '58%', '20%'],
    indexColumns: (row) => ['', `${row.code} ${row.title}`, row.location],
  };
  const sheets = plan.map((page) => `<div class="sheet">${pageHtml(page, ctx)}</div>`);
  const extraCss = "body, h1, h2, .cover .line1 { font-family: 'Noto Sans CJK SC', sans-serif; } body { font-size: 10pt; }";
  return { pdf: print(dir, 'chromium-zh', html({ lang: 'zh-CN', title: source.title, sheets, extraCss })), plan, sheetsOf: null, rows, header: ctx.indexHeader };
}

/** A scan: the first pages of a PDF rendered to grey images and printed again, with no text layer at all. */
export function scanned(dir, fromPdf, pages) {
  const images = renderPages(fromPdf, join(dir, 'scan'), { first: 1, last: pages, dpi: 50, gray: true });
  const sheets = images.map((file) => `<div class="sheet"><img src="file://${escapeHtml(file)}" style="width:210mm;height:297mm;display:block"></div>`);
  return print(dir, 'scanned', html({ lang: 'en', title: 'Scanned report', sheets }));
}

/** Bench: `pages` text-heavy A4 pages, the body pages again and again (numbers continue), no index. */
export function benchText(dir, source, pages, name) {
  const body = Array.from({ length: pages - 1 }, (_, i) => source.pages[i % source.pages.length]);
  const plan = planPages({ ...source, front: [], pages: body }, { indexPages: [], numbering: physicalNumbers });
  const ctx = { ...A4, source };
  return print(dir, name, html({ lang: 'en', title: `${source.title} (${pages} pages)`, sheets: plan.map((page) => `<div class="sheet">${pageHtml(page, ctx)}</div>`) }));
}

/** Bench: an image-heavy PDF, every page a large colour picture (a rendered page) above a paragraph. */
export function benchImages(dir, source, fromPdf, pages) {
  const images = renderPages(fromPdf, join(dir, 'photo'), { first: 1, last: Math.min(pages, 12), dpi: 110, gray: false });
  const sheets = Array.from({ length: pages }, (_, i) => `<div class="sheet"><div class="page" style="width:210mm;height:297mm;padding:20mm">` +
    `<img src="file://${escapeHtml(images[i % images.length])}" style="width:170mm;height:200mm;display:block">` +
    `<p>${escapeHtml(source.pages[i % source.pages.length].blocks.find((b) => b.p)?.p ?? '')}</p><div class="footer" style="text-align:right">${i + 1}</div></div></div>`);
  return print(dir, 'bench-images', html({ lang: 'en', title: `${source.title} (images)`, sheets }));
}
