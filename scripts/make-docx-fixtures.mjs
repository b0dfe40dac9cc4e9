#!/usr/bin/env node
// Builds the DOCX test documents under test/fixtures/docx/ (issue 13, item 2), deterministically: the same
// script writes the same bytes (fixed dates in the XML and on the zip entries). Each document holds the
// constructs its test names, in made-up report text:
//   english.docx   Title, Heading 1–3 numbered from numbering.xml (1, 1.1, 1.1.1), a style based on
//                  Heading 1 with its own list (Appendix A), a lettered body list, numbering switched off on
//                  one heading, a contents field (TOC entries), a roman-numbered front section.
//   chinese.docx   标题 1/2 styles (Chinese names, ids `1`/`2` as Chinese Word writes them), 第一章 numbering
//                  with legal (decimal) sub-levels, a style with only an outline level, zh-CN declared.
//   tracked.docx   tracked insertions, deletions and moves, comments, footnotes, an endnote, fields, a
//                  content control, a text box (Choice and Fallback), a deleted table row.
//   index.docx     a GRI content index table: header row, group label across the grid, vertically merged
//                  standard cells, a nested table, a rendered page break inside the table.
//   pages.docx     explicit, before-paragraph, section and last-rendered page breaks; page numbering restarts.
//   flow.docx      eight pages of text with a single explicit break: pages estimated from the text's length.
//   pandoc.docx    a real producer's DOCX: pandoc from Markdown (only rebuilt where pandoc is installed).
//   hostile/       a zip bomb declaring its size, one lying about it, a zip of something else, malformed XML.
// Run: node scripts/make-docx-fixtures.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appXml, coreXml, docx, documentXml, esc, lvl, notesXml, numberingXml, p, pageBreak, r, rendered, sectPr, stylesXml, tbl, tc, tr } from './lib/ooxml.mjs';

const out = join(import.meta.dirname, '..', 'test', 'fixtures', 'docx');
mkdirSync(join(out, 'hostile'), { recursive: true });
const write = (name, bytes) => {
  writeFileSync(join(out, name), bytes);
  console.log(`${name}: ${bytes.length} bytes`);
};

const WORD = { application: 'Microsoft Office Word', version: '16.0000' };

// ---------------------------------------------------------------- english.docx
{
  const styles = stylesXml({ lang: 'en-GB', eastAsia: 'zh-CN' }, [
    { id: 'Normal', name: 'Normal', isDefault: true },
    { id: 'Title', name: 'Title', basedOn: 'Normal' },
    { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', numId: 1, outline: 0, pageBreakBefore: true },
    { id: 'Heading2', name: 'heading 2', basedOn: 'Normal', numId: 1, ilvl: 1, outline: 1 },
    { id: 'Heading3', name: 'heading 3', basedOn: 'Normal', numId: 1, ilvl: 2, outline: 2 },
    { id: 'AppendixHeading', name: 'Appendix Heading', basedOn: 'Heading1', numId: 3, ilvl: 0 },
    { id: 'TOC1', name: 'toc 1', basedOn: 'Normal' },
    { id: 'TOC2', name: 'toc 2', basedOn: 'Normal' },
    { id: 'ListParagraph', name: 'List Paragraph', basedOn: 'Normal' },
  ]);
  const numbering = numberingXml(
    [
      // Level 0 tied to Heading1 by w:pStyle: the style's numPr gives no level.
      { id: 0, levels: [lvl(0, { text: '%1', style: 'Heading1' }), lvl(1, { text: '%1.%2', style: 'Heading2' }), lvl(2, { text: '%1.%2.%3', style: 'Heading3' })] },
      { id: 1, levels: [lvl(0, { fmt: 'lowerLetter', text: '%1)' })] },
      { id: 2, levels: [lvl(0, { fmt: 'upperLetter', text: 'Appendix %1', suff: 'space' })] },
    ],
    [{ id: 1, abstract: 0 }, { id: 2, abstract: 1 }, { id: 3, abstract: 2 }],
  );
  const tocField = [
    p(['<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>', r('1 About this report\t3')], { style: 'TOC1' }),
    p([r('1.1 Scope and boundary\t3')], { style: 'TOC2' }),
    p([r('2 Environment\t4'), '<w:r><w:fldChar w:fldCharType="end"/></w:r>'], { style: 'TOC1', sectPr: sectPr({ fmt: 'lowerRoman', start: 1 }) }),
  ];
  const body = [
    p('Harbour Lines Sustainability Report 2025', { style: 'Title' }),
    p('Prepared for shareholders, staff and the communities along our routes.'),
    p([pageBreak]),
    p('Contents'),
    ...tocField,
    p('About this report', { style: 'Heading1' }),
    p('This report covers the twelve months to the end of the financial year and every vessel we operate.'),
    p('Scope and boundary', { style: 'Heading2' }),
    p('All subsidiaries under operational control are included.'),
    p('Restatements', { style: 'Heading3' }),
    p('No figures from earlier years were restated.'),
    p('Assurance', { style: 'Heading3' }),
    p('An independent firm gave limited assurance over the emissions data.'),
    p('Contact point', { style: 'Heading2', numId: 0 }),
    p('Questions about this report go to the sustainability office.'),
    p('Environment', { style: 'Heading1' }),
    p('Our environmental priorities this year were:'),
    p('cutting fuel use per nautical mile;', { style: 'ListParagraph', numId: 2 }),
    p('treating ballast water before discharge;', { style: 'ListParagraph', numId: 2 }),
    p('recycling steel from retired hulls.', { style: 'ListParagraph', numId: 2 }),
    p('Emissions', { style: 'Heading2' }),
    p('Direct emissions fell by a tenth while cargo volumes grew.'),
    p('Water', { style: 'Heading2' }),
    p('Withdrawal', { style: 'Heading3' }),
    p('Fresh water is drawn from municipal supplies at three ports.'),
    p('Social', { style: 'Heading1' }),
    p('Health and safety', { style: 'Heading2' }),
    p('There were no fatalities among employees or contractors.'),
    p('Data tables', { style: 'AppendixHeading' }),
    p('The tables below repeat the figures quoted in the text.'),
    sectPr({ start: 1 }),
  ].join('');
  write(
    'english.docx',
    await docx({
      'word/document.xml': documentXml(body),
      'word/styles.xml': styles,
      'word/numbering.xml': numbering,
      'docProps/core.xml': coreXml({ title: 'Harbour Lines Sustainability Report 2025', creator: 'Sustainability Office', created: '2026-03-31T09:30:00Z' }),
      'docProps/app.xml': appXml(WORD),
    }),
  );
}

// ---------------------------------------------------------------- chinese.docx
{
  // Chinese Word keeps built-in ids short (`a` Normal, `1`/`2` headings, `a3` Title); converters and WPS
  // write the Chinese names seen here.
  const styles = stylesXml({ lang: 'en-US', eastAsia: 'zh-CN' }, [
    { id: 'a', name: 'Normal', isDefault: true },
    { id: 'a3', name: '标题', basedOn: 'a' },
    { id: '1', name: '标题 1', basedOn: 'a', numId: 1, ilvl: 0 },
    { id: '2', name: '标题 2', basedOn: 'a', numId: 1, ilvl: 1 },
    { id: 'a5', name: '小节标题', basedOn: 'a', outline: 2 },
  ]);
  const numbering = numberingXml(
    [{ id: 0, levels: [lvl(0, { fmt: 'chineseCounting', text: '第%1章', suff: 'space', style: '1' }), lvl(1, { text: '%1.%2', legal: true, style: '2' })] }],
    [{ id: 1, abstract: 0 }],
  );
  const body = [
    p('星港物流2025年环境、社会及治理报告', { style: 'a3' }),
    p('关于本报告', { style: '1' }),
    p('本报告介绍公司在环境、社会及治理方面的做法与表现。'),
    p('报告范围', { style: '2' }),
    p('报告范围涵盖公司及其控股子公司。'),
    p('报告期', { style: '2' }),
    p('报告期为2025年1月1日至12月31日。This report is also published in English.'),
    p([pageBreak]),
    p('环境', { style: '1' }),
    p('排放', { style: '2' }),
    p('温室气体排放数据', { style: 'a5' }),
    p('公司全年温室气体排放总量较上年下降。'),
    p('社会', { style: '1' }),
    p('员工', { style: '2' }),
    p('公司坚持平等雇佣，不因性别、年龄或民族区别对待。'),
    sectPr(),
  ].join('');
  write(
    'chinese.docx',
    await docx({
      'word/document.xml': documentXml(body),
      'word/styles.xml': styles,
      'word/numbering.xml': numbering,
      'docProps/core.xml': coreXml({ title: '星港物流2025年环境、社会及治理报告', creator: '可持续发展办公室', created: '2026-04-20T00:00:00Z' }),
      'docProps/app.xml': appXml(WORD),
    }),
  );
}

// ---------------------------------------------------------------- tracked.docx
{
  const change = (tag, id) => `w:id="${id}" w:author="Reviewer" w:date="2026-02-01T10:00:00Z"`;
  const ins = (text, id) => `<w:ins ${change('ins', id)}>${r(text)}</w:ins>`;
  const del = (text, id) => `<w:del ${change('del', id)}><w:r><w:delText xml:space="preserve">${esc(text)}</w:delText></w:r></w:del>`;
  const footnote = (id) => `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
  const textBox = (text) =>
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>${p(text)}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${p(text)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
  const styles = stylesXml({ lang: 'en-GB' }, [
    { id: 'Normal', name: 'Normal', isDefault: true },
    { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', outline: 0 },
    { id: 'Heading2', name: 'heading 2', basedOn: 'Normal', outline: 1 },
  ]);
  const body = [
    p('Governance', { style: 'Heading1' }),
    p([r('The board met '), ins('six', 1), del('five', 2), r(' times during the year.')]),
    p([
      '<w:commentRangeStart w:id="0"/>',
      r('Every director attended at least three quarters of the meetings.'),
      '<w:commentRangeEnd w:id="0"/>',
      '<w:r><w:commentReference w:id="0"/></w:r>',
    ]),
    `<w:p><w:del ${change('del', 3)}><w:r><w:delText>This sentence was struck out in review.</w:delText></w:r></w:del></w:p>`,
    p([ins('A new paragraph added in review.', 4)]),
    p([`<w:moveFrom ${change('move', 5)}>${r('Moved sentence, old place.')}</w:moveFrom>`, r('Risk oversight sits with the audit committee.')]),
    p([`<w:moveTo ${change('move', 6)}>${r('Moved sentence, new place.')}</w:moveTo>`]),
    p('Climate', { style: 'Heading1' }),
    p([r('Scope 2 emissions are reported market-based.'), footnote(1)]),
    p([
      r('Our targets are set out on page '),
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc7 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
      r('7'),
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
      r(', and were last reviewed on '),
      `<w:fldSimple w:instr=" DATE \\@ &quot;d MMMM yyyy&quot; ">${r('31 March 2026')}</w:fldSimple>`,
      r('.'),
    ]),
    p([r('Progress against targets is tracked quarterly.'), textBox('Highlight: 42% of electricity from renewable sources.')]),
    '<w:sdt><w:sdtPr><w:alias w:val="Preparer"/></w:sdtPr><w:sdtContent>' + p('Prepared by the sustainability office.') + '</w:sdtContent></w:sdt>',
    p([
      r('See the '),
      '<w:hyperlink w:anchor="policy">' + r('climate policy') + '</w:hyperlink>',
      r(' for details.'),
      `<w:r><w:endnoteReference w:id="1"/></w:r>`,
    ]),
    tbl(2, [
      tr([tc('Metric'), tc('2025')], { header: true }),
      tr([tc([p([r('Scope 1 (t)'), footnote(2)])]), tc('1,200')]),
      tr([tc('Scope 3 (t)'), tc('n/a')], { deleted: true }),
      tr([tc('Scope 2 (t)'), tc('800')]),
    ]),
    p([r('Water use is disclosed for the first time.'), footnote(3)]),
    sectPr(),
  ].join('');
  const comments = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="Reviewer" w:date="2026-02-01T10:00:00Z"><w:p>${r('Please check this attendance figure.')}</w:p></w:comment></w:comments>`;
  write(
    'tracked.docx',
    await docx({
      'word/document.xml': documentXml(body),
      'word/styles.xml': styles,
      'word/footnotes.xml': notesXml('footnote', [
        { id: 1, text: 'Location-based figures are given in the data annex.' },
        { id: 2, text: 'Includes leased vehicles.' },
        { id: 3, text: 'Measured at the meter of each port office.' },
      ]),
      'word/endnotes.xml': notesXml('endnote', [{ id: 1, text: 'The policy was adopted in 2024.' }]),
      'word/comments.xml': comments,
      'docProps/core.xml': coreXml({ title: 'Governance and climate draft', creator: 'Report Writer', created: '2026-02-01T10:00:00Z' }),
      'docProps/app.xml': appXml(WORD),
    }),
  );
}

// ---------------------------------------------------------------- index.docx
{
  const styles = stylesXml({ lang: 'en-GB' }, [
    { id: 'Normal', name: 'Normal', isDefault: true },
    { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', outline: 0 },
  ]);
  const row = (standard, merge, disclosure, location, omission = '') => tr([tc(standard, { merge }), tc(disclosure), tc(location), tc(omission)]);
  const nested = tbl(1, [tr([tc('Emissions, p. 12')]), tr([tc('Data annex, p. 40')])]);
  const body = [
    p('GRI content index', { style: 'Heading1' }),
    p('Harbour Lines has reported with reference to the GRI Standards for the year to 31 December 2025.'),
    tbl(4, [
      tr([tc('GRI Standard'), tc('Disclosure'), tc('Location'), tc('Omission')], { header: true }),
      tr([tc('General disclosures', { span: 4 })]),
      row('GRI 2: General Disclosures 2021', 'restart', '2-1 Organizational details', 'About this report, p. 3'),
      row('', 'continue', '2-2 Entities included in sustainability reporting', 'Scope and boundary, p. 3'),
      row('', 'continue', '2-3 Reporting period, frequency and contact point', 'About this report, p. 3'),
      row('', 'continue', '2-9 Governance structure and composition', 'Governance, p. 8'),
      tr([tc('Topic disclosures', { span: 4 })]),
      tr([tc('GRI 305: Emissions 2016', { merge: 'restart' }), tc('305-1 Direct (Scope 1) GHG emissions'), tc([nested]), tc('')]),
      tr([tc('', { merge: 'continue' }), tc('305-2 Energy indirect (Scope 2) GHG emissions'), tc([p([rendered, r('Emissions, p. 13')])]), tc('')]),
      row('', 'continue', '305-3 Other indirect (Scope 3) GHG emissions', '', 'Information unavailable: supplier data are incomplete.'),
    ]),
    p('Figures in this index refer to the printed page numbers.'),
    tbl(2, [tr([tc('Indicator'), tc('2025')], { header: true }), tr([tc('Employees'), tc('1,140')]), tr([tc('Vessels'), tc('38')])]),
    sectPr(),
  ].join('');
  write(
    'index.docx',
    await docx({
      'word/document.xml': documentXml(body),
      'word/styles.xml': styles,
      'docProps/core.xml': coreXml({ title: 'Content index', creator: 'Sustainability Office', created: '2026-03-31T09:30:00Z' }),
      'docProps/app.xml': appXml(WORD),
    }),
  );
}

// ---------------------------------------------------------------- pages.docx
{
  const styles = stylesXml({ lang: 'en-GB' }, [
    { id: 'Normal', name: 'Normal', isDefault: true },
    { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', outline: 0 },
  ]);
  const body = [
    p('Cover page'), // page 1 (i)
    p([r('Last line of the cover.'), pageBreak]),
    // Word records the rendered break where the explicit one already put the text: still page 2.
    p([rendered, r('Foreword, on the second page.')]), // page 2 (ii)
    p([r('A long paragraph that Word laid out across two pages: it starts here'), rendered, r(' and ends on the next page.')]), // pages 2–3
    p('Contents', { style: 'Heading1', pageBreakBefore: true }), // page 4 (iv)
    p('End of the front matter.', { sectPr: sectPr({ fmt: 'lowerRoman', start: 1 }) }),
    p('A continuous section changes nothing on the page.', { sectPr: sectPr({ type: 'continuous' }) }), // page 4
    p('Introduction', { style: 'Heading1' }), // page 5 (printed 10)
    p([r('Before two page breaks.'), pageBreak, pageBreak]),
    p('After a blank page.'), // page 7 (printed 12)
    sectPr({ type: 'nextPage', start: 10 }),
  ].join('');
  write(
    'pages.docx',
    await docx({
      'word/document.xml': documentXml(body),
      'word/styles.xml': styles,
      'docProps/core.xml': coreXml({ title: 'Page breaks', creator: 'Sustainability Office', created: '2026-03-31T09:30:00Z' }),
      'docProps/app.xml': appXml(WORD),
    }),
  );
}

// ---------------------------------------------------------------- flow.docx
// Eight pages of text saved without rendered breaks (as LibreOffice, pandoc and generators save): the only
// break is the explicit one before chapter 3, so every other page comes from the page estimate. A4, 2 cm
// margins, 11 pt body text; the words are a seeded shuffle of report vocabulary, so the bytes never change.
{
  const styles = stylesXml({ lang: 'en-GB' }, [
    { id: 'Normal', name: 'Normal', isDefault: true },
    { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', outline: 0 },
    { id: 'Heading2', name: 'heading 2', basedOn: 'Normal', outline: 1 },
  ]);
  const words = 'the group reviews water energy waste and safety figures with its suppliers every quarter while site teams report progress against targets to the board'.split(' ');
  let seed = 20261204;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sentence = (n) => {
    const picked = Array.from({ length: n }, () => words[Math.floor(next() * words.length)]);
    return `${picked.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
  };
  const run = (text) => `<w:r><w:rPr><w:sz w:val="22"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
  const body = [];
  for (let chapter = 1; chapter <= 4; chapter++) {
    const heading = run(`Chapter ${chapter} Operations review ${chapter}`);
    body.push(chapter === 3 ? p([pageBreak, heading], { style: 'Heading1' }) : p([heading], { style: 'Heading1' }));
    for (let section = 1; section <= 3; section++) {
      body.push(p([run(`Section ${chapter}.${section} Results and targets`)], { style: 'Heading2' }));
      for (let paragraph = 0; paragraph < 4 + Math.floor(next() * 4); paragraph++) {
        body.push(p(Array.from({ length: 3 + Math.floor(next() * 4) }, () => run(`${sentence(8 + Math.floor(next() * 14))} `))));
      }
    }
  }
  const section = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';
  write(
    'flow.docx',
    await docx({
      'word/document.xml': documentXml(body.join('') + section),
      'word/styles.xml': styles,
      'docProps/core.xml': coreXml({ title: 'Text that flows over pages', creator: 'Sustainability Office', created: '2026-03-31T09:30:00Z' }),
      'docProps/app.xml': appXml({ application: 'LibreOffice/7.4.7.2$Linux_X86_64', version: '15.0000' }),
    }),
  );
}

// ---------------------------------------------------------------- pandoc.docx
{
  const source = [
    '---',
    'title: Riverside Water Company Sustainability Summary',
    'author: Riverside Water Company',
    'date: 2026-05-01',
    'lang: en-GB',
    '---',
    '',
    '# Our approach',
    '',
    'We supply drinking water to four towns and treat their waste water.',
    '',
    '## Water quality',
    '',
    'Every sample taken this year met the national standard.',
    '',
    '# Content index',
    '',
    '| Disclosure | Location |',
    '|---|---|',
    '| 2-1 Organizational details | Our approach |',
    '| 303-3 Water withdrawal | Water quality |',
    '',
  ].join('\n');
  const check = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  if (check.status === 0) {
    const dir = mkdtempSync(join(tmpdir(), 'disclose-docx-'));
    writeFileSync(join(dir, 'in.md'), source);
    const made = spawnSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(dir, 'out.docx'), join(dir, 'in.md')], { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' } });
    if (made.status !== 0) throw new Error(made.stderr);
    write('pandoc.docx', readFileSync(join(dir, 'out.docx')));
    console.log(`  (${check.stdout.split('\n')[0]})`);
  } else {
    console.log('pandoc.docx: kept (pandoc not installed)');
  }
}

// ---------------------------------------------------------------- hostile/
{
  // A zip bomb: 80 MiB of one letter deflates to about 80 KB. JSZip writes the true size in the headers.
  const big = 'a'.repeat(80 * 1024 * 1024);
  const bomb = await docx({ 'word/document.xml': big });
  write('hostile/bomb.docx', bomb);
  // The same package lying about the size in its central directory (4 bytes at offset 24 of the entry's
  // central header, APPNOTE.TXT §4.3.12): only a cap on the bytes inflated stops it.
  const lying = Buffer.from(bomb);
  const name = Buffer.from('word/document.xml');
  for (let at = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at !== -1; at = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
    const nameLength = lying.readUInt16LE(at + 28);
    if (lying.subarray(at + 46, at + 46 + nameLength).equals(name)) lying.writeUInt32LE(4096, at + 24);
  }
  write('hostile/bomb-lying-size.docx', lying);
  // A ZIP that has a word/document.xml but is no Word document (an archive that happens to hold such a file).
  write('hostile/not-wordprocessingml.docx', await docx({ 'word/document.xml': '<?xml version="1.0"?>\n<html><body><p>Not Word</p></body></html>' }));
  write('hostile/malformed.docx', await docx({ 'word/document.xml': documentXml(p('An unclosed paragraph').replace('</w:p>', '')) }));
  write('hostile/doctype.docx', await docx({ 'word/document.xml': `<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">]>\n${documentXml('<w:p><w:r><w:t>&a;</w:t></w:r></w:p>').replace(/^<\?xml[^>]*>\n/, '')}` }));
}
