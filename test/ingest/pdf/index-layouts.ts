// Content-index and figures-table pages in the shapes real report PDFs print them (our own words): each
// layout returns its pages and the rows a reader should get (header first, label rows with the label in
// the first cell, repeated headers kept). The builder wraps cells to their columns, so the expected cells
// are the cells as written.
import type { PdfPageLines } from '../../../src/ingest/pdf/page-lines.js';
import { PageBuilder, type RowOptions } from './page-builder.js';

export interface Layout {
  pages: PdfPageLines[];
  rows: string[][];
}

const label = (text: string, width: number): string[] => [text, ...Array<string>(width - 1).fill('')];

/** English, GRI's template columns, code and title in one cell, spanning group labels, three pages (the second with mirrored margins, the third without a repeated header), a note after the table. */
export function englishTemplate(options: RowOptions = {}): Layout {
  const header = ['GRI Standard', 'Disclosure', 'Location', 'Omission'];
  const starts = [56, 150, 330, 430];
  const rows: string[][] = [];
  const p1 = new PageBuilder(40).baseline([[56, 'GRI content index']], { fontSize: 16, bold: true }).gap(8);
  p1.paragraph('Acme has reported the information cited in this GRI content index for the period from 1 January 2024 to 31 December 2024 with reference to the GRI Standards.');
  const add = (page: PageBuilder, cells: string[], at = starts): void => {
    page.row(at, cells, options);
    rows.push(cells);
  };
  const spanning = (page: PageBuilder, text: string, at = starts): void => {
    page.baseline([[at[0]! + 4, text]], { ...options, bold: true }).gap(4);
    rows.push(label(text, 4));
  };
  add(p1, header);
  spanning(p1, 'GRI 2: General Disclosures 2021');
  add(p1, ['', '2-1 Organizational details', 'About this report, 3', '']);
  add(p1, ['', '2-2 Entities included in the organization’s sustainability reporting', '4-5', '']);
  add(p1, ['', '2-3 Reporting period, frequency and contact point', '3', '']);
  add(p1, ['', '2-6 Activities, value chain and other business relationships', 'Our business, 8-10; Supply chain, 40', '']);
  add(p1, ['', '2-7 Employees', '30-32', '']);
  add(p1, ['', '2-9, 2-10 Governance structure and nomination of the highest governance body', '12-14, 20', '']);
  add(p1, ['', '2-21 Annual total compensation ratio', '', 'Confidentiality constraints: pay data are not disclosed']);
  // Facing pages: the even page's margins are mirrored, so every column starts 18 pt further right.
  const shifted = starts.map((s) => s + 18);
  const p2 = new PageBuilder(41);
  add(p2, header, shifted);
  spanning(p2, 'GRI 3: Material Topics 2021', shifted);
  add(p2, ['', '3-1 Process to determine material topics', '6', ''], shifted);
  add(p2, ['', '3-2 List of material topics', '7', ''], shifted);
  spanning(p2, 'GRI 305: Emissions 2016', shifted);
  add(p2, ['', '3-3 Management of material topics', 'Climate action, 22-23', ''], shifted);
  add(p2, ['', '305-1 Direct (Scope 1) GHG emissions', '24', ''], shifted);
  add(p2, ['', '305-2 Energy indirect (Scope 2) GHG emissions', '24', ''], shifted);
  const p3 = new PageBuilder(42);
  add(p3, ['', '305-7 Nitrogen oxides (NOx), sulfur oxides (SOx), and other significant air emissions', 'Not applicable: our sites burn no fuel', '']);
  add(p3, ['GRI 201: Economic Performance 2016', '201-1 Direct economic value generated and distributed', '50', '']);
  spanning(p3, 'GRI 403: Occupational Health and Safety 2018');
  add(p3, ['', '403-9 Work-related injuries', '33', '']);
  p3.gap(40).paragraph('The assurance provider reviewed every page this index points to; its statement is on page 60 of this report.');
  return { pages: [p1.build(), p2.build(), p3.build()], rows };
}

/** Chinese, centred header cells, code and title in separate columns, CJK titles that wrap, labels in the first column, two pages. */
export function chineseIndex(options: RowOptions = {}): Layout {
  const header = ['GRI 标准', '披露项', '描述', '页码'];
  const starts = [56, 150, 210, 470];
  const rows: string[][] = [];
  const add = (page: PageBuilder, cells: string[], extra: RowOptions = {}): void => {
    page.row(starts, cells, { ...options, ...extra });
    rows.push(cells);
  };
  const p1 = new PageBuilder(50).baseline([[56, 'GRI 内容索引']], { fontSize: 16, bold: true }).gap(8);
  add(p1, header, { center: true, bold: true });
  add(p1, label('GRI 2：一般披露 2021', 4));
  add(p1, ['', '2-1', '组织详细情况', '3']);
  add(p1, ['', '2-2', '纳入组织可持续发展报告的实体，包括全部控股子公司及合营企业的范围说明', '4-5']);
  add(p1, ['', '2-9、2-10', '治理架构和组成；最高治理机构的提名和遴选', '12-14、20']);
  const p2 = new PageBuilder(51);
  add(p2, header, { center: true, bold: true });
  add(p2, label('GRI 305：排放 2016', 4));
  add(p2, ['', '305-1', '直接（范围一）温室气体排放', '24']);
  add(p2, ['', '305-4', '温室气体排放强度', '不适用']);
  return { pages: [p1.build(), p2.build()], rows };
}

/** Separate code and title columns, the standard and its sub-groups alone in the first column, several chapters per row. */
export function chapterIndex(options: RowOptions = {}): Layout {
  const header = ['GRI Standard', 'Disclosure', 'Title', 'Chapter Index', 'Page Number'];
  const starts = [56, 160, 215, 380, 480];
  const rows: string[][] = [];
  const p = new PageBuilder(88);
  const add = (cells: Array<string | string[]>, expected: string[], extra: RowOptions = {}): void => {
    p.row(starts, cells, { ...options, ...extra });
    rows.push(expected);
  };
  add(header, header, { bold: true });
  add(['GRI 2: General Disclosures 2021'], label('GRI 2: General Disclosures 2021', 5));
  add(['The organization and its reporting practices'], label('The organization and its reporting practices', 5));
  add(['', '2-1', 'Organizational details', 'About us', '2'], ['', '2-1', 'Organizational details', 'About us', '2']);
  add(
    ['', '2-6', 'Activities, value chain and other business relationships', ['Supplier programme', 'Industry partners'], ['96-98', '99-103']],
    ['', '2-6', 'Activities, value chain and other business relationships', 'Supplier programme Industry partners', '96-98 99-103'],
  );
  add(['Governance'], label('Governance', 5));
  add(['', '2-9', 'Governance structure and composition', 'Corporate governance', '34-35'], ['', '2-9', 'Governance structure and composition', 'Corporate governance', '34-35']);
  return { pages: [p.build()], rows };
}

/** A figures table: indicator, unit and three years, a wrapped indicator, a section row. */
export function kpiTable(options: RowOptions = {}): Layout {
  const header = ['Indicator', 'Unit', '2022', '2023', '2024'];
  const starts = [56, 260, 340, 410, 480];
  const rows: string[][] = [];
  const p = new PageBuilder(111).baseline([[56, 'Key environmental performance']], { fontSize: 14, bold: true }).gap(6);
  const add = (cells: string[], extra: RowOptions = {}): void => {
    p.row(starts, cells, { ...options, ...extra });
    rows.push(cells);
  };
  add(header, { bold: true });
  add(['Scope 1 greenhouse gas emissions', 'tCO2e', '12,400', '11,950', '10,870']);
  add(['Scope 2 greenhouse gas emissions (market-based, all sites)', 'tCO2e', '30,120', '28,004', '25,310']);
  add(['Water withdrawn', 'm³', '845,000', '812,300', '790,450']);
  add(['Share of renewable electricity', '%', '18.5', '22.0', '31.4']);
  p.gap(30).paragraph('Emissions are calculated with the location factors published by the national authority for each year.');
  return { pages: [p.build()], rows };
}

/** Two columns of body text whose lines start with codes, years and figures: no table. */
export function twoColumnText(): PdfPageLines {
  const p = new PageBuilder(12);
  const left = [
    '2-7 of the GRI Standards asks for the number of',
    'employees; in 2024 we counted 4,120 people,',
    '2023 saw 3,980 and 2022 about 3,700 in all',
    'regions, most of them in manufacturing and',
    '305-1 emissions fell as we changed fuels.',
  ];
  const right = [
    'Location of our sites is shown on the map. The',
    'disclosure of energy use follows the same scope',
    '2024 targets were met at nine of ten sites and',
    '12 new suppliers joined the programme, 40% of',
    'them small firms from the region we serve.',
  ];
  left.forEach((line, i) => p.baseline([[56, line], [310, right[i]!]], { fontSize: 10 }));
  return p.build();
}

/**
 * Code, chapter and page cells vertically centred in tall rows (the first line of a wrapped title stands
 * above the code's baseline, sometimes half a line off it), and the standard's name printed once, centred
 * beside all its rows (a merged cell) or wrapped beside a small group whose code is on its second line.
 * A label beside a group reads as a label row before the group's first row.
 */
export function centredIndex(options: RowOptions = {}): Layout {
  const header = ['GRI Standard', 'Disclosure', 'Title', 'Chapter Index', 'Page Number'];
  const starts = [56, 150, 215, 380, 480];
  const rows: string[][] = [];
  const o: RowOptions = { ...options, middle: true };
  const p = new PageBuilder(118).baseline([[56, 'Appendix: GRI content index']], { fontSize: 14, bold: true }).gap(6);
  p.row(starts, header, { ...o, bold: true });
  rows.push(header);
  const group = (name: string, members: Array<Array<string | string[]>>, expected: string[][]): void => {
    p.group(starts, name, members, o);
    rows.push(label(name, 5), ...expected);
  };
  group(
    'GRI 2: General Disclosures 2021',
    [
      ['', '2-1', 'Organizational details', 'About us', '2'],
      ['', '2-2', 'Entities included in the organization’s sustainability reporting', 'About this report', '120'],
      ['', '2-3', 'Reporting period, frequency and contact point', 'About this report', '120'],
      ['', '2-6', 'Activities, value chain and other business relationships', ['Supplier programme', 'Industry partners'], ['96-98', '99-103']],
    ],
    [
      ['', '2-1', 'Organizational details', 'About us', '2'],
      ['', '2-2', 'Entities included in the organization’s sustainability reporting', 'About this report', '120'],
      ['', '2-3', 'Reporting period, frequency and contact point', 'About this report', '120'],
      ['', '2-6', 'Activities, value chain and other business relationships', 'Supplier programme Industry partners', '96-98 99-103'],
    ],
  );
  group(
    'Strategy, policies and practices',
    [
      ['', '2-22', 'Statement on the sustainable development strategy of the group and of its subsidiaries', 'Message from the chair', '3'],
      ['', '2-23', 'Policy commitments', ['Corporate governance', 'Compliance', 'Risk management'], ['34-35', '38-41', '36-37']],
    ],
    [
      ['', '2-22', 'Statement on the sustainable development strategy of the group and of its subsidiaries', 'Message from the chair', '3'],
      ['', '2-23', 'Policy commitments', 'Corporate governance Compliance Risk management', '34-35 38-41 36-37'],
    ],
  );
  // One row beside a wrapped standard's name: the code on the name's second line.
  group('GRI 201: Economic Performance 2016', [['', '201-1', 'Direct economic value generated and distributed', 'Key operating performance', '111']], [
    ['', '201-1', 'Direct economic value generated and distributed', 'Key operating performance', '111'],
  ]);
  group(
    'GRI 305: Emissions 2016',
    [
      ['', '305-1', 'Direct (Scope 1) GHG emissions', 'Key environmental performance', '111-112'],
      ['', '305-4', 'GHG emissions intensity', 'Key environmental performance', '111-112'],
      ['', '305-7', 'Nitrogen oxides (NOx), sulfur oxides (SOx), and other significant air emissions', 'Key environmental performance', '111-112'],
    ],
    [
      ['', '305-1', 'Direct (Scope 1) GHG emissions', 'Key environmental performance', '111-112'],
      ['', '305-4', 'GHG emissions intensity', 'Key environmental performance', '111-112'],
      ['', '305-7', 'Nitrogen oxides (NOx), sulfur oxides (SOx), and other significant air emissions', 'Key environmental performance', '111-112'],
    ],
  );
  p.gap(40).paragraph('Pages refer to the printed page numbers of this report.');
  return { pages: [p.build()], rows };
}

/**
 * The header on the first page only; the next pages' columns start 90 pt further right and then back
 * (a wide binding margin on facing pages), no header repeated.
 */
export function shiftedContinuation(options: RowOptions = {}): Layout {
  const header = ['Standard', 'Disclosure', 'Location'];
  const starts = [56, 170, 400];
  const rows: string[][] = [];
  const add = (page: PageBuilder, cells: string[], at = starts): void => {
    page.row(at, cells, options);
    rows.push(cells);
  };
  const p1 = new PageBuilder(70);
  add(p1, header);
  add(p1, ['GRI 2: General Disclosures 2021', '2-1 Organizational details', '3']);
  add(p1, ['', '2-2 Entities included in the organization’s sustainability reporting', '4']);
  const right = starts.map((s) => s + 90);
  const p2 = new PageBuilder(71);
  add(p2, ['', '2-3 Reporting period, frequency and contact point', '5'], right);
  add(p2, ['', '2-4 Restatements of information', 'None in this period'], right);
  add(p2, ['GRI 3: Material Topics 2021', '3-1 Process to determine material topics', '6'], right);
  const p3 = new PageBuilder(72);
  add(p3, ['', '3-2 List of material topics', '7']);
  add(p3, ['', '3-3 Management of material topics', '8-9']);
  return { pages: [p1.build(), p2.build(), p3.build()], rows };
}
