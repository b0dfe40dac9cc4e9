// --crosswalk (issue #4 §5): equivalent links credit a disclosure, and the output says so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../helpers/run-rule.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { checkReport } from '../../src/engine/run.js';
import { packageRoot } from '../../src/paths.js';

const file = join('test', 'fixtures', 'reports', 'szse-topics.md');
// The same report, filed with the Shanghai exchange but tagged with Shenzhen article ids.
const sse = readFileSync(join(packageRoot, file), 'utf8').replace('  szse: {}\n', '  sse: {}\n');
const check = (markdown: string, crosswalk: boolean) =>
  // English messages (`language: zh` reports default to Chinese ones): the assertions read the English wording.
  checkReport(parseMarkdownReport([{ path: file, text: markdown }]), catalog, file, {}, { crosswalk }, 'en').result;

describe('crosswalk credit', () => {
  test('without --crosswalk, SZSE tags do not meet SSE topics', () => {
    const result = check(sse, false);
    expect(result.frameworks['sse']).toMatchObject({ reported: 0 });
    expect(result.findings.filter((f) => f.ruleId === 'crosswalk-credit')).toEqual([]);
  });

  test('with --crosswalk, equivalent SZSE articles meet the SSE topics, and each credit is said', () => {
    const result = check(sse, true);
    expect(result.frameworks['sse']).toEqual({ required: 19, reported: 14, omitted: 0, missing: 5 });
    const credits = result.findings.filter((f) => f.ruleId === 'crosswalk-credit');
    expect(credits.map((f) => f.disclosure)).toContain('SSE 24');
    expect(credits.every((f) => f.severity === 'info')).toBe(true);
    expect(credits.find((f) => f.disclosure === 'SSE 24')!.message).toContain('equivalent to `SZSE 24`');
  });

  test('a partial link gives no credit', () => {
    // GRI 305-1 <-> SZSE 24 is partial: a GRI tag alone does not meet the climate topic.
    const markdown = sse.replace('<!-- disclose: SZSE 21, SZSE 24 -->', '<!-- disclose: GRI 305-1 -->');
    const topics = check(markdown, true).findings.filter((f) => f.ruleId === 'topic-not-explained');
    expect(topics.some((f) => f.message.includes('应对气候变化'))).toBe(true);
  });

  test('GRI 305-1 credits an equivalent SASB gross Scope 1 metric, with the location of the GRI tag', () => {
    const report = `---\npublished: 2026-03-01\nperiod: { start: 2025-01-01, end: 2025-12-31 }\nframeworks:\n  gri: { claim: with-reference }\n  sasb: { industries: [FB-AG] }\n---\n\n# Report\n\n## Emissions\n<!-- disclose: GRI 305-1 -->\n`;
    const result = check(report, true);
    const scope1 = result.disclosures.find((d) => d.id === 'SASB FB-AG-110a.1')!;
    expect(scope1.status).toBe('reported');
    expect(scope1.locations).toEqual([expect.objectContaining({ section: 'Emissions', via: 'crosswalk', from: 'GRI 305-1' })]);
  });
});
