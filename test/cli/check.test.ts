import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { disclose, fixture, root } from '../helpers/run-in-process.js';
import type { CheckResult } from '../../src/model/finding.js';

const json = async (args: string[]): Promise<{ status: number | null; result: CheckResult }> => {
  const run = await disclose(['check', '--format', 'json', ...args]);
  return { status: run.status, result: JSON.parse(run.stdout) as CheckResult };
};

describe('disclose check', () => {
  test('the bundled example is clean and fully covered', async () => {
    const run = await disclose(['check', 'examples/acme-2025']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('GRI (in-accordance): 70 required, 67 reported, 3 omitted, 0 missing — 100% covered');
    expect(run.stdout).toContain('✔ no problems');
  });

  test('JSON output has the contract shape', async () => {
    const { status, result } = await json(['examples/acme-2025']);
    expect(status).toBe(0);
    expect(result.tool.name).toBe('disclose');
    expect(result.reports).toHaveLength(1);
    const report = result.reports[0]!;
    expect(report.file).toBe('examples/acme-2025');
    expect(report.frameworks['gri']).toEqual({ claim: 'in-accordance', required: 70, reported: 67, omitted: 3, missing: 0 });
    const gri21 = report.disclosures.find((d) => d.id === 'GRI 2-21')!;
    expect(gri21).toMatchObject({ status: 'omitted', omission: { reason: 'confidentiality-constraints' } });
    const gri21Location = report.disclosures.find((d) => d.id === 'GRI 2-1')!.locations[0]!;
    expect(gri21Location).toMatchObject({ file: join('examples', 'acme-2025', '01-about.md') });
    expect(typeof gri21Location.line).toBe('number');
    expect(typeof gri21Location.page).toBe('number');
  });

  test('finds every deliberate error in a tagged report, and nothing else', async () => {
    const { status, result } = await json([fixture('reports', 'errors-tags.md')]);
    expect(status).toBe(1);
    const expected = JSON.parse(readFileSync(join(root, fixture('reports', 'errors-tags.expected.json')), 'utf8')) as {
      ruleId: string;
      disclosure: string;
      line: number | null;
      topic?: string;
    }[];
    const actual = result.reports[0]!.findings.map((f) => ({
      ruleId: f.ruleId,
      disclosure: f.disclosure,
      line: f.line ?? null,
      ...(f.ruleId === 'missing-topic-management' ? { topic: f.topic } : {}),
    }));
    expect(actual).toEqual(expected);
  });

  test.each([
    ['clean in-accordance', 'clean-in-accordance.md'],
    ['with reference', 'with-reference.md'],
    ['Chinese, with reference', 'cjk-zh.md'],
    ['decorated headings', 'messy-headings.md'],
    ['a folder of files', 'multi'],
  ])('%s: no errors or warnings', async (_name, path) => {
    const { status, result } = await json([fixture('reports', path)]);
    expect(result.reports[0]!.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(status).toBe(0);
  });

  test('several paths form one report', async () => {
    const dir = fixture('reports', 'multi');
    const { result } = await json([join(dir, '01-intro.md'), join(dir, '02-env.md'), join(dir, '03-social.md')]);
    expect(result.reports).toHaveLength(1);
    expect(result.reports[0]!.files).toHaveLength(3);
  });

  test('stylish groups findings by file with positions and a summary', async () => {
    const run = await disclose(['check', fixture('reports', 'errors-tags.md')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^test\/fixtures\/reports\/errors-tags\.md$/m);
    expect(run.stdout).toMatch(/^ {2}40:\d+ +error +.*`GRI 2-99`.*unknown-disclosure$/m);
    expect(run.stdout).toMatch(/✖ 15 problems \(15 errors, 0 warnings, 0 info\)/);
    expect(run.stdout).not.toContain('\u001b[');
  });

  test('--fail-on none exits 0 despite errors; --fail-on warning fails on warnings', async () => {
    expect((await disclose(['check', '--fail-on', 'none', fixture('reports', 'errors-tags.md')])).status).toBe(0);
    expect((await disclose(['check', '--fail-on', 'warning', fixture('reports', 'clean-in-accordance.md')])).status).toBe(0);
  });

  test('output is byte-identical across runs', async () => {
    const a = (await disclose(['check', '--format', 'json', 'examples/acme-2025'])).stdout;
    const b = (await disclose(['check', '--format', 'json', 'examples/acme-2025'])).stdout;
    expect(a).toBe(b);
  });
});
