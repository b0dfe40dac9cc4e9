import { findings, frontMatter, lineOf, STATEMENT, type Claim } from '../helpers/run-rule.js';

const RULE = 'title-mismatch';

const head = (claim: Claim, language = 'en'): string =>
  frontMatter(
    `published: 2025-04-20\norganization: Acme\nlanguage: ${language}\nperiod: { start: 2024-01-01, end: 2024-12-31 }\nframeworks:\n  gri:\n    claim: ${claim}`,
  );

// The standard cell for a code's row, so each index looks like a printed one.
const STANDARD: Record<string, string> = {
  '2': 'GRI 2: General Disclosures 2021',
  '102': 'GRI 102: General Disclosures 2016',
  '203': 'GRI 203: Indirect Economic Impacts 2016',
  '205': 'GRI 205: Anti-corruption 2016',
  '303': 'GRI 303: Water and Effluents 2018',
  '305': 'GRI 305: Emissions 2016',
  '306': 'GRI 306: Effluents and Waste 2016',
  '401': 'GRI 401: Employment 2016',
  '403': 'GRI 403: Occupational Health and Safety 2016',
  '417': 'GRI 417: Marketing and Labeling 2016',
  '418': 'GRI 418: Customer Privacy 2016',
};
const standardOf = (code: string): string => STANDARD[code.split(/[-–]/)[0]!] ?? '';

/** A report whose content index has a correct 2-1 row followed by the row under test (code and title in two columns). */
function report(code: string, title: string, claim: Claim = 'in-accordance', language = 'en'): string {
  return (
    head(claim, language) +
    '<!-- page: 1 -->\n\n# Acme 2024 Sustainability Report\n\n<!-- page: 3 -->\n\n## About Acme\n\nAcme Ltd makes bicycles in Leeds.\n\n' +
    `<!-- page: 10 -->\n\n## GRI Content Index\n\n${STATEMENT[claim]}\n\nGRI 1 used: GRI 1: Foundation 2021\n\n` +
    '| GRI Standard | Disclosure | Title | Location | Page |\n|---|---|---|---|---|\n' +
    '| GRI 2: General Disclosures 2021 | 2-3 | Reporting period, frequency and contact point | About Acme | 3 |\n' +
    `| ${standardOf(code)} | ${code} | ${title} | About Acme | 3 |\n`
  );
}

/** The same with code and title in one cell (`2-9 Governance structure and composition`). */
function oneCellReport(cell: string): string {
  return (
    head('with-reference') +
    '# Acme 2024 Sustainability Report\n\n## About Acme\n\nAcme Ltd makes bicycles in Leeds.\n\n' +
    `## GRI Content Index\n\n${STATEMENT['with-reference']}\n\nGRI 1 used: GRI 1: Foundation 2021\n\n` +
    '| GRI Standard | Disclosure | Location |\n|---|---|---|\n' +
    '| GRI 2: General Disclosures 2021 | 2-3 Reporting period, frequency and contact point | About Acme |\n' +
    `| | ${cell} | About Acme |\n`
  );
}

describe(RULE, () => {
  test.each([
    ['the official title', '2-1', 'Organizational details'],
    ['capitals', '2-7', 'EMPLOYEES'],
    ['a straight apostrophe for GRI’s curly one', '2-2', "Entities included in the organization's sustainability reporting"],
    ['curly quotes around the title', '2-1', '“Organizational details”'],
    ['British spelling (organisation)', '2-2', 'Entities included in the organisation’s sustainability reporting'],
    ['British spelling (sulphur)', '305-7', 'Nitrogen oxides (NOx), sulphur oxides (SOx), and other significant air emissions'],
    ['British spelling (labelling)', '417-1', 'Requirements for product and service information and labelling'],
    ['a lost fi ligature (Signifcant)', '203-2', 'Signifcant indirect economic impacts'],
    ['a lost fi ligature as a question mark', '203-2', 'Signi?cant indirect economic impacts'],
    ['a lost fi ligature (Benefts)', '401-2', 'Benefts provided to full-time employees that are not provided to temporary or part time employees'],
    ['a lost fl ligature (Conicts)', '2-15', 'Conicts of interest'],
    ['a hyphen break (anti- corruption)', '205-2', 'Communication and training about anti- corruption policies and procedures'],
    ['a hyphen break inside a word', '2-6', 'Activities, value chain and other business relation- ships'],
    ['glued words', '2-19', 'Remunerationpolicies'],
    ['a `Disclosure 2-9:` prefix', '2-9', 'Disclosure 2-9: Governance structure and composition'],
    ['a `GRI 2-27` prefix', '2-27', 'GRI 2-27 Compliance with laws and regulations'],
    ['`&` for `and`', '2-26', 'Mechanisms for seeking advice & raising concerns'],
    ['a trailing period', '2-1', 'Organizational details.'],
    ['a line break inside the cell', '2-6', 'Activities, value chain and other<br>business relationships'],
    ['a Chinese title (not checked)', '2-1', '组织详细情况'],
    ['a Chinese title that is another code’s (not checked)', '2-7', '非员工的工作者'],
    ['a title shared by two editions (102-41 and 2-30)', '2-30', 'Collective bargaining agreements'],
    ['the 2016 edition’s title for its code (versions are superseded-disclosure’s business)', '306-1', 'Water discharge by quality and destination'],
    ['the 2018 title of 303-3, not a truncated 303-1 of 2016', '303-3', 'Water withdrawal'],
    ['an unknown code (unknown-disclosure only)', '305-8', 'Carbon intensity per unit of revenue'],
    ['an empty title cell', '2-5', ''],
  ])('valid: %s', (_name, code, title) => {
    expect(findings(RULE, report(code, title))).toEqual([]);
  });

  test('valid: Chinese titles in a Chinese report', () => {
    const text = report('2-7', '员工', 'in-accordance', 'zh');
    expect(findings(RULE, text)).toEqual([]);
  });

  // Controls: the valid cases above and below are not vacuous, the row under test is read in both layouts.
  test.each([
    ['two columns', report('2-9', 'Governance body')],
    ['one cell', oneCellReport('2-9 Governance body')],
    ['a line break inside the cell', report('2-9', 'Governance<br>body')],
  ])('control: a wrong 2-9 title is found (%s)', (_name, text) => {
    expect(findings(RULE, text)).toEqual([expect.objectContaining({ disclosure: 'GRI 2-9', line: lineOf(text, '| 2-9') })]);
  });

  test.each([
    ['code and title in one cell', '2-9 Governance structure and composition'],
    ['a `Disclosure 2-9:` prefix in one cell', 'Disclosure 2-9: Governance structure and composition'],
    ['code glued to its title', '2-9Governance structure and composition'],
    ['code and Chinese title in one cell', '2-9 治理架构与组成'],
  ])('valid (one cell): %s', (_name, cell) => {
    expect(findings(RULE, oneCellReport(cell))).toEqual([]);
  });

  test.each([
    ['the title of 418-1 pasted under 417-1', '417-1', 'Substantiated complaints concerning breaches of customer privacy and losses of customer data', 'GRI 418-1'],
    ['the title of 2-8 pasted under 2-7', '2-7', 'Workers who are not employees', 'GRI 2-8'],
    ['the title of 2-7 under 2-8', '2-8', 'Employees', 'GRI 2-7'],
    ['the title of 2-4 under 2-5', '2-5', 'Restatements of information', 'GRI 2-4'],
  ])('invalid: %s (names the code the title belongs to)', (_name, code, title, owner) => {
    const text = report(code, title);
    const result = findings(RULE, text);
    expect(result).toEqual([
      expect.objectContaining({ severity: 'error', disclosure: `GRI ${code}`, line: lineOf(text, `| ${code} | ${title} |`), file: 'report.md' }),
    ]);
    expect(result[0]!.message).toContain(`\`${owner}\``);
  });

  test('invalid: the fix of a pasted title is the official title of the row’s own code', () => {
    const text = report('417-1', 'Substantiated complaints concerning breaches of customer privacy and losses of customer data');
    const [finding] = findings(RULE, text);
    expect(finding!.fix?.replacement).toBe('Requirements for product and service information and labeling');
    expect(finding!.standard).toBe('GRI 417: Marketing and Labeling 2016');
  });

  test.each([
    ['a KPI name for a title', '2-1', 'Total number of employees'],
    ['a reworded title', '2-28', 'Memberships of associations'],
    ['a prefix below 60 % of the title', '2-6', 'Activities, value chain and other'],
  ])('invalid: %s', (_name, code, title) => {
    const text = report(code, title);
    const result = findings(RULE, text);
    expect(result).toEqual([expect.objectContaining({ severity: 'error', disclosure: `GRI ${code}`, line: lineOf(text, `| ${code} | ${title} |`) })]);
    expect(result[0]!.message).toContain(`the row reads \`${title}\``);
  });

  test.each([
    ['ending in `…`', '2-6', 'Activities, value chain and other business…'],
    ['a prefix of more than 60 % without an ellipsis', '305-7', 'Nitrogen oxides (NOx), sulfur oxides (SOx), and other significant'],
  ])('invalid: a title cut short, %s, is a warning', (_name, code, title) => {
    const text = report(code, title);
    const result = findings(RULE, text);
    expect(result).toEqual([expect.objectContaining({ severity: 'warning', disclosure: `GRI ${code}`, line: lineOf(text, `| ${code} | ${title} |`) })]);
    expect(result[0]!.message).toMatch(/cut short/);
  });

  // README and fixture decision 3: "Truncation (≥ 60 % prefix, or a trailing `…`)"; the rule folds the `…` away and calls this short cut a different title.
  test('invalid: a title cut short below 60 % but ending in `…` is still a warning', () => {
    const text = report('2-6', 'Activities, value chain…');
    expect(findings(RULE, text)).toEqual([expect.objectContaining({ severity: 'warning', disclosure: 'GRI 2-6', line: lineOf(text, '| 2-6 |') })]);
  });

  test('invalid: the severity does not follow the claim (with-reference is still an error)', () => {
    const text = report('417-1', 'Substantiated complaints concerning breaches of customer privacy and losses of customer data', 'with-reference');
    expect(findings(RULE, text)).toEqual([expect.objectContaining({ severity: 'error', disclosure: 'GRI 417-1', line: lineOf(text, '| 417-1 |') })]);
  });

  test('invalid: a pasted title in a code-and-title cell', () => {
    const text = oneCellReport('2-7 Workers who are not employees');
    const result = findings(RULE, text);
    expect(result).toEqual([expect.objectContaining({ severity: 'error', disclosure: 'GRI 2-7', line: lineOf(text, '| 2-7 Workers') })]);
    expect(result[0]!.message).toContain('`GRI 2-8`');
  });
});
