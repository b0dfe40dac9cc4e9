// A PDF's report checked (issue 13, item 3): the hand-built laid-out report through the engine. Findings
// name the printed page and the section, never a line of the PDF; a sidecar finding names the sidecar;
// the report's own content index is read from its table; the JSON output says what was inferred.
import { catalog } from '../helpers/run-rule.js';
import { checkReport } from '../../src/engine/run.js';
import { parseSidecar } from '../../src/ingest/layout/sidecar.js';
import { layoutToReport } from '../../src/ingest/layout/to-report.js';
import { schemaValidator } from '../../src/validation.js';
import { formatters } from '../../src/formatters/index.js';
import { laidOutReport } from '../ingest/layout/laid-out-fixture.js';

const sidecar = parseSidecar('disclose:\n  - section: Emissions\n    ids: GRI 305-1, GRI 999-9\n', 'northwind.disclose.yaml');
const { result, analysis } = checkReport(layoutToReport(laidOutReport(), sidecar), catalog, 'northwind.pdf', {}, {}, 'en');

describe('checking a laid-out report', () => {
  test('findings on the report are placed by printed page and section, without a line', () => {
    const onPdf = result.findings.filter((f) => f.file === 'northwind.pdf');
    expect(onPdf.length).toBeGreaterThan(0);
    expect(onPdf.every((f) => f.line === undefined && f.column === undefined)).toBe(true);
    expect(onPdf.some((f) => f.page !== undefined && f.section !== undefined)).toBe(true);
  });

  test('a finding on a sidecar entry names the sidecar and its line', () => {
    const unknown = result.findings.find((f) => f.ruleId === 'unknown-disclosure');
    expect(unknown).toMatchObject({ file: 'northwind.disclose.yaml', line: 3 });
  });

  test("the report's own content index is read from its table", () => {
    const rows = analysis.indexRows.map((row) => row.entry.id);
    expect(rows).toEqual(expect.arrayContaining(['GRI 2-1', 'GRI 2-9', 'GRI 305-1']));
  });

  test('a disclosure tagged in the sidecar is located in the report, on its printed page', () => {
    const record = result.disclosures.find((d) => d.id === 'GRI 305-1')!;
    expect(record.status).toBe('reported');
    expect(record.locations[0]).toMatchObject({ file: 'northwind.pdf', section: '2.1 Emissions', page: 4 });
    expect(record.locations[0]!.line).toBeUndefined();
  });

  test('the JSON output carries meta.inferred and validates against the published schema', () => {
    const json = JSON.parse(formatters.json!({ tool: { name: 'disclose', version: '0.0.0' }, reports: [result] }, { color: false })) as { reports: { meta: { inferred: Record<string, unknown> } }[] };
    expect(json.reports[0]!.meta.inferred.period).toEqual({ from: 'text', pageLabel: 'ii', text: '1 January 2024 to 31 December 2024' });
    const validate = schemaValidator('output/check.schema.json');
    expect(validate(json)).toBe(true);
  });
});
