import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { disclose, expectRefusal, fixture, root, type CliRun } from '../helpers/run-in-process.js';
import type { CheckResult } from '../../src/model/finding.js';

let dir: string;
const report = (): string => join(dir, 'errors-tags.md');
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'disclose-baseline-'));
  copyFileSync(join(root, fixture('reports', 'errors-tags.md')), report());
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]): Promise<CliRun> => disclose(['check', '--no-config', ...args], { cwd: dir });

describe('--baseline', () => {
  test('update-baseline accepts every current finding; checking against it exits 0', async () => {
    expect((await run(['errors-tags.md'])).status).toBe(1);
    const update = await run(['--baseline', 'baseline.json', '--update-baseline', 'errors-tags.md']);
    expect(update.status).toBe(0);
    expect(update.stderr).toMatch(/wrote \d+ finding\(s\) to the baseline baseline\.json/);
    const baseline = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')) as { version: number; findings: { ruleId: string; file: string; fingerprint: string }[] };
    expect(baseline.version).toBe(2);
    expect(baseline.findings.length).toBeGreaterThan(0);
    expect(baseline.findings[0]).toMatchObject({ file: 'errors-tags.md', fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/) });

    const checked = await run(['--baseline', 'baseline.json', '--format', 'json', 'errors-tags.md']);
    expect(checked.status).toBe(0);
    expect((JSON.parse(checked.stdout) as CheckResult).reports[0]!.findings).toEqual([]);
    expect(checked.stderr).toContain(`${baseline.findings.length} known finding(s) accepted by the baseline baseline.json`);
  });

  test('a new error still fails, and only it is reported', async () => {
    await run(['--baseline', 'baseline.json', '--update-baseline', 'errors-tags.md']);
    writeFileSync(report(), `${readFileSync(report(), 'utf8')}\n## New chapter\n\n<!-- disclose: GRI 999-9 -->\n`);
    const checked = await run(['--baseline', 'baseline.json', '--format', 'json', 'errors-tags.md']);
    expect(checked.status).toBe(1);
    const findings = (JSON.parse(checked.stdout) as CheckResult).reports[0]!.findings;
    expect(findings.map((f) => f.ruleId)).toEqual(['unknown-disclosure']);
    expect(findings[0]!.message).toContain('GRI 999-9');
  });

  test('moving text (shifting every line) does not break the baseline', async () => {
    await run(['--baseline', 'baseline.json', '--update-baseline', 'errors-tags.md']);
    const text = readFileSync(report(), 'utf8');
    const end = text.indexOf('\n---\n', 3) + 5;
    writeFileSync(report(), `${text.slice(0, end)}\n\n\n\n\n${text.slice(end)}`);
    const before = (JSON.parse((await run(['--format', 'json', '--no-config', 'errors-tags.md'])).stdout) as CheckResult).reports[0]!.findings;
    expect(before.some((f) => f.line !== undefined)).toBe(true);
    expect((await run(['--baseline', 'baseline.json', 'errors-tags.md'])).status).toBe(0);
  });

  test('a baseline written from an English run accepts the same findings in Chinese (it keys on message ids, not text)', async () => {
    await run(['--baseline', 'baseline.json', '--update-baseline', 'errors-tags.md']);
    expect((await run(['--baseline', 'baseline.json', '--locale', 'zh', 'errors-tags.md'])).status).toBe(0);
  });

  test('the baseline is found relative to its own folder, whatever the working directory', async () => {
    await run(['--baseline', 'baseline.json', '--update-baseline', 'errors-tags.md']);
    expect((await disclose(['check', '--no-config', '--baseline', join(dir, 'baseline.json'), report()], { cwd: root })).status).toBe(0);
  });

  test('a missing or malformed baseline, or --update-baseline alone: one line, exit 2', async () => {
    expectRefusal(await run(['--baseline', 'nope.json', 'errors-tags.md']), /nope\.json: cannot read the baseline; create it with/);
    writeFileSync(join(dir, 'bad.json'), '{"version": 3, "findings": []}');
    expectRefusal(await run(['--baseline', 'bad.json', 'errors-tags.md']), /bad\.json: not a disclose baseline: `version` is not 1 or 2/);
    expectRefusal(await run(['--update-baseline', 'errors-tags.md']), /--update-baseline needs --baseline FILE/);
  });
});
