// layOutDocx on the committed DOCX documents (scripts/make-docx-fixtures.mjs): headings with their levels
// and numbers as Word shows them, paragraphs, tables, notes, tracked changes accepted, approximate pages.
import { brief, readFixture } from './support.js';

describe('english.docx: Heading 1–3 numbered from numbering.xml', () => {
  test('headings carry their level and their number; lists and the appendix style number too', async () => {
    const doc = await readFixture('english.docx');
    expect(brief(doc.blocks.filter((b) => b.kind === 'heading'))).toEqual([
      'H1 Harbour Lines Sustainability Report 2025',
      'H1 1 About this report',
      'H2 1.1 Scope and boundary',
      'H3 1.1.1 Restatements',
      'H3 1.1.2 Assurance',
      // numId 0 switches the style's numbering off.
      'H2 Contact point',
      'H1 2 Environment',
      'H2 2.1 Emissions',
      'H2 2.2 Water',
      'H3 2.2.1 Withdrawal',
      'H1 3 Social',
      'H2 3.1 Health and safety',
      // A style based on Heading 1 is a level-1 heading, numbered by its own list.
      'H1 Appendix A Data tables',
    ]);
    expect(brief(doc.blocks).filter((line) => /^P [a-c]\)/.test(line))).toEqual([
      'P a) cutting fuel use per nautical mile;',
      'P b) treating ballast water before discharge;',
      'P c) recycling steel from retired hulls.',
    ]);
  });

  test('the contents field (toc styles) is left out; its code never shows', async () => {
    const text = brief((await readFixture('english.docx')).blocks).join('\n');
    expect(text).not.toMatch(/TOC|Scope and boundary 3|\t/);
    expect(text).toContain('P Contents');
  });

  test('pages: roman front section, then numbering restarts at 1; Heading 1 breaks the page', async () => {
    const doc = await readFixture('english.docx');
    expect(doc.pages).toEqual([
      { index: 1, label: 'i' },
      { index: 2, label: 'ii' },
      { index: 3, number: 1 },
      { index: 4, number: 2 },
      { index: 5, number: 3 },
      { index: 6, number: 4 },
    ]);
    expect(brief(doc.blocks.filter((b) => b.kind === 'heading' && b.level === 1), true)).toEqual([
      'H1 Harbour Lines Sustainability Report 2025 @1',
      'H1 1 About this report @3',
      'H1 2 Environment @4',
      'H1 3 Social @5',
      'H1 Appendix A Data tables @6',
    ]);
    expect(doc).toMatchObject({ format: 'docx', pageNumberSource: 'page-breaks', pagesApproximate: true });
    expect(doc.notes).toEqual(['pages are approximate: a DOCX has no pages until a word processor lays it out; these come from its explicit page breaks only']);
  });

  test('info from the core and app properties, language from the default run properties', async () => {
    expect((await readFixture('english.docx')).info).toEqual({
      title: 'Harbour Lines Sustainability Report 2025',
      author: 'Sustainability Office',
      created: '2026-03-31',
      modified: '2026-03-31',
      producer: 'Microsoft Office Word 16.0000',
      language: 'en-GB',
    });
  });
});

describe('chinese.docx: 标题 styles and 第一章 numbering', () => {
  test('Chinese style names give levels; chapters count in Chinese, legal sub-levels in digits', async () => {
    const doc = await readFixture('chinese.docx');
    expect(brief(doc.blocks.filter((b) => b.kind === 'heading'), true)).toEqual([
      'H1 星港物流2025年环境、社会及治理报告 @1',
      'H1 第一章 关于本报告 @1',
      'H2 1.1 报告范围 @1',
      'H2 1.2 报告期 @1',
      'H1 第二章 环境 @2',
      'H2 2.1 排放 @2',
      // A style with only an outline level (w:outlineLvl 2) is a level-3 heading.
      'H3 温室气体排放数据 @2',
      'H1 第三章 社会 @2',
      'H2 3.1 员工 @2',
    ]);
  });

  test('the East Asian language is declared when the text is mostly Chinese', async () => {
    const doc = await readFixture('chinese.docx');
    expect(doc.info.language).toBe('zh-CN');
    expect(doc.info.title).toBe('星港物流2025年环境、社会及治理报告');
    expect(brief(doc.blocks)).toContain('P 报告期为2025年1月1日至12月31日。This report is also published in English.');
  });
});

describe('tracked.docx: a reviewed draft', () => {
  test('insertions and moved-to text kept; deletions, moved-from text and comments dropped; fields show their result', async () => {
    expect(brief((await readFixture('tracked.docx')).blocks)).toEqual([
      'H1 Governance',
      'P The board met six times during the year.',
      'P Every director attended at least three quarters of the meetings.',
      'P A new paragraph added in review.',
      'P Risk oversight sits with the audit committee.',
      'P Moved sentence, new place.',
      'H1 Climate',
      'P Scope 2 emissions are reported market-based.',
      'P [1] Location-based figures are given in the data annex.',
      'P Our targets are set out on page 7, and were last reviewed on 31 March 2026.',
      'P Progress against targets is tracked quarterly.',
      // The text box once, though its Fallback repeats it.
      'P Highlight: 42% of electricity from renewable sources.',
      'P Prepared by the sustainability office.',
      'P See the climate policy for details.',
      // The deleted row is left out; the footnote cited in a cell follows the table.
      'T Metric|2025 / Scope 1 (t)|1,200 / Scope 2 (t)|800',
      'P [2] Includes leased vehicles.',
      'P Water use is disclosed for the first time.',
      'P [3] Measured at the meter of each port office.',
      'P [i] The policy was adopted in 2024.',
    ]);
  });
});

describe('index.docx: a content index table', () => {
  test('header row first, group labels across the grid, merged standard cells repeated, nested table flattened', async () => {
    const doc = await readFixture('index.docx');
    const index = doc.blocks.find((b) => b.kind === 'table');
    expect(index?.kind === 'table' && index.rows).toEqual([
      ['GRI Standard', 'Disclosure', 'Location', 'Omission'],
      ['General disclosures', '', '', ''],
      ['GRI 2: General Disclosures 2021', '2-1 Organizational details', 'About this report, p. 3', ''],
      ['GRI 2: General Disclosures 2021', '2-2 Entities included in sustainability reporting', 'Scope and boundary, p. 3', ''],
      ['GRI 2: General Disclosures 2021', '2-3 Reporting period, frequency and contact point', 'About this report, p. 3', ''],
      ['GRI 2: General Disclosures 2021', '2-9 Governance structure and composition', 'Governance, p. 8', ''],
      ['Topic disclosures', '', '', ''],
      ['GRI 305: Emissions 2016', '305-1 Direct (Scope 1) GHG emissions', 'Emissions, p. 12 Data annex, p. 40', ''],
      ['GRI 305: Emissions 2016', '305-2 Energy indirect (Scope 2) GHG emissions', 'Emissions, p. 13', ''],
      ['GRI 305: Emissions 2016', '305-3 Other indirect (Scope 3) GHG emissions', '', 'Information unavailable: supplier data are incomplete.'],
    ]);
    // Word broke the page inside the table: it starts on page 1 and ends on page 2.
    expect(brief(doc.blocks, true).map((line) => line.replace(/^T .* @/, 'T @'))).toEqual([
      'H1 GRI content index @1',
      'P Harbour Lines has reported with reference to the GRI Standards for the year to 31 December 2025. @1',
      'T @1-2',
      'P Figures in this index refer to the printed page numbers. @2',
      'T @2',
    ]);
  });
});

describe('pages.docx: where pages break', () => {
  test('explicit, before-paragraph, section and rendered breaks; a rendered break after an explicit one adds no page', async () => {
    const doc = await readFixture('pages.docx');
    expect(brief(doc.blocks, true)).toEqual([
      'P Cover page @1',
      'P Last line of the cover. @1',
      'P Foreword, on the second page. @2',
      'P A long paragraph that Word laid out across two pages: it starts here and ends on the next page. @2-3',
      'H1 Contents @4',
      'P End of the front matter. @4',
      'P A continuous section changes nothing on the page. @4',
      'H1 Introduction @5',
      'P Before two page breaks. @5',
      'P After a blank page. @7',
    ]);
  });

  test('printed numbers follow each section: roman, then w:pgNumType start 10; the blank page is counted', async () => {
    const doc = await readFixture('pages.docx');
    expect(doc.pages.map((page) => page.label ?? page.number)).toEqual(['i', 'ii', 'iii', 'iv', 10, 11, 12]);
    expect(doc.notes[0]).toMatch(/approximate.*the breaks Word last rendered$/);
  });
});

describe('pandoc.docx: a real producer', () => {
  test('pandoc 2.17 output from Markdown: title, headings, paragraphs and a table', async () => {
    const doc = await readFixture('pandoc.docx');
    expect(brief(doc.blocks)).toEqual([
      'H1 Riverside Water Company Sustainability Summary',
      'P Riverside Water Company',
      'P 2026-05-01',
      'H1 Our approach',
      'P We supply drinking water to four towns and treat their waste water.',
      'H2 Water quality',
      'P Every sample taken this year met the national standard.',
      'H1 Content index',
      'T Disclosure|Location / 2-1 Organizational details|Our approach / 303-3 Water withdrawal|Water quality',
    ]);
    expect(doc.info).toMatchObject({ title: 'Riverside Water Company Sustainability Summary', language: 'en-GB' });
  });
});
