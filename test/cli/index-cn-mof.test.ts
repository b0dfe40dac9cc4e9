// `disclose index --framework cn-mof` rendered (in process): China MoF's Climate Standard No. 1 chapter by
// chapter with its articles, a core-element chapter located, explained or missing; check recognises the
// citations and requires nothing (applying the standards is voluntary for now).
import { readFileSync } from 'node:fs';

import { analyse } from '../../src/engine/analysis.js';
import { chaptersLayout } from '../../src/engine/index-layouts/chapters.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { catalog } from '../helpers/run-rule.js';
import { disclose, fixture } from '../helpers/run-in-process.js';

const report = fixture('reports', 'cn-mof-climate.md');

test('Chinese: one row per core-element chapter with its articles and location or explanation', async () => {
  const run = await disclose(['index', report, '--framework', 'cn-mof']);
  expect(run).toMatchObject({ status: 0, stderr: '' });
  expect(run.stdout).toContain('# 内容索引（企业可持续披露准则（财政部））');
  expect(run.stdout).toContain('**准则：** 企业可持续披露准则第1号——气候（试行）');
  expect(run.stdout).toContain('| 章 | 条款 | 位置 |');
  expect(run.stdout).toContain('| 治理 | 第5–9条 | 一、治理，第3页 |');
  expect(run.stdout).toContain('| 风险和机遇管理 | 第21–25条 | 信息不可获得/不完整：气候风险识别流程于2026年纳入全面风险管理体系，本年度尚无完整流程说明。 |');
  // General and supplementary provisions have no level and are not cited: not listed.
  expect(run.stdout).not.toContain('总则');
});

test('English labels; check finds nothing to require', async () => {
  const en = await disclose(['index', report, '--framework', 'cn-mof', '--lang', 'en']);
  expect(en.stdout).toContain('| CHAPTER | ARTICLES | LOCATION |');
  expect(en.stdout).toContain('| Metrics and targets | Art. 26–46 | 四、指标和目标, pp. 5, 8 |');
  const check = await disclose(['check', report, '--format', 'json']);
  expect(check.status).toBe(0);
  const result = JSON.parse(check.stdout) as { reports: { frameworks: Record<string, unknown>; disclosures: { id: string; status: string }[] }[] };
  expect(result.reports[0]!.frameworks['cn-mof']).toBeUndefined();
  expect(result.reports[0]!.disclosures.find((d) => d.id === 'CSDS Climate 27')?.status).toBe('reported');
});

test('a core-element chapter the report neither cites nor explains is missing', () => {
  const text = readFileSync(report, 'utf8').replace('<!-- disclose: CSDS Climate 27, CSDS Climate 28 -->', '');
  const layout = chaptersLayout(analyse(parseMarkdownReport([{ path: report, text }]), catalog), 'cn-mof');
  expect(layout.groups[0]!.rows.find((r) => r.code === 'metrics-targets')).toMatchObject({ status: 'missing', locations: [], articleNumbers: expect.arrayContaining([26, 46]) });
});
