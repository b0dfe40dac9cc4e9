import { evidenceFindings, reportOf } from '../helpers/run-evidence.js';

const RULE = 'no-figures';

describe(RULE, () => {
  test.each([
    ['a KPI table', '## Diversity\n\n<!-- disclose: GRI 405-1 -->\n\n| Group | Women | Men |\n|---|---:|---:|\n| Board | 3 | 6 |\n'],
    ['a figure in the text', '## Training\n\n<!-- disclose: GRI 404-1 -->\n\nEmployees received 18.5 hours of training on average.\n'],
    ['a figure in a subsection', '## Climate\n\n<!-- disclose: GRI 305-1 -->\n\n### Data\n\nScope 1: 980 tCO2e.\n'],
    ['a Chinese figure with 万', '## 排放\n\n<!-- disclose: GRI 305-1 -->\n\n范围一排放量为1.26万吨二氧化碳当量。\n'],
    ['a disclosure in two places, the figures in the other', '## Board\n\n<!-- disclose: GRI 405-1 -->\n\nThe board oversees diversity.\n\n## People\n\n<!-- disclose: GRI 405-1 -->\n\nWomen hold 41.5% of management roles.\n'],
    ['a qualitative disclosure', '## Governance\n\n<!-- disclose: GRI 2-9 -->\n\nThe board oversees our strategy.\n'],
    ['a share spelled out in words', '## Diversity\n\n<!-- disclose: GRI 405-1 -->\n\nWomen are twenty-two per cent of our employees and three of the nine directors.\n'],
    ['a Chinese figure spelled out', '## 减排\n\n<!-- disclose: GRI 305-5 -->\n\n两项工程合计年减排约五千吨。\n'],
  ])('silent: %s', (_name, body) => {
    expect(evidenceFindings(RULE, reportOf(body))).toEqual([]);
  });

  test.each([
    ['words only', '## Climate\n\n<!-- disclose: GRI 305-1 -->\n\nWe are committed to reducing our footprint.\n', "`GRI 305-1` asks for data but 'Climate' (p. 3) contains no figure; expected at least one number with its unit."],
    ['only years, a scope and a standard', '## Climate\n\n<!-- disclose: GRI 305-1 -->\n\nSince 2019 we follow ISO 14064 and report Scope 1 every year.\n', "`GRI 305-1` asks for data but 'Climate' (p. 3) contains no figure; expected at least one number with its unit."],
    ['a disclosure in two places, neither with a figure: once, at the first', '## Climate\n\n<!-- disclose: GRI 305-1 -->\n\nWe are committed to reducing our footprint.\n\n## Fleet\n\n<!-- disclose: GRI 305-1 -->\n\nOur trucks move to electricity.\n', "`GRI 305-1` asks for data but 'Climate' (p. 3) contains no figure; expected at least one number with its unit."],
    ['number words without a unit', '## Diversity\n\n<!-- disclose: GRI 405-1 -->\n\nOne of our priorities is that three of the nine directors come from outside the industry.\n', "`GRI 405-1` asks for data but 'Diversity' (p. 3) contains no figure; expected at least one number with its unit."],
    ['an empty section', '## 员工\n\n<!-- disclose: GRI 405-1 -->\n', '`GRI 405-1`要求披露数据，但“员工”一节（第 3 页）中没有任何数字；应至少给出一个带单位的数值。'],
  ])('reports: %s', (_name, body, message) => {
    const zh = /\p{Script=Han}/u.test(body);
    const found = evidenceFindings(RULE, reportOf(body, zh ? 'zh' : 'en'), zh ? 'zh' : 'en');
    expect(found.map((f) => [f.message, f.severity, f.disclosure, f.line])).toEqual([[message, 'warning', expect.any(String), expect.any(Number)]]);
  });
});
