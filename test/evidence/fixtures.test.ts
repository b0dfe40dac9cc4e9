// The evidence fixtures (test/fixtures/evidence/): every planted problem is found, nothing else is said.
// Precision and recall on them are 1 (README, "Evidence checks").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { EVIDENCE_RULES, evidenceResult } from '../helpers/run-evidence.js';

const fixture = (name: string): string => readFileSync(join(packageRoot, 'test', 'fixtures', 'evidence', name), 'utf8');
const evidence = (name: string, locale: 'en' | 'zh') =>
  evidenceResult(fixture(name), locale)
    .findings.filter((f) => EVIDENCE_RULES.includes(f.ruleId))
    .map((f) => `${f.line} ${f.ruleId} ${f.disclosure ?? ''}`.trim());

describe('evidence fixtures', () => {
  test('thin-en.md: each planted problem once; Our people and Training stay silent', () => {
    expect(evidence('thin-en.md', 'en')).toEqual([
      '25 no-figures GRI 413-1',
      '25 item-not-addressed GRI 413-1',
      '33 no-figures GRI 305-1',
      '33 item-not-addressed GRI 305-1',
      '39 unit-mismatch GRI 302-1',
      '45 period-mismatch GRI 303-3',
      '56 value-conflict',
      '62 total-mismatch',
      '71 total-mismatch',
    ]);
  });

  test('thin-zh.md: Scope 1 differs between chapters, energy without a unit, the community section without figures; the right total and shares stay silent', () => {
    expect(evidence('thin-zh.md', 'zh')).toEqual(['20 value-conflict', '32 unit-mismatch GRI 302-1', '47 no-figures GRI 413-1']);
  });

  test('JSON: items, evidence and the thin mark per disclosure', () => {
    const records = new Map(evidenceResult(fixture('thin-en.md')).disclosures.map((d) => [d.id, d]));
    expect(records.get('GRI 305-1')?.evidence).toEqual({ figures: [], figureCount: 0, units: [], years: [], thin: 'no-figures' });
    expect(records.get('GRI 305-2')?.evidence).toMatchObject({ figures: expect.arrayContaining([{ value: '2,410', unit: 'tCO2e', page: 9 }]), units: ['tCO2e'], years: [2023, 2024] });
    expect(records.get('GRI 2-7')?.items).toEqual({ reported: expect.arrayContaining(['2-7-a', '2-7-b']), omitted: [], notAddressed: expect.any(Array) });
    expect(records.get('GRI 2-7')?.evidence?.thin).toBeUndefined();
  });
});
