// The section tree: depth, parents, paths, lines, text — with CRLF, Setext and odd headings.
import { parseMarkdownReport } from '../../src/ingest/index.js';

const report = (text: string, path = 'r.md') => parseMarkdownReport([{ path, text }]);
const outline = (text: string) => report(text).sections.map((s) => [s.title, s.depth, s.parent, s.line, s.endLine]);

describe('section tree', () => {
  test('skipped levels: an h4 under an h2 is its child; an h3 after it is the h2’s child', () => {
    expect(outline('# One\n## Two\n#### Four\n### Three\n## Two b\n')).toEqual([
      ['r.md', 0, null, 1, 5],
      ['One', 1, 0, 1, 5],
      ['Two', 2, 1, 2, 4],
      ['Four', 4, 2, 3, 3],
      ['Three', 3, 2, 4, 4],
      ['Two b', 2, 1, 5, 5],
    ]);
  });

  test('a document that starts deep: h3 then h1', () => {
    expect(outline('### Deep\n\n# Top\n\n## Under\n')).toEqual([
      ['r.md', 0, null, 1, 5],
      ['Deep', 3, 0, 1, 2],
      ['Top', 1, 0, 3, 5],
      ['Under', 2, 2, 5, 5],
    ]);
  });

  test('CRLF line endings and Setext headings (= is h1, - is h2); a two-line Setext title becomes one line', () => {
    const text = ['Report Title', '============', '', 'Intro.', '', 'First part', 'continued', '----------', '', 'Body', ''].join('\r\n');
    const r = report(text);
    expect(r.files).toEqual([{ path: 'r.md', lines: 10 }]);
    expect(r.sections.map((s) => [s.title, s.depth, s.parent, s.line, s.endLine, s.text])).toEqual([
      ['r.md', 0, null, 1, 10, ''],
      ['Report Title', 1, 0, 1, 10, 'Intro.'],
      ['First part continued', 2, 1, 6, 10, 'Body'],
    ]);
  });

  test('titles keep decorations, numbering, emoji and inline markup text; only outer space is trimmed', () => {
    const r = report('## ■ 3.2 **Green** Production 🌱   \n#   ● 二、*应对*气候变化 ##\n### [Link](https://x.test) `code`\n###\n');
    expect(r.sections.slice(1).map((s) => s.title)).toEqual(['■ 3.2 Green Production 🌱', '● 二、应对气候变化', 'Link code', '']);
    expect(r.sections[2]!.headingPath).toEqual(['● 二、应对气候变化']);
  });

  test('duplicate headings are separate sections with the same path', () => {
    const r = report('# A\n## Same\nx\n## Same\ny\n');
    expect(r.sections.map((s) => [s.title, s.line, s.text])).toEqual([
      ['r.md', 1, ''],
      ['A', 1, ''],
      ['Same', 2, 'x'],
      ['Same', 4, 'y'],
    ]);
    expect(r.sections[2]!.headingPath).toEqual(r.sections[3]!.headingPath);
  });

  test('text: lists and quotes line by line, table cells by spaces, code kept, images by alt text', () => {
    const r = report(
      '# A\nPara *one*\ncontinues.\n\n- item 1\n- item **2**\n\n> quoted\n\n| h1 | h2 |\n|---|---|\n| 应对 | 气候 |\n\n```\ncode line\n```\n\n![Solar panels](x.png)\n\n## B\nb text\n',
    );
    expect(r.sections[1]!.text).toBe('Para one\ncontinues.\nitem 1\nitem 2\nquoted\nh1 h2\n应对 气候\ncode line\nSolar panels');
    expect(r.sections[2]!.text).toBe('b text');
  });

  test('an empty file, and a file without headings', () => {
    const empty = report('');
    expect(empty.files).toEqual([{ path: 'r.md', lines: 0 }]);
    expect(empty.sections).toEqual([
      { index: 0, title: 'r.md', depth: 0, headingPath: [], parent: null, file: 'r.md', line: 1, column: 1, pages: [], endLine: 1, text: '' },
    ]);
    expect(empty.pages).toEqual([]);
    const flat = report('Just text <!-- disclose: GRI 2-1 -->\nno newline at end');
    expect(flat.files[0]!.lines).toBe(2);
    expect(flat.sections).toHaveLength(1);
    expect(flat.tags).toEqual([expect.objectContaining({ id: 'GRI 2-1', section: 0, line: 1, column: 26 })]);
  });

  test('a heading inside a block quote or list item does not open a section', () => {
    const r = report('# A\n\n> ## Quoted heading\n\n- ## Listed heading\n');
    expect(r.sections.map((s) => s.title)).toEqual(['r.md', 'A']);
    expect(r.sections[1]!.text).toBe('Quoted heading\nListed heading');
  });

  test('indented headings keep their column', () => {
    const r = report('   ## Indented\n');
    expect(r.sections[1]).toMatchObject({ title: 'Indented', line: 1, column: 4 });
  });
});
