// Properties of the content-index reader (src/mapping/content-index): any GFM table and any document are
// read without a throw, with every span true to the file; an index generated from the catalog (codes,
// official titles, page lists, in the layouts real indexes use) is read back exactly.
import fc from 'fast-check';
import { loadCatalog } from '../../src/catalog/index.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { readContentIndexes } from '../../src/mapping/content-index/index.js';
import type { TextSpan } from '../../src/model/content-index.js';
import { hostileMarkdown, hostileText, MAX_PAGE, printedList, RUNS } from './arbitraries.js';

const read = (text: string) => {
  const report = parseMarkdownReport([{ path: 'i.md', text }]);
  return { report, indexes: readContentIndexes(report) };
};

/** A span's offsets name exactly its source in the file: what writers (migrate) rely on to edit in place. */
function expectTrueSpan(span: TextSpan, text: string): void {
  expect(span.offset).toBeGreaterThanOrEqual(0);
  expect(span.endOffset).toBeGreaterThanOrEqual(span.offset!);
  expect(span.endOffset).toBeLessThanOrEqual(text.length);
  expect(text.slice(span.offset, span.endOffset)).toBe(span.raw ?? span.text);
}

/** One cell's text as written in a GFM row: pipes escaped, on one line. */
const cell = hostileText.map((t) => t.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\\/g, '').replace(/\|/g, '\\|'));
const headerWord = fc.constantFrom('GRI Standard', 'Disclosure', 'Location', 'Page', 'Omission', 'Reason', 'Explanation', '编号', '披露内容', '页码', '索引', 'No.', '', 'Unit', '2025');
const codeLike = fc.constantFrom('2-1', 'GRI 2-1 Organizational details', '305-1', '3-3', '102-14', '2-1, 2-2', '2-7 ', 'GRI 403', '3-5 years', '第2-1', '２－１');

const tableText = fc
  .tuple(
    fc.array(fc.oneof(headerWord, cell), { minLength: 1, maxLength: 6 }),
    fc.array(fc.array(fc.oneof(cell, codeLike, fc.constant('')), { maxLength: 7 }), { maxLength: 12 }),
  )
  .map(([header, rows]) => {
    const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
  });

describe('any table, any document', () => {
  test('arbitrary GFM tables (ragged, empty, escaped pipes, CJK) never throw; spans are true to the file', () => {
    fc.assert(
      fc.property(tableText, fc.constantFrom('', '# GRI content index\n\n', 'The organization has reported in accordance with the GRI Standards.\n\n'), (table, before) => {
        const text = `${before}${table}\n`;
        const { indexes } = read(text);
        for (const entry of indexes.tables.flatMap((t) => t.entries)) {
          expectTrueSpan(entry.code, text);
          if (entry.codeSpan) expectTrueSpan(entry.codeSpan, text);
          for (const range of entry.location.pages) {
            expect(range.from).toBeLessThanOrEqual(MAX_PAGE);
            expect(range.to).toBeLessThanOrEqual(MAX_PAGE);
          }
        }
      }),
      { seed: 7301, numRuns: RUNS },
    );
  });

  test('arbitrary documents never throw', () => {
    fc.assert(
      fc.property(hostileMarkdown, (text) => {
        let report;
        try {
          report = parseMarkdownReport([{ path: 'i.md', text }]);
        } catch {
          return; // a refusal of the document is ingest's property (directives.property.test.ts)
        }
        readContentIndexes(report);
      }),
      { seed: 7302, numRuns: RUNS },
    );
  });
});

// An index generated from the catalog: GRI codes with their official titles, and page lists.
const catalog = loadCatalog();
const gri = [...catalog.byId.values()].flat().filter((d) => d.framework === 'gri');

interface Layout {
  header: string[];
  row: (d: (typeof gri)[number], standard: string, pages: string) => string[];
}

const LAYOUTS: Layout[] = [
  // GRI's template: code and title in one cell.
  { header: ['GRI Standard', 'Disclosure', 'Location'], row: (d, s, p) => [s, `${d.code} ${d.title}`, p] },
  // Code, title and page in their own columns.
  { header: ['Standard', 'No.', 'Disclosure title', 'Page'], row: (d, s, p) => [s, d.code, d.title, p] },
  // Chinese headers, the GRI prefix on the code.
  { header: ['标准', '编号', '披露内容', '页码'], row: (d, s, p) => [s, `GRI ${d.code}`, d.title, p] },
];

const generatedIndex = fc.tuple(
  fc.uniqueArray(fc.constantFrom(...gri), { minLength: 3, maxLength: 10, selector: (d) => d.id }),
  fc.constantFrom(...LAYOUTS.keys()),
  fc.array(printedList(3), { minLength: 10, maxLength: 10 }),
);

describe('a generated index reads back exactly', () => {
  test('codes, official titles, standards and page lists, in every layout', () => {
    fc.assert(
      fc.property(generatedIndex, ([defs, layoutIndex, pageLists]) => {
        const layout = LAYOUTS[layoutIndex]!;
        const rows = defs.map((d, i) => layout.row(d, d.standard, pageLists[i]!.text));
        const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
        const text = ['# GRI content index', '', line(layout.header), line(layout.header.map(() => '---')), ...rows.map(line), ''].join('\n');
        const { indexes } = read(text);
        expect(indexes.tables).toHaveLength(1);
        const entries = indexes.tables[0]!.entries;
        expect(entries.map((e) => [e.id, e.title?.text, e.standard?.text, e.location.pages])).toEqual(
          defs.map((d, i) => [d.id, d.title, d.standard, pageLists[i]!.ranges]),
        );
        for (const entry of entries) expectTrueSpan(entry.code, text);
      }),
      { seed: 7303, numRuns: RUNS },
    );
  });
});
