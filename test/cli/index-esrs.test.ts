// `disclose index --framework esrs` rendered (in process): the ESRS 2 §56 list and the Appendix B table, in
// English and Chinese, with "not material" worded by the locale.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { disclose, fixture } from '../helpers/run-in-process.js';

const report = fixture('reports', 'esrs-statement.md');

test('Markdown: requirements by standard with their location, then Appendix B with "Not material"', async () => {
  const run = await disclose(['index', report, '--framework', 'esrs']);
  expect(run).toMatchObject({ status: 0, stderr: '' });
  expect(run.stdout).toContain('# ESRS content index');
  expect(run.stdout).toContain('| DISCLOSURE REQUIREMENT | TITLE | LOCATION |');
  expect(run.stdout).toContain('| E1-6 | Gross Scopes 1, 2, 3 and Total GHG emissions | 2.3 Energy and emissions, p. 49 |');
  expect(run.stdout).toContain('| E1-8 | Internal carbon pricing | Not applicable: We do not apply an internal carbon price. |');
  expect(run.stdout).toContain('| **Datapoints that derive from other EU legislation (ESRS 2 Appendix B)** |  |  |');
  expect(run.stdout).toContain('| E2-4 | §28: Amount of each pollutant emitted to air, water and soil (SFDR) | Not material |');
  expect(run.stdout.indexOf('**ESRS S1 Own workforce**')).toBeLessThan(run.stdout.indexOf('**ESRS G1 Business conduct**'));
});

test('Chinese labels and "不重大"; check counts the material requirements', async () => {
  const zh = await disclose(['index', report, '--framework', 'esrs', '--lang', 'zh']);
  expect(zh.stdout).toContain('# ESRS 内容索引');
  expect(zh.stdout).toContain('| 披露要求 | 标题 | 位置 |');
  expect(zh.stdout).toContain('| E2-4 | §28: Amount of each pollutant emitted to air, water and soil (SFDR) | 不重大 |');
  const check = await disclose(['check', report]);
  expect(check.stdout).toContain('ESRS: 55 required, 44 reported, 1 omitted, 10 missing');
  expect(check.stdout).toContain('`ESRS 2 SBM-2` (Interests and views of stakeholders) is required by ESRS 2 General disclosures');
});

test('a material topic that is no ESRS topical standard is refused in one line (exit 2)', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'disclose-esrs-')), 'report.md');
  writeFileSync(file, '---\ntitle: T\nframeworks:\n  esrs:\n    material-topics: [E1, E9]\n---\n# Statement\n');
  const run = await disclose(['check', file]);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/^disclose: .*`frameworks\.esrs\.material-topics\.1` must match/);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
});
