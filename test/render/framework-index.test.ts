// The SASB, exchange (SZSE/SSE/BSE) and HKEX index templates: snapshots from hand-written documents,
// plus what snapshots cannot show (table shape, the shared page shell, escaping of report text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { FrameworkIndexDocument } from '../../src/model/framework-index.js';
import { renderFrameworkIndex, renderIndex, INDEX_FORMATS } from '../../src/render/index.js';
import { loadDocument, parseCsv, parseMarkdown, tableOf } from './support.js';

type Fixture = 'sasb-index-document' | 'szse-index-document.zh' | 'szse-index-document.en' | 'hkex-index-document';

function load(name: Fixture): FrameworkIndexDocument {
  return JSON.parse(readFileSync(join(process.cwd(), 'test', 'fixtures', 'render', `${name}.json`), 'utf8')) as FrameworkIndexDocument;
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const sasb = load('sasb-index-document');
const szseZh = load('szse-index-document.zh');
const szseEn = load('szse-index-document.en');
const hkex = load('hkex-index-document');
const rowCount = (doc: FrameworkIndexDocument): number => doc.groups.reduce((n, g) => n + g.rows.length, 0);

describe.each([
  ['sasb en', sasb],
  ['szse zh', szseZh],
  ['szse en', szseEn],
  ['hkex en', hkex],
] as const)('snapshots: %s', (_name, doc) => {
  test.each(['md', 'html', 'csv'] as const)('%s', (format) => {
    expect(renderFrameworkIndex(doc, format)).toMatchSnapshot();
  });
});

describe('every format', () => {
  test.each(INDEX_FORMATS)('%s is deterministic, uses \\n and ends with exactly one newline', (format) => {
    for (const doc of [sasb, szseZh, hkex]) {
      const first = renderIndex(doc, format);
      expect(renderIndex(copy(doc), format)).toBe(first);
      expect(first).not.toContain('\r');
      expect(first.endsWith('\n')).toBe(true);
      expect(first.endsWith('\n\n')).toBe(false);
    }
  });

  test('json is the document itself; renderFrameworkIndex is renderIndex', () => {
    expect(JSON.parse(renderIndex(hkex, 'json'))).toEqual(hkex);
    expect(renderFrameworkIndex(szseZh, 'md')).toBe(renderIndex(szseZh, 'md'));
  });

  test('a column the renderer does not know is a bug, not silently dropped', () => {
    const doc = { ...copy(sasb), columns: [...sasb.columns, { id: 'colour', label: 'Colour' }] };
    expect(() => renderIndex(doc, 'md')).toThrow(/unknown column "colour"/);
  });
});

describe('SASB', () => {
  const md = renderIndex(sasb, 'md');
  const table = tableOf(parseMarkdown(md));

  test('topic · metric · category · unit · code · response or location', () => {
    expect(md.startsWith('# SASB index\n\n_Northwind Devices FY2025 Sustainability Report_\n')).toBe(true);
    expect(md).toContain('**SASB Standard(s):** Hardware (TC-HW), Appliance Manufacturing (CG-AM)');
    expect(md).toContain('| TOPIC | METRIC | CATEGORY | UNIT OF MEASURE | CODE | RESPONSE OR LOCATION |');
    expect(md).toContain(
      '| Product Security | Description of approach to identifying and addressing data security risks in products | Discussion and Analysis |  | TC-HW-230a.1 | Product security, p. 4 |',
    );
  });

  test('one GFM table of full-width rows: a heading row per industry, then every metric; the topic on its first row', () => {
    expect(table.children).toHaveLength(1 + sasb.standards.length + rowCount(sasb));
    for (const row of table.children) expect(row.children).toHaveLength(sasb.columns.length);
    const lines = md.split('\n');
    const heading = lines.indexOf('| **Appliance Manufacturing (CG-AM)** |  |  |  |  |  |');
    expect(heading).toBeGreaterThan(lines.indexOf('| **Hardware (TC-HW)** |  |  |  |  |  |'));
    expect(lines[heading + 1]).toMatch(/^\| Product Safety \| Number of recalls issued, total units recalled \| Quantitative \| Number \| CG-AM-250a\.1 \| p\. 31 \|$/);
    expect(lines[heading + 2]).toMatch(/^\|  \| Total amount of monetary losses/);
  });

  test('an omitted metric shows its reason and explanation; a missing one an empty cell', () => {
    expect(md).toContain('| TC-HW-430a.2 | Information unavailable/incomplete: Corrective-action data cover only 40% of Tier 1 suppliers in FY2025. |');
    expect(md).toMatch(/\| TC-HW-430a\.1 \|  \|\n/);
  });

  test('HTML: the topic is a row header spanning its metrics; one industry heading each', () => {
    const html = renderIndex(sasb, 'html');
    expect(html).toContain('<th scope="rowgroup" rowspan="2" class="col-group">Product Lifecycle Management</th>');
    expect(html).toContain('<tr class="section"><th scope="rowgroup" colspan="6">Hardware (TC-HW)</th></tr>');
    expect(html.match(/<tr class="section">/g)).toHaveLength(2);
    expect(html).not.toContain('<tr class="group">');
  });

  test('one industry: no industry heading rows', () => {
    const one = { ...copy(sasb), standards: [sasb.standards[0]!], groups: sasb.groups.filter((g) => g.standard === 'SASB TC-HW: Hardware') };
    expect(renderIndex(one, 'md')).not.toContain('| **Hardware');
    expect(renderIndex(one, 'html')).not.toContain('class="section"');
  });

  test('CSV: the topic in every record', () => {
    const records = parseCsv(renderIndex(sasb, 'csv'));
    expect(records[0]).toEqual(['TOPIC', 'METRIC', 'CATEGORY', 'UNIT OF MEASURE', 'CODE', 'RESPONSE OR LOCATION']);
    expect(records).toHaveLength(1 + rowCount(sasb));
    expect(records.filter((r) => r[0] === 'Product Lifecycle Management').map((r) => r[4])).toEqual(['TC-HW-410a.1', 'TC-HW-410a.4']);
  });
});

describe('SZSE topic index', () => {
  test('zh: 维度 · 议题 · 条款 · 披露位置, one row per topic with its articles', () => {
    const md = renderIndex(szseZh, 'md');
    expect(md.startsWith('# 议题索引表（深圳证券交易所）\n')).toBe(true);
    expect(md).toContain('**指引：** 深圳证券交易所上市公司自律监管指引第17号——可持续发展报告（试行）');
    expect(md).toContain('| 维度 | 议题 | 条款 | 披露位置 |');
    expect(md).toContain('| 环境 | 应对气候变化 | 第21–28条 | 一、应对气候变化，第3–5页; 2.3 能源，第9页 |');
    // Art. 7 explanations: GRI's reasons in the locale's words, any other reason as written.
    expect(md).toContain('|  | 生态系统和生物多样性保护 | 第32条 | 不适用：公司生产基地均位于工业园区内。 |');
    expect(md).toContain('|  | 水资源利用 | 第36条 | 不具有重要性：公司生产用水量较小');
    expect(md).toContain('|  | 循环经济 | 第37条 |  |');
    const table = tableOf(parseMarkdown(md));
    expect(table.children).toHaveLength(1 + rowCount(szseZh));
  });

  test('en: the same layout in English', () => {
    const md = renderIndex(szseEn, 'md');
    expect(md.startsWith('# Topic index (Shenzhen Stock Exchange)\n')).toBe(true);
    expect(md).toContain('| DIMENSION | TOPIC | ARTICLES | LOCATION |');
    expect(md).toContain('| Environment | Climate change response | Art. 21–28 | 1 Climate change response, pp. 3–5; 2.3 Energy, p. 9 |');
    expect(md).toContain('| Not applicable: All plants are in industrial parks. |');
    expect(md).toContain('| Sustainability-related governance | Anti-commercial bribery and anti-corruption | Art. 55 | 4.2 Business ethics, p. 14 |');
  });

  test('SSE and BSE use the same templates with their exchange name', () => {
    expect(renderIndex({ ...copy(szseZh), framework: 'sse' }, 'md').startsWith('# 议题索引表（上海证券交易所）\n')).toBe(true);
    expect(renderIndex({ ...copy(szseEn), framework: 'bse' }, 'html')).toContain('<h1>Topic index (Beijing Stock Exchange)</h1>');
  });

  test('HTML: lang, Chinese labels, the dimension spanning its topics', () => {
    const html = renderIndex(szseZh, 'html');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-Hans">')).toBe(true);
    expect(html).toContain('<th scope="rowgroup" rowspan="4" class="col-group">环境</th><td class="col-title">应对气候变化</td><td class="col-articles">第21–28条</td>');
    expect(html).toContain('<tr class="status-missing"><td class="col-title">循环经济</td><td class="col-articles">第37条</td><td class="col-location"></td></tr>');
  });
});

describe('HKEX', () => {
  const md = renderIndex(hkex, 'md');

  test('aspect/KPI · description · location or explanation, under Part B, C and D headings', () => {
    const lines = md.split('\n');
    const parts = ['| **Part B: Mandatory disclosure requirements** |  |  |', '| **Part C: "Comply or explain" provisions** |  |  |', '| **Part D: Climate-related disclosures** |  |  |'];
    const positions = parts.map((p) => lines.indexOf(p));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(lines[positions[1]! + 1]).toBe('| A1 | Emissions | Emissions, pp. 10–11 |');
    expect(md).toContain('| A1.3 | Total hazardous waste produced (in tonnes) and, where appropriate, intensity (e.g. per unit of production volume, per facility) | Not applicable: Our offices produce no hazardous waste. |');
    expect(md).toContain('| B-15 | Reporting boundary and the process used to identify the entities or operations included |  |');
  });

  test('zh: the Code\'s Chinese titles where it has them', () => {
    const zh = renderIndex({ ...copy(hkex), lang: 'zh' }, 'md');
    expect(zh).toContain('| 层面/关键绩效指标 | 描述 | 位置或解释 |');
    expect(zh).toContain('| **C部分：「不遵守就解釋」條文** |  |  |');
    expect(zh).toContain('| A1.1 | 排放物種類及相關排放數據 | Air emissions, p. 11 |');
    expect(zh).toContain('**ESG 报告守则：** 環境、社會及管治報告守則');
  });

  test('CSV: the part first in every record', () => {
    const records = parseCsv(renderIndex(hkex, 'csv'));
    expect(records[0]).toEqual(['SECTION', 'ASPECT / KPI', 'DESCRIPTION', 'LOCATION OR EXPLANATION']);
    expect(records[1]).toEqual(['Part B: Mandatory disclosure requirements', 'B-13', expect.stringMatching(/^Board statement/), 'Board statement, p. 2']);
    expect(records).toHaveLength(1 + rowCount(hkex));
  });
});

describe('the HTML page shell is GRI\'s', () => {
  const gri = renderIndex(loadDocument(), 'html');
  const styleOf = (html: string): string => html.slice(html.indexOf('<style>'), html.indexOf('</style>'));

  test.each([
    ['sasb', sasb],
    ['szse', szseZh],
    ['hkex', hkex],
  ] as const)('%s: same head, GRI\'s style plus the framework columns, nothing loaded or run', (_name, doc) => {
    const html = renderIndex(doc, 'html');
    const head = (text: string) => text.slice(0, text.indexOf('<title>')).replace(/ lang="[^"]+"/, '');
    expect(head(html)).toBe(head(gri));
    expect(styleOf(html).startsWith(styleOf(gri))).toBe(true);
    expect(html).toContain('.content-index .col-articles');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(|@import/i);
    expect(html.trimEnd().endsWith('</main>\n</body>\n</html>')).toBe(true);
  });
});

describe('report text is text', () => {
  // A heading with markup, as ingest keeps it when written escaped or as code: `# Board \<script\>…`.
  const hostile = copy(sasb);
  const first = hostile.groups[0]!.rows[0]!;
  first.locations = [{ section: 'Board <script>alert(1)</script> & "Co"', headingPath: ['Board <script>alert(1)</script> & "Co"'], pages: [4] }];
  first.locationText = 'Board <script>alert(1)</script> & "Co", p. 4';
  hostile.groups[1]!.title = 'Lifecycle <img src=x onerror=alert(1)> | *bold*';
  hostile.groups[2]!.rows[1]!.explanation = '=HYPERLINK("http://evil") <b>x</b>';
  hostile.reportTitle = 'Evil <script>alert(2)</script>';
  hostile.organization = "O'Brien & <b>Sons</b>";

  test('HTML escapes it everywhere', () => {
    const html = renderIndex(hostile, 'html');
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain('<td class="col-location">Board &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;, p. 4</td>');
    expect(html).toContain('rowspan="2" class="col-group">Lifecycle &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; | *bold*</th>');
    expect(html).toContain('<title>SASB index – Evil &lt;script&gt;alert(2)&lt;/script&gt;</title>');
    expect(html).toContain('<td class="text">O&#x27;Brien &amp; &lt;b&gt;Sons&lt;/b&gt;</td>');
  });

  test('Markdown keeps every row full width and the data makes no HTML, images or emphasis', () => {
    const md = renderIndex(hostile, 'md');
    const tree = parseMarkdown(md);
    const table = tableOf(tree);
    for (const row of table.children) expect(row.children).toHaveLength(hostile.columns.length);
    const kinds = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }): void => {
      kinds.add(node.type);
      for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
    };
    walk(table);
    // `strong` is the industry heading rows' own; nothing from the data may make markup.
    for (const kind of ['html', 'image', 'emphasis', 'inlineCode']) expect(kinds).not.toContain(kind);
    expect(md).toContain('Board \\<script\\>alert(1)\\</script\\> \\& "Co", p. 4');
  });

  test('CSV defuses formulas', () => {
    const records = parseCsv(renderIndex(hostile, 'csv'));
    const omitted = records.find((r) => r[4] === 'TC-HW-430a.2')!;
    expect(omitted[5]).toBe('Information unavailable/incomplete: =HYPERLINK("http://evil") <b>x</b>');
    const formula = { ...copy(hostile) };
    formula.groups[2]!.rows[1]!.reason = '';
    const cell = parseCsv(renderIndex(formula, 'csv')).find((r) => r[4] === 'TC-HW-430a.2')![5];
    expect(cell).toBe('\'=HYPERLINK("http://evil") <b>x</b>');
  });
});
