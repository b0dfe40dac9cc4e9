import { catalog, findings, frontMatter } from '../helpers/run-rule.js';

const RULE = 'missing-disclosure';
const head = (extra = '') =>
  frontMatter(`published: 2025-04-20\norganization: Acme\nframeworks:\n  gri:\n    claim: in-accordance\n${extra}`);

// Every GRI 2 disclosure, 3-1 and 3-2, read from the catalog so the test follows the data.
const general = catalog.standards
  .filter((s) => s.series === 'universal' && s.status === 'current')
  .flatMap((s) => s.disclosures)
  .filter((d) => !d.perMaterialTopic)
  .map((d) => d.id);

describe(RULE, () => {
  test('the catalog has the 30 GRI 2 disclosures, 3-1 and 3-2', () => {
    expect(general).toHaveLength(32);
  });

  test('valid: every general disclosure tagged', () => {
    expect(findings(RULE, `${head()}## About\n<!-- disclose: ${general.join(', ')} -->\n`)).toEqual([]);
  });

  test('valid: a with-reference claim requires nothing', () => {
    const fm = frontMatter('published: 2025-04-20\nframeworks:\n  gri:\n    claim: with-reference');
    expect(findings(RULE, `${fm}## About\n<!-- disclose: GRI 2-1 -->\n`)).toEqual([]);
  });

  test('invalid: one general disclosure neither tagged nor omitted', () => {
    const tagged = general.filter((id) => id !== 'GRI 2-7');
    const result = findings(RULE, `${head()}## About\n<!-- disclose: ${tagged.join(', ')} -->\n`);
    expect(result).toEqual([expect.objectContaining({ disclosure: 'GRI 2-7', severity: 'error', file: 'report.md' })]);
    expect(result[0]!.line).toBeUndefined();
    expect(result[0]!.message).toContain('`GRI 2-7` (Employees)');
  });

  test('invalid: topic disclosures of a material topic from front matter', () => {
    const body = `## About\n<!-- disclose: ${general.join(', ')} -->\n## Safety\n<!-- disclose: GRI 3-3, GRI 403-1, GRI 403-2 -->\n`;
    const result = findings(RULE, head('    material-topics: [GRI 403]') + body);
    expect(result.map((f) => f.disclosure)).toEqual(['GRI 403-3', 'GRI 403-4', 'GRI 403-5', 'GRI 403-6', 'GRI 403-7', 'GRI 403-8', 'GRI 403-9', 'GRI 403-10']);
  });

  test('valid: an omitted topic disclosure is not missing', () => {
    const body = `## About\n<!-- disclose: ${general.join(', ')} -->\n## Emissions\n<!-- disclose: GRI 3-3, GRI 305-1, GRI 305-2, GRI 305-3, GRI 305-4, GRI 305-5 -->\n<!-- omit: GRI 305-6 | not-applicable | No ODS used. -->\n<!-- omit: GRI 305-7 | not-applicable | No combustion. -->\n`;
    expect(findings(RULE, head('    material-topics: [GRI 305]') + body)).toEqual([]);
  });

  test('material topics are derived from tags when front matter lists none', () => {
    const body = `## About\n<!-- disclose: ${general.join(', ')} -->\n## Training\n<!-- disclose: GRI 3-3, GRI 404-1 -->\n`;
    expect(findings(RULE, head() + body).map((f) => f.disclosure)).toEqual(['GRI 404-2', 'GRI 404-3']);
  });
});
