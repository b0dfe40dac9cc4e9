// What a CI engineer relies on, end to end on the built CLI (issue 11 §13): one run writing several formats,
// one-line usage errors from every command, --quiet as in ESLint, --print-config, and a batch split with
// --shard across machines and joined again with `disclose merge`. What can be tested in-process is
// (format-targets, check-policy, shard, merge-results, print-config tests); spawns are kept few.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { disclose, expectRefusal, fixture } from '../helpers/run-in-process.js';

const SLOW = 240_000;
// Two errors and four warnings.
const MIXED = fixture('batch', 'mistral-foods-2025.md');
const BATCH = ['aurora-textiles-2025.md', 'blue-harbor-water-2025.md', 'cedar-logistics', 'huaxin-pharma-2025.md', 'mistral-foods-2025.md'].map((f) => fixture('batch', f));

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'disclose-ci-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('usage errors are one line prefixed disclose:, exit 2', () => {
  test.each([
    [['check', '--format', 'nope', 'x.md'], /^disclose: --format `nope` is not a format; expected one of stylish, /],
    [['check'], /^disclose: missing required argument 'paths'/],
    [['index', '--format', 'nope', 'x.md'], /^disclose: option '-f, --format <name>' argument 'nope' is invalid\. Allowed choices are /],
    [['standards', 'show'], /^disclose: missing required argument/],
  ])('%j', async (args, message) => {
    expectRefusal(await disclose(args), message);
  });
});

test('several formats in one run: each file is what a run with that format alone prints', async () => {
  const sarif = join(tmp, 'out.sarif');
  const json = join(tmp, 'out.json');
  const multi = await disclose(['check', MIXED, '--format', 'stylish', '--format', `sarif=${sarif}`, '--format', `json=${json}`]);
  expect(multi.status).toBe(1);
  expect(multi.stdout).toBe((await disclose(['check', MIXED])).stdout);
  expect(readFileSync(sarif, 'utf8')).toBe((await disclose(['check', MIXED, '--format', 'sarif'])).stdout);
  expect(readFileSync(json, 'utf8')).toBe((await disclose(['check', MIXED, '--format', 'json'])).stdout);
}, SLOW);

test('--quiet reports errors only; warnings neither show nor fail, --max-warnings still counts them', async () => {
  const quiet = await disclose(['check', MIXED, '--quiet', '--fail-on', 'warning', '--format', 'json']);
  const findings = (JSON.parse(quiet.stdout) as { reports: { findings: { severity: string }[] }[] }).reports[0]!.findings;
  expect(findings.map((f) => f.severity)).toEqual(['error', 'error']);
  expect(quiet.status).toBe(1);
  const budget = await disclose(['check', MIXED, '--quiet', '--fail-on', 'none', '--max-warnings', '3']);
  expect(budget.stdout).not.toMatch(/ warning /);
  expect(budget.stdout).toMatch(/ 2 problems \(2 errors, 0 warnings, 0 info\)/);
  expect({ status: budget.status, stderr: budget.stderr }).toEqual({ status: 1, stderr: 'disclose: 4 warning(s), more than --max-warnings 3\n' });
}, SLOW);

test('--print-config prints the resolved config as JSON and exits 0', async () => {
  const run = await disclose(['check', '--print-config', '--no-config']);
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout)).toMatchObject({ file: null, source: '--no-config: no config file', rules: { 'unused-suppression': 'warning' } });
}, SLOW);

test('--shard 1/2 and 2/2, merged, equal the unsharded batch byte for byte', async () => {
  const whole = await disclose(['check', '--batch', '--jobs', '1', ...BATCH, '--format', 'json']);
  expect(whole.status).toBe(1);
  const shards: string[] = [];
  for (const [i, shard] of ['2/2', '1/2'].entries()) {
    const file = join(tmp, `shard-${i}.json`);
    // Arguments in another order on each machine: the share depends on the sorted list only.
    const run = await disclose(['check', '--shard', shard, '--jobs', '1', ...(i === 0 ? BATCH : [...BATCH].reverse()), '--format', `json=${file}`]);
    expect(run.stderr).toBe('');
    shards.push(file);
  }
  expect(shards.map((f) => (JSON.parse(readFileSync(f, 'utf8')) as { reports: unknown[] }).reports.length).sort()).toEqual([2, 3]);
  const merged = await disclose(['merge', ...shards, '--format', 'json']);
  expect(merged.stdout).toBe(whole.stdout);
  expect(merged.status).toBe(1);
  expectRefusal(await disclose(['merge', shards[0]!, shards[0]!]), /^disclose: .*shard-0\.json: report `.*` is also in .*shard-0\.json; merge each shard once\.$/m);
}, SLOW);
