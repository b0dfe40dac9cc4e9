// The contents page as a cross-check of the headings (issue 13): its entries are read (leaders or a page
// number standing apart, wrapped titles, two columns, roman front matter), a heading on another page than
// its entry is named in a note (its page stays as read), and a heading the style ranking missed is found.
import { checkAgainstContents } from '../../../src/ingest/pdf/contents-check.js';
import { contentsEntries } from '../../../src/ingest/pdf/contents-entries.js';
import { isContentsPage } from '../../../src/ingest/pdf/contents-page.js';
import { layOutRead } from '../../../src/ingest/pdf/lay-out.js';
import type { PdfLine } from '../../../src/ingest/pdf/page-lines.js';
import type { PlacedRun, RawPage, RawPdf } from '../../../src/ingest/pdf/read-pdf.js';
import type { LaidOutBlock } from '../../../src/ingest/layout/document.js';

const line = (text: string, x: number, y: number, fontSize = 10): PdfLine => ({
  text,
  x,
  y,
  right: x + text.length * fontSize * 0.5,
  fontSize,
  bold: false,
  runs: [{ text, x, width: text.length * fontSize * 0.5, fontSize, bold: false }],
});

describe('contents entries', () => {
  test('leaders, a number apart on the baseline, a wrapped title, roman front matter', () => {
    const lines = [
      line('Contents', 50, 60, 18),
      line('Letter from the Board ..... iii', 50, 100),
      line('1 Our Approach to Sustainability ........ 4', 50, 120),
      line('1.1 Material Topics', 70, 140),
      line('12', 500, 140),
      line('2 Climate, Energy and the Transition of', 50, 160),
      line('Our Fleet ..... 15', 50, 172),
    ];
    expect(contentsEntries(lines).map(({ title, printed, x }) => [title, printed, x])).toEqual([
      ['Letter from the Board', undefined, 50],
      ['1 Our Approach to Sustainability', 4, 50],
      ['1.1 Material Topics', 12, 70],
      ['2 Climate, Energy and the Transition of Our Fleet', 15, 50],
    ]);
  });

  test('two columns of entries on one baseline are two entries', () => {
    const lines = [line('1 Governance ..... 3', 50, 100), line('4 Workforce ..... 20', 320, 100), line('2 Climate ..... 8', 50, 120), line('5 Community ..... 26', 320, 120)];
    expect(contentsEntries(lines).map((e) => `${e.title}@${e.printed}`)).toEqual(['1 Governance@3', '4 Workforce@20', '2 Climate@8', '5 Community@26']);
  });

  test('a contents page whose numbers stand apart from their titles is still a contents page', () => {
    const lines = [line('Contents 目录', 50, 60, 18), ...['About This Report', 'Our Company', 'Environment', 'Our People'].flatMap((t, i) => [line(t, 50, 100 + i * 20), line(String(i * 3 + 1), 400, 100 + i * 20)])];
    expect(isContentsPage(lines)).toBe(true);
  });
});

describe('headings checked against the contents page', () => {
  const printed = (block: LaidOutBlock): number | undefined => block.page + 10;
  const blocks: LaidOutBlock[] = [
    { kind: 'heading', level: 1, text: '1 Governance', page: 1 },
    { kind: 'paragraph', text: 'The board met six times.', page: 1 },
    { kind: 'heading', level: 2, text: '1.1 Ethics', page: 2 },
    { kind: 'paragraph', text: '1.2 Risk Management', page: 3 },
    { kind: 'paragraph', text: 'Risks are reviewed each quarter.', page: 3 },
    { kind: 'heading', level: 1, text: '2 Climate', page: 5 },
  ];
  const entry = (title: string, page: number, x = 50) => ({ title, printed: page, x, fontSize: 10 });

  test('a heading on another page than its entry is named; pages stay as read', () => {
    const { blocks: out, notes } = checkAgainstContents(blocks, [entry('1 Governance', 11), entry('1.1 Ethics', 12, 70), entry('2 Climate', 14)], printed);
    expect(out.map((b) => b.page)).toEqual(blocks.map((b) => b.page));
    expect(notes).toEqual(['the contents page gives another page for 1 heading than where it was read: "2 Climate" on p. 14 (read on p. 15); pages are as read, check the contents page']);
  });

  test('an entry that matches a line of text on its page makes it a heading, at its indent\'s level', () => {
    const { blocks: out, notes } = checkAgainstContents(blocks, [entry('Governance', 11), entry('Ethics', 12, 70), entry('Risk Management', 13, 70), entry('Climate', 15)], printed);
    expect(out[3]).toEqual({ kind: 'heading', level: 2, text: '1.2 Risk Management', page: 3 });
    expect(notes).toEqual(['1 heading taken from the contents page that its style did not mark: "1.2 Risk Management" (p. 13)']);
  });

  test('a line far from its entry\'s page, or a one-word title, is left as text; entries without a heading are named', () => {
    const { blocks: out, notes } = checkAgainstContents(blocks, [entry('1.2 Risk Management', 14), entry('2.1 Scope 3 Emissions', 15), entry('Risk', 13)], printed);
    expect(out[3]!.kind).toBe('paragraph');
    expect(notes).toEqual(['3 entries of the contents page match no heading: "1.2 Risk Management" (p. 14), "2.1 Scope 3 Emissions" (p. 15), "Risk" (p. 13)']);
  });

  test('a title quoted in a note carries no control or bidi character', () => {
    const { notes } = checkAgainstContents(blocks, [entry('Climate\u001b[2J\u202eevil', 12)], printed);
    expect(notes).toEqual(['1 entry of the contents page matches no heading: "Climate [2J evil" (p. 12)']);
  });

  test('a footer\'s year on the contents page is no entry', () => {
    expect(checkAgainstContents(blocks, [entry('Annual Report', 2025)], printed).notes).toEqual([]);
  });
});

describe('in the PDF reader', () => {
  const run = (text: string, x: number, y: number, fontSize = 10, bold = false): PlacedRun => ({ text, x, y, width: text.length * fontSize * 0.5, fontSize, bold });
  const rawPage = (index: number, runs: PlacedRun[]): RawPage => ({ index, width: 595, height: 842, runs: [...runs, run(String(index), 290, 820, 8)] });
  const body = (y: number, text = 'Our teams reviewed the figures with every site and its suppliers during the year.'): PlacedRun => run(text, 50, y);
  const raw: RawPdf = {
    info: {},
    outline: [],
    pageLabels: undefined,
    tagged: false,
    pages: [
      rawPage(1, [run('Contents', 50, 60, 18, true), run('1 Governance', 50, 100), run('2', 400, 100), run('2 Safety at Work', 50, 120), run('4', 400, 120), run('3 Climate', 50, 140), run('4', 400, 140)]),
      rawPage(2, [run('1 Governance', 50, 80, 16, true), body(110), body(124), body(138)]),
      rawPage(3, [body(80), body(94), run('3 Climate', 50, 140, 16, true), body(170), body(184)]),
      // The heading in body type: the style ranking cannot tell it from text.
      rawPage(4, [run('2 Safety at Work', 50, 80), body(120), body(134), run('Closing words', 50, 170, 16, true), body(200)]),
    ],
  };

  test('the contents page finds the missed heading and flags the one on another page', () => {
    const doc = layOutRead(raw, 'r.pdf');
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => [b.kind === 'heading' ? b.level : 0, b.text, b.page]);
    expect(headings).toEqual([
      [1, '1 Governance', 2],
      [1, '3 Climate', 3],
      [1, '2 Safety at Work', 4],
      [1, 'Closing words', 4],
    ]);
    expect(doc.notes).toContain('the contents page gives another page for 1 heading than where it was read: "3 Climate" on p. 4 (read on p. 3); pages are as read, check the contents page');
    expect(doc.notes).toContain('1 heading taken from the contents page that its style did not mark: "2 Safety at Work" (p. 4)');
  });
});
