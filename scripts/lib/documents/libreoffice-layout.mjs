// The LibreOffice layout: the English report as Markdown -> DOCX (pandoc) -> PDF (LibreOffice), as a
// report writer's Word draft becomes a PDF. LibreOffice exports the headings as bookmarks. Pandoc's
// Markdown cannot express sections, so the DOCX gets three (cover without header/footer; front matter
// numbered i, ii, iii; body from 1), a running header and a PAGE field in the footer, by editing the
// WordprocessingML pandoc wrote — a few well-known elements written as text, not parsed.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { contentsOf } from './chromium-layouts.mjs';
import { headingLevel, indexRows, planPages, romanFrontMatter, sectionPages } from './source.mjs';
import { fixDates, pageCount, pandocDocx, sofficePdf } from './tools.mjs';

const BREAK = 'DISCLOSEPAGEBREAKMARKER';
const END_COVER = 'DISCLOSEENDCOVERMARKER';
const END_FRONT = 'DISCLOSEENDFRONTMARKER';

/** Backslash-escape Markdown's punctuation so the source text stays text (pandoc reads Markdown, we write it). */
function md(text) {
  return String(text).replace(/\s+/g, ' ').replace(/([\\`*_{}[\]<>#+!|~^$])/g, '\\$1').replace(/^(\d+)\./, '$1\\.');
}

function table(rows) {
  const [head, ...body] = rows;
  return [`| ${head.map(md).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.map(md).join(' | ')} |`)].join('\n');
}

function markdown(source, plan, rows) {
  const out = [`---\ntitle: "${source.cover[0]}"\nsubtitle: "${source.cover[1]}"\nlang: en-GB\n---\n`];
  for (const line of source.cover.slice(2)) out.push(md(line));
  out.push(END_COVER);
  let previous = 'cover';
  for (const page of plan.slice(1)) {
    if (page.kind === 'body' && previous !== 'body') out.push(END_FRONT);
    else if (previous !== 'cover') out.push(BREAK);
    previous = page.kind;
    if (page.kind === 'contents') {
      out.push('**Contents**');
      for (const h of contentsOf(plan, source, 1)) out.push(`${h.level === 2 ? '\u2003' : ''}${md(h.text)} .......... ${h.page}`);
      continue;
    }
    if (page.kind === 'index') {
      out.push(`# ${md(source.index.heading)}`, md(source.index.intro));
      // The standard's name in the first row of its group only (a wrapped cell), code and title in one cell.
      let group = '';
      const cells = [];
      for (const r of rows) {
        if (r.group !== undefined) group = r.group;
        else { cells.push([group, `${r.code} ${r.title}`, r.location]); group = ''; }
      }
      out.push(table([source.index.header, ...cells]));
      continue;
    }
    for (const block of page.source.blocks) {
      const level = headingLevel(block);
      if (level) out.push(`${'#'.repeat(level)} ${md(block[`h${level}`])}`);
      else if (block.p !== undefined) out.push(md(block.p));
      else if (block.table) out.push(table(block.table));
    }
  }
  return out.join('\n\n') + '\n';
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const PAGE = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1300" w:bottom="1300" w:left="1300" w:header="600" w:footer="600" w:gutter="0"/>';
const REFS = '<w:headerReference w:type="default" r:id="rIdDiscloseHeader"/><w:footerReference w:type="default" r:id="rIdDiscloseFooter"/>';

function sectPr(refs, numbering) {
  return `<w:sectPr>${refs}${PAGE}${numbering}</w:sectPr>`;
}

async function editDocx(file, runningHeader) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  let doc = await zip.file('word/document.xml').async('string');
  const marker = (text) => new RegExp(`<w:p>(?:(?!<w:p>).)*?${text}(?:(?!</w:p>).)*?</w:p>`, 'gs');
  doc = doc.replace(marker(BREAK), '<w:p><w:r><w:br w:type="page"/></w:r></w:p>');
  doc = doc.replace(marker(END_COVER), `<w:p><w:pPr>${sectPr('', '')}</w:pPr></w:p>`);
  doc = doc.replace(marker(END_FRONT), `<w:p><w:pPr>${sectPr(REFS, '<w:pgNumType w:fmt="lowerRoman" w:start="1"/>')}</w:pPr></w:p>`);
  // pandoc ends the body with its own section properties (`<w:sectPr />` or a full element): ours instead.
  const last = /(?:<w:sectPr\s*\/>|<w:sectPr>(?:(?!<w:sectPr)[\s\S])*?<\/w:sectPr>)\s*<\/w:body>/;
  if (!last.test(doc)) throw new Error('pandoc wrote no final section properties');
  doc = doc.replace(last, `${sectPr(REFS, '<w:pgNumType w:fmt="decimal" w:start="1"/>')}</w:body>`);
  zip.file('word/document.xml', doc);
  zip.file('word/disclose-header.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${W}><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>${runningHeader.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p></w:hdr>`);
  zip.file('word/disclose-footer.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr ${W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>');
  let rels = await zip.file('word/_rels/document.xml.rels').async('string');
  rels = rels.replace('</Relationships>', '<Relationship Id="rIdDiscloseHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="disclose-header.xml"/>' +
    '<Relationship Id="rIdDiscloseFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="disclose-footer.xml"/></Relationships>');
  zip.file('word/_rels/document.xml.rels', rels);
  let types = await zip.file('[Content_Types].xml').async('string');
  types = types.replace('</Types>', '<Override PartName="/word/disclose-header.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' +
    '<Override PartName="/word/disclose-footer.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>');
  zip.file('[Content_Types].xml', types);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', date: new Date('2025-01-01T00:00:00Z') }));
}

export async function englishLibreOffice(dir, source, gri) {
  const draft = planPages(source, { indexPages: [], numbering: romanFrontMatter });
  const rows = indexRows(source, gri, sectionPages(draft));
  // The index's own page count is LibreOffice's to decide: plan one page, then the real count.
  let plan = planPages(source, { indexPages: [[]], numbering: romanFrontMatter });
  writeFileSync(join(dir, 'libreoffice-en.md'), markdown(source, plan, rows));
  pandocDocx(join(dir, 'libreoffice-en.md'), join(dir, 'libreoffice-en.docx'));
  await editDocx(join(dir, 'libreoffice-en.docx'), source.runningHeader);
  sofficePdf(join(dir, 'libreoffice-en.docx'), dir, join(dir, 'lo-profile'));
  const pdf = join(dir, 'libreoffice-en.pdf');
  fixDates(pdf);
  const indexPages = pageCount(pdf) - (plan.length - 1);
  if (indexPages < 1) throw new Error(`libreoffice-en.pdf: ${pageCount(pdf)} pages, fewer than planned`);
  plan = planPages(source, { indexPages: Array.from({ length: indexPages }, () => []), numbering: romanFrontMatter });
  copyFileSync(join(dir, 'libreoffice-en.docx'), join(dir, 'libreoffice-en.kept.docx'));
  return { pdf, plan, sheetsOf: null, rows, header: source.index.header };
}
