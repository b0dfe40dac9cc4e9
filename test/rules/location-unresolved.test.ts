import { findings, frontMatter, lineOf, STATEMENT, type Claim } from '../helpers/run-rule.js';

const RULE = 'location-unresolved';
const head = (claim: Claim): string =>
  frontMatter(`published: 2025-04-20\norganization: Acme\nperiod: { start: 2024-01-01, end: 2024-12-31 }\nframeworks:\n  gri:\n    claim: ${claim}`);

// A report of pages 1-20 with numbered, decorated and Chinese headings.
const PAGED = `<!-- page: 1 -->

# Acme 2024 Sustainability Report

<!-- page: 3 -->

# 1 About Acme

## 1.1 Company Profile

Acme Ltd makes bicycles in Leeds.

<!-- page: 8 -->

# 3 Environment 🌱

## ■ 3.2 Green Production 🌱

Our plant runs on solar power.

## 3.3 Anti-corruption

All staff were trained.

## 一、公司治理

董事会由七名董事组成。

<!-- page: 20 -->

`;

// The same report without page markers.
const UNPAGED = PAGED.replace(/<!-- page: \d+ -->\n\n/g, '');

function report(location: string, page: string, { claim = 'in-accordance' as Claim, body = PAGED } = {}): string {
  return (
    head(claim) +
    body +
    `## GRI Content Index\n\n${STATEMENT[claim]}\n\nGRI 1 used: GRI 1: Foundation 2021\n\n` +
    '| GRI Standard | Disclosure | Title | Location | Page |\n|---|---|---|---|---|\n' +
    '| GRI 2: General Disclosures 2021 | 2-1 | Organizational details | Company Profile | 3 |\n' +
    `| | 2-9 | Governance structure and composition | ${location} | ${page} |\n`
  );
}

const ROW = '| 2-9 |';

describe(RULE, () => {
  test.each([
    ['a heading as printed', '1.1 Company Profile', ''],
    ['a heading without its number', 'Company Profile', ''],
    ['a heading in other case', 'company profile', '3'],
    ['a decorated, numbered heading matched by its words (■ 3.2 Green Production 🌱)', 'Green Production', ''],
    ['the decorated heading as printed', '■ 3.2 Green Production 🌱', ''],
    ['`Chapter - Section`', 'Environment - Green Production', ''],
    ['`Chapter – Section` (en dash)', 'Environment – Green Production', ''],
    ['`Chapter — Section` (em dash)', 'Environment — Green Production', ''],
    ['`Chapter > Section`', 'Environment > Green Production', ''],
    ['a hyphen inside a section name', 'Anti-corruption', ''],
    ['`Chapter - Section` with a hyphenated section', 'Environment - Anti-corruption', ''],
    ['a chapter that is a running head, not a heading', 'Sustainability - Green Production', ''],
    ['two sections separated by `;`', 'Company Profile; Green Production', ''],
    ['two sections separated by `；`', 'Company Profile；Green Production', ''],
    ['a Chinese heading without its numbering (一、)', '公司治理', ''],
    ['a section and its page in one cell', 'About Acme, p. 3', ''],
    ['a section with the page in parentheses', 'Green Production (p. 8)', ''],
    ['the first page', '', '1'],
    ['the last page', '', '20'],
    ['a page between two markers', '', '5'],
    ['a page range inside the report', '', '3-8'],
    ['a page list with commas', '', '3, 8'],
    ['a page list with `、`', '', '3、8'],
    ['two ranges separated by a space', '', '3-5 8-9'],
    ['`pp.`', '', 'pp. 3-8'],
    ['`第3页`', '', '第3页'],
    ['`Not applicable` (omission rules’ business)', 'Not applicable', ''],
    ['`/` (omission rules’ business)', '/', ''],
    ['`—` (omission rules’ business)', '—', ''],
  ])('valid: %s', (_name, location, page) => {
    expect(findings(RULE, report(location, page))).toEqual([]);
  });

  test.each([
    ['a page far beyond the last marker', '', '999'],
    ['a range past the last marker', '', '18-25'],
  ])('valid: no page markers → pages are not checked (%s)', (_name, location, page) => {
    expect(findings(RULE, report(location, page, { body: UNPAGED }))).toEqual([]);
  });

  test('valid: no page markers → sections are still checked', () => {
    const text = report('Green Production', '', { body: UNPAGED });
    expect(findings(RULE, text)).toEqual([]);
    const wrong = report('Green Manufacturing', '', { body: UNPAGED });
    expect(findings(RULE, wrong)).toEqual([expect.objectContaining({ severity: 'error', line: lineOf(wrong, ROW) })]);
  });

  test.each([
    ['a page after the last page', '', '21', /page `21`, outside the report's pages \(1–20\)/],
    ['page 0', '', '0', /page `0`, outside/],
    ['a range running past the last page', '', '18-22', /page `18-22`, outside/],
    ['a section that exists on a page outside the report', 'Company Profile', '88', /page `88`, outside/],
    ['a range running backwards', '', '12-10', /page range `12-10`, which runs backwards/],
    ['a section that is no heading', 'Whistleblower Hotline', '', /`Whistleblower Hotline`, which is not a heading/],
    ['a near miss of a heading', 'Green Manufacturing', '8', /`Green Manufacturing`, which is not a heading/],
    ['`Chapter - Section` whose section is no heading', 'Environment - Water Stewardship', '', /`Environment - Water Stewardship`/],
    ['the disclosure title pasted into the location column', 'Governance structure and composition', '', /`Governance structure and composition`, which is not a heading/],
    ['the second of two sections', 'Company Profile; Board of Directors', '', /`Board of Directors`/],
  ])('invalid: %s', (_name, location, page, message) => {
    const text = report(location, page);
    const result = findings(RULE, text);
    expect(result).toEqual([expect.objectContaining({ severity: 'error', disclosure: 'GRI 2-9', line: lineOf(text, ROW), file: 'report.md' })]);
    expect(result[0]!.message).toMatch(message);
  });

  test('invalid: with-reference → warning', () => {
    const text = report('Whistleblower Hotline', '', { claim: 'with-reference' });
    expect(findings(RULE, text)).toEqual([expect.objectContaining({ severity: 'warning', disclosure: 'GRI 2-9', line: lineOf(text, ROW) })]);
    const page = report('', '64', { claim: 'with-reference' });
    expect(findings(RULE, page)).toEqual([expect.objectContaining({ severity: 'warning', disclosure: 'GRI 2-9', line: lineOf(page, ROW) })]);
  });

  test.each([
    ['in-accordance', 'The Board has seven directors, four of them independent.'],
    ['with-reference', 'The Board has seven directors, four of them independent.'],
    ['in-accordance', 'There were no restatements of information in the reporting year.'],
  ] as [Claim, string][])('invalid: a sentence as location (%s) is an info', (claim, location) => {
    const text = report(location, '', { claim });
    const result = findings(RULE, text);
    expect(result).toEqual([expect.objectContaining({ severity: 'info', disclosure: 'GRI 2-9', line: lineOf(text, ROW) })]);
    expect(result[0]!.message).toMatch(/answers in the index itself/);
  });

  // README: "a page outside the report (when it has `page:` markers), a backwards range, …": a range like 12-10 is wrong whatever the markers.
  test('invalid: a backwards range in a report without page markers', () => {
    const text = report('', '12-10', { body: UNPAGED });
    expect(findings(RULE, text)).toEqual([expect.objectContaining({ severity: 'error', disclosure: 'GRI 2-9', line: lineOf(text, ROW) })]);
  });

  // Decision 6: prose is a sentence of at least six words; a two-word section name with a stray period is title-like and is a heading here.
  test('valid: a section title with a trailing period', () => {
    expect(findings(RULE, report('Green Production.', ''))).toEqual([]);
  });

  // GRI 1 lets a location be in another published document; the report's own page count says nothing about it.
  test('valid: a page of another document (Annual Report 2024, p. 45) is no error', () => {
    const result = findings(RULE, report('Annual Report 2024, p. 45', ''));
    expect(result.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
