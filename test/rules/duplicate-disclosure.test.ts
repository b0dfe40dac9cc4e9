import { findings, frontMatter, lineOf, STATEMENT, type Claim } from '../helpers/run-rule.js';

const RULE = 'duplicate-disclosure';

/** A report whose content index is `rows` (GRI Standard | Disclosure | Title | Location | Page). */
function report(rows: string[], claim: Claim = 'in-accordance', published = '2025-04-20'): string {
  return (
    frontMatter(`published: ${published}\norganization: Acme\nperiod: { start: 2024-01-01, end: 2024-12-31 }\nframeworks:\n  gri:\n    claim: ${claim}`) +
    '<!-- page: 1 -->\n\n# Acme 2024 Sustainability Report\n\n<!-- page: 3 -->\n\n## About Acme\n\nAcme Ltd makes bicycles in Leeds.\n\n' +
    '<!-- page: 4 -->\n\n## Our Impacts\n\nEmissions, water and product quality.\n\n' +
    `<!-- page: 10 -->\n\n## GRI Content Index\n\n${STATEMENT[claim]}\n\nGRI 1 used: GRI 1: Foundation 2021\n\n` +
    '| GRI Standard | Disclosure | Title | Location | Page |\n|---|---|---|---|---|\n' +
    `${rows.join('\n')}\n`
  );
}

const row = (standard: string, code: string, title: string, page = '3'): string => `| ${standard} | ${code} | ${title} | About Acme | ${page} |`;
const GENERAL = [
  '| **General disclosures** | | | | |',
  row('GRI 2: General Disclosures 2021', '2-1', 'Organizational details'),
  row('', '2-7', 'Employees'),
  row('', '2-8', 'Workers who are not employees'),
];
const MATERIAL = [
  '| **Material topics** | | | | |',
  row('GRI 3: Material Topics 2021', '3-1', 'Process to determine material topics', '4'),
  row('', '3-2', 'List of material topics', '4'),
];
const mt = (page: string): string => row('GRI 3: Material Topics 2021', '3-3', 'Management of material topics', page);
const EMISSIONS = ['| **Emissions** | | | | |', mt('5'), row('GRI 305: Emissions 2016', '305-1', 'Direct (Scope 1) GHG emissions', '5')];
const WATER = ['| **Water** | | | | |', mt('6'), row('GRI 303: Water and Effluents 2018', '303-3', 'Water withdrawal', '6')];

describe(RULE, () => {
  test.each([
    ['each code once', [...GENERAL, ...MATERIAL]],
    ['3-3 once in each topic group', [...GENERAL, ...MATERIAL, ...EMISSIONS, ...WATER]],
    ['the generic 3-3 next to 3-1 and 3-2 plus one 3-3 per topic', [...GENERAL, ...MATERIAL, mt('4'), ...EMISSIONS, ...WATER]],
    ['3-3 before each topic without group headings', [...GENERAL, ...MATERIAL, EMISSIONS[1]!, EMISSIONS[2]!, WATER[1]!, WATER[2]!]],
    [
      'a row continued on the next line (no code)',
      [...GENERAL, '| | | (continued) | About Acme | 4 |', ...MATERIAL],
    ],
    [
      'the header repeated on a new printed page',
      [...GENERAL, '| GRI Standard | Disclosure | Title | Location | Page |', ...MATERIAL],
    ],
  ])('valid: %s', (_name, rows) => {
    expect(findings(RULE, report(rows))).toEqual([]);
  });

  test('valid: GRI 103 (2016) repeated under every topic of a 2016 index', () => {
    const text = report(
      [
        '| **Emissions** | | | | |',
        row('GRI 103: Management Approach 2016', '103-1', 'Explanation of the material topic and its Boundary', '5'),
        row('', '103-2', 'The management approach and its components', '5'),
        row('GRI 305: Emissions 2016', '305-1', 'Direct (Scope 1) GHG emissions', '5'),
        '| **Water** | | | | |',
        row('GRI 103: Management Approach 2016', '103-1', 'Explanation of the material topic and its Boundary', '6'),
        row('', '103-2', 'The management approach and its components', '6'),
        row('GRI 303: Water 2016', '303-1', 'Water withdrawal by source', '6'),
      ],
      'with-reference',
      '2021-06-30',
    );
    expect(findings(RULE, text)).toEqual([]);
  });

  test('invalid: a code listed twice', () => {
    const text = report([...GENERAL, ...MATERIAL, row('GRI 2: General Disclosures 2021', '2-1', 'Organizational details', '3-4')]);
    const result = findings(RULE, text);
    expect(result).toEqual([expect.objectContaining({ severity: 'error', disclosure: 'GRI 2-1', line: lineOf(text, '| 2-1 | Organizational details | About Acme | 3-4 |'), file: 'report.md' })]);
    expect(result[0]!.message).toContain(`first on line ${lineOf(text, '| 2-1 |')}`);
  });

  test('invalid: the code of 2-7 pasted onto the 2-8 row', () => {
    const text = report([...GENERAL.slice(0, 3), row('', '2-7', 'Workers who are not employees', '3-4')]);
    expect(findings(RULE, text)).toEqual([expect.objectContaining({ severity: 'error', disclosure: 'GRI 2-7', line: lineOf(text, '| 2-7 | Workers') })]);
  });

  test('invalid: the same code printed differently (`GRI 2–1`)', () => {
    const text = report([...GENERAL, row('', 'GRI 2–1', 'Organizational details', '3-4')]);
    expect(findings(RULE, text)).toEqual([expect.objectContaining({ disclosure: 'GRI 2-1', line: lineOf(text, 'GRI 2–1') })]);
  });

  test('invalid: 3-3 twice inside one topic group', () => {
    const text = report([...GENERAL, ...MATERIAL, ...EMISSIONS, mt('7'), ...WATER]);
    const result = findings(RULE, text);
    expect(result).toEqual([expect.objectContaining({ severity: 'error', disclosure: 'GRI 3-3', line: lineOf(text, '| 3-3 | Management of material topics | About Acme | 7 |') })]);
    expect(result[0]!.message).toContain('`GRI 305`');
  });

  test('invalid: the generic 3-3 twice next to 3-1 and 3-2', () => {
    const text = report([...MATERIAL, mt('4'), mt('8')]);
    expect(findings(RULE, text)).toEqual([expect.objectContaining({ disclosure: 'GRI 3-3', line: lineOf(text, '| 3-3 | Management of material topics | About Acme | 8 |') })]);
  });

  test('invalid: with-reference → warning', () => {
    const text = report([...GENERAL, row('', '2-8', 'Workers who are not employees', '3-4')], 'with-reference');
    expect(findings(RULE, text)).toEqual([expect.objectContaining({ severity: 'warning', disclosure: 'GRI 2-8', line: lineOf(text, '| 2-8 | Workers who are not employees | About Acme | 3-4 |') })]);
  });

  // GRI 1 wants a 3-3 for every material topic, also one no Topic Standard covers; decision 2: "3-3 is a duplicate only when repeated inside one group".
  test('valid: 3-3 once in each group of topics without a Topic Standard (Product quality, Innovation)', () => {
    const text = report([
      ...GENERAL,
      ...MATERIAL,
      '| **Product quality** | | | | |',
      mt('4'),
      '| **Innovation** | | | | |',
      mt('4-5'),
    ]);
    expect(findings(RULE, text)).toEqual([]);
  });

  // Two material topics covered by one Topic Standard (climate and air quality, both GRI 305) each have their own group and 3-3 (decision 2).
  test('valid: 3-3 once in each of two groups that share GRI 305', () => {
    const text = report([
      '| **Climate change** | | | | |',
      mt('5'),
      row('GRI 305: Emissions 2016', '305-1', 'Direct (Scope 1) GHG emissions', '5'),
      '| **Air quality** | | | | |',
      mt('6'),
      row('GRI 305: Emissions 2016', '305-7', 'Nitrogen oxides (NOx), sulfur oxides (SOx), and other significant air emissions', '6'),
    ]);
    expect(findings(RULE, text)).toEqual([]);
  });
});
