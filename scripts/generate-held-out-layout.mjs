#!/usr/bin/env node
// The held-out layout (issue 13, "Tests"): a test PDF built AFTER the PDF layout and table readers were
// written, on a layout none of their heuristics was tuned on, so that the figures measured on it are a
// first run and not a fit. What differs from the tuned layouts (scripts/generate-test-documents.mjs):
// - printed page numbers in the TOP outer corner, alternating left/right, inside the running header line
//   ("8 · Tidewater Valves ESG Report 2025" / "Tidewater Valves ESG Report 2025 · 9"); no footer at all;
// - a cover and an unnumbered inside cover, then a contents page numbered "i": physical = printed + 3;
// - level-3 headings bold at body size; chapter headings with a two-digit chapter number and a Chinese
//   subtitle on the same line ("02 Environment 环境");
// - three-column and two-column pages, a bordered KPI table;
// - a content index whose disclosure cell holds the code AND the title ("2-1 Organizational details"),
//   pages as ranges, an omission column, group labels and a repeated header on each of its pages.
// Usage: node scripts/generate-held-out-layout.mjs OUT_DIR   (needs chromium; titles from standards/gri)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(root, 'test/fixtures/documents/held-out'));
mkdirSync(out, { recursive: true });

const gri = (file) => JSON.parse(readFileSync(join(root, 'standards/gri', `${file}.json`), 'utf8'));
const titles = new Map();
const standardOf = new Map();
for (const file of ['gri-2-general-disclosures-2021', 'gri-3-material-topics-2021', 'gri-302-energy-2016', 'gri-305-emissions-2016', 'gri-403-occupational-health-and-safety-2018', 'gri-405-diversity-and-equal-opportunity-2016', 'gri-205-anti-corruption-2016']) {
  const standard = gri(file);
  for (const d of standard.disclosures) {
    titles.set(d.id, d.title);
    standardOf.set(d.id, standard.id);
  }
}
const title = (id) => {
  const t = titles.get(id);
  if (!t) throw new Error(`no title for ${id}`);
  return t;
};

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const RUNNING = 'Tidewater Valves ESG Report 2025';

const headings = []; // {text, level, page (printed), physical}
const indexRows = []; // {code, location}
const pages = []; // html of each page
const printedOf = []; // per physical page: number | label | null

function page(body, { printed, label, header = true } = {}) {
  const physical = pages.length + 1;
  printedOf.push(printed ?? label ?? null);
  let head = '';
  if (header && (printed !== undefined || label !== undefined)) {
    const n = printed ?? label;
    const even = typeof n === 'number' ? n % 2 === 0 : true;
    head = even
      ? `<div class="run left"><b>${n}</b> · ${RUNNING}</div>`
      : `<div class="run right">${RUNNING} · <b>${n}</b></div>`;
  }
  pages.push(`<section class="page">${head}<div class="body">${body}</div></section>`);
  return physical;
}

function h(level, text, printed) {
  headings.push({ text, level, page: printed, physical: printed === null ? 3 : printed + 3 });
  return `<h${level}>${esc(text)}</h${level}>`;
}

const p = (text) => `<p>${esc(text)}</p>`;

// -- cover, inside cover, contents ---------------------------------------------------------------
page(`<div class="cover"><div class="brand">TIDEWATER VALVES</div><div class="big">Environmental, Social and Governance Report 2025</div><div class="zh">2025年环境、社会及管治报告</div></div>`, { header: false });
page(`<div class="inside"><p>This page is intentionally left blank.</p></div>`, { header: false });

const chapters = [
  ['01 About This Report 关于本报告', 1],
  ['02 Our Company 公司概况', 2],
  ['03 Environment 环境', 4],
  ['04 Our People 员工', 7],
  ['05 Governance 管治', 9],
  ['Appendix: GRI Content Index', 11],
];
page(`<h1 class="toc">Contents 目录</h1><table class="toclist">${chapters.map(([t, n]) => `<tr><td>${esc(t)}</td><td>${n}</td></tr>`).join('')}</table>`, { label: 'i' });

// -- printed 1: about this report ----------------------------------------------------------------
page(
  h(1, '01 About This Report 关于本报告', 1) +
    p('This is the fourth ESG report of Tidewater Valves Co., Ltd. It covers the parent company and its three manufacturing subsidiaries in Ningbo, Wuxi and Porto, which together account for all of our revenue.') +
    h(2, 'Reporting Period and Scope', 1) +
    p('Tidewater Valves has reported the information cited in this GRI content index for the period 1 January 2025 to 31 December 2025 with reference to the GRI Standards. Figures for 2023 and 2024 are given for comparison.') +
    p('本报告的报告期为2025年1月1日至2025年12月31日，参照GRI标准编制。') +
    h(2, 'Contact', 1) +
    p('Questions about this report may be sent to the Sustainability Office, 88 Harbour Road, Ningbo, or to esg at tidewater-valves dot example.'),
  { printed: 1 },
);

// -- printed 2-3: company (two columns) ------------------------------------------------------------
page(
  h(1, '02 Our Company 公司概况', 2) +
    `<div class="cols2">` +
    h(2, 'Who We Are', 2) +
    p('Tidewater Valves designs and manufactures industrial valves, actuators and flow-control systems for water utilities, chemical plants and shipbuilders. Founded in 1998, the company is listed on the Shenzhen Stock Exchange and employs 3,412 people at the end of 2025.') +
    p('Our head office is in Ningbo, Zhejiang. Production takes place at three plants; sales offices in Singapore, Rotterdam and Houston serve customers in 41 countries.') +
    h(2, 'Value Chain', 2) +
    p('We buy castings, forgings, seals and electronic components from about 620 suppliers, 78 percent of them in China. Finished valves are shipped by sea and by road to distributors and to engineering contractors, who install them in plants that operate for twenty years or more.') +
    h(3, 'Business Relationships', 2) +
    p('Long-term framework agreements cover our fifty largest suppliers. Distributors are bound by our code of conduct for business partners, which they sign when the agreement is renewed.') +
    `</div>`,
  { printed: 2 },
);
page(
  `<div class="cols2">` +
    h(2, 'Governance Structure', 3) +
    p('The Board of Directors has nine members, three of them independent and two of them women. The Board sets strategy and oversees the management of our impacts on the economy, the environment and people.') +
    h(3, 'Sustainability Committee', 3) +
    p('A Sustainability Committee of three directors meets four times a year. It reviews the material topics, the targets and this report before the Board approves it.') +
    h(2, 'Stakeholder Engagement', 3) +
    p('We talk with employees, customers, suppliers, investors, regulators and the communities around our plants. Each group is reached through channels that suit it: surveys, site visits, supplier days, the annual general meeting and open days.') +
    h(2, 'Material Topics', 3) +
    p('In 2025 we asked 1,180 stakeholders to rank twenty topics. Energy and emissions, occupational health and safety, diversity, and business ethics were rated most significant and form the chapters of this report.') +
    `</div>`,
  { printed: 3 },
);

// -- printed 4-6: environment (three columns, KPI table) ------------------------------------------
page(
  h(1, '03 Environment 环境', 4) +
    `<div class="cols3">` +
    h(2, 'Energy Management', 4) +
    p('Melting, machining and pressure testing use most of our energy. Each plant has an energy manager who reports monthly to the operations director.') +
    h(3, 'Energy Consumption', 4) +
    p('Total energy consumption within the organization was 412,300 GJ in 2025, of which 61 percent was electricity and 39 percent natural gas. Energy intensity fell to 1.92 GJ per tonne of product.') +
    h(3, 'Reducing Energy Use', 4) +
    p('Heat recovery on the annealing furnaces in Wuxi and variable-speed drives on the test benches saved 18,400 GJ against 2024. A rooftop solar array of 4.2 MW in Ningbo came into service in May.') +
    h(2, 'Climate and Emissions', 4) +
    p('We calculate greenhouse gas emissions under the GHG Protocol Corporate Standard with an operational control boundary.') +
    `</div>`,
  { printed: 4 },
);
page(
  `<div class="cols3">` +
    h(3, 'Scope 1 and Scope 2', 5) +
    p('Direct (Scope 1) emissions were 21,640 tCO2e, mostly from natural gas in the foundries. Location-based energy indirect (Scope 2) emissions were 48,210 tCO2e.') +
    h(3, 'Scope 3', 5) +
    p('Purchased goods and services and the use of sold products dominate our other indirect emissions. We estimated them for the first time in 2025 at 612,000 tCO2e.') +
    h(3, 'Reduction Targets', 5) +
    p('We aim to cut Scope 1 and Scope 2 emissions by 42 percent by 2030 from a 2022 base year. The solar array and a switch to induction melting in Porto are the largest steps planned.') +
    h(3, 'Air Quality', 5) +
    p('Nitrogen oxides from the gas burners were 38.2 tonnes. Sulfur oxides were below the detection limit at every stack measured.') +
    `</div>`,
  { printed: 5 },
);
page(
  h(2, 'Environmental Performance 环境绩效', 6) +
    `<table class="kpi"><thead><tr><th>Indicator</th><th>Unit</th><th>2023</th><th>2024</th><th>2025</th></tr></thead><tbody>` +
    [
      ['Total energy consumption', 'GJ', '431,900', '425,100', '412,300'],
      ['Electricity purchased', 'MWh', '72,800', '71,900', '69,870'],
      ['Natural gas', 'GJ', '171,200', '166,400', '160,800'],
      ['Energy intensity', 'GJ/t', '2.10', '2.01', '1.92'],
      ['Scope 1 emissions', 'tCO2e', '23,010', '22,480', '21,640'],
      ['Scope 2 emissions (location-based)', 'tCO2e', '51,300', '50,060', '48,210'],
      ['NOx', 't', '41.0', '40.1', '38.2'],
    ]
      .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
      .join('') +
    `</tbody></table>` +
    p('Figures for 2023 and 2024 were restated after a metering error was found at the Wuxi plant; the restatement raised 2023 natural gas use by 2 percent.'),
  { printed: 6 },
);

// -- printed 7-8: people (two columns) -------------------------------------------------------------
page(
  h(1, '04 Our People 员工', 7) +
    `<div class="cols2">` +
    h(2, 'Health and Safety', 7) +
    p('Our occupational health and safety management system is certified to ISO 45001 at all three plants and covers every employee and contractor on site.') +
    h(3, 'Hazard Identification', 7) +
    p('Each workstation has a risk assessment that is reviewed after any incident and at least every two years. Workers may stop a task they believe to be unsafe without fear of reprisal.') +
    h(3, 'Training', 7) +
    p('Every new starter receives sixteen hours of safety training before working alone; forklift drivers and crane operators are retrained each year.') +
    h(3, 'Injuries', 7) +
    p('There were 11 recordable work-related injuries in 2025, a rate of 1.6 per million hours worked, and no fatalities.') +
    `</div>`,
  { printed: 7 },
);
page(
  `<div class="cols2">` +
    h(2, 'Diversity and Inclusion', 8) +
    p('Women make up 27 percent of our workforce and 22 percent of managers. Two of the nine directors are women.') +
    h(3, 'Equal Pay', 8) +
    p('The ratio of the basic salary of women to men is 0.96 for production staff and 0.93 for engineers. We review pay bands each year to close the gaps that remain.') +
    h(2, 'Employees', 8) +
    p('At the end of 2025 we employed 3,412 people, 3,305 of them permanent and 107 on fixed-term contracts. A further 240 agency workers worked at our plants during peak months.') +
    `</div>`,
  { printed: 8 },
);

// -- printed 9-10: governance --------------------------------------------------------------------
page(
  h(1, '05 Governance 管治', 9) +
    h(2, 'Business Ethics', 9) +
    p('Our code of conduct forbids bribery in any form. All employees in sales and purchasing completed anti-corruption training in 2025, and all 41 sales markets were assessed for corruption risk.') +
    h(3, 'Whistleblowing', 9) +
    p('Concerns can be raised anonymously by telephone, e-mail or a web form run by an independent provider. Twelve reports were received in 2025; none was a confirmed case of corruption.') +
    h(2, 'Compliance', 9) +
    p('There were no significant instances of non-compliance with laws and regulations in 2025 and no fines above RMB 100,000.'),
  { printed: 9 },
);
page(
  h(2, 'Policy Commitments', 10) +
    p('Our policies on human rights, the environment and business ethics were approved by the Board in 2023 and are published on our website. They apply to all employees and, through contracts, to suppliers and distributors.') +
    h(2, 'Remuneration', 10) +
    p('Directors are paid a fixed fee. Executive pay has a fixed part and a bonus, a fifth of which depends on safety and emissions targets. The annual total compensation ratio is 14.2.'),
  { printed: 10 },
);

// -- printed 11-13: content index -----------------------------------------------------------------
const groups = [
  ['GRI 2: General Disclosures 2021', [
    ['GRI 2-1', '2'], ['GRI 2-2', '1'], ['GRI 2-3', '1'], ['GRI 2-4', '6'], ['GRI 2-5', null, 'Information unavailable: the report was not externally assured.'],
    ['GRI 2-6', '2'], ['GRI 2-7', '8'], ['GRI 2-8', '8'], ['GRI 2-9', '3'], ['GRI 2-10', null, 'Not applicable: directors are elected by shareholders.'],
    ['GRI 2-11', '3'], ['GRI 2-12', '3'], ['GRI 2-13', '3'], ['GRI 2-14', '3'], ['GRI 2-15', '9'],
    ['GRI 2-16', '9'], ['GRI 2-17', '3'], ['GRI 2-18', '3'], ['GRI 2-19', '10'], ['GRI 2-20', '10'],
    ['GRI 2-21', '10'], ['GRI 2-22', '1'], ['GRI 2-23', '10'], ['GRI 2-24', '10'], ['GRI 2-25', '9'],
    ['GRI 2-26', '9'], ['GRI 2-27', '9'], ['GRI 2-28', '2'], ['GRI 2-29', '3'], ['GRI 2-30', null, 'Not applicable: no collective bargaining agreements.'],
  ]],
  ['GRI 3: Material Topics 2021', [['GRI 3-1', '3'], ['GRI 3-2', '3']]],
  ['Energy and emissions', [
    ['GRI 3-3', '4-5'], ['GRI 302-1', '4, 6'], ['GRI 302-3', '4, 6'], ['GRI 302-4', '4'],
    ['GRI 305-1', '5-6'], ['GRI 305-2', '5-6'], ['GRI 305-3', '5'], ['GRI 305-4', '6'], ['GRI 305-5', '5'], ['GRI 305-7', '5-6'],
  ]],
  ['Occupational health and safety', [
    ['GRI 3-3', '7'], ['GRI 403-1', '7'], ['GRI 403-2', '7'], ['GRI 403-5', '7'], ['GRI 403-8', '7'], ['GRI 403-9', '7'],
  ]],
  ['Diversity', [['GRI 3-3', '8'], ['GRI 405-1', '3, 8'], ['GRI 405-2', '8']]],
  ['Business ethics', [['GRI 3-3', '9'], ['GRI 205-1', '9'], ['GRI 205-2', '9'], ['GRI 205-3', '9']]],
];
const pagesOf = (loc) => loc.split(/,\s*/).flatMap((part) => {
  const [a, b] = part.split('-').map(Number);
  return b ? Array.from({ length: b - a + 1 }, (_, i) => a + i) : [a];
});
const header = `<tr class="hdr"><th>Disclosure</th><th>Page</th><th>Omission / Notes</th></tr>`;
const rowsHtml = [];
for (const [group, rows] of groups) {
  rowsHtml.push(`<tr class="group"><td colspan="3">${esc(group)}</td></tr>`);
  for (const [id, loc, omission] of rows) {
    const code = id.replace(/^GRI /, '');
    rowsHtml.push(`<tr><td>${esc(`${code} ${title(id)}`)}</td><td>${loc ? esc(loc) : '—'}</td><td>${omission ? esc(omission) : ''}</td></tr>`);
    indexRows.push({ standard: standardOf.get(id), code, title: title(id), location: loc ?? '—', pages: loc ? pagesOf(loc) : [] });
  }
}
const perPage = [24, 22, 99];
let at = 0;
for (let i = 0; i < perPage.length && at < rowsHtml.length; i++) {
  const slice = rowsHtml.slice(at, at + perPage[i]);
  at += slice.length;
  const printed = 11 + i;
  const top = i === 0
    ? h(1, 'Appendix: GRI Content Index', printed) + p('Statement of use: Tidewater Valves has reported the information cited in this GRI content index for the period 1 January 2025 to 31 December 2025 with reference to the GRI Standards. GRI 1 used: GRI 1: Foundation 2021.')
    : '';
  page(`${top}<table class="index">${header}${slice.join('')}</table>`, { printed });
}

const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tidewater Valves ESG Report 2025</title><style>
@page { size: A4; margin: 0 }
html, body { margin: 0; padding: 0 }
body { font-family: "Noto Sans", "Noto Sans CJK SC", sans-serif; font-size: 10pt; color: #222 }
.page { width: 210mm; height: 297mm; position: relative; overflow: hidden; page-break-after: always; box-sizing: border-box; padding: 24mm 16mm 18mm 16mm }
.run { position: absolute; top: 9mm; font-size: 8pt; color: #555 }
.run.left { left: 16mm } .run.right { right: 16mm }
.cover { margin-top: 80mm } .brand { font-size: 14pt; letter-spacing: 4pt; color: #0a5 } .big { font-size: 28pt; font-weight: bold; margin-top: 10mm } .zh { font-size: 18pt; margin-top: 6mm }
h1 { font-size: 20pt; color: #075; margin: 0 0 5mm 0 } h1.toc { font-size: 18pt }
h2 { font-size: 13pt; margin: 4mm 0 2mm 0 } h3 { font-size: 10pt; font-weight: bold; margin: 3mm 0 1mm 0 }
p { margin: 0 0 2.5mm 0; line-height: 1.4; text-align: justify }
.cols2 { column-count: 2; column-gap: 9mm } .cols3 { column-count: 3; column-gap: 7mm }
.cols2 h2, .cols2 h3, .cols3 h2, .cols3 h3 { break-after: avoid }
table.kpi { border-collapse: collapse; width: 100%; margin: 4mm 0 } table.kpi td, table.kpi th { border: 0.5pt solid #888; padding: 1.5mm 2mm; text-align: right } table.kpi td:first-child, table.kpi th:first-child { text-align: left }
table.index { border-collapse: collapse; width: 100%; font-size: 8.5pt } table.index td, table.index th { border: none; padding: 1mm 2mm; vertical-align: top; text-align: left }
table.index td:first-child { width: 62% } table.index td:nth-child(2) { width: 10% }
table.index tr.hdr th { border-bottom: 0.8pt solid #075; color: #075 } table.index tr.group td { font-weight: bold; padding-top: 2.5mm }
table.toclist td { padding: 1.5mm 4mm 1.5mm 0 }
</style></head><body>${pages.join('\n')}</body></html>`;

const work = mkdtempSync(join(tmpdir(), 'held-out-'));
const htmlFile = join(work, 'held-out.html');
writeFileSync(htmlFile, html);
const pdf = join(out, 'held-out.pdf');
execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${htmlFile}`], { stdio: 'ignore' });
rmSync(work, { recursive: true, force: true });

const truth = {
  generator: 'scripts/generate-held-out-layout.mjs',
  documents: [
    {
      file: 'held-out.pdf',
      layout: 'Chromium; built after the PDF layout and table readers were written, never tuned on',
      language: 'en',
      features: ['cover', 'blank inside cover', 'roman contents page', 'printed != physical', 'page numbers in the top outer corner inside the running header', 'no footer', 'two- and three-column pages', 'bold body-size level-3 headings', 'bilingual chapter headings', 'bordered KPI table', 'code and title in one cell', 'omission column', 'material-topic group labels', 'repeated header rows'],
      pageNumberSource: 'printed',
      pages: printedOf.map((printed, i) => ({ index: i + 1, ...(typeof printed === 'number' ? { number: printed } : typeof printed === 'string' ? { label: printed } : {}) })),
      headings,
      contentsPages: [3],
      index: { header: ['Disclosure', 'Page', 'Omission / Notes'], rows: indexRows },
    },
  ],
};
writeFileSync(join(out, 'held-out.truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
console.log(`wrote ${pdf} (${pages.length} pages), ${headings.length} headings, ${indexRows.length} index rows`);
