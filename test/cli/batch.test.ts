// `disclose check --batch` / `--jobs N` on the built CLI (the worker threads load dist/batch/worker.js, which
// ts-jest cannot): every path is a report of its own, one combined output sorted by report path, the same
// bytes whatever the number of jobs or the order of the arguments, and a report that cannot be read named
// on stderr without stopping the others.
//
// Fixtures (test/fixtures/batch/): eight reports — English and Chinese (one with a Chinese file name),
// clean ones and ones with findings, GRI, SASB and SZSE, `cedar-logistics/` a report of three files — and
// `zz-broken-front-matter.md`, whose front matter is not valid YAML. Which reports a batch is made of (globs,
// duplicates) is tested without workers in test/batch/check-batch.test.ts.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORMATS } from '../../src/cli/commands/check.js';
import type { CheckResult } from '../../src/model/finding.js';
import { cli, expectRefusal, fixture, root, type CliRun } from '../helpers/run-cli.js';
import { disclose } from '../helpers/run-in-process.js';

// Each test runs the CLI several times on a shared 2-core machine: a budget, not a measure of speed.
const SLOW = 240_000;
const dir = fixture('batch');
const BAD = join(dir, 'zz-broken-front-matter.md');
const all = readdirSync(join(root, dir)).map((name) => join(dir, name)).sort();
const good = all.filter((path) => path !== BAD);

/** A fixed-seed shuffle (mulberry32 + Fisher–Yates), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed;
  const random = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const check = (args: string[]): CliRun => cli(['check', '--no-config', ...args]);
/** A run that starts no worker thread (one report, or --jobs 1, or refused before any): in this process. */
const checkHere = (args: string[]): Promise<CliRun> => disclose(['check', '--no-config', ...args]);
const json = (run: CliRun): CheckResult => JSON.parse(run.stdout) as CheckResult;
const BAD_LINE = /^disclose: `test\/fixtures\/batch\/zz-broken-front-matter\.md`: front matter is not valid YAML \(line 5\)/;

test('the fixtures are what the tests below rely on', () => {
  expect(good).toHaveLength(8);
  expect(good).toContain(join(dir, 'cedar-logistics'));
  expect(all).toContain(BAD);
  // The shuffles really change the order (else the order tests below could not fail).
  expect(shuffled(all, 7)).not.toEqual(all);
  expect(shuffled(all, 11)).not.toEqual(shuffled(all, 7));
});

describe('check --batch: one combined output', () => {
  test('each path is its own report, sorted by path; the unreadable one is named on stderr and the run exits 2', () => {
    const run = check(['--format', 'json', '--jobs', '2', ...shuffled(all, 3)]);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(BAD_LINE);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const result = json(run);
    expect(result.reports.map((r) => r.file)).toEqual(good);
    const cedar = result.reports.find((r) => r.file === join(dir, 'cedar-logistics'))!;
    expect(cedar.files).toEqual(['01-overview.md', '02-climate.md', '03-people.md'].map((f) => join(dir, 'cedar-logistics', f)));
    // Findings stay with their own report.
    for (const report of result.reports) for (const finding of report.findings) expect(report.files).toContain(finding.file);
    const rules = (file: string): string[] => result.reports.find((r) => r.file === join(dir, file))!.findings.map((f) => f.ruleId);
    expect(rules('blue-harbor-water-2025.md')).toEqual(['unknown-disclosure', 'superseded-disclosure', 'omission-reason-missing']);
    expect(rules('kestrel-mining-2025.md')).toContain('missing-disclosure');
    expect(rules('kestrel-mining-2025.md')).toContain('missing-topic-management');
    expect(rules('huaxin-pharma-2025.md')).toContain('topic-not-explained');
    expect(rules('东方新能源-2025.md')).toEqual([]);
  }, SLOW);

  test('a report in a batch is what checking it alone gives', async () => {
    const batch = json(check(['--format', 'json', '--jobs', '2', ...good]));
    for (const path of [join(dir, 'cedar-logistics'), join(dir, 'mistral-foods-2025.md')]) {
      const alone = json(await checkHere(['--format', 'json', path]));
      expect(batch.reports.find((r) => r.file === path)).toEqual(alone.reports[0]);
    }
  }, SLOW);

  // Every variant in JSON (the whole result); every other format against one variant with workers — the
  // formatters are pure functions of the result, so more runs would test the same thing more slowly.
  const VARIANTS = [
    ['--jobs', '2', ...[...all].reverse()],
    ['--jobs', '4', ...shuffled(all, 7)],
    ['--batch', ...shuffled(all, 11)],
  ];
  test.each(FORMATS)('%s: --jobs 1 and with workers give the same bytes, whatever the order of the paths', async (format) => {
    const reference = await checkHere(['--format', format, '--jobs', '1', ...all]);
    expect(reference.status).toBe(2);
    expect(reference.stdout.length).toBeGreaterThan(0);
    expect(reference.stderr).toMatch(BAD_LINE);
    for (const args of format === 'json' ? VARIANTS : [VARIANTS[0]!]) {
      const run = check(['--format', format, ...args]);
      // `--jobs 4` on fewer cores says it uses fewer (batch-check.ts); the rest of stderr is the same.
      const stderr = run.stderr.replace(/^disclose: --jobs \d+ is more than the \d+ cores available; using \d+\n/, '');
      expect({ args, status: run.status, stderr }).toEqual({ args, status: reference.status, stderr: reference.stderr });
      expect(run.stdout === reference.stdout ? 'same bytes' : run.stdout).toBe('same bytes');
    }
  }, SLOW);

  test('without unreadable reports: exit 1 for findings, and nothing on stderr (no progress bar off a terminal)', () => {
    const run = check(['--jobs', '2', ...good]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/✖ \d+ problems/);
    // Every report's coverage line, in path order.
    const covered = run.stdout.split('\n').filter((line) => / {2}(GRI|SASB|SZSE)\b.*covered$/.test(line)).map((line) => line.split('  ')[0]);
    expect([...new Set(covered)]).toEqual(good);
  }, SLOW);

  test('a quoted glob is expanded like the shell would (each match a report); one that matches nothing is bad input', async () => {
    const expanded = check(['--format', 'json', '--jobs', '2', `${dir}/**/*.md`]);
    const files = json(expanded).reports.map((r) => r.file);
    expect(files).toEqual(
      [...good.filter((p) => p.endsWith('.md')), ...['01-overview.md', '02-climate.md', '03-people.md'].map((f) => `${dir}/cedar-logistics/${f}`)].sort(),
    );
    expect(expanded.stderr).toMatch(BAD_LINE);
    expectRefusal(await checkHere(['--batch', `${dir}/*.markdown`]), /^disclose: `test\/fixtures\/batch\/\*\.markdown`: no file or folder matches this glob$/m);
  }, SLOW);

  test('--jobs over the cores available is capped, and says so unless --quiet', async () => {
    const report = join(dir, 'aurora-textiles-2025.md');
    const capped = check(['--format', 'json', '--jobs', '64', report, join(dir, 'cedar-logistics')]);
    expect(capped.stderr).toMatch(new RegExp(`^disclose: --jobs 64 is more than the ${availableParallelism()} cores available; using ${availableParallelism()}\\n`));
    expect((await checkHere(['--format', 'json', '--quiet', '--jobs', '64', report])).stderr).toBe('');
  }, SLOW);

  test('--jobs takes a whole number of 1 or more, or auto', async () => {
    expectRefusal(await checkHere(['--jobs', '0', join(dir, 'aurora-textiles-2025.md')]), /--jobs.*expected a whole number of 1 or more, or `auto`/);
    expectRefusal(await checkHere(['--jobs', 'two', join(dir, 'aurora-textiles-2025.md')]), /--jobs.*expected a whole number/);
    const auto = check(['--format', 'json', '--jobs', 'auto', join(dir, 'aurora-textiles-2025.md'), join(dir, 'cedar-logistics')]);
    expect(auto.status).toBe(0);
    expect(json(auto).reports).toHaveLength(2);
  }, SLOW);

  test('when no report can be read, stdout stays empty and the exit code is 2', async () => {
    expectRefusal(await checkHere(['--format', 'json', '--batch', BAD]), BAD_LINE);
  }, SLOW);
});

describe('check --batch with a baseline', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'disclose-batch-baseline-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  test('the baseline covers the combined result; --quiet drops the notes on stderr', () => {
    const baseline = join(tmp, 'baseline.json');
    const update = check(['--jobs', '2', '--baseline', baseline, '--update-baseline', ...good]);
    expect(update.status).toBe(0);
    expect(update.stderr).toMatch(/^disclose: wrote \d+ finding\(s\) to the baseline /);
    const entries = (JSON.parse(readFileSync(baseline, 'utf8')) as { findings: { file: string }[] }).findings;
    expect(new Set(entries.map((e) => e.file.replace(/^.*test\/fixtures\/batch\//, '')))).toEqual(
      new Set(['blue-harbor-water-2025.md', 'huaxin-pharma-2025.md', 'kestrel-mining-2025.md', 'lumen-devices-2025.md', 'mistral-foods-2025.md']),
    );

    const known = check(['--jobs', '2', '--baseline', baseline, ...shuffled(good, 5)]);
    expect(known.status).toBe(0);
    expect(known.stderr).toMatch(new RegExp(`^disclose: ${entries.length} known finding\\(s\\) accepted by the baseline `));
    const quiet = check(['--jobs', '2', '--quiet', '--baseline', baseline, ...good]);
    expect({ status: quiet.status, stderr: quiet.stderr }).toEqual({ status: 0, stderr: '' });
  }, SLOW);

  test('--update-baseline refuses to write a baseline that would miss an unreadable report', () => {
    const baseline = join(tmp, 'baseline.json');
    const run = check(['--batch', '--baseline', baseline, '--update-baseline', join(dir, 'mistral-foods-2025.md'), BAD]);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(BAD_LINE), 'disclose: the baseline was not written: 1 report(s) could not be read; fix them or leave them out']);
    expect(existsSync(baseline)).toBe(false);
  }, SLOW);
});
