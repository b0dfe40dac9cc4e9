// Large files are parsed in pieces (src/ingest/markdown/chunks.ts); the pieces must parse as the whole would.
import { chunksOf, CHUNK_MAX_BLOCKS, CHUNK_MIN } from '../../src/ingest/markdown/chunks.js';
import { parseMarkdown } from '../../src/ingest/markdown/parse.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';

const TRICKY = [
  '---',
  'title: Tricky',
  '',
  '# a YAML comment, not a heading',
  '---',
  '',
  '# H1',
  '',
  '```md',
  '',
  '# inside a backtick fence',
  '',
  '````',
  '',
  '# after the fence: four backticks close a three-backtick fence',
  '',
  '~~~~',
  '```',
  '',
  '# inside a tilde fence',
  '~~~~',
  '',
  '<!--',
  '',
  '# inside a comment',
  '',
  '-->',
  '',
  '<pre>',
  '',
  '# inside pre',
  '',
  '</pre>',
  '',
  '- a list',
  '',
  '# H after list',
  '',
  '> a quote',
  '',
  '# H after quote',
  'Para',
  '# H right after a paragraph',
  '',
  '<div>',
  '',
  '# H after a div and a blank line',
  '</div>',
  '',
  '    # indented code',
  '',
  '   # three-space heading',
  '',
  '- item',
  '',
  '  # a heading inside the item, not a top-level heading',
  '',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
  '',
  '## H after table <!-- disclose: GRI 2-1 -->',
  '',
  '[ref]: https://example.test',
  '',
  '# Last',
  '',
].join('\n');

/** Lines where TRICKY is cut with the smallest pieces. */
const LINES = [1, 7, 9, 15, 17, 23, 29, 35, 37, 39, 41, 45, 47, 54, 58, 62, 64, 66];

type Outline = [string, number, number][];

function topLevel(text: string, pieces = chunksOf(text, 1)): Outline {
  const out: Outline = [];
  for (const piece of pieces) {
    for (const node of parseMarkdown(text.slice(piece.start, piece.end)).children) {
      out.push([node.type, node.position!.start.offset! + piece.start, node.position!.end.offset! + piece.start]);
    }
  }
  return out;
}

describe('chunksOf', () => {
  test('cuts only where a new top-level block starts, so pieces parse as the whole does', () => {
    const pieces = chunksOf(TRICKY, 1);
    const cutLines = pieces.map((p) => TRICKY.slice(p.start).split('\n', 1)[0]);
    // Never inside front matter, a fence, a comment or <pre>; never before an indented line (it may
    // belong to a list item) or a paragraph's next line.
    expect(cutLines).toEqual([
      '---',
      '# H1',
      '```md',
      '# after the fence: four backticks close a three-backtick fence',
      '~~~~',
      '<!--',
      '<pre>',
      '- a list',
      '# H after list',
      '> a quote',
      '# H after quote',
      '<div>',
      '# H after a div and a blank line',
      '- item',
      '| a | b |',
      '## H after table <!-- disclose: GRI 2-1 -->',
      '[ref]: https://example.test',
      '# Last',
    ]);
    expect(pieces.map((p) => p.line)).toEqual(LINES);
    expect(topLevel(TRICKY)).toEqual(topLevel(TRICKY, [{ start: 0, end: TRICKY.length, line: 1 }]));
  });

  test('small files are one piece', () => {
    expect(chunksOf('# A\n\n# B\n')).toEqual([{ start: 0, end: 9, line: 1 }]);
    expect(chunksOf('x'.repeat(2 * CHUNK_MIN - 1))).toHaveLength(1);
  });

  test('a small file of many short blocks is cut every CHUNK_MAX_BLOCKS blocks (their parse is quadratic)', () => {
    const quotes = '> x\n\n'.repeat(4 * CHUNK_MAX_BLOCKS);
    const pieces = chunksOf(quotes);
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    expect(topLevel(quotes, pieces)).toEqual(topLevel(quotes, [{ start: 0, end: quotes.length, line: 1 }]));
  });

  test('CRLF line endings', () => {
    const crlf = TRICKY.replace(/\n/g, '\r\n');
    expect(chunksOf(crlf, 1).map((p) => p.line)).toEqual(LINES);
    expect(topLevel(crlf)).toEqual(topLevel(crlf, [{ start: 0, end: crlf.length, line: 1 }]));
  });
});

describe('a large report', () => {
  // ~700 KB with 3,000 lists and tables: one remark parse is quadratic here, the pieces are not.
  const parts = ['---\ntitle: Big\n---\n'];
  for (let i = 1; i <= 1500; i++) {
    parts.push(`<!-- page: ${i} -->\n## ■ ${i}. Section ${i}\n\n${'Lorem ipsum dolor sit amet. '.repeat(8)}<!-- disclose: GRI 305-1 -->\n\n`);
    parts.push(`- item one\n- item two <!-- disclose: GRI 3-3 (GRI 305) -->\n\n| a | b |\n|---|---|\n| ${i} | <!-- omit: GRI 2-21 \\| not-applicable \\| none --> |\n\n#### Sub ${i}\n\n应对气候变化。\n\n`);
  }
  const text = parts.join('');

  test('parses in pieces with positions true to the file', () => {
    expect(chunksOf(text).length).toBeGreaterThan(10);
    const started = performance.now();
    const r = parseMarkdownReport([{ path: 'big.md', text }]);
    const elapsed = performance.now() - started;
    expect(r.sections).toHaveLength(3001);
    expect(r.tags).toHaveLength(3000);
    expect(r.omissions).toHaveLength(1500);
    expect(r.pages).toHaveLength(1500);
    const lines = text.split('\n');
    const last = r.sections[3000]!;
    expect(last).toMatchObject({ title: 'Sub 1500', depth: 4, page: 1500, pages: [1500], text: '应对气候变化。' });
    expect(lines[last.line! - 1]).toBe('#### Sub 1500');
    for (const tag of [r.tags[0]!, r.tags[1111]!, r.tags[2999]!]) {
      expect(lines[tag.line! - 1]!.slice(tag.column! - 1).startsWith(tag.raw)).toBe(true);
    }
    // Generous: one remark parse of this text as a whole takes far longer on the same machine.
    expect(elapsed).toBeLessThan(30_000);
  });
});
