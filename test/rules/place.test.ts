// Where a rule reports its subject (src/rules/place.ts) and when a fix gets a range (src/rules/fix-range.ts),
// for subjects with lines (Markdown) and without (a PDF or DOCX reader's spans).
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { placeOf } from '../../src/rules/place.js';
import { spanRange } from '../../src/rules/fix-range.js';

const report = parseMarkdownReport([
  { path: 'r.md', text: '# Report\n\n<!-- page: 3 -->\n\n## Emissions\n\n### Scope 1\n\n<!-- disclose: GRI 305-1 -->\nText.\n' },
]);
const scope1 = report.sections.findIndex((s) => s.title === 'Scope 1');

describe('placeOf', () => {
  test('a subject with a line is placed by its line and column alone, as findings always were', () => {
    const tag = report.tags[0]!;
    expect(placeOf(tag, report.sections)).toEqual({ file: 'r.md', line: tag.line, column: tag.column });
    expect(Object.keys(placeOf(tag, report.sections))).toEqual(['file', 'line', 'column']);
  });

  test('a subject without a line is placed by its page (else its section\'s) and its section', () => {
    expect(placeOf({ file: 'r.pdf', section: scope1 }, report.sections)).toEqual({
      file: 'r.pdf', page: 3, section: 'Scope 1', headingPath: ['Report', 'Emissions', 'Scope 1'],
    });
    expect(placeOf({ file: 'r.pdf', page: 7 }, report.sections, scope1)).toMatchObject({ page: 7, section: 'Scope 1' });
  });

  test('the document root is no section to turn to', () => {
    expect(placeOf({ file: 'r.pdf', page: 1, section: 0 }, report.sections)).toEqual({ file: 'r.pdf', page: 1 });
  });
});

describe('spanRange', () => {
  test('a span with offsets gets a range; one without (a PDF cell) gets none', () => {
    expect(spanRange({ text: '2-1', file: 'r.md', line: 4, column: 3, offset: 20, endOffset: 23 })).toEqual({
      file: 'r.md', start: { line: 4, column: 3, offset: 20 }, end: { line: 4, column: 6, offset: 23 },
    });
    expect(spanRange({ text: '2-1', file: 'r.pdf', page: 34 })).toBeUndefined();
  });
});
