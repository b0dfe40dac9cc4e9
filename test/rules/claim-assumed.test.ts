import { findings, frontMatter, lineOf, STATEMENT } from '../helpers/run-rule.js';
import { loadCatalog } from '../../src/catalog/index.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { analyse } from '../../src/engine/analysis.js';

const RULE = 'claim-assumed';
const BODY = '# Acme 2024 Sustainability Report\n\n## About Acme\n\n<!-- disclose: GRI 2-1 -->\n\nAcme Ltd makes bicycles in Leeds.\n\n';
const INDEX = '## GRI Content Index\n\n';
const catalog = loadCatalog();

const claimOf = (markdown: string): string | undefined => analyse(parseMarkdownReport([{ path: 'report.md', text: markdown }]), catalog).claim;

describe(RULE, () => {
  test.each([
    ['a declared in-accordance claim', frontMatter('frameworks:\n  gri:\n    claim: in-accordance') + BODY],
    ['a declared with-reference claim, with a statement of another claim', frontMatter('frameworks:\n  gri:\n    claim: with-reference') + BODY + INDEX + STATEMENT['in-accordance']],
    ['a report that does not use GRI', '# Acme\n\n<!-- disclose: SASB TC-HW-230a.1 -->\n\nData security.\n'],
  ])('valid: %s', (_name, markdown) => {
    expect(findings(RULE, markdown)).toEqual([]);
  });

  test('no front matter and no statement of use: checked as with-reference, and said so', () => {
    const markdown = BODY;
    expect(claimOf(markdown)).toBe('with-reference');
    expect(findings(RULE, markdown)).toEqual([
      {
        ruleId: RULE,
        severity: 'info',
        file: 'report.md',
        messageId: 'noStatement',
        message:
          'No GRI claim is declared and the report has no statement of use; checked as `with-reference`, which requires no disclosure; declare the claim in the front matter: `frameworks: { gri: { claim: in-accordance } }` or `with-reference`.',
      },
    ]);
  });

  test.each([
    ['in-accordance', STATEMENT['in-accordance']],
    ['with-reference', STATEMENT['with-reference']],
    ['in-accordance', 'This report has been prepared in accordance with the GRI Standards (2021).'],
    ['in-accordance', '本报告依据GRI标准编制，报告期为2024年1月1日至2024年12月31日。'],
    ['with-reference', '本报告参照GRI标准编制。'],
  ] as const)('no declared claim: the statement of use claims %s (%s)', (claim, statement) => {
    const markdown = BODY + INDEX + `${statement}\n`;
    expect(claimOf(markdown)).toBe(claim);
    expect(findings(RULE, markdown)).toEqual([
      {
        ruleId: RULE,
        severity: 'info',
        file: 'report.md',
        line: lineOf(markdown, statement),
        column: 1,
        messageId: 'fromStatement',
        data: { claim },
        message: `No GRI claim is declared; checked as \`${claim}\`, the claim of the report's statement of use; declare the claim in the front matter: \`frameworks: { gri: { claim: ${claim} } }\`.`,
      },
    ]);
  });

  test('`frameworks: { gri: {} }` without a claim is an assumption too', () => {
    const markdown = frontMatter('frameworks:\n  gri: {}') + BODY + INDEX + STATEMENT['in-accordance'];
    expect(claimOf(markdown)).toBe('in-accordance');
    expect(findings(RULE, markdown).map((f) => f.line)).toEqual([lineOf(markdown, STATEMENT['in-accordance'])]);
  });
});
