// The content-index audit against fixtures written in the style of real published indexes: every
// deliberate error must be found (recall) and nothing else reported (precision).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { disclose, root } from '../helpers/run-in-process.js';
import type { CheckResult } from '../../src/model/finding.js';

const dir = join('test', 'fixtures', 'index-audit');
const reports = readdirSync(join(root, dir)).filter((f) => f.endsWith('.md') && !['README.md', 'recall.md'].includes(f)).sort();

interface Expected {
  ruleId: string;
  disclosure: string | null;
  line: number | null;
  severity: string;
}

const sortKey = (f: Expected): string => `${f.line ?? 99999}|${f.ruleId}|${f.disclosure ?? ''}|${f.severity}`;

describe('content-index audit fixtures', () => {
  test.each(reports)('%s', async (name) => {
    const expected = JSON.parse(readFileSync(join(root, dir, name.replace(/\.md$/, '.expected.json')), 'utf8')) as Expected[];
    const run = await disclose(['check', '--format', 'json', '--fail-on', 'none', join(dir, name)]);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as CheckResult;
    const actual = result.reports[0]!.findings.map((f) => ({ ruleId: f.ruleId, disclosure: f.disclosure ?? null, line: f.line ?? null, severity: f.severity }));
    const strip = (e: Expected): Expected => ({ ruleId: e.ruleId, disclosure: e.disclosure ?? null, line: e.line ?? null, severity: e.severity });
    expect(actual.map(sortKey).sort()).toEqual(expected.map(strip).map(sortKey).sort());
  });
});
