import { evidenceFindings, reportOf } from '../helpers/run-evidence.js';

const RULE = 'period-mismatch';
const water = (table: string): string => `## Water withdrawal\n\n<!-- disclose: GRI 303-3 -->\n\n${table}\n`;

describe(RULE, () => {
  test.each([
    ['the period among other years', water('| Source | 2023 | 2024 |\n|---|---:|---:|\n| Municipal (ML) | 41.2 | 39.8 |')],
    ['Chinese years with 年', water('| 来源 | 2023年 | 2024年 |\n|---|---:|---:|\n| 市政用水（立方米） | 41,200 | 39,800 |')],
    ['no year at all', water('We withdrew 39.8 ML of municipal water.')],
    ['only a future target year', water('We withdrew 39.8 ML and aim for 30 ML by 2030.')],
    ['earlier years in a sentence are comparisons', water('Compared with 2021 and 2022, we withdrew 39.8 ML of municipal water.')],
  ])('silent: %s', (_name, body) => {
    expect(evidenceFindings(RULE, reportOf(body))).toEqual([]);
  });

  test('reports: figures labelled only with earlier years', () => {
    const found = evidenceFindings(RULE, reportOf(water('| Source | 2021 | 2022 |\n|---|---:|---:|\n| Municipal (ML) | 41.2 | 39.8 |')));
    expect(found.map((f) => f.message)).toEqual(["`GRI 303-3`: the figures in 'Water withdrawal' (p. 3) are labelled 2021, 2022, none in the reporting period (2024)."]);
  });

  test('reports: a Chinese table labelled only with earlier years', () => {
    const body = '## 取水\n\n<!-- disclose: GRI 303-3 -->\n\n| 来源 | 2021年 | 2022年 |\n|---|---:|---:|\n| 市政用水（立方米） | 41,200 | 39,800 |\n';
    expect(evidenceFindings(RULE, reportOf(body, 'zh'), 'zh').map((f) => f.message)).toEqual(['`GRI 303-3`：“取水”一节（第 3 页）中的数字标注的年份为2021、2022，均不在报告期（2024）内。']);
  });
});
