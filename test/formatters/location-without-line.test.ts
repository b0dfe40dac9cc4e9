// A finding from a source without lines (PDF, DOCX: issue 12, item 1) is placed by its page and section.
// Every formatter prints that place (`p. 34, "Green Production"`), never `undefined` or a made-up line;
// SARIF has a region only where there is a line. Fed from a synthetic result as a PDF reader will produce it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { formatters } from '../../src/formatters/index.js';
import { fileWithPlace, messageWithPlace, placeText, positionText } from '../../src/formatters/location.js';
import type { CheckResult } from '../../src/model/finding.js';
import { findingLocation } from '../../src/model/location.js';
import { packageRoot } from '../../src/paths.js';

const paged = JSON.parse(readFileSync(join(packageRoot, 'test', 'fixtures', 'formatters', 'paged.json'), 'utf8')) as CheckResult;
const format = (name: string, locale?: 'en' | 'zh'): string => formatters[name]!(paged, { color: false, ...(locale ? { locale } : {}) });

describe('the place of a finding without a line', () => {
  test('page and section, either alone, the printed page label first; nothing when neither is known', () => {
    expect(placeText({ file: 'r.pdf', page: 34, section: 'Green Production' })).toBe('p. 34, "Green Production"');
    expect(placeText({ file: 'r.pdf', page: 34, section: '绿色生产' }, 'zh')).toBe('第 34 页，“绿色生产”');
    expect(placeText({ file: 'r.pdf', page: 4, pageLabel: 'iv' })).toBe('p. iv');
    expect(placeText({ file: 'r.pdf', section: 'About us' })).toBe('"About us"');
    expect(placeText({ file: 'r.pdf' })).toBeUndefined();
  });

  test('a line wins where there is one: Markdown output is as it was', () => {
    const markdown = { file: 'r.md', line: 12, column: 3, page: 34, section: 'Green Production', message: 'm' };
    expect(positionText(markdown)).toBe('12:3');
    expect(fileWithPlace(markdown)).toBe('r.md');
    expect(messageWithPlace(markdown)).toBe('m');
  });

  test('findingLocation keeps line and column where the source has lines, else page and section', () => {
    const at = { file: 'r.md', line: 5, column: 1, offset: 40, page: 3, section: 'About us', headingPath: ['About us'] };
    expect(findingLocation(at)).toEqual({ file: 'r.md', line: 5, column: 1 });
    const pdf = { file: 'r.pdf', page: 3, pageLabel: 'iii', section: 'About us', headingPath: ['About us'] };
    expect(findingLocation(pdf)).toEqual(pdf);
  });

  test('stylish: the place in the position column, `-` for the whole file', () => {
    const out = format('stylish');
    expect(out).toMatch(/^ {2}p\. 34, "Green Production" +error +Title of/m);
    expect(out).toContain('p. iv, "GRI Content Index"');
    expect(out).toMatch(/^ {2}-\s+error\s+`GRI 2-7`/m);
    expect(out).not.toMatch(/undefined/);
    expect(format('stylish', 'zh')).toContain('第 34 页，“Green Production”');
  });

  test('github: a file-level annotation led by the place', () => {
    const lines = format('github').trimEnd().split('\n');
    expect(lines[0]).toBe('::error file=report.pdf,title=title-mismatch::p. 34, "Green Production": Title of `GRI 305-1` does not match (Direct (Scope 1) GHG emissions).');
    expect(lines.join('\n')).not.toMatch(/line=|col=/);
    expect(lines[3]).toBe('::error file=report.pdf,title=missing-disclosure::`GRI 2-7` (Employees) is required but neither reported nor omitted.');
  });

  test('gitlab: the place leads the description; the line is the file\'s first, as for any file-level finding', () => {
    const issues = JSON.parse(format('gitlab')) as { description: string; location: { lines: { begin: number } } }[];
    expect(issues[0]!.description).toBe('p. 34, "Green Production": Title of `GRI 305-1` does not match (Direct (Scope 1) GHG emissions).');
    expect(issues.map((i) => i.location.lines.begin)).toEqual([1, 1, 1, 1]);
  });

  test('markdown: file and place in the location cell, escaped', () => {
    const out = format('markdown');
    expect(out).toContain('| report.pdf, p. 34, "Green Production" | title-mismatch |');
    expect(out).toContain('| report.pdf, "About \\<this\\> report \\| 100%" | unknown-disclosure |');
    expect(out).toContain('| report.pdf | missing-disclosure |');
  });

  test('junit: the place where a line would be', () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(format('junit')) as object;
    const text = JSON.stringify(parsed);
    expect(text).toContain('report.pdf, p. 34, \\"Green Production\\" error title-mismatch');
    expect(text).toContain('report.pdf, p. iv, \\"GRI Content Index\\"');
    expect(text).not.toMatch(/undefined/);
  });

  test('html: the place in the finding\'s position cell, escaped', () => {
    const out = format('html');
    expect(out).toMatch(/<td class="where">report\.pdf, p\. 34, (&quot;|")Green Production(&quot;|")<\/td>/);
    expect(out).toContain('About &lt;this&gt; report | 100%');
    expect(format('html', 'zh')).toMatch(/第 34 页，“Green Production”/);
  });

  test('sarif: no region without a line; the section as a logical location, the page as a property and in the text', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const results = (JSON.parse(format('sarif')) as any).runs[0].results;
    expect(results[0].locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: 'report.pdf' } },
        logicalLocations: [{ name: 'Green Production', fullyQualifiedName: 'Environment > Green Production' }],
        properties: { page: 34 },
      },
    ]);
    expect(results[0].message.text).toBe('p. 34, "Green Production": Title of `GRI 305-1` does not match (Direct (Scope 1) GHG emissions).');
    expect(results[1].locations[0].properties).toEqual({ page: 4, pageLabel: 'iv' });
    expect(results[3].locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'report.pdf' } } }]);
    expect(results[3].message.text).toBe('`GRI 2-7` (Employees) is required but neither reported nor omitted.');
  });

  test('sarif: a region with its end where the finding has one', () => {
    const ranged: CheckResult = { ...paged, reports: [{ ...paged.reports[0]!, findings: [{ ruleId: 'title-mismatch', severity: 'error', message: 'm', file: 'r.md', line: 3, column: 5, endLine: 3, endColumn: 20 }] }] };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const log = JSON.parse(formatters['sarif']!(ranged, {})) as any;
    expect(log.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 5, endLine: 3, endColumn: 20 });
  });
});
