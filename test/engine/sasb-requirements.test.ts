// SASB (issue #4 §1): the selected industry requires every one of its metrics, activity metrics too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../helpers/run-rule.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { checkReport } from '../../src/engine/run.js';
import { packageRoot } from '../../src/paths.js';

const file = join('test', 'fixtures', 'reports', 'sasb-hardware.md');
const text = readFileSync(join(packageRoot, file), 'utf8');
const check = (markdown: string) => checkReport(parseMarkdownReport([{ path: file, text: markdown }]), catalog, file).result;

describe('SASB industry requirements', () => {
  const result = check(text);
  const hardware = catalog.standards.find((s) => s.id === 'SASB TC-HW: Hardware')!;

  test('every metric of TC-HW is required', () => {
    const required = result.disclosures.filter((d) => d.required && d.id.startsWith('SASB ')).map((d) => d.id);
    expect(required.sort()).toEqual(hardware.disclosures.map((d) => d.id).sort());
  });

  test('coverage has a SASB entry beside GRI', () => {
    expect(result.frameworks['sasb']).toEqual({ required: hardware.disclosures.length, reported: 9, omitted: 1, missing: 2 });
    expect(result.frameworks['gri']).toMatchObject({ claim: 'with-reference', reported: 1 });
  });

  test('the metrics neither tagged nor omitted are missing, named with their industry', () => {
    const missing = result.findings.filter((f) => f.ruleId === 'missing-disclosure');
    expect(missing.map((f) => f.disclosure)).toEqual(['SASB TC-HW-430a.1', 'SASB TC-HW-440a.1']);
    expect(missing[0]!.message).toContain('is required by SASB TC-HW: Hardware');
    expect(missing[0]!.severity).toBe('error');
  });

  test('an unknown industry is reported, not crashed on', () => {
    const result = check(text.replace('industries: [TC-HW]', 'industries: [TC-HW, XX-ZZ]'));
    const unknown = result.findings.filter((f) => f.ruleId === 'unknown-disclosure');
    expect(unknown.map((f) => f.message)).toEqual([expect.stringContaining('`XX-ZZ`')]);
  });

  test('no industry selected: SASB tags are cited, nothing is required', () => {
    const result = check(text.replace(/  sasb:\n    industries: \[TC-HW\]\n/, ''));
    expect(result.disclosures.filter((d) => d.id.startsWith('SASB ') && d.required)).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'missing-disclosure')).toEqual([]);
  });
});
