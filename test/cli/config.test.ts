import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { disclose, expectRefusal, fixture, root } from '../helpers/run-in-process.js';
import { loadConfig } from '../../src/config/load-config.js';
import { rules } from '../../src/rules/index.js';
import type { CheckResult } from '../../src/model/finding.js';

const ids = rules.map((r) => r.id);
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'disclose-cli-config-'));
  mkdirSync(join(dir, 'report'));
  copyFileSync(join(root, fixture('reports', 'errors-tags.md')), join(dir, 'report', 'errors-tags.md'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const findings = (run: { stdout: string }) => (JSON.parse(run.stdout) as CheckResult).reports[0]!.findings;

describe('disclose init', () => {
  test('writes a commented starter config that loads and validates', async () => {
    const run = await disclose(['init'], { cwd: dir });
    expect(run.status).toBe(0);
    const text = readFileSync(join(dir, 'disclose.config.yaml'), 'utf8');
    expect(text).toMatch(/^# disclose config/);
    for (const id of ids) expect(text).toContain(`#   ${id}:`);
    expect(loadConfig(join(dir, 'disclose.config.yaml'), ids)).toMatchObject({ defaults: {}, ignore: [] });
    // A fresh config changes nothing.
    const withConfig = await disclose(['check', '--format', 'json', 'report'], { cwd: dir });
    const without = await disclose(['check', '--format', 'json', '--no-config', 'report'], { cwd: dir });
    expect(findings(withConfig)).toEqual(findings(without));
  });

  test('refuses to overwrite an existing config unless --force', async () => {
    writeFileSync(join(dir, 'disclose.config.yaml'), 'language: zh\n');
    expectRefusal(await disclose(['init'], { cwd: dir }), /disclose\.config\.yaml already exists; use --force/);
    expect(readFileSync(join(dir, 'disclose.config.yaml'), 'utf8')).toBe('language: zh\n');
    expect((await disclose(['init', '--force'], { cwd: dir })).status).toBe(0);
    expect(readFileSync(join(dir, 'disclose.config.yaml'), 'utf8')).toMatch(/^# disclose config/);
  });
});

describe('a found config', () => {
  test('changes a rule severity, from a parent folder; --no-config ignores it', async () => {
    writeFileSync(join(dir, 'disclose.config.json'), JSON.stringify({ rules: { 'missing-topic-management': 'warning', 'missing-disclosure': 'off' } }));
    const run = await disclose(['check', '--format', 'json', 'errors-tags.md'], { cwd: join(dir, 'report') });
    const found = findings(run);
    expect(found.filter((f) => f.ruleId === 'missing-topic-management').map((f) => f.severity)).toEqual(['warning']);
    expect(found.some((f) => f.ruleId === 'missing-disclosure')).toBe(false);
    const off = findings(await disclose(['check', '--format', 'json', '--no-config', 'errors-tags.md'], { cwd: join(dir, 'report') }));
    expect(off.find((f) => f.ruleId === 'missing-topic-management')?.severity).toBe('error');
    expect(off.some((f) => f.ruleId === 'missing-disclosure')).toBe(true);
  });

  test('a malformed found config: one line, exit 2', async () => {
    writeFileSync(join(dir, 'disclose.config.yaml'), 'rules:\n  no-such-rule: error\n');
    expectRefusal(await disclose(['check', 'report'], { cwd: dir }), /disclose\.config\.yaml: config names an unknown rule `no-such-rule`/);
    writeFileSync(join(dir, 'disclose.config.yaml'), 'rules: {title-mismatch: fatal}\n');
    expectRefusal(await disclose(['index', 'report'], { cwd: dir }), /`rules\.title-mismatch` must be one of/);
  });

  test('ignore skips report files found in a folder', async () => {
    writeFileSync(join(dir, 'report', 'zz-draft.md'), '# Draft\n\n<!-- disclose: GRI 999-9 -->\n');
    const before = findings(await disclose(['check', '--format', 'json', 'report'], { cwd: dir }));
    expect(before.some((f) => f.file.endsWith('zz-draft.md'))).toBe(true);
    writeFileSync(join(dir, 'disclose.config.yaml'), 'ignore: ["*-draft.md"]\n');
    const after = findings(await disclose(['check', '--format', 'json', 'report'], { cwd: dir }));
    expect(after.some((f) => f.file.endsWith('zz-draft.md'))).toBe(false);
  });

  test('templates: the config picks the index template, --template wins', async () => {
    writeFileSync(join(dir, 'gri.hbs'), 'CUSTOM GRI INDEX\n');
    writeFileSync(join(dir, 'disclose.config.yaml'), 'templates: { gri: gri.hbs }\n');
    // The report claims "in accordance" with disclosures missing: `index` writes it only with --force (issue 14).
    const run = await disclose(['index', '--force', join(dir, 'report')], { cwd: join(dir, 'report') });
    expect(run.stderr).toMatch(/^disclose: written with --force: [^\n]*\n$/);
    expect(run.stdout).toContain('CUSTOM GRI INDEX');
  });
});

describe('--max-warnings', () => {
  beforeEach(() => {
    writeFileSync(join(dir, 'disclose.config.json'), JSON.stringify({ rules: Object.fromEntries(ids.map((id) => [id, 'warning'])) }));
  });

  test('exit 1 only when warnings exceed N', async () => {
    const all = findings(await disclose(['check', '--format', 'json', 'report'], { cwd: dir }));
    const warnings = all.filter((f) => f.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(2);
    expect((await disclose(['check', 'report'], { cwd: dir })).status).toBe(0);
    expect((await disclose(['check', '--max-warnings', String(warnings), 'report'], { cwd: dir })).status).toBe(0);
    const over = await disclose(['check', '--max-warnings', String(warnings - 1), 'report'], { cwd: dir });
    expect(over.status).toBe(1);
    expect(over.stderr).toContain(`more than --max-warnings ${warnings - 1}`);
  });

  test('a bad N is a usage error', async () => {
    expectRefusal(await disclose(['check', '--max-warnings', 'many', 'report'], { cwd: dir }), /max-warnings/);
  });
});
