import { findings, frontMatter, lineOf, STATEMENT, type Claim } from '../helpers/run-rule.js';

const RULE = 'tag-not-in-index';

/** Sections with `disclose:` tags (`extra` is appended as one more section). */
const sections = (extra = ''): string => `# Acme 2024 Sustainability Report

## About Acme

<!-- disclose: GRI 2-1, GRI 2-6 -->

Acme Ltd makes bicycles in Leeds and sells them through 400 dealers.

## Our People

<!-- disclose: GRI 2-7 -->

We employ 310 people.

## Emissions

<!-- disclose: GRI 3-3 (GRI 305), GRI 305-1 -->

Scope 1 emissions were 1,200 tCO2e.

${extra}`;

type Row = [string, string, string];
const INDEX: Row[] = [
  ['2-1', 'Organizational details', 'About Acme'],
  ['2-6', 'Activities, value chain and other business relationships', 'About Acme'],
  ['2-7', 'Employees', 'Our People'],
  ['3-3', 'Management of material topics', 'Emissions'],
  ['305-1', 'Direct (Scope 1) GHG emissions', 'Emissions'],
];

function report(body: string, rows: Row[] | undefined = INDEX, claim: Claim = 'in-accordance'): string {
  const table =
    rows === undefined
      ? ''
      : `## GRI Content Index\n\n${STATEMENT[claim]}\n\nGRI 1 used: GRI 1: Foundation 2021\n\n` +
        '| GRI Standard | Disclosure | Title | Location |\n|---|---|---|---|\n' +
        rows.map(([code, title, location]) => `| | ${code} | ${title} | ${location} |`).join('\n') +
        '\n';
  return (
    frontMatter(`published: 2025-04-20\norganization: Acme\nperiod: { start: 2024-01-01, end: 2024-12-31 }\nframeworks:\n  gri:\n    claim: ${claim}`) +
    body +
    '\n' +
    table
  );
}

const without = (code: string): Row[] => INDEX.filter(([c]) => c !== code);

describe(RULE, () => {
  test.each([
    ['every tagged code is in the index', sections(), INDEX],
    ['a tag in lower case without space', sections('## Governance\n\n<!-- disclose: gri2-9 -->\n'), [...INDEX, ['2-9', 'Governance structure and composition', 'Governance']] as Row[]],
    ['a tag with an en dash', sections('## Governance\n\n<!-- disclose: GRI 2–9 -->\n'), [...INDEX, ['2-9', 'Governance structure and composition', 'Governance']] as Row[]],
    ['a code the index lists twice', sections(), [...INDEX, INDEX[0]!]],
    ['an index row listing the code without location', sections(), [...without('2-7'), ['2-7', 'Employees', '/']] as Row[]],
    ['an omit directive (not a tag) for a code not in the index', sections('## Pay\n\n<!-- omit: GRI 2-21 | confidentiality-constraints | Pay data are commercially sensitive. -->\n'), INDEX],
    ['an unknown code (unknown-disclosure’s business)', sections('## Other\n\n<!-- disclose: GRI 2-99 -->\n'), INDEX],
    ['tags of frameworks the index does not cover (a GRI index lists no SZSE article or SASB metric)', sections('## Climate\n\n<!-- disclose: SZSE 24, SASB TC-HW-130a.1 -->\n'), INDEX],
  ] as [string, string, Row[]][])('valid: %s', (_name, body, rows) => {
    expect(findings(RULE, report(body, rows))).toEqual([]);
  });

  test('valid: a report without an index is not checked', () => {
    expect(findings(RULE, report(sections(), undefined))).toEqual([]);
  });

  test.each([
    ['a GRI 2 code', '2-7', 'disclose: GRI 2-7'],
    ['a code tagged beside others', '2-6', 'disclose: GRI 2-1, GRI 2-6'],
    ['a topic disclosure', '305-1', 'disclose: GRI 3-3 (GRI 305), GRI 305-1'],
    ['the 3-3 of a topic', '3-3', 'disclose: GRI 3-3 (GRI 305), GRI 305-1'],
  ])('invalid: %s tagged but not in the index (at the directive’s line)', (_name, code, directive) => {
    const text = report(sections(), without(code));
    const result = findings(RULE, text);
    expect(result).toEqual([expect.objectContaining({ severity: 'warning', disclosure: `GRI ${code}`, line: lineOf(text, directive), file: 'report.md' })]);
    expect(result[0]!.message).toContain(`\`GRI ${code}\` is tagged here but the content index does not list it`);
  });

  test('invalid: the code of 2-8 pasted onto the 2-7 row', () => {
    const text = report(sections(), INDEX.map((r) => (r[0] === '2-7' ? (['2-8', 'Employees', 'Our People'] as Row) : r)));
    expect(findings(RULE, text)).toEqual([expect.objectContaining({ severity: 'warning', disclosure: 'GRI 2-7', line: lineOf(text, 'disclose: GRI 2-7') })]);
  });

  test('invalid: a code tagged twice is reported once, at its first tag', () => {
    const text = report(sections('## Governance\n\n<!-- disclose: GRI 2-9 -->\n\n## Board\n\n<!-- disclose: GRI 2-9 -->\n'), INDEX);
    expect(findings(RULE, text)).toEqual([expect.objectContaining({ disclosure: 'GRI 2-9', line: lineOf(text, 'disclose: GRI 2-9') })]);
  });

  test('invalid: two codes missing from the index are two findings', () => {
    const text = report(sections(), without('2-1').filter(([c]) => c !== '2-7'));
    expect(findings(RULE, text).map((f) => [f.disclosure, f.line])).toEqual([
      ['GRI 2-1', lineOf(text, 'disclose: GRI 2-1')],
      ['GRI 2-7', lineOf(text, 'disclose: GRI 2-7')],
    ]);
  });

  test('invalid: still a warning under with-reference', () => {
    const text = report(sections(), without('2-7'), 'with-reference');
    expect(findings(RULE, text)).toEqual([expect.objectContaining({ severity: 'warning', disclosure: 'GRI 2-7', line: lineOf(text, 'disclose: GRI 2-7') })]);
  });
});
