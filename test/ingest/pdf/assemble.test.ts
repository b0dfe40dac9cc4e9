// The stages after reading, on pages built here (issue 13): the table reader sees the pages without their
// running lines, the lines it takes are not read again as text, and each table is one block at its place in
// reading order, its end page set when it runs over a page.
import type { LaidOutBlock } from '../../../src/ingest/layout/document.js';
import { layOutRead } from '../../../src/ingest/pdf/lay-out.js';
import type { DetectedTable, PdfPageLines } from '../../../src/ingest/pdf/page-lines.js';
import type { PlacedRun, RawPdf, RawPage } from '../../../src/ingest/pdf/read-pdf.js';

const run = (text: string, x: number, y: number, fontSize = 10, bold = false): PlacedRun => ({ text, x, y, width: text.length * fontSize * 0.5, fontSize, bold });
const rawPage = (index: number, runs: PlacedRun[]): RawPage => ({ index, width: 595, height: 842, runs: [...runs, run(String(index + 10), 290, 820, 8)] });
const raw = (pages: RawPage[]): RawPdf => ({ pages, info: {}, outline: [], pageLabels: undefined, tagged: false });

/** A stand-in for the table reader: every line that starts with `Row` or `Cell` is a table row's cell. */
function fakeTables(seen: PdfPageLines[][]) {
  return (pages: PdfPageLines[]): DetectedTable[] => {
    seen.push(pages);
    const lines: Array<[number, number]> = [];
    const rows = new Map<string, string[]>();
    for (const page of pages) {
      page.lines.forEach((line, i) => {
        if (!/^(Row|Cell)/.test(line.text)) return;
        lines.push([page.index, i]);
        const key = `${page.index}:${line.y}`;
        rows.set(key, [...(rows.get(key) ?? []), line.text]);
      });
    }
    const [first] = lines;
    if (first === undefined) return [];
    const top = pages.find((p) => p.index === first[0])!.lines[first[1]]!.y;
    return [{ page: first[0], endPage: lines.at(-1)![0], y: top, rows: [...rows.values()], lines }];
  };
}

test('a table over two pages is one block between the text before and after it', () => {
  const seen: PdfPageLines[][] = [];
  const doc = layOutRead(
    raw([
      rawPage(1, [
        run('Content index', 50, 80, 18, true),
        run('The index lists each disclosure and where it is.', 50, 110),
        ...[140, 154].flatMap((y, k) => [run(`Row ${k + 1}`, 50, y), run(`Cell ${k + 1}`, 300, y)]),
      ]),
      rawPage(2, [run('Row 3', 50, 80), run('Cell 3', 300, 80), run('Text after the table ends here.', 50, 140)]),
    ]),
    'r.pdf',
    fakeTables(seen),
  );
  const shape = (b: LaidOutBlock) => (b.kind === 'table' ? { kind: b.kind, page: b.page, endPage: b.endPage, rows: b.rows } : { kind: b.kind, page: b.page, text: b.text });
  expect(doc.blocks.map(shape)).toEqual([
    { kind: 'heading', page: 1, text: 'Content index' },
    { kind: 'paragraph', page: 1, text: 'The index lists each disclosure and where it is.' },
    { kind: 'table', page: 1, endPage: 2, rows: [['Row 1', 'Cell 1'], ['Row 2', 'Cell 2'], ['Row 3', 'Cell 3']] },
    { kind: 'paragraph', page: 2, text: 'Text after the table ends here.' },
  ]);
  // The table reader saw the pages without their page numbers.
  expect(seen[0]!.flatMap((p) => p.lines.map((l) => l.text))).not.toContain('11');
  expect(doc.pages.map((p) => p.number)).toEqual([11, 12]);
});

test('a paragraph that runs over a page break without ending its sentence is one paragraph', () => {
  const doc = layOutRead(
    raw([rawPage(1, [run('Water drawn from the river is metered', 50, 700)]), rawPage(2, [run('at each intake.', 50, 80), run('A new paragraph.', 50, 200)])]),
    'r.pdf',
    () => [],
  );
  expect(doc.blocks).toEqual([
    { kind: 'paragraph', page: 1, endPage: 2, text: 'Water drawn from the river is metered at each intake.' },
    { kind: 'paragraph', page: 2, text: 'A new paragraph.' },
  ]);
});
