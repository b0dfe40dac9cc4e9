// Nesting limits (src/ingest/markdown/nesting.ts): how deep a line's container prefix goes, and the refusals.
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { containerDepth, MAX_NESTING, MAX_TREE_DEPTH } from '../../src/ingest/markdown/nesting.js';
import { inputError } from './support.js';

describe('containerDepth', () => {
  test.each<[string, number]>([
    ['Plain text', 0],
    ['2025 was a good year', 0],
    ['-1 degrees', 0],
    ['> quote', 1],
    ['> > > quote', 3],
    ['>>> quote', 3],
    ['- item', 1],
    ['- - - item', 3],
    ['1. item', 1],
    ['12) item', 1],
    ['> - 1. item', 3],
    // indentation before a marker: one level per two columns (the least a list item indents)
    ['  - item', 2],
    ['      - item', 4],
    ['\t\t- item', 5],
    ['>     - item', 4], // an upper bound: here the quote holds indented code
    // indentation without a marker is code or a continuation: no level of its own
    ['        code', 0],
    // thematic breaks are no nesting
    ['- - - -', 0],
    ['* * * * * *', 0],
    ['> > > >', 4],
  ])('%j -> %i', (line, depth) => {
    expect(containerDepth(line)).toBe(depth);
  });
});

describe('refusals', () => {
  test(`a line nesting more than ${MAX_NESTING} levels is refused with its line; ${MAX_NESTING} levels are fine`, () => {
    const ok = parseMarkdownReport([{ path: 'r.md', text: `# A\n\n${'> '.repeat(MAX_NESTING)}x\n` }]);
    expect(ok.sections).toHaveLength(2);
    const error = inputError(() => parseMarkdownReport([{ path: 'r.md', text: `# A\n\n${'- '.repeat(MAX_NESTING + 1)}x\n` }]));
    expect(error.message).toBe(`\`r.md\`: line 3 nests block quotes and lists more than ${MAX_NESTING} levels deep; expected a report nested at most ${MAX_NESTING} levels`);
  });

  test(`a tree deeper than ${MAX_TREE_DEPTH} nodes (nested emphasis) is refused with its line in the file`, () => {
    const stars = '*'.repeat(2 * MAX_TREE_DEPTH + 10);
    const error = inputError(() => parseMarkdownReport([{ path: 'r.md', text: `# A\n\ntext\n\n${stars}x${stars}\n` }]));
    expect(error.message).toMatch(/^`r\.md`: line 5 nests emphasis, links, block quotes or lists more than 1000 levels deep/);
  });
});
