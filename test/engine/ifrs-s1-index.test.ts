// IFRS S1 through the framework registry (issue 17): a report that declares `ifrs-s1` is checked and gets a
// content index in the paragraph layout (sections of the Standard, paragraph · requirement · location), in
// English and Chinese; IFRS S2 resolves to the June 2023 text for a 2025 period, so citing 29A (December 2025
// amendments, effective 2027) is reported as early adoption.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { analyse } from '../../src/engine/analysis.js';
import { buildContentIndex } from '../../src/engine/content-index.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { disclose, fixture } from '../helpers/run-in-process.js';
import { catalog } from '../helpers/run-rule.js';

const report = fixture('reports', 'ifrs-s1-general.md');
const analysis = analyse(parseMarkdownReport([{ path: report, text: readFileSync(report, 'utf8') }]), catalog);
const generator = { name: 'disclose', version: 'test' };

test('the index lists the cited and explained S1 paragraphs by section, in the Standard\'s order', () => {
  const doc = buildContentIndex(analysis, 'ifrs-s1', { generator });
  expect(doc.title).toBe('IFRS S1 content index');
  expect(doc.groups.map((g) => g.title)).toEqual(['Governance', 'Strategy', 'Risk management', 'Metrics and targets', 'General requirements']);
  const rows = doc.groups.flatMap((g) => g.rows);
  expect(rows.map((r) => r.code)).toEqual(['27(a)', '27(b)', '30', '32', '33', '35', '44(a)', '44(c)', '46', '51', '70', '72']);
  expect(rows.find((r) => r.code === '70')).toMatchObject({ status: 'omitted' });
  expect(rows.find((r) => r.code === '27(a)')!.locations).toHaveLength(1);
});

test('`index --framework ifrs-s1` renders Markdown in English and Chinese', async () => {
  const en = await disclose(['index', report, '--framework', 'ifrs-s1']);
  expect(en).toMatchObject({ status: 0, stderr: '' });
  expect(en.stdout.split('\n')[0]).toBe('# IFRS S1 General Requirements for Disclosure of Sustainability-related Financial Information content index');
  expect(en.stdout).toContain('| PARAGRAPH | REQUIREMENT | LOCATION OR EXPLANATION |');
  expect(en.stdout).toContain('| **Risk management** |  |  |');
  expect(en.stdout).toMatch(/\| 44\(a\) \| Processes and related policies to identify, assess, prioritise and monitor sustainability-related risks \| [^|]*2[^|]* \|/);
  const zh = await disclose(['index', report, '--framework', 'ifrs-s1', '--lang', 'zh']);
  expect(zh).toMatchObject({ status: 0, stderr: '' });
  expect(zh.stdout.split('\n')[0]).toBe('# 《国际财务报告可持续披露准则第1号——可持续相关财务信息披露一般要求》内容索引');
  expect(zh.stdout).toContain('| 段落 | 要求 | 位置或解释 |');
  expect(zh.stdout).toContain('| **风险管理** |  |  |');
});

test('check: S1 and S2 paragraphs resolve; S2 29A of the 2025 amendments is early adoption for a 2025 period', async () => {
  const run = await disclose(['check', report, '--format', 'json']);
  expect(run.status).toBe(0);
  const findings = (JSON.parse(run.stdout) as { reports: { findings: { ruleId: string; message: string }[] }[] }).reports.flatMap((r) => r.findings);
  expect(findings.filter((f) => f.ruleId === 'unknown-disclosure')).toEqual([]);
  const future = findings.filter((f) => f.message.includes('IFRS S2 29A'));
  expect(future).toHaveLength(1);
  expect(future[0]!.message).toMatch(/amended December 2025\), adopted early .*2027-01-01/);
  // The other S2 paragraphs resolve to the June 2023 text.
  const disclosures = (JSON.parse(run.stdout) as { reports: { disclosures: { id: string; standard: string }[] }[] }).reports[0]!.disclosures;
  expect(disclosures.find((d) => d.id === 'IFRS S2 29(a)(i)')!.standard).toBe('IFRS S2 Climate-related Disclosures 2023');
});
