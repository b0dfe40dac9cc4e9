// Heading and list numbers as Word shows them (numbering.xml): formats, counters shared by the nums of
// one abstract definition, restarts, start overrides, legal numbering.
import { layOutDocx } from '../../../src/ingest/docx/lay-out.js';
import { formatNumber } from '../../../src/ingest/docx/number-formats.js';
import { brief, docxWith, numbering, styles } from './support.js';

describe('number formats', () => {
  test.each([
    [1, 'decimal', '1'],
    [7, 'decimalZero', '07'],
    [14, 'upperRoman', 'XIV'],
    [49, 'lowerRoman', 'xlix'],
    [3, 'upperLetter', 'C'],
    [28, 'lowerLetter', 'bb'],
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCounting', '二十'],
    [35, 'chineseCountingThousand', '三十五'],
    [105, 'chineseCountingThousand', '一百零五'],
    [1010, 'chineseCountingThousand', '一千零一十'],
    [12, 'chineseLegalSimplified', '壹拾贰'],
    [3, 'ideographTraditional', '丙'],
    [2, 'decimalEnclosedCircle', '②'],
    [12, 'decimalFullWidth', '１２'],
    [5, 'bullet', ''],
    [5, 'someFutureFormat', '5'],
  ])('%i as %s is %j', (n, format, shown) => {
    expect(formatNumber(n, format)).toBe(shown);
  });
});

const heading = (text: string, ilvl: number, numId = 1): string =>
  `<w:p><w:pPr><w:pStyle w:val="H"/><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr><w:outlineLvl w:val="${ilvl}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const lvl = (ilvl: number, text: string, extra = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;

async function headings(body: string, defs: string): Promise<string[]> {
  const bytes = await docxWith(body, { 'word/numbering.xml': numbering(defs), 'word/styles.xml': styles('<w:style w:type="paragraph" w:styleId="H"><w:name w:val="Outline"/></w:style>') });
  return brief((await layOutDocx(bytes, 'n.docx')).blocks);
}

describe('counters', () => {
  test('a deeper level restarts when a shallower one advances, unless w:lvlRestart says never', async () => {
    const defs = `<w:abstractNum w:abstractNumId="0">${lvl(0, '%1')}${lvl(1, '%1.%2')}${lvl(2, '(%3)', '<w:lvlRestart w:val="0"/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body = [heading('A', 0), heading('B', 1), heading('C', 2), heading('D', 1), heading('E', 0), heading('F', 1), heading('G', 2)].join('');
    expect(await headings(body, defs)).toEqual(['H1 1 A', 'H2 1.1 B', 'H3 (1) C', 'H2 1.2 D', 'H1 2 E', 'H2 2.1 F', 'H3 (2) G']);
  });

  test('nums of one abstract definition share its counters; a start override restarts on first use', async () => {
    const defs = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'Part %1')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
    const body = [heading('A', 0, 1), heading('B', 0, 2), heading('C', 0, 3), heading('D', 0, 3)].join('');
    expect(await headings(body, defs)).toEqual(['H1 Part 1 A', 'H1 Part 2 B', 'H1 Part 1 C', 'H1 Part 2 D']);
  });

  test('a legal level shows every component as decimal; a level with no text shows no number', async () => {
    const defs = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>${lvl(1, '%1.%2', '<w:isLgl/>')}${lvl(2, '')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(await headings([heading('A', 0), heading('B', 0), heading('C', 1), heading('D', 2)].join(''), defs)).toEqual(['H1 I. A', 'H1 II. B', 'H2 2.1 C', 'H3 D']);
  });

  test('a paragraph deleted in tracked changes takes no number; an empty numbered one takes its number but is no block', async () => {
    const defs = `<w:abstractNum w:abstractNumId="0">${lvl(0, '%1')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const deleted = `<w:p><w:pPr><w:pStyle w:val="H"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/><w:rPr><w:del w:id="1" w:author="R" w:date="2026-01-01T00:00:00Z"/></w:rPr></w:pPr><w:del w:id="2" w:author="R" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>Dropped</w:delText></w:r></w:del></w:p>`;
    const body = [heading('A', 0), deleted, heading('B', 0), heading('', 0), heading('C', 0)].join('');
    expect(await headings(body, defs)).toEqual(['H1 1 A', 'H1 2 B', 'H1 4 C']);
  });

  test('a list defined by a list style (w:numStyleLink) numbers with that style\'s levels and counters', async () => {
    const defs = [
      `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="ChapterList"/>${lvl(0, 'Chapter %1')}${lvl(1, '%1.%2')}</w:abstractNum>`,
      '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ChapterList"/></w:abstractNum>',
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
    ].join('');
    const listStyle = '<w:style w:type="numbering" w:styleId="ChapterList"><w:name w:val="Chapter List"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const bytes = await docxWith([heading('A', 0, 2), heading('B', 1, 2), heading('C', 0, 1)].join(''), {
      'word/numbering.xml': numbering(defs),
      'word/styles.xml': styles(`<w:style w:type="paragraph" w:styleId="H"><w:name w:val="Outline"/></w:style>${listStyle}`),
    });
    expect(brief((await layOutDocx(bytes, 'n.docx')).blocks)).toEqual(['H1 Chapter 1 A', 'H2 1.1 B', 'H1 Chapter 2 C']);
  });

  test('a number to a missing num or level shows nothing and does not fail', async () => {
    expect(await headings(heading('A', 0, 9) + heading('B', 5), `<w:abstractNum w:abstractNumId="0">${lvl(0, '%1')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`)).toEqual([
      'H1 A',
      'H6 B',
    ]);
  });
});
