import { findings, frontMatter, lineOf, STATEMENT, type Claim } from '../helpers/run-rule.js';

const RULE = 'standard-title-mismatch';

/** A report whose content index is `rows` (GRI Standard | Disclosure | Title | Location | Page). */
function report(rows: string[], claim: Claim = 'in-accordance', published = '2025-04-20'): string {
  return (
    frontMatter(`published: ${published}\norganization: Acme\nperiod: { start: 2024-01-01, end: 2024-12-31 }\nframeworks:\n  gri:\n    claim: ${claim}`) +
    '<!-- page: 1 -->\n\n# Acme 2024 Sustainability Report\n\n<!-- page: 3 -->\n\n## About Acme\n\nAcme Ltd makes bicycles in Leeds.\n\n' +
    `<!-- page: 10 -->\n\n## GRI Content Index\n\n${STATEMENT[claim]}\n\nGRI 1 used: GRI 1: Foundation 2021\n\n` +
    '| GRI Standard | Disclosure | Title | Location | Page |\n|---|---|---|---|---|\n' +
    `${rows.join('\n')}\n`
  );
}

const row = (standard: string, code: string, title: string): string => `| ${standard} | ${code} | ${title} | About Acme | 3 |`;

const TITLE: Record<string, string> = {
  '2-1': 'Organizational details',
  '3-1': 'Process to determine material topics',
  '3-3': 'Management of material topics',
  '102-14': 'Statement from senior decision-maker',
  '202-1': 'Ratios of standard entry level wage by gender compared to local minimum wage',
  '205-1': 'Operations assessed for risks related to corruption',
  '206-1': 'Legal actions for anti-competitive behavior, anti-trust, and monopoly practices',
  '303-3': 'Water withdrawal',
  '305-1': 'Direct (Scope 1) GHG emissions',
  '306-1-2016': 'Water discharge by quality and destination',
  '306-3-2016': 'Significant spills',
  '306-3-2020': 'Waste generated',
  '402-1': 'Minimum notice periods regarding operational changes',
  '403-1-2016': 'Workers representation in formal joint management–worker health and safety committees',
  '403-9': 'Work-related injuries',
  '408-1': 'Operations and suppliers at significant risk for incidents of child labor',
  '418-1': 'Substantiated complaints concerning breaches of customer privacy and losses of customer data',
};
/** A one-row index: `standard` over `key` (a code, or code-year where the title picks the version). */
const single = (standard: string, key: string, claim: Claim = 'in-accordance', published?: string): string =>
  report([row(standard, key.replace(/-(2016|2018|2020)$/, ''), TITLE[key]!)], claim, published);

describe(RULE, () => {
  test.each([
    ['the official name', 'GRI 2: General Disclosures 2021', '2-1'],
    ['bold', '**GRI 305: Emissions 2016**', '305-1'],
    ['capitals', 'GRI 305: EMISSIONS 2016', '305-1'],
    ['no colon', 'GRI 305 Emissions 2016', '305-1'],
    ['a full-width colon', 'GRI 305：Emissions 2016', '305-1'],
    ['the year in parentheses', 'GRI 305: Emissions (2016)', '305-1'],
    ['`&` for `and`', 'GRI 403: Occupational Health & Safety 2018', '403-9'],
    ['British spelling (Labour)', 'GRI 402: Labour/Management Relations 2016', '402-1'],
    ['British spelling (Child Labour)', 'GRI 408: Child Labour 2016', '408-1'],
    ['British spelling (Behaviour)', 'GRI 206: Anti-competitive Behaviour 2016', '206-1'],
    ['a hyphen break', 'GRI 205: Anti- corruption 2016', '205-1'],
    ['the 2018 name of GRI 303 over 2018 rows', 'GRI 303: Water and Effluents 2018', '303-3'],
    ['a Chinese name with the right number and year', 'GRI 305：排放 2016', '305-1'],
    ['another standard number than its rows (3-3 under GRI 305)', 'GRI 305: Emissions 2016', '3-3'],
    ['another standard number pasted from the row below (418-1 under GRI 417)', 'GRI 417: Marketing and Labeling 2016', '418-1'],
    ['a 2016 code among GRI 2 rows', 'GRI 2: General Disclosures 2021', '102-14'],
    ['a group heading that is no standard (not checked)', 'Emissions', '305-1'],
  ])('valid: %s', (_name, standard, key) => {
    expect(findings(RULE, single(standard, key))).toEqual([]);
  });

  test.each([
    ['GRI 306: Effluents and Waste 2016 over its own 2016 rows (superseded-disclosure’s business)', 'GRI 306: Effluents and Waste 2016', '306-1-2016', '2025-04-20'],
    ['GRI 403:2016 over a 2016-titled row', 'GRI 403: Occupational Health and Safety 2016', '403-1-2016', '2025-04-20'],
    ['GRI 102: General Disclosures 2016 in a 2021 report', 'GRI 102: General Disclosures 2016', '102-14', '2021-06-30'],
  ])('valid: a superseded version named correctly: %s', (_name, standard, key, published) => {
    expect(findings(RULE, single(standard, key, 'with-reference', published))).toEqual([]);
  });

  test('valid: a label row and group headings in GRI’s template layout', () => {
    const text = report([
      '| **General disclosures** | | | | |',
      '| **GRI 2: General Disclosures 2021** | | | | |',
      row('', '2-1', TITLE['2-1']!),
      '| **Emissions** | | | | |',
      row('GRI 3: Material Topics 2021', '3-3', TITLE['3-3']!),
      row('GRI 305: Emissions 2016', '305-1', TITLE['305-1']!),
    ]);
    expect(findings(RULE, text)).toEqual([]);
  });

  test.each([
    ['an unofficial name (GRI 3: Material Issues)', 'GRI 3: Material Issues', '3-1', 'GRI 3: Material Topics 2021'],
    ['an unofficial name with its year', 'GRI 3: Material Issues 2021', '3-1', 'GRI 3: Material Topics 2021'],
    ['an unofficial name without colon or year (Market Performance)', 'GRI 202 Market Performance', '202-1', 'GRI 202: Market Presence 2016'],
    ['a singular for a plural', 'GRI 2: General Disclosure 2021', '2-1', 'GRI 2: General Disclosures 2021'],
    ['a wrong year', 'GRI 305: Emissions 2018', '305-1', 'GRI 305: Emissions 2016'],
    ['a Chinese name with a wrong year', 'GRI 305：排放 2018', '305-1', 'GRI 305: Emissions 2016'],
  ])('invalid: %s is an error naming the official name', (_name, standard, key, official) => {
    const text = single(standard, key);
    const result = findings(RULE, text);
    expect(result).toEqual([expect.objectContaining({ severity: 'error', line: lineOf(text, `| ${standard} |`), file: 'report.md' })]);
    expect(result[0]!.disclosure).toBeUndefined();
    expect(result[0]!.message).toContain(official);
  });

  test.each([
    ['GRI 2', 'GRI 2: General Disclosures', '2-1', 'GRI 2: General Disclosures 2021'],
    ['GRI 305', 'GRI 305: Emissions', '305-1', 'GRI 305: Emissions 2016'],
  ])('invalid: %s without its year is a warning', (_name, standard, key, official) => {
    const text = single(standard, key);
    const result = findings(RULE, text);
    expect(result).toEqual([expect.objectContaining({ severity: 'warning', line: lineOf(text, `| ${standard} |`) })]);
    expect(result[0]!.message).toContain(official);
  });

  test.each([
    ['GRI 403:2016 label pasted over 2018 rows', 'GRI 403: Occupational Health and Safety 2016', '403-9', 'GRI 403: Occupational Health and Safety 2018'],
    ['GRI 306:2016 label over a 2020 row', 'GRI 306: Effluents and Waste 2016', '306-3-2020', 'GRI 306: Waste 2020'],
    ['GRI 306:2020 label over a 2016 row', 'GRI 306: Waste 2020', '306-3-2016', 'GRI 306: Effluents and Waste 2016'],
  ])('invalid: %s (another version of the same standard than its rows)', (_name, standard, key, actual) => {
    const text = single(standard, key);
    const result = findings(RULE, text);
    expect(result).toEqual([expect.objectContaining({ severity: 'error', line: lineOf(text, `| ${standard} |`) })]);
    expect(result[0]!.message).toContain(actual);
  });

  test('invalid: one finding per label, however many rows it covers', () => {
    const text = report([
      '| **GRI 3: Material Issues** | | | | |',
      row('', '3-1', TITLE['3-1']!),
      row('', '3-2', 'List of material topics'),
      row('GRI 403: Occupational Health and Safety 2016', '403-1', 'Occupational health and safety management system'),
      row('', '403-9', TITLE['403-9']!),
    ]);
    const result = findings(RULE, text);
    expect(result.map((f) => [f.line, f.severity])).toEqual([
      [lineOf(text, 'GRI 3: Material Issues'), 'error'],
      [lineOf(text, 'GRI 403: Occupational Health and Safety 2016'), 'error'],
    ]);
  });

  test('invalid: the severity does not follow the claim (with-reference is still an error)', () => {
    const text = single('GRI 3: Material Issues', '3-1', 'with-reference');
    expect(findings(RULE, text)).toEqual([expect.objectContaining({ severity: 'error', line: lineOf(text, 'Material Issues') })]);
  });

  // The label names GRI 303's 2016 name with the 2018 year over a 2018 row: the expected name is the rows' version, not the withdrawn Water 2016.
  test('invalid: a mixed-up GRI 303 label names the version of its rows', () => {
    const text = single('GRI 303: Water 2018', '303-3');
    const result = findings(RULE, text);
    expect(result).toEqual([expect.objectContaining({ severity: 'error', line: lineOf(text, 'GRI 303: Water 2018') })]);
    expect(result[0]!.message).toContain('GRI 303: Water and Effluents 2018');
  });
});
