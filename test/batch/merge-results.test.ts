// `disclose merge` in-process: shards' JSON outputs (as check --format json prints them) joined.
import { join } from 'node:path';
import { check } from '../../src/index.js';
import { mergeResults } from '../../src/merge-results.js';
import { packageRoot } from '../../src/paths.js';
import { schemaValidator } from '../../src/validation.js';
import { json } from '../../src/formatters/json.js';
import { tool } from '../../src/version.js';
import type { CheckResult, ReportResult } from '../../src/model/finding.js';

const report = (file: string, severity: 'error' | 'warning' = 'error'): ReportResult => ({
  file,
  files: [file],
  frameworks: { gri: { claim: 'in-accordance', required: 2, reported: 1, omitted: 0, missing: 1 } },
  disclosures: [{ id: 'GRI 2-1', title: 'Organizational details', standard: 'GRI 2: General Disclosures 2021', status: 'missing', required: true, locations: [] }],
  findings: [{ ruleId: 'missing-disclosure', severity, message: '`GRI 2-1` is missing.', file, disclosure: 'GRI 2-1' }],
});
/** A result as it comes back from a JSON file: printed by the json formatter, parsed. */
const shard = (...files: string[]): unknown => JSON.parse(json({ tool, reports: files.map((f) => report(f)) }, { color: false }));

describe('schemas/output/check.schema.json', () => {
  test.each([
    [['examples/acme-2025'], {}],
    [['test/fixtures/reports/errors-tags.md'], {}],
    [['test/fixtures/reports/multi-framework-zh.md'], { suggest: true, crosswalk: true }],
  ])('accepts what check prints for %j', async (paths, options) => {
    const printed = JSON.parse(json(await check(paths.map((p) => join(packageRoot, p)), options), { color: false })) as unknown;
    const validate = schemaValidator('output/check.schema.json');
    expect(validate(printed) ? [] : validate.errors).toEqual([]);
  });
});

describe('mergeResults', () => {
  test('shards in any order merge into the result of one run, byte for byte once formatted', () => {
    const whole: CheckResult = { tool, reports: ['reports/a.md', 'reports/b.md', 'reports/c/', 'reports/东方.md'].map((f) => report(f)) };
    const merged = mergeResults([
      { label: 's2.json', data: shard('reports/c/', 'reports/东方.md') },
      { label: 's1.json', data: shard('reports/a.md', 'reports/b.md') },
      { label: 's3.json', data: shard() },
    ]);
    expect(json(merged, { color: false })).toBe(json(whole, { color: false }));
  });

  test.each([
    ['not an object', 42, /^x\.json: not a `disclose check --format json` output: the top level must be object$/],
    ['another tool\'s JSON', { tool: { name: 'eslint', version: '9.0.0' }, reports: [] }, /^x\.json: not a `disclose check --format json` output: `tool\.name` must be equal to constant$/],
    ['a report without findings', { tool, reports: [{ file: 'a.md', files: ['a.md'], frameworks: {}, disclosures: [] }] }, /`reports\.0` is missing `findings`/],
    ['a finding with a bad severity', { tool, reports: [{ ...report('a.md'), findings: [{ ...report('a.md').findings[0], severity: 'fatal' }] }] }, /`reports\.0\.findings\.0\.severity` must be one of "error", "warning", "info"/],
    ['another version of disclose', { tool: { name: 'disclose', version: '0.0.1' }, reports: [] }, /^x\.json: written by disclose 0\.0\.1, not /],
  ])('refuses %s, naming the file', (_name, data, message) => {
    expect(() => mergeResults([{ label: 'x.json', data }])).toThrow(message);
  });

  test('refuses a shard merged twice', () => {
    expect(() => mergeResults([{ label: 's1.json', data: shard('a.md') }, { label: 'again.json', data: shard('a.md') }])).toThrow(
      'again.json: report `a.md` is also in s1.json; merge each shard once.',
    );
  });

  test('refuses nothing to merge', () => {
    expect(() => mergeResults([])).toThrow(/^No result to merge/);
  });
});
