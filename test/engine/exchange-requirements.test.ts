// The Chinese exchanges (topic by topic, Art. 7 comply or explain) and HKEX (disclosure by disclosure).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../helpers/run-rule.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { checkReport } from '../../src/engine/run.js';
import { packageRoot } from '../../src/paths.js';

const file = join('test', 'fixtures', 'reports', 'szse-topics.md');
const text = readFileSync(join(packageRoot, file), 'utf8');
// English messages (`language: zh` reports default to Chinese ones): the assertions read the English wording.
const check = (markdown: string, path = file) => checkReport(parseMarkdownReport([{ path, text: markdown }]), catalog, path, {}, {}, 'en').result;

describe('SZSE No. 17 topics', () => {
  const result = check(text);

  test('a mandatory topic neither disclosed nor explained is an error; conditional ones are warnings', () => {
    const topics = result.findings.filter((f) => f.ruleId === 'topic-not-explained');
    expect(topics.map((f) => [f.severity, /topic (\S+)/.exec(f.message)?.[1]])).toEqual([
      ['error', '循环经济'],
      ['warning', '科技伦理'],
      ['warning', '平等对待中小企业'],
    ]);
    expect(topics[0]!.message).toContain('Art. 37');
  });

  test('coverage counts topics: encouraged ones are not required', () => {
    expect(result.frameworks['szse']).toEqual({ required: 19, reported: 14, omitted: 2, missing: 3 });
  });

  test('an explanation in the exchange\'s own words is enough (no GRI reason needed)', () => {
    expect(result.findings.filter((f) => f.ruleId === 'omission-reason-missing')).toEqual([]);
  });

  test('no szse key in front matter: no topic is required', () => {
    const without = check(text.replace('  szse: {}\n', '  gri: { claim: with-reference }\n'));
    expect(without.findings.filter((f) => f.ruleId === 'topic-not-explained')).toEqual([]);
    expect(without.frameworks['szse']).toBeUndefined();
  });
});

describe('HKEX ESG Reporting Code', () => {
  const report = (period: string, published: string, body: string) =>
    `---\norganization: Harbour Co\nperiod: { start: ${period}-01-01, end: ${period}-12-31 }\npublished: ${published}\nframeworks:\n  hkex: {}\n---\n\n# ESG report\n\n${body}\n`;

  test('FY2025: Part B and the comply-or-explain KPIs of the 2025 Code are required', () => {
    const result = check(report('2025', '2026-03-31', '## Board statement\n<!-- disclose: HKEX B-13 -->\n'), 'hk.md');
    const missing = result.findings.filter((f) => f.ruleId === 'missing-disclosure').map((f) => f.disclosure);
    expect(missing).toContain('HKEX B-14');
    expect(missing).toContain('HKEX A1.1');
    expect(missing).not.toContain('HKEX A1.2');
    expect(missing).not.toContain('HKEX B-13');
    expect(result.frameworks['hkex']).toMatchObject({ reported: 1, missing: result.frameworks['hkex']!.required - 1 });
  });

  test('A1.2 cited against the 2025 Code is superseded by Part D', () => {
    const result = check(report('2025', '2026-03-31', '## Emissions\n<!-- disclose: HKEX A1.2 -->\n'), 'hk.md');
    const superseded = result.findings.filter((f) => f.ruleId === 'superseded-disclosure');
    expect(superseded).toEqual([expect.objectContaining({ disclosure: 'HKEX A1.2', severity: 'error' })]);
    expect(superseded[0]!.message).toContain('`HKEX D-28`');
  });

  test('FY2024: the 2020 Guide applies and A1.2 is required, not superseded', () => {
    const result = check(report('2024', '2025-03-31', '## Emissions\n<!-- disclose: HKEX A1.2 -->\n'), 'hk.md');
    expect(result.findings.filter((f) => f.ruleId === 'superseded-disclosure')).toEqual([]);
    const missing = result.findings.filter((f) => f.ruleId === 'missing-disclosure').map((f) => f.disclosure);
    expect(missing).not.toContain('HKEX A1.2');
    // The 2020 Guide's climate aspect, gone from the 2025 Code, is still asked for.
    expect(missing).toContain('HKEX A4.1');
    expect(missing).not.toContain('HKEX D-28');
  });

  test('an explained KPI is omitted, not missing', () => {
    const body = '## Packaging\n<!-- omit: HKEX A2.5 | | We sell services only and use no packaging material. -->\n';
    const result = check(report('2025', '2026-03-31', body), 'hk.md');
    expect(result.disclosures.find((d) => d.id === 'HKEX A2.5')).toMatchObject({ status: 'omitted' });
    expect(result.findings.filter((f) => f.ruleId === 'omission-reason-missing')).toEqual([]);
  });
});
