// One messy single-file report (test/fixtures/ingest/messy.md) read end to end.
import { readReport } from '../../src/ingest/index.js';
import type { Report } from '../../src/model/report.js';
import { fixture } from './support.js';

let report: Report;
const file = fixture('messy.md');

beforeAll(async () => {
  report = await readReport([file]);
});

const brief = (r: Report) =>
  r.sections.map((s) => ({ title: s.title, depth: s.depth, parent: s.parent, line: s.line, endLine: s.endLine, page: s.page, pages: s.pages }));

describe('messy.md', () => {
  test('front matter becomes meta, dates and topics normalised', () => {
    expect(report.meta).toEqual({
      title: 'Acme Group 2025 Sustainability Report',
      organization: 'Acme Group Co., Ltd.',
      period: { start: '2025-01-01', end: '2025-12-31' },
      published: '2026-04-20',
      language: 'en',
      frameworks: { gri: { claim: 'in-accordance', 'material-topics': ['GRI 305', 'GRI 403'] }, hkex: {} },
    });
    expect(report.files).toEqual([{ path: file, lines: 67 }]);
  });

  test('section tree: decorations kept, skipped levels, Setext, duplicates, CJK', () => {
    expect(brief(report)).toEqual([
      { title: 'Acme Group 2025 Sustainability Report', depth: 0, parent: null, line: 1, endLine: 67, page: undefined, pages: [1, 2, 3, 4] },
      { title: '■ About This Report', depth: 1, parent: 0, line: 18, endLine: 51, page: 1, pages: [1, 2, 3, 4] },
      { title: '• 1.1 Organizational Profile', depth: 2, parent: 1, line: 22, endLine: 31, page: 1, pages: [1] },
      { title: '● Skipped straight to h4', depth: 4, parent: 2, line: 26, endLine: 31, page: 1, pages: [1] },
      { title: 'Governance Overview', depth: 2, parent: 1, line: 32, endLine: 41, page: 2, pages: [2, 3] },
      { title: '■ 3.2 Green Production 🌱', depth: 2, parent: 1, line: 42, endLine: 46, page: 3, pages: [3] },
      { title: '■ 3.2 Green Production 🌱', depth: 2, parent: 1, line: 47, endLine: 51, page: 3, pages: [3, 4] },
      { title: '应对气候变化', depth: 1, parent: 0, line: 52, endLine: 67, page: 4, pages: [4] },
    ]);
    expect(report.sections.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(report.sections[3]!.headingPath).toEqual(['■ About This Report', '• 1.1 Organizational Profile', '● Skipped straight to h4']);
    expect(report.sections[7]!.headingPath).toEqual(['应对气候变化']);
    expect(report.sections[0]!.headingPath).toEqual([]);
    expect(report.sections.every((s) => s.file === file && s.column === 1)).toBe(true);
    expect(report.pages).toEqual([1, 2, 3, 4]);
  });

  test('section text: own content only, tables as cell text, comments dropped', () => {
    expect(report.sections[0]!.text).toBe('Cover text before any heading.');
    expect(report.sections[1]!.text).toBe('Reporting scope and boundary.');
    expect(report.sections[3]!.text).toBe('Board composition\nChair');
    expect(report.sections[4]!.text).toBe('Indicator 2025 Note\nScope 1 (tCO2e) 12,345\nScope 2 (tCO2e) 6,789');
    expect(report.sections[7]!.text).toContain('公司持续推进节能减排。');
    expect(report.sections[7]!.text).toContain('Last paragraph.');
    expect(report.sections.some((s) => /disclose: GRI 2-/.test(s.text))).toBe(false);
  });

  test('tags: innermost section, position of each id, page in effect', () => {
    const tags = report.tags.map((t) => [t.id ?? null, t.raw, t.section, t.line, t.column, t.page ?? null, t.topic ?? null]);
    expect(tags).toEqual([
      ['GRI 2-1', 'GRI 2-1', 0, 13, 16, null, null],
      ['GRI 2-2', 'gri 2-2', 0, 13, 25, null, null],
      ['GRI 2-3', 'GRI 2-3', 1, 20, 45, 1, null],
      ['GRI 2-6', 'GRI 2-6', 2, 24, 37, 1, null],
      ['GRI 2-9', 'GRI 2-9', 3, 28, 36, 1, null],
      ['GRI 2-11', 'GRI 2-11', 3, 29, 24, 1, null],
      ['GRI 2-10', 'GRI 2-10', 3, 29, 34, 1, null],
      ['GRI 3-3', 'GRI 3-3 (GRI 305)', 4, 35, 16, 2, 'GRI 305'],
      ['GRI 305-1', 'GRI 305-1', 4, 35, 35, 2, null],
      ['GRI 305-1', 'GRI 305-1', 4, 39, 45, 3, null],
      ['SASB TC-HW-230a.1', 'SASB tc-hw-230a.1', 5, 44, 16, 3, null],
      ['HKEX A1.1', 'HKEX a1.1', 5, 44, 35, 3, null],
      [null, 'Foo 12', 5, 44, 46, 3, null],
      ['GRI 305-4', 'GRI 305-4', 7, 54, 26, 4, null],
      ['GRI 305-5', 'GRI 305-5', 7, 54, 36, 4, null],
    ]);
    expect(report.tags.every((t) => t.file === file)).toBe(true);
    // A directive inside fenced code is an example, not a tag.
    expect(report.tags.some((t) => t.raw === 'GRI 9-9')).toBe(false);
  });

  test('omissions: in a table cell with \\| and on their own; missing parts are empty strings', () => {
    expect(report.omissions.map((o) => [o.id, o.reason, o.explanation, o.section, o.line, o.column, o.page])).toEqual([
      ['GRI 305-3', 'information-unavailable', 'Supplier data not yet collected.', 4, 40, 40, 3],
      ['GRI 2-21', 'confidentiality-constraints', 'Remuneration data is commercially sensitive.', 7, 56, 12, 4],
      ['GRI 2-19', '', '', 7, 57, 12, 4],
    ]);
  });

  test('malformed directives become problems with positions', () => {
    expect(report.problems.map((p) => [p.line, p.column, p.raw])).toEqual([
      [58, 1, '<!-- disclose: -->'],
      [59, 1, '<!-- page: abc -->'],
      [60, 1, '<!-- disclosure: GRI 2-7 -->'],
      [61, 1, '<!-- disclose GRI 2-8 -->'],
    ]);
    const [empty, page, unknown, colon] = report.problems.map((p) => p.message);
    expect(empty).toBe('`disclose:` names no disclosure; expected one or more ids separated by `,` or `;`');
    expect(page).toContain('`page:` value `abc` is not a page number');
    expect(unknown).toBe('Unknown directive `disclosure:`; expected `disclose:`, `omit:` or `page:`');
    expect(colon).toContain('`disclose` directive has no colon');
    expect(report.problems.every((p) => p.file === file)).toBe(true);
  });
});
