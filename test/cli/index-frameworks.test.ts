// `disclose index --framework sasb|szse|sse|bse|hkex` on the built CLI (issue #4).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parse as parseCsv } from 'csv-parse/sync';

import type { FrameworkIndexDocument } from '../../src/model/framework-index.js';
import { disclose, expectRefusal, fixture } from '../helpers/run-in-process.js';

const tmp = mkdtempSync(join(tmpdir(), 'disclose-index-frameworks-'));
const sasbReport = fixture('reports', 'sasb-hardware.md');
const szseReport = fixture('reports', 'szse-topics.md');

function report(name: string, text: string): string {
  const file = join(tmp, name);
  writeFileSync(file, text);
  return file;
}

async function json(args: string[]): Promise<FrameworkIndexDocument> {
  const run = await disclose([...args, '--format', 'json']);
  expect(run).toMatchObject({ status: 0, stderr: '' });
  return JSON.parse(run.stdout) as FrameworkIndexDocument;
}

describe('index --framework sasb', () => {
  test('lists every metric of TC-HW: topic · metric · category · unit · code · response or location', async () => {
    const run = await disclose(['index', sasbReport, '--framework', 'sasb']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const md = run.stdout;
    expect(md).toContain('**SASB Standard(s):** Hardware (TC-HW)');
    expect(md).toContain('| TOPIC | METRIC | CATEGORY | UNIT OF MEASURE | CODE | RESPONSE OR LOCATION |');
    expect(md).toContain(
      '| Product Security | Description of approach to identifying and addressing data security risks in products | Discussion and Analysis |  | TC-HW-230a.1 | Product security, p. 4 |',
    );
    expect(md).toContain('| Product Lifecycle Management | Percentage of products by revenue that contain IEC 62474 declarable substances | Quantitative | Percentage (%) | TC-HW-410a.1 | Product lifecycle, p. 7 |');
    expect(md).toContain('| Weight of end-of-life products and e-waste recovered; percentage recycled | Quantitative | Metric tonnes (t), Percentage (%) | TC-HW-410a.4 | Product lifecycle, p. 7 |');
    expect(md).toContain('| Activity metrics | Number of units produced by product category | Quantitative | Number | TC-HW-000.A | Activity metrics, p. 1 |');
    // Omitted: the reason and explanation; missing: listed with an empty location.
    expect(md).toContain(
      '| Rate | TC-HW-430a.2 | Information unavailable/incomplete: Corrective-action data from the RBA audit platform cover only 40% of Tier 1 suppliers in FY2025. |',
    );
    expect(md).toMatch(/\| Discussion and Analysis \|  \| TC-HW-440a\.1 \|  \|\n/);
  });

  test('JSON: one group per topic and the activity metrics, 12 metrics as `check` counts them', async () => {
    const doc = await json(['index', sasbReport, '--framework', 'sasb']);
    expect(doc).toMatchObject({ framework: 'sasb', lang: 'en', organization: 'Northwind Devices Inc.', standards: [{ id: 'SASB TC-HW: Hardware', code: 'TC-HW', title: 'Hardware' }] });
    expect(doc.groups.map((g) => [g.id, g.kind])).toEqual([
      ['TC-HW-230a', 'topic'],
      ['TC-HW-330a', 'topic'],
      ['TC-HW-410a', 'topic'],
      ['TC-HW-430a', 'topic'],
      ['TC-HW-440a', 'topic'],
      ['TC-HW-000', 'activity'],
    ]);
    const rows = doc.groups.flatMap((g) => g.rows);
    const count = (status: string) => rows.filter((r) => r.status === status).length;
    expect([rows.length, count('reported'), count('omitted'), count('missing')]).toEqual([12, 9, 1, 2]);
    expect(rows.find((r) => r.code === 'TC-HW-430a.2')).toMatchObject({ status: 'omitted', reason: 'information-unavailable', locationText: '' });
    expect(rows.find((r) => r.code === 'TC-HW-330a.1')).toMatchObject({ category: 'quantitative', unit: 'Percentage (%)', locations: [{ section: 'Our people', pages: [4] }] });
  });

  test('CSV and HTML', async () => {
    const records = parseCsv((await disclose(['index', sasbReport, '--framework', 'sasb', '--format', 'csv'])).stdout) as string[][];
    expect(records).toHaveLength(13);
    expect(records[8]).toEqual([
      'Supply Chain Management',
      expect.stringMatching(/^Tier 1 suppliers'/),
      'Quantitative',
      'Rate',
      'TC-HW-430a.2',
      expect.stringMatching(/^Information unavailable\/incomplete: /),
    ]);
    const html = (await disclose(['index', sasbReport, '--framework', 'sasb', '--format', 'html'])).stdout;
    expect(html).toContain('<h1>SASB index</h1>');
    expect(html).toContain('<th scope="rowgroup" rowspan="4" class="col-group">Product Lifecycle Management</th>');
  });
});

describe('index --framework szse', () => {
  test('--lang zh: 维度 · 议题 · 条款 · 披露位置, every topic of the annex', async () => {
    const run = await disclose(['index', szseReport, '--framework', 'szse', '--lang', 'zh']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const md = run.stdout;
    expect(md.startsWith('# 议题索引表（深圳证券交易所）\n')).toBe(true);
    expect(md).toContain('**指引：** 深圳证券交易所上市公司自律监管指引第17号——可持续发展报告（试行）');
    expect(md).toContain('| 维度 | 议题 | 条款 | 披露位置 |');
    expect(md).toContain('| 环境 | 应对气候变化 | 第21–28条 | 一、应对气候变化，第1页 |');
    expect(md).toContain('|  | 污染物排放 | 第30条 | 2.1 污染物排放与废弃物，第1页 |');
    expect(md).toContain('|  | 生态系统和生物多样性保护 | 第32条 | 不适用：公司生产基地均位于工业园区内，不涉及生态保护红线及自然保护地。 |');
    expect(md).toContain('|  | 水资源利用 | 第36条 | 非重要性议题：公司生产用水量较小，经双重重要性评估不具有财务重要性或影响重要性。 |');
    expect(md).toContain('|  | 循环经济 | 第37条 |  |');
    expect(md).toContain('| 社会 | 乡村振兴 | 第39条 | 3.1 乡村振兴与社会贡献，第12页 |');
    expect(md).toContain('|  | 产品和服务安全与质量 | 第47条 | 3.2 供应链、产品与数据安全，第12页 |');
    expect(md).toContain('| 可持续发展相关治理 | 尽职调查 | 第52条 |  |');
    expect(md).toContain('|  | 反不正当竞争 | 第56条 | 4.2 商业道德，第12页 |');
  });

  test('--lang en: the same rows with English labels, titles and article ranges', async () => {
    const md = (await disclose(['index', szseReport, '--framework', 'szse', '--lang', 'en'])).stdout;
    expect(md.startsWith('# Topic index (Shenzhen Stock Exchange)\n')).toBe(true);
    expect(md).toContain('| DIMENSION | TOPIC | ARTICLES | LOCATION |');
    expect(md).toContain('| Environment | Climate change response | Art. 21–28 | 一、应对气候变化, p. 1 |');
    expect(md).toContain('|  | Ecosystem and biodiversity protection | Art. 32 | Not applicable: 公司生产基地均位于工业园区内，不涉及生态保护红线及自然保护地。 |');
    expect(md).toContain('|  | Circular economy | Art. 37 |  |');
    expect(md).toContain('| Sustainability-related governance | Due diligence | Art. 52 |  |');
  });

  test('JSON: 21 topics in three dimensions, statuses as `check` sees them', async () => {
    const doc = await json(['index', szseReport, '--framework', 'szse']);
    expect(doc.lang).toBe('zh');
    expect(doc.groups.map((g) => [g.id, g.titleZh, g.rows.length])).toEqual([
      ['environment', '环境', 8],
      ['social', '社会', 9],
      ['governance', '可持续发展相关治理', 4],
    ]);
    const rows = doc.groups.flatMap((g) => g.rows);
    expect(rows[0]).toMatchObject({ id: 'topic-1', code: '1', titleZh: '应对气候变化', articles: '第21–28条', status: 'reported' });
    expect(rows[0]!.articleIds).toHaveLength(8);
    expect(rows.filter((r) => r.status === 'missing').map((r) => r.titleZh)).toEqual(['循环经济', '创新驱动', '科技伦理', '平等对待中小企业', '尽职调查']);
    expect(rows.find((r) => r.code === '7')).toMatchObject({ status: 'omitted', reason: '非重要性议题', explanation: expect.stringMatching(/^公司生产用水量较小/) });
  });

  test('an exchange the report does not declare is a usage error', async () => {
    expectRefusal(await disclose(['index', szseReport, '--framework', 'sse']), /^disclose: the report does not declare `sse` in its front matter \(`frameworks:`\); it declares szse\.$/m);
  });
});

describe('index --framework hkex', () => {
  const file = report(
    'hkex.md',
    [
      '---',
      'title: Kowloon Holdings ESG Report 2025',
      'organization: Kowloon Holdings Ltd.',
      'period: { start: 2025-01-01, end: 2025-12-31 }',
      'published: 2026-03-20',
      'frameworks:',
      '  hkex: {}',
      '---',
      '',
      '# Board statement',
      '',
      '<!-- page: 2 -->',
      '',
      '<!-- disclose: HKEX B-13 -->',
      '',
      '## Emissions',
      '',
      '<!-- disclose: HKEX A1, HKEX A1.1 -->',
      '',
      '<!-- omit: HKEX A1.3 | not-applicable | Our offices produce no hazardous waste. -->',
      '',
    ].join('\n'),
  );

  test('Part B, Part C aspects with their KPIs, Part D of the 2025 Code', async () => {
    const doc = await json(['index', file, '--framework', 'hkex']);
    expect(doc.standards).toEqual([{ id: 'HKEX Appendix C2 ESG Reporting Code 2025', code: 'HKEX ESG', title: 'HKEX Appendix C2 ESG Reporting Code 2025', titleZh: '環境、社會及管治報告守則' }]);
    expect(doc.groups.map((g) => g.id)).toEqual(['part-b', 'part-c', 'part-d']);
    const codes = doc.groups[1]!.rows.map((r) => r.code);
    expect(codes.slice(0, 3)).toEqual(['A1', 'A1.1', 'A1.3']);
    expect(codes).not.toContain('A1.2'); // moved to Part D under the 2025 Code
    const md = (await disclose(['index', file, '--framework', 'hkex'])).stdout;
    expect(md).toContain('| **Part B: Mandatory disclosure requirements** |  |  |');
    expect(md).toContain('| A1.3 | Total hazardous waste produced (in tonnes) and, where appropriate, intensity (e.g. per unit of production volume, per facility) | Not applicable: Our offices produce no hazardous waste. |');
  });
});

describe('refusals and report text', () => {
  test('a framework the report does not declare: one line, exit 2', async () => {
    expectRefusal(await disclose(['index', sasbReport, '--framework', 'hkex']), /does not declare `hkex` .*; it declares gri, sasb\./);
    expectRefusal(await disclose(['index', 'examples/acme-2025', '--framework', 'szse']), /does not declare `szse`/);
  });

  test('a framework disclose does not know: commander lists the choices', async () => {
    const run = await disclose(['index', sasbReport, '--framework', 'tcfd']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/gri, sasb, szse, sse, bse, hkex/);
  });

  test('markup in a heading stays text in HTML', async () => {
    const file = report(
      'script.md',
      [
        '---',
        'title: Escaping <b>test</b>',
        'organization: "O\'Brien & <i>Sons</i>"',
        'frameworks:',
        '  sasb: { industries: [TC-HW] }',
        '---',
        '',
        '# Product security \\<script\\>alert(1)\\</script\\>',
        '',
        '<!-- disclose: SASB TC-HW-230a.1 -->',
        '',
        '# Our `<script>alert(2)</script>` people',
        '',
        '<!-- disclose: SASB TC-HW-330a.1 -->',
        '',
      ].join('\n'),
    );
    const html = (await disclose(['index', file, '--framework', 'sasb', '--format', 'html'])).stdout;
    expect(html).toContain('<td class="col-location">Product security &lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(html).toContain('<td class="col-location">Our &lt;script&gt;alert(2)&lt;/script&gt; people</td>');
    expect(html).toContain('O&#x27;Brien &amp; &lt;i&gt;Sons&lt;/i&gt;');
    expect(html).not.toMatch(/<script|<b>|<i>/);
    const md = (await disclose(['index', file, '--framework', 'sasb'])).stdout;
    expect(md).toContain('| Product security \\<script\\>alert(1)\\</script\\> |');
  });
});
