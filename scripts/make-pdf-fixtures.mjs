#!/usr/bin/env node
// Builds the small test PDFs under test/fixtures/pdf/ (issue 13): Chromium prints HTML written here, in our
// own words, shaped like real reports (cover, roman contents page, running header, page numbers in
// alternating corners, two- and three-column pages, Chinese text, an image-only page, two printed pages per
// sheet, a scanned document). The CJK file with a non-embedded font is written by cjk-cmap.mjs. Tests read
// the committed PDFs and never need Chromium. Run: node scripts/make-pdf-fixtures.mjs
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, printToPdf } from './lib/pdf-fixtures/chromium.mjs';
import { cjkCmapPdf } from './lib/pdf-fixtures/cjk-cmap.mjs';
import { pagesHtml } from './lib/pdf-fixtures/pages.mjs';

const out = join(import.meta.dirname, '..', 'test', 'fixtures', 'pdf');
const HEADER = 'Harbour Bay Textiles · Sustainability Report 2025';
const para = (...words) => `<p>${words.join(' ')}</p>`;
const columnPara = (...words) => `<p style="break-before:column">${words.join(' ')}</p>`;
const filler = (topic, n) =>
  Array.from({ length: n }, (_, i) => `${topic} sentence ${i + 1} describes how the mill measures and reduces its footprint across the year.`).join(' ');
// A canvas prints as an image: the page has no text layer.
const picture = (label, w = 600, h = 800) =>
  `<canvas id="c${label}" width="${w}" height="${h}" style="width:170mm"></canvas><script>{const c=document.getElementById('c${label}').getContext('2d');c.fillStyle='#dde';c.fillRect(0,0,${w},${h});c.fillStyle='#123';c.font='40px sans-serif';c.fillText('${label}',40,120);for(let i=0;i<40;i++){c.fillRect(40,160+i*15,(i*37)%500,6)}}</script>`;

const reportSheets = [
  { body: '<h1 style="font-size:30pt;margin-top:80mm">Harbour Bay Textiles</h1><p style="font-size:16pt">Sustainability Report 2025</p>' },
  {
    footer: 'ii',
    body:
      '<h1>Contents</h1>' +
      ['1 About this report ........ 1', '1.1 Reporting period ........ 1', '2 Environment ........ 2', '2.3 Waste ........ 3', '3 社会责任 ........ 4', '4 Governance ........ 6']
        .map((l) => `<p>${l}</p>`)
        .join(''),
  },
  {
    header: HEADER,
    footer: '1',
    footerAlign: 'right',
    body:
      '<h1>1 About this report</h1>' +
      para('This report covers the spinning, weaving and dyeing operations of the group and its two subsidiaries.', filler('Scope', 4)) +
      '<h2>1.1 Reporting period</h2>' +
      para('The report covers the period from 1 January 2025 to 31 December 2025 and was approved by the board in March 2026.') +
      '<h3>Scope and boundary</h3>' +
      para('Figures include every site the group controls; leased warehouses are excluded.', filler('Boundary', 3)),
  },
  {
    header: HEADER,
    footer: '2',
    footerAlign: 'left',
    body:
      '<h1>2 Environment</h1><div class="cols2">' +
      '<h2>2.1 Energy</h2>' +
      para('LEFTSTART energy use fell by eight per cent.', filler('Energy', 6), 'LEFTEND') +
      '<h2 style="break-before:column">2.2 Water</h2>' +
      para('RIGHTSTART water drawn from the river is metered at each intake.', filler('Water', 6), 'RIGHTEND') +
      '</div>',
  },
  {
    header: HEADER,
    footer: '3',
    footerAlign: 'right',
    body:
      '<h2>2.3 Waste</h2><div class="cols3">' +
      para('COLONE offcuts are sold to a recycler.', filler('Offcut', 7)) +
      columnPara('COLTWO sludge from the dye house is dried on site.', filler('Sludge', 7)) +
      columnPara('COLTHREE packaging is returned to suppliers.', filler('Packaging', 7)) +
      '</div>',
  },
  {
    header: HEADER,
    footer: '4',
    footerAlign: 'left',
    body:
      '<h1>3 社会责任</h1><h2>3.1 员工</h2>' +
      '<p>本公司重视员工的健康与安全，报告期内开展了多次消防演练和职业健康检查，覆盖全部生产基地与办公场所，员工满意度持续提升，流失率较上年有所下降。公司为员工提供技能培训、职业发展通道以及长期激励计划。</p>' +
      '<h2>3.2 社区</h2><p>公司长期支持所在社区的教育事业，资助当地学校改善教学设施。</p>',
  },
  { body: picture('PHOTO') },
  {
    header: HEADER,
    footer: '6',
    footerAlign: 'left',
    body: '<h1>4 Governance</h1>' + para('The board oversees sustainability through its risk committee, which meets four times a year.', filler('Board', 3)),
  },
];

const spreadSheets = [1, 2, 3].map((k) => ({
  header: 'Spread Co Annual Sustainability Review',
  footerLeft: String(2 * k),
  footerRight: String(2 * k + 1),
  body:
    `<div class="half" style="left:0">${k === 2 ? '<h1>Climate</h1>' : ''}${para(`Left half of sheet ${k}.`, filler('Left', 3))}</div>` +
    `<div class="half" style="left:210mm">${para(`Right half of sheet ${k}.`, filler('Right', 3))}</div>`,
}));

const scannedSheets = [1, 2, 3].map((k) => ({ body: picture(`SCAN${k}`) }));

const chromium = findChromium();
if (!chromium) {
  process.stderr.write('make-pdf-fixtures: chromium not found; install it (apt-get install chromium)\n');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'disclose-pdf-fixtures-'));
try {
  const make = (name, html) => {
    const pdf = join(work, name);
    printToPdf(chromium, html, pdf);
    copyFileSync(pdf, join(out, name));
  };
  make('report-columns.pdf', pagesHtml(reportSheets));
  make('spread.pdf', pagesHtml(spreadSheets, { width: '420mm', height: '297mm' }));
  make('scanned.pdf', pagesHtml(scannedSheets));
  writeFileSync(join(out, 'cjk-cmap.pdf'), cjkCmapPdf('碳排放强度下降百分之八'));
  // Cut short, as an interrupted download is: the first 40 % of a good file.
  const whole = readFileSync(join(out, 'spread.pdf'));
  writeFileSync(join(out, 'truncated.pdf'), whole.subarray(0, Math.floor(whole.length * 0.4)));
  // Encrypted with an open password (RC4, as LibreOffice writes it): Chromium cannot encrypt.
  const text = join(work, 'encrypted.txt');
  writeFileSync(text, 'A report that needs a password to open.\n');
  const filter = JSON.stringify({ EncryptFile: { type: 'boolean', value: 'true' }, DocumentOpenPassword: { type: 'string', value: 'secret' } });
  const office = spawnSync('soffice', ['--headless', '--convert-to', `pdf:writer_pdf_Export:${filter}`, '--outdir', work, text], { encoding: 'utf8', timeout: 120_000 });
  if (office.status === 0) copyFileSync(join(work, 'encrypted.pdf'), join(out, 'encrypted.pdf'));
  else process.stderr.write('make-pdf-fixtures: soffice not found or failed; encrypted.pdf left as it was\n');
} finally {
  rmSync(work, { recursive: true, force: true });
}
