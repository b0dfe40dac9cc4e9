// End to end, `check --fix` (issue 12 item 5): the options' refusals, the dry run's diff with the file
// untouched, and a fix run that writes and then reports what remains. The planner and writer are tested
// in-process (test/fix); these few spawn the built CLI.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, expectRefusal, fixture, root } from '../helpers/run-cli.js';
import type { CheckResult } from '../../src/model/finding.js';

let dir: string;
let original: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'disclose-fix-cli-'));
  copyFileSync(join(root, fixture('index-audit', 'errors-en.md')), join(dir, 'r.md'));
  original = readFileSync(join(dir, 'r.md'), 'utf8');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => cli([...args, '--no-config'], { cwd: dir });

test('--fix refuses stdin and --batch; --dry-run needs --fix; the report is unchanged', () => {
  expectRefusal(run(['check', '-', '--fix']), /^disclose: --fix rewrites the report's files; it cannot fix a report read from stdin/);
  expectRefusal(run(['check', 'r.md', '--fix', '--batch']), /^disclose: --fix rewrites one report's files; run it without --batch/);
  expectRefusal(run(['check', 'r.md', '--dry-run']), /^disclose: --dry-run shows what --fix would change; use it with --fix\./);
  expect(readFileSync(join(dir, 'r.md'), 'utf8')).toBe(original);
});

test('--fix --dry-run prints the diff and writes nothing; --fix writes and reports the findings that remain', () => {
  const dry = run(['check', 'r.md', '--fix', '--dry-run']);
  expect(dry.status).toBe(0);
  expect(dry.stdout).toContain('-| GRI 2: General Disclosures 2021 | 2-1 | Total number of employees | 6 |');
  expect(dry.stdout).toContain('+| GRI 2: General Disclosures 2021 | 2-1 | Organizational details | 6 |');
  expect(dry.stderr).toBe('disclose: would apply 6 fix(es) in 1 file; nothing written (--dry-run)\n');
  expect(readFileSync(join(dir, 'r.md'), 'utf8')).toBe(original);

  const fixed = run(['check', 'r.md', '--fix', '--format', 'json']);
  expect(fixed.stderr).toBe('disclose: applied 6 fix(es) in 1 file\n');
  expect(fixed.status).toBe(1); // other errors remain
  const result = JSON.parse(fixed.stdout) as CheckResult;
  expect(result.reports[0]!.findings.filter((f) => f.fix?.range)).toEqual([]);
  expect(result.reports[0]!.findings.filter((f) => f.ruleId === 'title-mismatch')).toEqual([]);
  expect(readFileSync(join(dir, 'r.md'), 'utf8')).toBe(
    original
      .replace('| 2-1 | Total number of employees |', '| 2-1 | Organizational details |')
      .replace('| 2-6 | Activities, value chain and other business… |', '| 2-6 | Activities, value chain and other business relationships |')
      .replace('| 305-7 | Nitrogen oxides (NOx), sulfur oxides (SOx), and other significant |', '| 305-7 | Nitrogen oxides (NOx), sulfur oxides (SOx), and other significant air emissions |')
      .replace('| 306-1 | Water discharge by quality and destination |', '| 303-4 | Water discharge |')
      .replace('| 417-1 | Substantiated complaints concerning breaches of customer privacy and losses of customer data |', '| 417-1 | Requirements for product and service information and labeling |'),
  );
});
