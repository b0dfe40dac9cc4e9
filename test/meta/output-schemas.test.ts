// The published output schemas (issue 12 item 6): every JSON output of every fixture report and of the
// example — `check --format json` (also with --suggest and --crosswalk), `index --format json` for GRI and
// each framework the report declares, `suggest --format json` — validates against schemas/output/.
// In-process: the CLI writes exactly these values (the json formatter, renderIndex's json, formatSuggestionsJson).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex, check, formatSuggestionsJson, formatters, mergeResults, readReport, renderIndex, suggest } from '../../src/index.js';
import { frameworkIndexIds, type FrameworkIndexId } from '../../src/model/framework-index.js';
import { packageRoot } from '../../src/paths.js';
import { schemaValidator } from '../../src/validation.js';

const at = (...parts: string[]): string => join(packageRoot, ...parts);
const markdownIn = (dir: string): string[] => readdirSync(at(dir)).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => join(dir, f));
const folders = (dir: string): string[] => readdirSync(at(dir)).filter((f) => statSync(at(dir, f)).isDirectory()).sort().map((f) => join(dir, f));

// Every well-formed report the tests use (the bad ones are refused before there is an output).
const REPORTS = [
  'examples/acme-2025',
  'test/fixtures/reports/multi',
  ...markdownIn('test/fixtures/reports'),
  ...markdownIn('test/fixtures/index-audit'),
  ...markdownIn('test/fixtures/suggest'),
  ...folders('test/fixtures/suggest'),
];

function expectValid(schema: string, text: string): void {
  const validate = schemaValidator(schema);
  const valid = validate(JSON.parse(text));
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

const json = (result: Parameters<typeof formatters.json>[0]): string => formatters.json(result, { color: false });

describe('schemas/output/', () => {
  test('the reports are found', () => {
    expect(REPORTS.length).toBeGreaterThan(20);
  });

  test.each(REPORTS)('check: %s', async (path) => {
    const paths = [at(path)];
    expectValid('output/check.schema.json', json(await check(paths)));
    expectValid('output/check.schema.json', json(await check(paths, { suggest: true, crosswalk: true, locale: 'zh' })));
  });

  test('merge: the merged result of two checks (what `disclose merge --format json` writes)', async () => {
    const a = JSON.parse(json(await check([at('examples/acme-2025')])));
    const b = JSON.parse(json(await check([at('test/fixtures/index-audit/errors-en.md')])));
    expectValid('output/check.schema.json', json(mergeResults([{ label: 'a.json', data: a }, { label: 'b.json', data: b }])));
  });

  test.each(REPORTS)('index: %s (GRI and every framework it declares)', async (path) => {
    const paths = [at(path)];
    const declared = Object.keys((await readReport(paths)).meta.frameworks);
    expectValid('output/index.schema.json', renderIndex(await buildIndex(paths), 'json'));
    for (const framework of frameworkIndexIds().filter((f: string) => declared.includes(f))) {
      expectValid('output/index.schema.json', renderIndex(await buildIndex(paths, { framework: framework as FrameworkIndexId }), 'json'));
    }
  });

  test.each(REPORTS)('suggest: %s', async (path) => {
    expectValid('output/suggest.schema.json', formatSuggestionsJson(await suggest([at(path)])));
  });

  test('the schemas bite: a finding without a rule, a fix range without an end, an index row without a status, a score above 1', async () => {
    const result = JSON.parse(json(await check([at('test/fixtures/index-audit/errors-en.md')])));
    const ranged = result.reports[0].findings.find((f: { fix?: { range?: unknown } }) => f.fix?.range);
    expect(ranged).toBeDefined();
    delete ranged.fix.range.end;
    delete result.reports[0].findings[0].ruleId;
    const check_ = schemaValidator('output/check.schema.json');
    expect(check_(result)).toBe(false);
    expect(check_.errors!.length).toBe(2);

    const index = JSON.parse(renderIndex(await buildIndex([at('examples/acme-2025')]), 'json'));
    delete index.groups[0].rows[0].status;
    expect(schemaValidator('output/index.schema.json')(index)).toBe(false);

    const suggestions = JSON.parse(formatSuggestionsJson(await suggest([at('examples/acme-2025')])));
    suggestions.reports[0].suggestions.find((s: { candidates: unknown[] }) => s.candidates.length > 0).candidates[0].score = 1.5;
    expect(schemaValidator('output/suggest.schema.json')(suggestions)).toBe(false);
  });
});
