import { evidenceFindings, reportOf } from '../helpers/run-evidence.js';

const RULE = 'value-conflict';
const TABLE = '## Performance data\n\n| Indicator | Unit | 2023 | 2024 |\n|---|---|---:|---:|\n| Scope 1 GHG emissions | tCO2e | 1,020 | 14,540 |\n| Scope 2 GHG emissions, market-based | tCO2e | 2,530 | 2,380 |\n';

describe(RULE, () => {
  test.each([
    ['the same value in the text', `## Climate\n\nScope 1 emissions were 14,540 tCO2e in 2024.\n\n${TABLE}`],
    ['the same value in 万吨, within rounding', `## Climate\n\n2024年范围一排放量为1.45万吨二氧化碳当量。\n\n${TABLE}`],
    ['another year', `## Climate\n\nScope 1 emissions were 1,020 tCO2e in 2023.\n\n${TABLE}`],
    ['location- and market-based are two metrics', `## Climate\n\nScope 2 location-based emissions were 2,900 tCO2e in 2024.\n\n${TABLE}`],
    ['an intensity is another metric', `## Climate\n\nScope 1 intensity was 0.8 tCO2e per unit in 2024.\n\n${TABLE}`],
  ])('silent: %s', (_name, body) => {
    expect(evidenceFindings(RULE, reportOf(body))).toEqual([]);
  });

  test.each([
    ['Scope 1 in the text and in the table', `## Climate\n\nScope 1 emissions were 15,540 tCO2e in 2024.\n\n${TABLE}`, "'Scope 1 GHG emissions' for 2024 is 15,540 tCO2e here but 14,540 in 'Performance data' (p. 3); expected one value."],
    ['Chinese text without a year: the reporting period', `## 气候\n\n公司范围一排放量为1.26万吨二氧化碳当量。\n\n${TABLE}`, "'Scope 1 GHG emissions' for 2024 is 1.26万 吨二氧化碳当量 here but 14,540 in 'Performance data' (p. 3); expected one value."],
    ['two tables', `${TABLE}\n## Appendix\n\n| Indicator | Unit | 2024 |\n|---|---|---:|\n| Scope 1 GHG emissions | tCO2e | 14,450 |\n`, "'Scope 1 GHG emissions' for 2024 is 14,450 here but 14,540 in 'Performance data' (p. 3); expected one value."],
  ])('reports: %s', (_name, body, message) => {
    expect(evidenceFindings(RULE, reportOf(body)).map((f) => f.message)).toEqual([message]);
  });
});
