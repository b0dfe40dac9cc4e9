// Issue 12, item 1: not only sections but tags, omission directives, index cells and text blocks come
// without lines from a PDF or DOCX reader — a page and the section they stand in are all there is. Simulated
// by taking Markdown reports and removing every line, column and offset, as such a reader never had them.
// Every finding about such a subject is placed by page and section; none has a line, a fix range, or an
// `undefined`/`NaN` in any output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../helpers/run-rule.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { checkReport } from '../../src/engine/run.js';
import { formatters } from '../../src/formatters/index.js';
import type { TextSpan } from '../../src/model/content-index.js';
import type { Finding } from '../../src/model/finding.js';
import type { Report } from '../../src/model/report.js';
import { packageRoot } from '../../src/paths.js';

const FIXTURES = ['test/fixtures/index-audit/errors-en.md', 'test/fixtures/index-audit/tags-and-index.md', 'test/fixtures/reports/errors-tags.md'];
const markdown = (path: string): Report => parseMarkdownReport([{ path, text: readFileSync(join(packageRoot, path), 'utf8') }]);

/** The report as a reader of a source without lines gives it: pages and sections, no line, column or offset. */
function withoutLines(report: Report): Report {
  const pageOf = (section: number): { page?: number } => {
    const page = report.sections[section]?.page;
    return page === undefined ? {} : { page };
  };
  const span = ({ text, file }: TextSpan, section: number): TextSpan => ({ text, file, ...pageOf(section) });
  return {
    ...report,
    sections: report.sections.map(({ line: _l, column: _c, endLine: _e, ...section }) => section),
    tags: report.tags.map(({ line: _l, column: _c, offset: _o, ...tag }) => ({ ...tag, ...(tag.page === undefined ? pageOf(tag.section) : {}) })),
    omissions: report.omissions.map(({ line: _l, column: _c, offset: _o, ...omission }) => ({ ...omission, ...(omission.page === undefined ? pageOf(omission.section) : {}) })),
    tables: report.tables.map((table) => ({ ...table, rows: table.rows.map((row) => row.map((cell) => span(cell, table.section))) })),
    blocks: report.blocks.map((block) => ({ ...span(block, block.section), section: block.section })),
    // Directive problems and suppressions are Markdown comments: a source without lines has none.
    problems: [],
    suppressions: [],
  };
}

/** A finding's rule and message, the message ids a lineless report uses for the two that name a line. */
const LINELESS_ID: Readonly<Record<string, string>> = {
  listedAgain: 'listedAgainNoLine',
  listedAgainForTopic: 'listedAgainForTopicNoLine',
  taggedElsewhere: 'taggedElsewhereInSections',
};
const identity = (f: Finding, lineless: boolean): string => `${f.ruleId} ${lineless ? (LINELESS_ID[f.messageId ?? ''] ?? f.messageId) : f.messageId} ${f.disclosure ?? ''}`;

describe.each(FIXTURES)('%s without lines, columns or offsets', (path) => {
  const withLines = markdown(path);
  const lineless = withoutLines(withLines);
  const check = (report: Report): Finding[] =>
    checkReport({ ...report, problems: [], suppressions: [] }, catalog, path, {}, {}, 'en').result.findings;

  test('the model allows it', () => {
    expect(lineless.tags.length + lineless.tables.length).toBeGreaterThan(0);
    expect(lineless.tags.every((t) => t.line === undefined && t.offset === undefined)).toBe(true);
    expect(lineless.tables.flatMap((t) => t.rows.flat()).every((c) => c.line === undefined && c.offset === undefined)).toBe(true);
  });

  test('check finds the same, each placed by page and section where the Markdown one had a line', () => {
    const before = check(withLines);
    const after = check(lineless);
    expect(before.length).toBeGreaterThan(0);
    expect(after.map((f) => identity(f, true)).sort()).toEqual(before.map((f) => identity(f, true)).sort());
    expect(after.filter((f) => f.line !== undefined || f.column !== undefined)).toEqual([]);
    // Fixes stay as advice: there is no text to replace in place.
    expect(after.filter((f) => f.fix?.range !== undefined)).toEqual([]);
    // Every finding that had a line is now placed by a page or a section: as many as before.
    const placed = after.filter((f) => f.page !== undefined || f.section !== undefined);
    expect(placed.length).toBe(before.filter((f) => f.line !== undefined).length);
    expect(placed.length).toBeGreaterThan(0);
    for (const f of placed) {
      if (f.section !== undefined) expect(f.section.length).toBeGreaterThan(0);
      if (f.page !== undefined) expect(Number.isInteger(f.page)).toBe(true);
    }
  });

  test('no output prints undefined or NaN', () => {
    const report = checkReport({ ...lineless }, catalog, path, {}, {}, 'en').result;
    const result = { tool: { name: 'disclose', version: '0.0.0-test' }, reports: [report] };
    for (const [name, format] of Object.entries(formatters)) {
      const out = format!(result, { color: false });
      expect([name, /\bundefined\b|\bNaN\b/.test(out)]).toEqual([name, false]);
    }
  });
});

test('a repeated index row and a row tagged elsewhere say so without naming a line', () => {
  const findings = FIXTURES.flatMap((path) => checkReport(withoutLines(markdown(path)), catalog, path, {}, {}, 'en').result.findings);
  const messages = findings.filter((f) => f.messageId !== undefined && Object.values(LINELESS_ID).includes(f.messageId)).map((f) => f.message);
  expect(messages.length).toBeGreaterThan(0);
  expect(messages.filter((m) => /\bline\b/.test(m))).toEqual([]);
});
