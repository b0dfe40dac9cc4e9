// `disclose migrate` end to end: the built CLI on a temp copy of a GRI 2016-era report.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { disclose, expectRefusal, fixture, root } from '../helpers/run-in-process.js';

const source = join(root, fixture('migrate', 'report-2016.md'));
const expected = readFileSync(join(root, fixture('migrate', 'report-2016.migrated.md')), 'utf8');
let dir: string;
let report: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'disclose-cli-migrate-'));
  report = join(dir, 'report-2016.md');
  copyFileSync(source, report);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('disclose migrate', () => {
  test('dry run: per file, line:column and the 2021 code with its title, then what needs review; nothing written; exit 0', async () => {
    const run = await disclose(['migrate', 'report-2016.md'], { cwd: dir });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('report-2016.md');
    expect(lines).toContain('  13:16  GRI 102-1 → GRI 2-1 (Organizational details)');
    expect(lines).toContain('  13:27  GRI 102-14 → GRI 2-22 (Statement on sustainable development strategy)');
    expect(lines).toContain('  24:27  GRI 102-8 → GRI 2-7, GRI 2-8 (Employees; Workers who are not employees)');
    expect(lines).toContain('  29:12  GRI 102-38 → GRI 2-21 (Annual total compensation ratio)');
    expect(lines).toContain('  37:16  GRI 307-1 → GRI 2-27 (Compliance with laws and regulations)');
    expect(lines).toContain('  needs review:');
    expect(run.stdout).toMatch(/^ {2}16:16 {2}GRI 102-54 \(Claims of reporting in accordance with the GRI Standards\): no GRI 2021 disclosure; its content became a requirement of GRI 1 \(correspondence: GRI 1 Requirement 8/m);
    expect(run.stdout).toMatch(/^ {2}24:16 {2}GRI 102-7 \(Scale of the organization\): maps to GRI 2-6, GRI 2-7 with low confidence/m);
    expect(lines.filter((l) => l !== '').pop()).toMatch(/^\d+ codes to migrate in 1 file; \d+ items need review\. Nothing written: run with --write to apply\.$/);
    expect(readFileSync(report, 'utf8')).toBe(readFileSync(source, 'utf8'));
  });

  test('--format json: changes and review items with positions', async () => {
    const run = await disclose(['migrate', report, '--format', 'json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as {
      written: boolean;
      changes: number;
      review: number;
      files: { file: string; changes: { line: number; column: number; from: string; to: string[]; before: string; after: string }[]; review: { from: string; to: string[] }[] }[];
    };
    expect(result.written).toBe(false);
    expect(result.files).toHaveLength(1);
    const [file] = result.files;
    expect(file!.changes.slice(0, 2)).toEqual([
      expect.objectContaining({ line: 13, column: 16, from: 'GRI 102-1', to: ['GRI 2-1'], before: 'GRI 102-1', after: 'GRI 2-1' }),
      expect.objectContaining({ line: 13, column: 27, from: 'GRI 102-14', to: ['GRI 2-22'] }),
    ]);
    expect(file!.changes).not.toContainEqual(expect.objectContaining({ edits: expect.anything() }));
    expect(file!.review.map((r) => r.from)).toEqual(expect.arrayContaining(['GRI 102-54', 'GRI 102-55', 'GRI 102-7']));
    expect(result.changes).toBe(file!.changes.length);
    expect(result.review).toBe(file!.review.length);
  });

  test('--write rewrites the file; a second --write has nothing to migrate', async () => {
    const first = await disclose(['migrate', report, '--write']);
    expect({ status: first.status, stderr: first.stderr }).toEqual({ status: 0, stderr: '' });
    expect(first.stdout).toMatch(/^Migrated \d+ codes in 1 file; \d+ items need review\.$/m);
    expect(readFileSync(report, 'utf8')).toBe(expected);

    const second = await disclose(['migrate', report, '--write']);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/^Nothing to migrate; \d+ items need review\.$/m);
    expect(second.stdout).not.toContain('→');
    expect(readFileSync(report, 'utf8')).toBe(expected);
  });

  test('the migrated fixture keeps every line the migration does not touch', () => {
    const before = readFileSync(source, 'utf8').split('\n');
    const after = expected.split('\n');
    expect(after).toHaveLength(before.length);
    const touched = before.map((line, i) => (line === after[i] ? null : i + 1)).filter((n) => n !== null);
    expect(touched).toEqual([13, 19, 24, 29, 32, 37, 45, 46]);
  });

  test('bad input: one line on stderr, exit 2', async () => {
    expectRefusal(await disclose(['migrate', join(dir, 'missing.md')]), /missing\.md`: no such file or folder/);
    expectRefusal(await disclose(['migrate', report, '--format', 'sarif']), /argument 'sarif' is invalid/);
  });
});
