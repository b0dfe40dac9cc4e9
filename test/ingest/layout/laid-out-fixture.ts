// A laid-out document as a PDF reader would hand it over, built by hand (issue 13: the readers are written
// in parallel): a cover without a page number, roman front matter (printed i, ii), chapters numbered from
// 1 on the fourth sheet, a spread (two printed pages on one sheet), a KPI table, Chinese text and a
// borderless content index over two pages with group labels, code and title in one cell and a repeated
// header row. The wording is ours; its shapes are those of published reports.
import type { LaidOutDocument, LaidOutBlock } from '../../../src/ingest/layout/document.js';

export function laidOutReport(overrides: Partial<LaidOutDocument> = {}): LaidOutDocument {
  const blocks: LaidOutBlock[] = [
    { kind: 'heading', level: 1, text: 'Northwind Foods 2024 Sustainability Report', page: 1 },
    { kind: 'heading', level: 1, text: 'About this Report', page: 3 },
    {
      kind: 'paragraph',
      page: 3,
      text: 'Northwind Foods Co., Ltd. (the "Company") has reported the information cited in this GRI content index for the period from 1 January 2024 to 31 December 2024 with reference to the GRI Standards.',
    },
    { kind: 'paragraph', page: 3, text: 'Figures are for the Group and its subsidiaries; a few earlier years are restated (see page 9).' },
    { kind: 'heading', level: 1, text: '1 Governance', page: 4 },
    { kind: 'heading', level: 2, text: 'Highlights', page: 4 },
    { kind: 'paragraph', page: 4, text: 'The Board met eleven times and approved a new sustainability policy.' },
    { kind: 'heading', level: 2, text: '1.1 Board Oversight', page: 4 },
    { kind: 'paragraph', page: 4, endPage: 5, text: 'The Board of Directors is the highest governance body; its Sustainability Committee oversees climate risks, our impacts on people and the environment, and the due diligence that identifies them.' },
    { kind: 'heading', level: 1, text: '2 Environment', page: 6 },
    { kind: 'heading', level: 2, text: '2.1 Emissions', page: 6 },
    { kind: 'paragraph', page: 6, text: 'Direct greenhouse gas emissions from our bakeries and trucks fell by 4% as ovens moved to electricity.' },
    {
      kind: 'table',
      page: 6,
      rows: [
        ['Indicator', '2023', '2024'],
        ['Scope 1 emissions (tCO2e)', '12,400', '11,950'],
        ['Scope 2 emissions | location-based (tCO2e)', '8,100', '7,420'],
      ],
    },
    { kind: 'heading', level: 2, text: '2.2 水资源管理', page: 7 },
    { kind: 'paragraph', page: 7, text: '公司在所有工厂安装了循环用水设施，取水量同比下降6%。' },
    { kind: 'heading', level: 1, text: '3 People', page: 8 },
    { kind: 'heading', level: 2, text: 'Highlights', page: 8 },
    { kind: 'paragraph', page: 8, text: 'Every employee received at least twenty hours of training.' },
    { kind: 'heading', level: 1, text: 'GRI Content Index', page: 9 },
    {
      kind: 'table',
      page: 9,
      endPage: 10,
      rows: [
        ['GRI Standard', 'Disclosure', 'Location'],
        ['GRI 2: General Disclosures 2021', '', ''],
        ['', '2-1 Organizational details', 'ii'],
        ['', '2-9 Governance structure and composition', '1-3'],
        ['GRI Standard', 'Disclosure', 'Location'],
        ['GRI 305: Emissions 2016', '', ''],
        ['', '305-1 Direct (Scope 1) GHG emissions', '4'],
      ],
    },
  ];
  return {
    file: 'northwind.pdf',
    format: 'pdf',
    // Sheet 1: cover; 2-3: i, ii; 4-10: 1 … 8, sheet 5 a spread (2 and 3).
    pages: [
      { index: 1 },
      { index: 2, label: 'i' },
      { index: 3, label: 'ii' },
      { index: 4, number: 1 },
      { index: 5, number: 2, lastNumber: 3 },
      { index: 6, number: 4 },
      { index: 7, number: 5 },
      { index: 8, number: 6 },
      { index: 9, number: 7 },
      { index: 10, number: 8 },
    ],
    pageNumberSource: 'printed',
    pagesApproximate: false,
    blocks,
    info: { title: 'Northwind Foods 2024 Sustainability Report', created: '2025-04-18', producer: 'LibreOffice 7.4' },
    notes: [],
    ...overrides,
  };
}
