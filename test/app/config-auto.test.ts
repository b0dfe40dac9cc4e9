// The library and the CLI find and apply a disclose.config.* the same way (issue 12, item 4): the
// review found 8 findings from the CLI and 15 from the library on one report, because `check()` ignored
// the config the CLI honoured. The fixture's report has no front matter: its dates, claim and two rule
// settings come from the folder's disclose.config.json.
import { join } from 'node:path';
import { check, checkBatch, formatters, buildIndex } from '../../src/index.js';
import { checkUseCase } from '../../src/app/check.js';
import { indexUseCase } from '../../src/app/index-use-case.js';
import { cli, fixture, root } from '../helpers/run-cli.js';
import type { CheckResult } from '../../src/model/finding.js';

const folder = join(root, fixture('config-folder'));
const report = join(folder, 'report', 'harbor-logistics-2024.md');
const rulesOf = (result: CheckResult) => result.reports[0]!.findings.map((f) => `${f.ruleId} ${f.severity}`);

describe("library check({ config: 'auto' }) as the CLI", () => {
  test('the CLI in the folder and the library with its default config give the same JSON', async () => {
    const library = await check([report], { cwd: folder });
    expect(rulesOf(library)).toEqual(['superseded-disclosure warning', 'unknown-disclosure error']);
    const run = cli(['check', '--format', 'json', report], { cwd: folder });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(formatters.json(library));
  }, 60_000);

  test('a path names the config; false reads none, as --no-config', async () => {
    const explicit = await check([report], { config: join(folder, 'disclose.config.json') });
    expect(rulesOf(explicit)).toEqual(['superseded-disclosure warning', 'unknown-disclosure error']);
    const none = await check([report], { config: false, cwd: folder });
    // No dates: nothing is superseded; no claim: the assumed one is said.
    expect(rulesOf(none)).toEqual(['claim-assumed info', 'unknown-disclosure error']);
  });

  test("the caller's own options win over the config's, key by key", async () => {
    const result = await check([report], { cwd: folder, rules: { 'unknown-disclosure': 'off', 'superseded-disclosure': 'error' } });
    // The config's `missing-disclosure: off` and its dates stay; its `superseded-disclosure: warning` is overridden.
    expect(rulesOf(result)).toEqual(['superseded-disclosure error']);
  });

  test('a batch applies the config found once to every report', async () => {
    const batch = await checkBatch([report], { cwd: folder, jobs: 1 });
    expect(rulesOf(batch.result)).toEqual(['superseded-disclosure warning', 'unknown-disclosure error']);
  });

  test('buildIndex reads the config too (its claim and dates)', async () => {
    const withConfig = await buildIndex([report], { cwd: folder });
    const without = await buildIndex([report], { cwd: folder, config: false });
    expect(withConfig).not.toEqual(without);
  });
});

describe('checkUseCase: the outputs, notes and exit code the CLI writes', () => {
  test('formats, exit policy and the --max-warnings note come back as data', async () => {
    const run = await checkUseCase([report], { cwd: folder, targets: [{ format: 'json' }], failOn: 'warning', maxWarnings: 0 });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toEqual([{ format: 'json', content: formatters.json(await check([report], { cwd: folder })) }]);
    expect(run.notes).toEqual([]);
    expect(run.finalNotes).toEqual(['1 warning(s), more than --max-warnings 0']);
  });

  test('--quiet: the formats see errors only, and a warning does not fail --fail-on warning', async () => {
    const run = await checkUseCase([report], { cwd: folder, targets: [{ format: 'json' }], failOn: 'warning', quiet: true });
    const shown = JSON.parse(run.outputs[0]!.content as string) as CheckResult;
    expect(rulesOf(shown)).toEqual(['unknown-disclosure error']);
    expect(run.exitCode).toBe(1);
  });

  test('the index use case takes the config and returns the index as an output', async () => {
    const run = await indexUseCase([report], { cwd: folder, format: 'json' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs[0]!.content).toBe(`${JSON.stringify(await buildIndex([report], { cwd: folder }), null, 2)}\n`);
  });
});
