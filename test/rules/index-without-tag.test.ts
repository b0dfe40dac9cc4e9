import { findings, frontMatter, lineOf, STATEMENT, type Claim } from '../helpers/run-rule.js';

const RULE = 'index-without-tag';

// Tagged sections on pages 3-9: About Acme (2-1, 2-6) with its subsection Ownership (2-2), Our People (2-7,
// spanning pages 8-9), Associations (2-28), and an untagged Stakeholder Engagement.
const TAGGED = `<!-- page: 1 -->

# Acme 2024 Sustainability Report

<!-- page: 3 -->

## About Acme

<!-- disclose: GRI 2-1, GRI 2-6 -->

Acme Ltd makes bicycles in Leeds and sells them through 400 dealers.

### Ownership

<!-- disclose: GRI 2-2 -->

Acme Ltd is owned by its founders; it has two subsidiaries.

<!-- page: 8 -->

## Our People

<!-- disclose: GRI 2-7 -->

We employ 310 people.

<!-- page: 9 -->

Most of them work in Leeds.

<!-- page: 12 -->

## Associations

<!-- disclose: GRI 2-28 -->

We are members of the Bicycle Association.

## Stakeholder Engagement

We meet dealers and riders every year.

<!-- page: 20 -->

`;
const UNTAGGED = TAGGED.replace(/<!-- disclose: [^>]*-->\n\n/g, '');

/** `rows`: the Location and Page cells of each code's row, `[code, title, location, page]`. */
function report(rows: [string, string, string, string][], { claim = 'in-accordance' as Claim, body = TAGGED } = {}): string {
  return (
    frontMatter(`published: 2025-04-20\norganization: Acme\nperiod: { start: 2024-01-01, end: 2024-12-31 }\nframeworks:\n  gri:\n    claim: ${claim}`) +
    body +
    `## GRI Content Index\n\n${STATEMENT[claim]}\n\nGRI 1 used: GRI 1: Foundation 2021\n\n` +
    '| GRI Standard | Disclosure | Title | Location | Page |\n|---|---|---|---|---|\n' +
    rows.map(([code, title, location, page], i) => `| ${i === 0 ? 'GRI 2: General Disclosures 2021' : ''} | ${code} | ${title} | ${location} | ${page} |`).join('\n') +
    '\n'
  );
}

type Row = [string, string, string, string];
const R21: Row = ['2-1', 'Organizational details', 'About Acme', '3'];
const R22: Row = ['2-2', 'Entities included in the organization’s sustainability reporting', 'Ownership', '3'];
const R26: Row = ['2-6', 'Activities, value chain and other business relationships', 'About Acme', '3'];
const R27: Row = ['2-7', 'Employees', 'Our People', '8'];
const R228: Row = ['2-28', 'Membership associations', 'Associations', '12'];
const AGREE = [R21, R22, R26, R27, R228];

const withRow = (row: Row): Row[] => AGREE.map((r) => (r[0] === row[0] ? row : r));

describe(RULE, () => {
  test.each([
    ['every row points to a section tagged with its code', AGREE],
    ['a row pointing to a parent of the tagged section (2-2 in About Acme - Ownership)', withRow(['2-2', R22[1], 'About Acme', '3'])],
    ['`Chapter - Section` to the tagged section', withRow(['2-2', R22[1], 'About Acme - Ownership', ''])],
    ['a page only, where the tagged section is', withRow(['2-28', R228[1], '', '12'])],
    ['a page range that covers the tagged section', withRow(['2-7', R27[1], '', '7-9'])],
    ['two sections, one of them tagged', withRow(['2-28', R228[1], 'Stakeholder Engagement; Associations', ''])],
    ['an omission row without location', [...AGREE, ['2-21', 'Annual total compensation ratio', 'Confidentiality constraints: pay data are commercially sensitive.', '']] as Row[]],
    ['a sentence as location (nothing to compare)', withRow(['2-28', R228[1], 'We are members of the Bicycle Association and of Leeds Chamber of Commerce.', ''])],
    ['an unknown code (unknown-disclosure’s business)', [...AGREE, ['2-99', 'Something else', 'Stakeholder Engagement', '12']] as Row[]],
  ])('valid: %s', (_name, rows) => {
    expect(findings(RULE, report(rows))).toEqual([]);
  });

  test('valid: a report without tags is not checked', () => {
    expect(findings(RULE, report(withRow(['2-28', R228[1], 'Stakeholder Engagement', '12']), { body: UNTAGGED }))).toEqual([]);
  });

  test.each([
    ['a section that carries another code (2-28 in Stakeholder Engagement)', ['2-28', R228[1], 'Stakeholder Engagement', ''], /tagged elsewhere \(line \d+\)/],
    ['a subsection while the tag is on its parent (2-6 in Ownership)', ['2-6', R26[1], 'Ownership', ''], /tagged elsewhere/],
    ['a page where the tagged section is not', ['2-7', R27[1], '', '3'], /points to `3`, but it is tagged elsewhere/],
    ['a section and a page, neither tagged', ['2-7', R27[1], 'Associations', '12'], /tagged elsewhere/],
  ] as [string, Row, RegExp][])('invalid: %s', (_name, row, message) => {
    const text = report(withRow(row));
    const result = findings(RULE, text);
    expect(result).toEqual([expect.objectContaining({ severity: 'warning', disclosure: `GRI ${row[0]}`, line: lineOf(text, `| ${row[0]} | ${row[1]} |`), file: 'report.md' })]);
    expect(result[0]!.message).toMatch(message);
  });

  test('invalid: the message gives the line of the tag elsewhere', () => {
    const text = report(withRow(['2-28', R228[1], 'Stakeholder Engagement', '']));
    expect(findings(RULE, text)[0]!.message).toContain(`line ${lineOf(text, 'disclose: GRI 2-28')}`);
  });

  test('invalid: a code tagged nowhere', () => {
    const text = report([...AGREE, ['2-29', 'Approach to stakeholder engagement', 'Stakeholder Engagement', '12']]);
    const result = findings(RULE, text);
    expect(result).toEqual([expect.objectContaining({ severity: 'warning', disclosure: 'GRI 2-29', line: lineOf(text, '| 2-29 |') })]);
    expect(result[0]!.message).toMatch(/no section is tagged with it/);
  });

  test('invalid: the code of 2-8 pasted onto the 2-7 row', () => {
    const text = report(AGREE.map((r) => (r === R27 ? (['2-8', 'Employees', 'Our People', '8'] as Row) : r)));
    expect(findings(RULE, text)).toEqual([expect.objectContaining({ severity: 'warning', disclosure: 'GRI 2-8', line: lineOf(text, '| 2-8 |') })]);
  });

  test('invalid: still a warning under with-reference', () => {
    const text = report(withRow(['2-28', R228[1], 'Stakeholder Engagement', '']), { claim: 'with-reference' });
    expect(findings(RULE, text)).toEqual([expect.objectContaining({ severity: 'warning', disclosure: 'GRI 2-28', line: lineOf(text, '| 2-28 |') })]);
  });

  // Decision 10: "by page, the sections on that page"; Our People spans pages 8-9, but the rule compares the directive's page (8) only.
  test('valid: a page inside a multi-page tagged section other than the page of its directive', () => {
    expect(findings(RULE, report(withRow(['2-7', R27[1], '', '9'])))).toEqual([]);
  });
});
