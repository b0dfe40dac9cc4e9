// Blocks whose parse would take minutes or gigabytes are refused before parsing, with file, line and limit
// (issue 11, items 7 and 8); a block just under each limit is parsed as usual.
import { bigCell, frontMatterList, longParagraph, nestedList, wideTable } from '../../scripts/lib/hostile-shapes.mjs';
import { assertBlockLimits } from '../../src/ingest/markdown/block-limits.js';
import { MAX_BLOCK_CHARS, MAX_CELL_CHARS, MAX_FRONT_MATTER_CHARS, MAX_PARAGRAPH_CHARS, MAX_PARAGRAPH_MARKS, MAX_TABLE_COLUMNS } from '../../src/limits.js';
import { parseMarkdownReport } from '../../src/ingest/markdown/report.js';
import { errorOf } from '../helpers/catalog-dir.js';

const refusal = (text: string): string => errorOf(() => assertBlockLimits(text, 'r.md')).message;

describe('refused before parsing', () => {
  test('a table wider than the column limit (the 500-column table that aborted V8)', () => {
    expect(refusal(wideTable(500, 20_000))).toBe(`\`r.md\`: line 10: a table of 500 columns is over the limit of ${MAX_TABLE_COLUMNS} columns; expected narrower tables`);
  });

  test('a paragraph with more emphasis, link and code marks than the limit (quadratic in micromark)', () => {
    expect(refusal(longParagraph(100_000))).toBe(
      `\`r.md\`: line 10: a paragraph with 25,000 emphasis, link and code marks (\`*\`, \`_\`, \`[\`, \`]\` …) is over the limit of ${MAX_PARAGRAPH_MARKS.toLocaleString('en-US')}; expected blank lines between paragraphs`,
    );
    expect(refusal(`# A\n\n${'a_b c_d '.repeat(6_000)}\n`)).toMatch(/line 3: a paragraph with 12,000 emphasis, link and code marks/);
  });

  test('a paragraph longer than the limit, even of plain words', () => {
    expect(refusal(`# A\n\n${'plain words '.repeat(MAX_PARAGRAPH_CHARS / 10)}\n`)).toMatch(/^`r\.md`: line 3: a paragraph of [\d,]+ characters is over the limit of 1 Mi characters; expected blank lines between paragraphs$/);
  });

  test('a table cell over the limit, with the line of its row', () => {
    expect(refusal(bigCell(MAX_CELL_CHARS + 10))).toMatch(/^`r\.md`: line 12: a table cell of 100,012 characters is over the limit/);
  });

  test('front matter over the limit, before YAML parses it', () => {
    expect(refusal(frontMatterList(MAX_FRONT_MATTER_CHARS + 100))).toMatch(/^`r\.md`: line 1: front matter of [\d,]+ characters is over the limit of 1 Mi characters/);
  });

  test('a list whose indented items chunking cannot cut, over the block limit', () => {
    expect(refusal(nestedList(MAX_BLOCK_CHARS * 1.2))).toMatch(/^`r\.md`: line 10: a block without a blank line and an unindented line after it .* over the limit of 256 Ki characters/);
  });

  test('a table over the block limit', () => {
    expect(refusal(wideTable(10, MAX_BLOCK_CHARS + 100))).toMatch(/^`r\.md`: line 10: a table of [\d,]+ characters is over the limit of 256 Ki characters/);
  });

  test('through parseMarkdownReport: the library refuses too', () => {
    expect(errorOf(() => parseMarkdownReport([{ path: 'r.md', text: wideTable(201, 5_000) }])).message).toMatch(/201 columns/);
  });
});

describe('accepted', () => {
  test('code and HTML blocks of any length cost nothing and are not limited', () => {
    const code = `# A\n\n\`\`\`\n${'x [a](b) *c*\n'.repeat(20_000)}\`\`\`\n\n<div>\n${'x [a](b) *c* '.repeat(20_000)}\n</div>\n\n<!-- ${'GRI 2-1, '.repeat(20_000)} -->\n`;
    expect(() => assertBlockLimits(code, 'r.md')).not.toThrow();
  });

  test('text extracted from a PDF: 300 KB without a blank line and with few marks is one paragraph, and fine', () => {
    const pdfText = `${'Green Production Promotion 2023 Environmental Management (tCO2e) 12.5%\n'.repeat(4_000)}`;
    expect(() => assertBlockLimits(pdfText, 'r.md')).not.toThrow();
  });

  test('a table of the most columns, paragraphs separated by blank lines, a tight list of short items', () => {
    expect(() => assertBlockLimits(wideTable(MAX_TABLE_COLUMNS, 4_000), 'r.md')).not.toThrow();
    expect(() => assertBlockLimits(`# A\n\n${`${'Text. '.repeat(10_000)}\n\n`.repeat(10)}`, 'r.md')).not.toThrow();
    expect(() => assertBlockLimits(`# A\n\n${'- item of a list\n'.repeat(5_000)}`, 'r.md')).not.toThrow();
  });
});

describe('CR-only line ends', () => {
  test('are read as line ends, front matter included, with lines as the file has them', () => {
    const text = '---\rtitle: Old Mac\rperiod: { start: 2025-01-01, end: 2025-12-31 }\r---\r\r# About\r\r<!-- disclose: GRI 2-1 -->\rText.\r';
    const report = parseMarkdownReport([{ path: 'r.md', text }]);
    expect(report.meta.title).toBe('Old Mac');
    expect(report.tags[0]).toMatchObject({ line: 8 });
  });
});
