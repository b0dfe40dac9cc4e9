// Small realistic reports for the suggest engine tests (the evaluation reports live in
// test/fixtures/suggest/ and are the evaluation's, not these tests').
import { loadCatalog } from '../../src/catalog/index.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import type { Report } from '../../src/model/report.js';

export const catalog = loadCatalog();

export const report = (text: string, path = 'report.md'): Report => parseMarkdownReport([{ path, text }]);

/** An English GRI report: a CEO letter that mentions emissions in passing, a GHG section with its KPI table, people, ethics. */
export const ENGLISH = `---
title: Northwind Pumps 2025 Sustainability Report
published: 2026-03-31
period: { start: 2025-01-01, end: 2025-12-31 }
language: en
frameworks:
  gri:
    claim: in-accordance
    material-topics: [GRI 305, GRI 205]
---

# Northwind Pumps 2025 Sustainability Report

<!-- page: 2 -->

## Letter from our CEO

2025 was a year of steady progress. We grew revenue by 6%, opened a service centre in Poland and kept
our commitment to lower emissions across the business while investing in our people.

## Climate and environment

### Our approach to climate change

Our climate policy commits us to science-based targets. The Sustainability Committee reviews progress
against our targets every quarter, and energy managers at each plant run efficiency projects.

<!-- page: 14 -->

### Greenhouse gas emissions

Gross direct (Scope 1) GHG emissions were 14,630 tCO2e, from natural gas, diesel and refrigerant
leakage. Energy indirect (Scope 2) emissions were 24,320 tCO2e market-based. We use the operational
control approach and the GHG Protocol Corporate Standard; the base year is 2022.

| Indicator | Unit | 2024 | 2025 |
|---|---|---:|---:|
| Scope 1 GHG emissions | tCO2e | 15,740 | 14,630 |
| Scope 2 GHG emissions (market-based) | tCO2e | 29,560 | 24,320 |

### Environmental performance data

| Indicator | Unit | 2024 | 2025 |
|---|---|---:|---:|
| Scope 1 GHG emissions | tCO2e | 15,740 | 14,630 |
| Water withdrawal | megalitres | 412 | 398 |

### Our commitment to the environment

We care about our impact on the environment and about emissions, and we encourage employees to
reduce waste at home and at work.

## Our people

### Employees

At the end of 2025 we had 3,412 employees (headcount): 2,980 permanent and 432 temporary employees,
of whom 2,871 were full-time and 541 part-time. Women were 27% of the workforce.

| Employees by region | Headcount |
|---|---:|
| Europe | 2,106 |
| Asia | 1,306 |

## Business ethics

### Anti-corruption

Every employee completes anti-corruption training every two years; in 2025, 96% of employees and all
members of the Board were trained on our anti-bribery policy. There were no confirmed incidents of
corruption in 2025.
`;

/** A Chinese GRI report: a chairman's letter in passing, a GHG section with 范围一 figures. */
export const CHINESE = `---
title: 华东泵业 2025年可持续发展报告
published: 2026-04-20
period: { start: 2025-01-01, end: 2025-12-31 }
language: zh
frameworks:
  gri:
    claim: in-accordance
    material-topics: [GRI 305]
---

# 华东泵业 2025年可持续发展报告

## 董事长致辞

2025年，公司坚持绿色发展理念，持续推进节能减排，营业收入同比增长8%。

## 应对气候变化

### 气候治理

董事会可持续发展委员会每季度审议气候相关目标的进展，各工厂设立能源管理员。

### 温室气体排放

2025年范围一温室气体排放为 12,300 吨二氧化碳当量，主要来自天然气燃烧和柴油；范围二（基于市场）排放为 31,800 吨二氧化碳当量。

| 指标 | 单位 | 2024年 | 2025年 |
|---|---|---:|---:|
| 范围一温室气体排放 | 吨二氧化碳当量 | 13,100 | 12,300 |
| 范围二温室气体排放 | 吨二氧化碳当量 | 33,500 | 31,800 |

## 员工

### 员工构成

截至2025年末，公司共有员工2,350人，其中全职员工2,200人，兼职员工150人。
`;
