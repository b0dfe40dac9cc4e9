// Report.tables and Report.blocks (issue #3): every GFM table's cells with spans true to the file, and
// every paragraph outside tables, collected in the same walk as sections and directives.
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { CHUNK_MIN } from '../../src/ingest/markdown/chunks.js';
import type { TextSpan } from '../../src/model/content-index.js';
import type { Report } from '../../src/model/report.js';

const parse = (text: string, path = 'r.md'): Report => parseMarkdownReport([{ path, text }]);
const brief = (s: TextSpan) => [s.text, s.line, s.column, s.offset, s.endOffset];

/** Every cell's span, sliced from the text, is its source: `raw` when set, else the text itself. */
function expectSpansTrue(report: Report, texts: Record<string, string>): void {
  for (const table of report.tables) {
    for (const cell of table.rows.flat()) {
      const text = texts[cell.file]!;
      expect(text.slice(cell.offset, cell.endOffset)).toBe(cell.raw ?? cell.text);
      const starts = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)];
      expect(starts[cell.line! - 1]! + cell.column! - 1).toBe(cell.offset);
    }
  }
}

const TABLE = [
  '# Index', //                                                         1
  '', //                                                                2
  'Intro *with* `code`', //                                             3
  'and a second line.', //                                              4
  '', //                                                                5
  '| GRI Standard | Disclosure |  Location  |', //                      6
  '|---|---|:-:|', //                                                    7
  '| GRI 2 | **2-1** Org `x` <!-- disclose: GRI 2-1 --> | 20、70 |', // 8
  '|  | 2-2 a\\|b <br> c | |', //                                       9
  '| only', //                                                          10
  '| a | b | c | d |', //                                               11
  '', //                                                                12
  '## Sub', //                                                          13
  '', //                                                                14
  '- item one <!-- page: 3 -->', //                                     15
  '- item two', //                                                      16
  '', //                                                                17
  '> quoted **bold**', //                                               18
  '> | q | r |', //                                                     19
  '> |---|---|', //                                                     20
  '> | 1 | x<br/>y |', //                                               21
  '', //                                                                22
].join('\n');

describe('tables', () => {
  const report = parse(TABLE);

  test('every table in document order, with its section and position', () => {
    expect(report.tables.map((t) => [t.file, t.line, t.column, t.section, t.rows.length])).toEqual([
      ['r.md', 6, 1, 1, 5],
      ['r.md', 19, 3, 2, 2],
    ]);
  });

  test('cell text: markup flattened, comments removed, <br> a space, escaped pipe, white space collapsed', () => {
    expect(report.tables[0]!.rows.map((row) => row.map((c) => c.text))).toEqual([
      ['GRI Standard', 'Disclosure', 'Location'],
      ['GRI 2', '2-1 Org x', '20、70'],
      ['', '2-2 a|b c', ''],
      ['only'],
      ['a', 'b', 'c', 'd'],
    ]);
    expect(report.tables[1]!.rows.map((row) => row.map((c) => c.text))).toEqual([
      ['q', 'r'],
      ['1', 'x y'],
    ]);
  });

  test('cell spans: 1-based line/column, offsets of the trimmed source; raw only when it differs', () => {
    const [header, first, second] = report.tables[0]!.rows;
    const at = (s: string): number => TABLE.indexOf(s);
    expect(header!.map(brief)).toEqual([
      ['GRI Standard', 6, 3, 51, 63],
      ['Disclosure', 6, 18, 66, 76],
      ['Location', 6, 32, 80, 88],
    ]);
    expect(at('| GRI Standard')).toBe(49);
    expect(first![1]).toEqual({
      text: '2-1 Org x',
      file: 'r.md',
      line: 8,
      column: 11,
      offset: at('**2-1**'),
      endOffset: at(' | 20、70'),
      raw: '**2-1** Org `x` <!-- disclose: GRI 2-1 -->',
    });
    expect(first![0]!.raw).toBeUndefined();
    expect(second![1]!.raw).toBe('2-2 a\\|b <br> c');
    // Empty cells: an empty span after the pipe and one space, where a writer would put text.
    expect(brief(second![0]!)).toEqual(['', 9, 3, at('|  | 2-2') + 2, at('|  | 2-2') + 2]);
    expect(brief(second![2]!)).toEqual(['', 9, 24, at(' |\n| only') + 1, at(' |\n| only') + 1]);
    expectSpansTrue(report, { 'r.md': TABLE });
  });

  test('the directive in a cell still tags its section; the section text keeps the table', () => {
    expect(report.tags.map((t) => [t.id, t.section, t.line, t.column])).toEqual([['GRI 2-1', 1, 8, 42]]);
    expect(report.sections[1]!.text).toContain('GRI 2 2-1 Org x 20、70');
  });

  test('a BOM is not counted in lines and columns, but offsets index the text as given', () => {
    const bom = parse(`\uFEFF${TABLE}`);
    const cell = bom.tables[0]!.rows[1]![1]!;
    expect([cell.line, cell.column, cell.offset, cell.endOffset]).toEqual([8, 11, TABLE.indexOf('**2-1**') + 1, TABLE.indexOf(' | 20、70') + 1]);
    expect(`\uFEFF${TABLE}`.slice(cell.offset, cell.endOffset)).toBe(cell.raw);
    expect(bom.blocks[0]!.offset).toBe(report.blocks[0]!.offset! + 1);
  });

  test('CRLF line endings', () => {
    const crlf = TABLE.replace(/\n/g, '\r\n');
    const r = parse(crlf);
    expect(r.tables[0]!.rows[1]!.map((c) => [c.line, c.column])).toEqual([
      [8, 3],
      [8, 11],
      [8, 56],
    ]);
    expectSpansTrue(r, { 'r.md': crlf });
  });
});

describe('blocks', () => {
  test('paragraphs, list items and quotes, one line each; not headings, not tables', () => {
    const report = parse(TABLE);
    expect(report.blocks.map((b) => [b.text, b.section, b.line, b.column, b.offset, b.endOffset])).toEqual([
      ['Intro with code and a second line.', 1, 3, 1, 9, 47],
      ['item one', 2, 15, 3, TABLE.indexOf('item one'), TABLE.indexOf('item one') + 'item one <!-- page: 3 -->'.length],
      ['item two', 2, 16, 3, TABLE.indexOf('item two'), TABLE.indexOf('item two') + 8],
      ['quoted bold', 2, 18, 3, TABLE.indexOf('quoted'), TABLE.indexOf('quoted') + 'quoted **bold**'.length],
    ]);
    expect(TABLE.slice(report.blocks[0]!.offset, report.blocks[0]!.endOffset)).toBe('Intro *with* `code`\nand a second line.');
  });

  test('the statement of use and GRI 1 used are found as blocks', () => {
    const report = parse(
      'Acme has reported in accordance with the GRI Standards\nfor the period 1 January 2025 to 31 December 2025.\n\n* GRI 1 used: GRI 1: Foundation 2021\n',
    );
    expect(report.blocks.map((b) => [b.text, b.line])).toEqual([
      ['Acme has reported in accordance with the GRI Standards for the period 1 January 2025 to 31 December 2025.', 1],
      ['GRI 1 used: GRI 1: Foundation 2021', 4],
    ]);
  });

  test('a paragraph of only a directive comment is not a block', () => {
    const report = parse('# A\n\nText <!-- disclose: GRI 2-1 -->\n\n<!-- page: 4 -->\n');
    expect(report.blocks.map((b) => b.text)).toEqual(['Text']);
  });
});

describe('several files and large files', () => {
  test('file and section of each table and block across files', () => {
    const a = '# One\n\n| x | y |\n|---|---|\n| 1 | 2 |\n';
    const b = 'Before.\n\n# Two\n\n| z |\n|---|\n| 3 |\n';
    const report = parseMarkdownReport([
      { path: 'a.md', text: a },
      { path: 'b.md', text: b },
    ]);
    expect(report.tables.map((t) => [t.file, t.line, t.section])).toEqual([
      ['a.md', 3, 1],
      ['b.md', 5, 2],
    ]);
    expect(report.blocks.map((t) => [t.file, t.line, t.section, t.text])).toEqual([['b.md', 1, 0, 'Before.']]);
    expectSpansTrue(report, { 'a.md': a, 'b.md': b });
  });

  test('a file parsed in pieces keeps every cell offset and line true to the file', () => {
    const parts: string[] = [];
    for (let i = 1; parts.join('').length < 6 * CHUNK_MIN; i++) {
      parts.push(`## Section ${i}\n\nSome text for section ${i}, long enough to matter. ${'Lorem ipsum. '.repeat(20)}\n\n`);
      parts.push(`| Code ${i} | **Title** ${i} | Page |\n|---|---|---|\n| 2-${i % 30 + 1} | Org \`${i}\` <!-- page: ${i} --> | ${i}、${i + 1} |\n\n`);
    }
    const text = parts.join('');
    const report = parse(text);
    const n = parts.length / 2;
    expect(report.tables).toHaveLength(n);
    expect(report.blocks).toHaveLength(n);
    expectSpansTrue(report, { 'r.md': text });
    const last = report.tables[n - 1]!;
    expect(last.rows[1]!.map((c) => c.text)).toEqual([`2-${(n % 30) + 1}`, `Org ${n}`, `${n}、${n + 1}`]);
    expect(text.split('\n')[last.line! - 1]).toBe(`| Code ${n} | **Title** ${n} | Page |`);
    expect(last.section).toBe(n);
    const block = report.blocks[n - 1]!;
    expect(text.slice(block.offset, block.endOffset)).toBe(`Some text for section ${n}, long enough to matter. ${'Lorem ipsum. '.repeat(20).trimEnd()}`);
  });
});
