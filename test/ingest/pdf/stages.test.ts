// Each stage of the PDF layout reader on lines built here (issue 13): the shapes real reports have, which
// the small generated PDFs cannot all show (misread and roman page numbers, page labels, headings by
// style only, hyphenation, radicals).
import { normaliseRadicals } from '../../../src/ingest/pdf/cjk.js';
import { isContentsPage } from '../../../src/ingest/pdf/contents-page.js';
import { headingLevels } from '../../../src/ingest/pdf/headings.js';
import { buildLines, type ReadLine } from '../../../src/ingest/pdf/lines.js';
import { numberPages } from '../../../src/ingest/pdf/page-numbers.js';
import { joinLines, wordSet } from '../../../src/ingest/pdf/paragraphs.js';
import type { PlacedRun } from '../../../src/ingest/pdf/read-pdf.js';
import { readingOrder } from '../../../src/ingest/pdf/reading-order.js';
import { runningLines } from '../../../src/ingest/pdf/running-lines.js';

const A4 = { width: 595, height: 842 };
const run = (text: string, x: number, y: number, size = 10, bold = false): PlacedRun => ({ text, x, y, width: text.length * size * 0.5, fontSize: size, bold });
const line = (text: string, x: number, y: number, size = 10, bold = false): ReadLine => buildLines([run(text, x, y, size, bold)])[0]!;
const page = (index: number, lines: ReadLine[], size = A4) => ({ index, ...size, lines });

describe('lines', () => {
  test('runs on one baseline are one line; a wide gap (column gutter) splits them', () => {
    const lines = buildLines([run('Energy use', 50, 100), run('fell.', 104, 100.5), run('Water is', 320, 100)]);
    expect(lines.map((l) => l.text)).toEqual(['Energy use fell.', 'Water is']);
  });

  test('a table cell in one column and a heading in the next, on one baseline, are two lines', () => {
    expect(buildLines([run('2025', 250, 300, 7.5), run('3.1.2 Energy consumption', 280, 300, 10.5, true)]).map((l) => l.text)).toEqual(['2025', '3.1.2 Energy consumption']);
  });

  test('a heading number stays with its title across a tab', () => {
    expect(buildLines([run('3.2', 50, 100, 14, true), run('Emissions', 110, 100, 14, true)]).map((l) => l.text)).toEqual(['3.2 Emissions']);
  });

  test('CJK runs join without a space; radical code points become ideographs', () => {
    expect(buildLines([run('⻓期', 50, 100), run('发展', 61, 100)]).map((l) => l.text)).toEqual(['长期发展']);
  });

  test('bold and size are the dominant run\'s', () => {
    const [l] = buildLines([run('Scope and boundary of the report', 50, 100, 10, true), run('x', 220, 100, 8)]);
    expect([l!.bold, l!.fontSize]).toEqual([true, 10]);
  });
});

describe('radicals', () => {
  test('Kangxi radicals by NFKC, the supplement by its table, other text unchanged', () => {
    expect(normaliseRadicals('⼈⼯ ⻔⻚ ⻢⻋ ⺅ abc')).toBe('人工 门页 马车 ⺅ abc');
  });
});

describe('page numbers', () => {
  const footer = (text: string, x = 290) => line(text, x, 820, 8);
  const body = line('Some text of the page.', 50, 400);

  test('offset by vote: a year in the footer and a misread number do not move a page', () => {
    const pages = [
      page(1, [line('Cover', 50, 300, 30)]),
      page(2, [body, footer('ii')]),
      page(3, [body, footer('Annual Report 2025 | 1')]),
      page(4, [body, footer('Annual Report 2025 | 2')]),
      page(5, [body, footer('Annual Report 2025 | 8')]), // misread: 3
      page(6, [body, footer('Annual Report 2025 | 4')]),
      page(7, [body]), // a full-page picture with no number
      page(8, [body, footer('Annual Report 2025 | 6')]),
    ];
    const numbering = numberPages(pages);
    expect(numbering.source).toBe('printed');
    expect(numbering.pages.map((p) => p.number ?? p.label ?? null)).toEqual([null, 'ii', 1, 2, 3, 4, 5, 6]);
    expect(numbering.notes).toEqual(['1 printed page number that did not follow the others was read as the document\'s numbering gives them']);
  });

  test('the number nearest the edge wins over a number in the text above it', () => {
    const pages = [3, 4, 5].map((i) => page(i, [line(`Table ${i + 40}`, 50, 760), footer(String(i + 10))]));
    expect(numberPages(pages).pages.map((p) => p.number)).toEqual([13, 14, 15]);
  });

  test('page labels when nothing is printed; the physical order with a note when there are none', () => {
    const pages = [1, 2, 3].map((i) => page(i, [body]));
    const labelled = numberPages(pages, ['i', '1', '2']);
    expect(labelled.source).toBe('page-labels');
    expect(labelled.pages).toEqual([{ index: 1, label: 'i' }, { index: 2, number: 1 }, { index: 3, number: 2 }]);
    const physical = numberPages(pages);
    expect(physical.source).toBe('physical');
    expect(physical.pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(physical.notes).toEqual(["page numbers are the file's page order: no printed page numbers or page labels were found"]);
  });

  test('two printed pages per landscape sheet', () => {
    const wide = { width: 1190, height: 842 };
    const pages = [1, 2, 3].map((i) => page(i, [body, line(String(2 * i + 48), 60, 820, 8), line(String(2 * i + 49), 1120, 820, 8)], wide));
    expect(numberPages(pages).pages.map((p) => [p.number, p.lastNumber])).toEqual([
      [50, 51],
      [52, 53],
      [54, 55],
    ]);
  });
});

describe('running headers and footers', () => {
  test('repeating edge lines with digits masked, and bare page numbers, are running; text is not', () => {
    const pages = [1, 2, 3, 4].map((i) =>
      page(i, [line('Acme Ltd Sustainability Report 2025', 50, 30, 8), line(`Chapter text ${i}`, 50, 400), line(`Acme | ${i + 10}`, 50, 820, 8)]),
    );
    pages[3]!.lines.push(line('Note 4', 50, 800, 8));
    expect(runningLines(pages)).toEqual([
      [true, false, true],
      [true, false, true],
      [true, false, true],
      [true, false, true, false],
    ]);
  });
});

describe('reading order (XY-cut)', () => {
  const order = (lines: ReadLine[]): string[] =>
    readingOrder(lines, (l) => ({ top: l.y - l.fontSize, bottom: l.y, left: l.x, right: l.right }), 10).map((l) => l.text);

  test('a full-width heading, then two columns whose paragraph gaps line up, then a full-width footer note', () => {
    const lines = [
      line('Environment heading across the whole page width of the page', 50, 80, 20),
      line('L1 left column', 50, 120),
      line('R1 right column', 320, 120),
      line('L2 left column', 50, 134),
      line('R2 right column', 320, 134),
      line('L3 after a gap', 50, 170),
      line('R3 after a gap', 320, 170),
      line('L4 last left line', 50, 184),
      line('Closing note across the whole width of the page, below both columns here', 50, 300),
    ];
    expect(order(lines)).toEqual([
      'Environment heading across the whole page width of the page',
      'L1 left column',
      'L2 left column',
      'L3 after a gap',
      'L4 last left line',
      'R1 right column',
      'R2 right column',
      'R3 after a gap',
      'Closing note across the whole width of the page, below both columns here',
    ]);
  });

  test('three columns', () => {
    const lines = ['A', 'B', 'C'].flatMap((c, k) => [1, 2, 3].map((n) => line(`${c}${n} text`, 50 + k * 180, 100 + n * 14)));
    expect(order(lines)).toEqual(['A1 text', 'A2 text', 'A3 text', 'B1 text', 'B2 text', 'B3 text', 'C1 text', 'C2 text', 'C3 text']);
  });
});

describe('headings by style (no tags, no outline)', () => {
  test('larger lines and wholly bold body-size lines, level by the rank of their style', () => {
    const lines = [
      line('1 Environment', 50, 80, 20, true),
      line('1.1 Energy', 50, 110, 14, true),
      line('Electricity', 50, 130, 10, true),
      line('Energy use fell by eight per cent across the group, mostly from the new boilers.', 50, 150),
      line('Note: the figure excludes leased sites.', 50, 164, 10, true),
      line('42%', 50, 200, 30, true),
      ...Array.from({ length: 10 }, (_, i) => line(`Body text line ${i} about energy and water and waste.`, 50, 220 + i * 14)),
    ].map((l) => ({ page: 1, line: l }));
    const { levels, source } = headingLevels(lines, false, []);
    expect(source).toBe('style');
    expect(levels.slice(0, 6)).toEqual([1, 2, 3, undefined, undefined, undefined]);
  });

  test('a cover title (a style on one page only) does not push the chapter headings down a level', () => {
    const body = (page: number) => Array.from({ length: 6 }, (_, i) => ({ page, line: line(`Body text line ${i} about energy and water.`, 50, 200 + i * 14) }));
    const lines = [
      { page: 1, line: line('Acme Sustainability Report', 50, 300, 28, true) },
      { page: 2, line: line('1 Overview', 50, 80, 20, true) },
      { page: 2, line: line('1.1 About this report', 50, 120, 14, true) },
      ...body(2),
      { page: 3, line: line('2 Environment', 50, 80, 20, true) },
      { page: 3, line: line('2.1 Energy', 50, 120, 14, true) },
      ...body(3),
    ];
    expect(headingLevels(lines, false, []).levels.slice(0, 3).concat(headingLevels(lines, false, []).levels.slice(9, 11))).toEqual([1, 1, 2, 1, 2]);
  });

  test('the outline, when there is one, decides; its depth is the level', () => {
    const lines = [line('2 Environment', 50, 80, 12), line('2.1 Energy', 50, 100, 12), line('Text.', 50, 120)].map((l) => ({ page: 4, line: l }));
    const outline = [
      { title: '2 Environment', level: 1, page: 4 },
      { title: '2.1  Energy', level: 2, page: 4 },
    ];
    expect(headingLevels(lines, false, outline)).toEqual({ levels: [1, 2, undefined], source: 'outline' });
  });
});

describe('contents page', () => {
  test('a page of titles with page numbers is a contents page; a page of text is not', () => {
    const contents = ['Contents', '1 About this report ..... 3', '2 Environment ..... 8', '2.1 Energy ..... 9', '3 社会 ..... 20'].map((t, i) => line(t, 50, 80 + i * 20));
    expect(isContentsPage(contents)).toBe(true);
    const titled = ['目录', '一、关于本报告 3', '二、环境 8', '三、社会 20'].map((t, i) => line(t, 50, 80 + i * 20));
    expect(isContentsPage(titled)).toBe(true);
    const text = ['In 2025 we cut energy use by 8', 'per cent against 2024.', 'Water use fell too.'].map((t, i) => line(t, 50, 80 + i * 14));
    expect(isContentsPage(text)).toBe(false);
    // A KPI table whose rows end in numbers is not a contents page, nor is a contents page deep in the report.
    const kpis = ['Energy use 120', 'Water drawn 45', 'Waste 12', 'Employees 900'].map((t, i) => line(t, 50, 80 + i * 14));
    expect(isContentsPage(kpis)).toBe(false);
    expect(isContentsPage(contents, 40, 100)).toBe(false);
  });
});

describe('paragraphs', () => {
  test('a line-end hyphen is removed only where the word is printed whole elsewhere', () => {
    const words = wordSet(['Our sustainability strategy', 'a well known mill']);
    expect(joinLines(['The sustain-', 'ability strategy'], words)).toBe('The sustainability strategy');
    expect(joinLines(['a well-', 'known mill'], words)).toBe('a well-known mill');
    expect(joinLines(['soft hyph\u00ad', 'enation'], words)).toBe('soft hyphenation');
  });

  test('CJK lines join without a space, Latin lines with one', () => {
    expect(joinLines(['本公司重视员工的', '健康与安全。'], new Set())).toBe('本公司重视员工的健康与安全。');
    expect(joinLines(['Energy use', 'fell.'], new Set())).toBe('Energy use fell.');
  });
});
