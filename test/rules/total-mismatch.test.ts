import { evidenceFindings, reportOf } from '../helpers/run-evidence.js';

const RULE = 'total-mismatch';
const table = (rows: string, header = '| Indicator | Unit | 2023 | 2024 |\n|---|---|---:|---:|'): string => `## Performance data\n\n${header}\n${rows}\n`;

describe(RULE, () => {
  test.each([
    ['a right total', table('| Scope 1 | tCO2e | 1,020 | 980 |\n| Scope 2 | tCO2e | 2,530 | 2,380 |\n| Total | tCO2e | 3,550 | 3,360 |')],
    ['a total off by rounding', table('| Diesel | MWh | 1.4 | 1.3 |\n| Petrol | MWh | 2.4 | 2.4 |\n| Total | MWh | 3.9 | 3.7 |')],
    ['a total of named scopes among others', table('| Scope 1 | tCO2e | 1,020 | 980 |\n| Scope 2 | tCO2e | 2,530 | 2,380 |\n| Scope 3 | tCO2e | 9,000 | 8,000 |\n| Total (Scope 1 and 2) | tCO2e | 3,550 | 3,360 |')],
    ['a sub-row is not a part', table('| Employees | persons | 100 | 120 |\n| of which women | persons | 40 | 50 |\n| Contractors | persons | 20 | 30 |\n| Total | persons | 120 | 150 |')],
    ['Chinese 合计 with 万 and a footnote marker', table('| 电力 | 万千瓦时 | 1.2万* | 1.3万 |\n| 天然气 | 万千瓦时 | 8,000 | 7,000 |\n| 合计 | 万千瓦时 | 20,000 | 20,000 |', '| 指标 | 单位 | 2023年 | 2024年 |\n|---|---|---:|---:|')],
    ['shares of 100 %', table('| Women | 41.7% |\n| Men | 58.3% |', '| Group | Share (%) |\n|---|---:|')],
    ['two breakdowns under group rows', table('| By gender | |\n| Women | 40% |\n| Men | 60% |\n| By age | |\n| Under 30 | 30% |\n| 30 and over | 70% |', '| Group | Proportion |\n|---|---:|')],
  ])('silent: %s', (_name, body) => {
    expect(evidenceFindings(RULE, reportOf(body))).toEqual([]);
  });

  test.each([
    ['a wrong total', table('| Scope 1 | tCO2e | 1,020 | 980 |\n| Scope 2 | tCO2e | 2,530 | 2,380 |\n| Total | tCO2e | 3,550 | 3,460 |'), "The total 'Total' is 3460 but its parts (Scope 1 and Scope 2) add up to 3360; expected the sum within rounding."],
    ['a wrong Chinese total with 万', table('| 电力 | 千瓦时 | 1.2万 |\n| 天然气 | 千瓦时 | 8,000 |\n| 合计 | 千瓦时 | 21,000 |', '| 指标 | 单位 | 2024年 |\n|---|---|---:|'), "The total '合计' is 21000 but its parts (电力 and 天然气) add up to 20000; expected the sum within rounding."],
    ['shares over 100 %', table('| Women | 43 |\n| Men | 62 |', '| Group | Share of employees (%) |\n|---|---:|'), "The shares from 'Women' (Women and Men) add up to 105 %; expected at most 100 %."],
  ])('reports: %s', (_name, body, message) => {
    expect(evidenceFindings(RULE, reportOf(body)).map((f) => f.message)).toEqual([message]);
  });
});
