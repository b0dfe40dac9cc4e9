// `disclose suggest` and `check --suggest` end to end: the built CLI on temporary copies of small reports.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { disclose, expectRefusal } from '../helpers/run-in-process.js';
import { planSuggestedTags, writeSuggestedTags } from '../../src/suggest-files.js';
import { DiscloseError } from '../../src/model/errors.js';
import { DEFAULT_MIN_SCORE, DEFAULT_TOP } from '../../src/suggest/index.js';
import { CHINESE, ENGLISH } from './reports.js';

const BOM = '\uFEFF';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'disclose-cli-suggest-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text, 'utf8');
  return path;
};
/** Directive lines the original did not have, removed: what is left must be the original, byte for byte. */
const withoutNewDirectives = (after: string, before: string): string => {
  const old = new Set(before.split(/(?<=\n)/));
  return after
    .split(/(?<=\n)/)
    .filter((line) => old.has(line) || !/^<!-- disclose: [^>]*? -->\r?\n?$/.test(line))
    .join('');
};

describe('disclose suggest', () => {
  test('--format json: contracts.md §6, candidates best first with section, heading path, line, page and score', async () => {
    const report = write('report.md', ENGLISH);
    const run = await disclose(['suggest', report, '--format', 'json']);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const result = JSON.parse(run.stdout) as { tool: { name: string }; reports: { file: string; unanswered: string[]; suggestions: { disclosure: string; candidates: Record<string, unknown>[] }[] }[] };
    expect(result.tool.name).toBe('disclose');
    expect(result.reports).toHaveLength(1);
    expect(result.reports[0]!.file).toBe(report);
    const ghg = result.reports[0]!.suggestions.find((s) => s.disclosure === 'GRI 305-1');
    expect(ghg?.candidates[0]).toEqual({
      section: 'Greenhouse gas emissions',
      headingPath: ['Northwind Pumps 2025 Sustainability Report', 'Climate and environment', 'Greenhouse gas emissions'],
      file: report,
      line: 30,
      page: 14,
      score: expect.any(Number),
      evidence: expect.arrayContaining(['unit: tCO2e']),
    });
    expect(result.reports[0]!.unanswered).toContain('GRI 2-27');
  });

  test('stylish: each untagged disclosure with its candidates, then the unanswered ones', async () => {
    const report = write('report.md', ENGLISH);
    const run = await disclose(['suggest', report]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(report);
    const at = lines.indexOf('GRI 305-1  Direct (Scope 1) GHG emissions');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(new RegExp(`^ {2}[01]\\.\\d\\d {2}Greenhouse gas emissions \\(${report.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:30, p\\. 14\\) {2}.*unit: tCO2e`));
    expect(lines).toContain('unanswered: required, and no section scores 0.50 or more');
    expect(lines).toContain('  GRI 2-27  Compliance with laws and regulations');
    expect(lines.filter(Boolean).pop()).toMatch(/^✖ \d+ disclosure\(s\) with suggestions, \d+ unanswered$/);
  });

  test('stylish on a fully tagged report: nothing to suggest, said so', async () => {
    const run = await disclose(['suggest', 'examples/acme-2025']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      'examples/acme-2025\n  every disclosure is already tagged, omitted or in the content index (--format json lists candidates for review)\n\n✔ 0 disclosure(s) with suggestions, 0 unanswered\n',
    );
  });

  test('--top and --min-score shape the list', async () => {
    const report = write('report.md', ENGLISH);
    const run = await disclose(['suggest', report, '--format', 'json', '--top', '1', '--min-score', '0']);
    const result = JSON.parse(run.stdout) as { reports: { unanswered: string[]; suggestions: { candidates: { score: number }[] }[] }[] };
    const candidates = result.reports[0]!.suggestions.map((s) => s.candidates.length);
    expect(Math.max(...candidates)).toBe(1);
    expect(result.reports[0]!.suggestions.flatMap((s) => s.candidates).some((c) => c.score < 0.5)).toBe(true);
  });

  test('--help states the library\'s defaults', async () => {
    const run = await disclose(['suggest', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`(default: ${DEFAULT_TOP})`);
    expect(run.stdout).toContain(`(default: ${DEFAULT_MIN_SCORE})`);
  });

  test('bad options are refused with one line and exit 2', async () => {
    const report = write('report.md', ENGLISH);
    expectRefusal(await disclose(['suggest', report, '--min-score', '1.5']), /--min-score.*expected a number from 0 to 1/);
    expectRefusal(await disclose(['suggest', report, '--top', '0']), /--top.*1 or more/);
    expectRefusal(await disclose(['suggest', join(dir, 'missing.md')]), /missing\.md`: no such file/);
  });
});

describe('disclose suggest --write / --dry-run', () => {
  // A two-file report saved on Windows: BOM, CRLF line endings.
  const CRLF = (text: string): string => BOM + text.replace(/\n/g, '\r\n');
  const split = ENGLISH.indexOf('## Our people');
  const part1 = CRLF(ENGLISH.slice(0, split));
  const part2 = CRLF(ENGLISH.slice(split));

  test('--write inserts one directive after each accepted section\'s heading, keeping BOM, CRLF and every other byte; a second run adds nothing', async () => {
    const a = write('01.md', part1);
    const b = write('02.md', part2);
    const first = await disclose(['suggest', dir, '--write']);
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/^disclose: tagged (\d+) disclosure\(s\) in 2 file\(s\)\n$/);
    const [after1, after2] = [readFileSync(a, 'utf8'), readFileSync(b, 'utf8')];
    expect(after1.startsWith(BOM)).toBe(true);
    expect(after2.startsWith(BOM)).toBe(true);
    expect(withoutNewDirectives(after1, part1)).toBe(part1);
    expect(withoutNewDirectives(after2, part2)).toBe(part2);
    expect(after1.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(after1).toMatch(/\r\n### Greenhouse gas emissions\r\n<!-- disclose: GRI 305-1, GRI 305-2[^>]* -->\r\n\r\nGross direct/);
    expect(after2).toMatch(/\r\n### Employees\r\n<!-- disclose: [^>]*GRI 2-7[^>]* -->\r\n\r\nAt the end of 2025/);
    expect(after2).toMatch(/\r\n### Anti-corruption\r\n<!-- disclose: [^>]*GRI 205-2[^>]* -->\r\n/);
    const tagged = Number(/tagged (\d+)/.exec(first.stderr)![1]);
    const inserted = [...`${after1}${after2}`.matchAll(/^<!-- disclose: ([^>]*?) -->\r$/gm)].flatMap((m) => m[1]!.split(', '));
    expect(inserted).toHaveLength(tagged);

    // Now tagged: nothing more to write, the files stay as they are.
    const second = await disclose(['suggest', dir, '--write']);
    expect(second.stderr).toBe('disclose: tagged 0 disclosure(s) in 0 file(s)\n');
    expect([readFileSync(a, 'utf8'), readFileSync(b, 'utf8')]).toEqual([after1, after2]);
    // And check sees the tags.
    const check = await disclose(['check', dir, '--format', 'json']);
    const disclosures = (JSON.parse(check.stdout) as { reports: { disclosures: { id: string; status: string }[] }[] }).reports[0]!.disclosures;
    expect(disclosures.find((d) => d.id === 'GRI 305-1')?.status).toBe('reported');
  });

  test('--dry-run prints a unified diff of the same edits and writes nothing', async () => {
    const a = write('01.md', part1);
    const b = write('02.md', part2);
    const run = await disclose(['suggest', a, b, '--dry-run']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^disclose: would tag \d+ disclosure\(s\) in 2 file\(s\); nothing written \(--dry-run\)\n$/);
    expect(run.stdout).toContain(`--- ${a}`);
    expect(run.stdout).toContain(`+++ ${b}`);
    expect(run.stdout).toMatch(/^ ### Greenhouse gas emissions\r?$/m);
    expect(run.stdout).toMatch(/^\+<!-- disclose: GRI 305-1, GRI 305-2[^>]* -->\r?$/m);
    expect(readFileSync(a, 'utf8')).toBe(part1);
    expect(readFileSync(b, 'utf8')).toBe(part2);
  });

  test('Chinese report: the directive goes under 温室气体排放', async () => {
    const report = write('report.md', CHINESE);
    expect((await disclose(['suggest', report, '--write'])).status).toBe(0);
    expect(readFileSync(report, 'utf8')).toMatch(/\n### 温室气体排放\n<!-- disclose: [^>]*GRI 305-1[^>]* -->\n\n2025年范围一/);
  });

  test('a file changed after it was read is refused; nothing is written, no temp file left', async () => {
    const a = write('01.md', part1);
    const b = write('02.md', part2);
    const planned = await planSuggestedTags([a, b]);
    expect(planned.pending.map((p) => p.path)).toEqual([a, b]);
    writeFileSync(b, `${part2}\r\nAn edit made meanwhile.\r\n`, 'utf8');
    expect(() => writeSuggestedTags(planned)).toThrow(DiscloseError);
    expect(() => writeSuggestedTags(planned)).toThrow(/02\.md`: changed since it was read; nothing was written/);
    expect(readFileSync(a, 'utf8')).toBe(part1);
    expect(readdirSync(dir).sort()).toEqual(['01.md', '02.md']);
  });
});

describe('disclose check --suggest', () => {
  test('a missing disclosure with a strong candidate says where it probably is and which directive to write', async () => {
    const report = write('report.md', ENGLISH);
    const plain = JSON.parse((await disclose(['check', report, '--format', 'json'])).stdout) as { reports: { findings: { ruleId: string; disclosure?: string; message: string; suggestion?: unknown }[] }[] };
    const run = await disclose(['check', report, '--format', 'json', '--suggest']);
    expect(run.status).toBe(1);
    const findings = (JSON.parse(run.stdout) as typeof plain).reports[0]!.findings;
    const ghg = findings.find((f) => f.ruleId === 'missing-disclosure' && f.disclosure === 'GRI 305-1')!;
    expect(ghg.message).toMatch(
      new RegExp(
        "^`GRI 305-1` \\(Direct \\(Scope 1\\) GHG emissions\\) is required for material topic `GRI 305` by the in-accordance claim but is neither tagged nor omitted; tag the section that answers it or give a reason for omission\\. " +
          `Probably answered in 'Greenhouse gas emissions' \\(${report.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:30, p\\. 14, score (0\\.[7-9]\\d|1\\.00)\\): tag it with \`<!-- disclose: GRI 305-1 -->\`\\.$`,
      ),
    );
    expect(ghg.suggestion).toMatchObject({ section: 'Greenhouse gas emissions', line: 30 });
    // Without a strong candidate, the finding is as without --suggest; the findings are the same otherwise.
    const compliance = (list: typeof findings) => list.find((f) => f.disclosure === 'GRI 2-27')!;
    expect(compliance(findings)).toEqual(compliance(plain.reports[0]!.findings));
    expect(findings.map((f) => [f.ruleId, f.disclosure])).toEqual(plain.reports[0]!.findings.map((f) => [f.ruleId, f.disclosure]));
    expect(plain.reports[0]!.findings.find((f) => f.disclosure === 'GRI 305-1')!.message).toMatch(/; tag the section that answers it or give a reason for omission\.$/);
  });

  test('a baseline recorded without --suggest accepts the same findings with it (the hint is not fingerprinted)', async () => {
    const report = write('report.md', ENGLISH);
    const baseline = join(report, '..', 'baseline.json');
    expect((await disclose(['check', report, '--baseline', baseline, '--update-baseline'])).status).toBe(0);
    const run = await disclose(['check', report, '--suggest', '--baseline', baseline, '--format', 'json']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { reports: { findings: unknown[] }[] }).reports[0]!.findings).toEqual([]);
  });

  test('stylish shows the hint in the finding line', async () => {
    const report = write('report.md', ENGLISH);
    const run = await disclose(['check', report, '--suggest']);
    expect(run.stdout).toMatch(/^ {2}- {2}error {4}`GRI 2-7` \(Employees\) is required by the in-accordance claim but is neither tagged nor omitted; tag the section that answers it or give a reason for omission\. Probably answered in 'Employees' \(.*:55, p\. 14, score [01]\.\d\d\): tag it with `<!-- disclose: GRI 2-7 -->`\. {2}missing-disclosure$/m);
  });
});
