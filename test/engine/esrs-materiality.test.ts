// ESRS under a double-materiality assessment (issue 17): ESRS 2 is required whatever the assessment says,
// a topical standard when the report declares its topic material; the content index is the one ESRS 2 §56
// asks for, with the Appendix B datapoints of non-material topics marked "not material".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { analyse } from '../../src/engine/analysis.js';
import { esrsLayout } from '../../src/engine/index-layouts/esrs.js';
import { esrsMateriality } from '../../src/engine/policies/esrs-topics.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { catalog } from '../helpers/run-rule.js';

const path = join(process.cwd(), 'test', 'fixtures', 'reports', 'esrs-statement.md');
const text = readFileSync(path, 'utf8');
const analysisOf = (source: string) => analyse(parseMarkdownReport([{ path, text: source }]), catalog);

describe('the esrs-materiality policy', () => {
  const analysis = analysisOf(text);
  const required = analysis.records.filter((r) => r.required);

  test('requires every ESRS 2 requirement and those of the material topics only', () => {
    const standards = [...new Set(required.map((r) => r.standard))];
    expect(standards).toEqual(['ESRS 2 General disclosures', 'ESRS E1 Climate change', 'ESRS S1 Own workforce', 'ESRS G1 Business conduct']);
    expect(required.filter((r) => r.standard === 'ESRS 2 General disclosures')).toHaveLength(16);
    expect(required.some((r) => r.id === 'ESRS E2-4')).toBe(false);
    expect(required.find((r) => r.id === 'ESRS 2 SBM-2')?.status).toBe('missing');
    expect(required.find((r) => r.id === 'ESRS E1-8')?.status).toBe('omitted');
  });

  test('counts the required requirements into the coverage model', () => {
    const result = analysis.records.filter((r) => r.required);
    expect(result).toHaveLength(55);
    expect(result.filter((r) => r.status === 'reported')).toHaveLength(44);
    expect(result.filter((r) => r.status === 'missing')).toHaveLength(10);
  });

  test('without declared topics, the topical standards the report cites are the material ones', () => {
    const undeclared = text.replace('  esrs:\n    material-topics: [E1, S1, G1]\n', '  esrs: {}\n');
    const materiality = esrsMateriality(analysisOf(undeclared), 'esrs');
    expect(materiality.declared).toBe(false);
    expect(materiality.material.map((s) => s.topic)).toEqual(['ESRS E1', 'ESRS S1', 'ESRS G1']);
  });

  test('declared topics are read loosely (`e1`, `ESRS S1 Own workforce`)', () => {
    const loose = text.replace('[E1, S1, G1]', '[e1, ESRS S1 Own workforce]');
    const materiality = esrsMateriality(analysisOf(loose), 'esrs');
    expect(materiality.material.map((s) => s.topic)).toEqual(['ESRS E1', 'ESRS S1']);
    expect(materiality.notMaterial.map((s) => s.topic)).toContain('ESRS G1');
  });
});

describe('the ESRS content index (ESRS 2 §56)', () => {
  const layout = esrsLayout(analysisOf(text), 'esrs');
  const group = (id: string) => layout.groups.find((g) => g.id === id)!;

  test('lists ESRS 2 and the material standards in the order ESRS lists them, then the Appendix B table', () => {
    expect(layout.groups.map((g) => g.id)).toEqual(['ESRS 2', 'ESRS E1', 'ESRS S1', 'ESRS G1', 'appendix-b']);
    expect(group('appendix-b').title).toBe('Datapoints that derive from other EU legislation (ESRS 2 Appendix B)');
  });

  test('every requirement of a listed standard is a row: located, omitted with its reason, or missing', () => {
    const rows = group('ESRS E1').rows;
    expect(rows.find((r) => r.id === 'ESRS E1-6')).toMatchObject({ status: 'reported', locations: [expect.objectContaining({ pages: [49] })] });
    expect(rows.find((r) => r.id === 'ESRS E1-8')).toMatchObject({ status: 'omitted', omission: { reason: 'not-applicable' } });
    expect(group('ESRS 2').rows.find((r) => r.id === 'ESRS 2 SBM-2')).toMatchObject({ status: 'missing', locations: [] });
  });

  test('Appendix B lists every datapoint, "not material" for the topics the assessment excluded', () => {
    const rows = group('appendix-b').rows;
    expect(rows).toHaveLength(57);
    expect(rows.find((r) => r.id === 'E1-6-44')).toMatchObject({ code: 'E1-6', status: 'reported', locations: [expect.objectContaining({ pages: [49] })] });
    expect(rows.find((r) => r.id === 'E2-4-28')).toMatchObject({ code: 'E2-4', status: 'omitted', omission: { reason: 'assessed-not-material', explanations: [] } });
    // Material but not located: missing, not "not material".
    expect(rows.find((r) => r.id === 'S1-16-97(a)')).toMatchObject({ status: 'missing' });
    expect(rows.filter((r) => r.omission?.reason === 'assessed-not-material').map((r) => r.code)).toEqual([
      'E2-4', 'E3-1', 'E3-1', 'E3-1', 'E3-4', 'E3-4', 'E4 IRO-1', 'E4-2', 'E5-5', 'E5-5',
      'S2 SBM-3', 'S2-1', 'S2-1', 'S2-1', 'S2-4', 'S3-1', 'S3-1', 'S3-4', 'S4-1', 'S4-1', 'S4-4',
    ]);
  });
});
