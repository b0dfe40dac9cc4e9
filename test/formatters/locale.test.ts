// Chinese output chrome (issue #11 item 12): stylish, markdown and the HTML page in Chinese under `locale: zh`
// or when every report's messages are Chinese; English otherwise. Messages come rendered in the result.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatters } from '../../src/formatters/index.js';
import { chromeLocale } from '../../src/formatters/chrome.js';
import type { CheckResult } from '../../src/model/finding.js';
import { packageRoot } from '../../src/paths.js';

const load = (name: string): CheckResult =>
  JSON.parse(readFileSync(join(packageRoot, 'test', 'fixtures', 'formatters', name), 'utf8')) as CheckResult;
const inChinese = (result: CheckResult): CheckResult => ({ ...result, reports: result.reports.map((r) => ({ ...r, locale: 'zh' as const })) });

describe('the locale of the chrome', () => {
  test('--locale wins; else zh when every report is zh; else en', () => {
    const result = load('result.json');
    expect(chromeLocale(result)).toBe('en');
    expect(chromeLocale(inChinese(result))).toBe('zh');
    expect(chromeLocale(inChinese(result), { locale: 'en' })).toBe('en');
    expect(chromeLocale(result, { locale: 'zh' })).toBe('zh');
    expect(chromeLocale({ ...result, reports: [] })).toBe('en');
  });
});

describe('stylish in Chinese', () => {
  test('coverage and summary lines, full-width punctuation', () => {
    const text = formatters['stylish']!(load('clean.json'), { color: false, locale: 'zh' });
    expect(text).toContain('GRI（参照）：引用 5 项，已报告 5 项，已省略 0 项，缺失 0 项 — 覆盖率 100%');
    expect(text.trimEnd().split('\n').at(-1)).toBe('✔ 未发现问题（0 个错误，0 个警告，0 条提示）');
    const problems = formatters['stylish']!(inChinese(load('result.json')), { color: false });
    expect(problems.trimEnd().split('\n').at(-1)).toMatch(/^✖ \d+ 个问题（\d+ 个错误，\d+ 个警告，\d+ 条提示）$/);
  });
});

describe('markdown in Chinese', () => {
  test('headings, table headers and severities', () => {
    const text = formatters['markdown']!(load('result.json'), { color: false, locale: 'zh' });
    expect(text).toMatch(/^## ❌ disclose: \d+ 个错误，\d+ 个警告，\d+ 条提示$/m);
    expect(text).toContain('| 报告 | 框架 | 要求 | 已报告 | 已省略 | 缺失 | 覆盖率 |');
    expect(text).toContain('| | 位置 | 规则 | 信息 |');
    expect(text).toContain('| 🔴 错误 |');
    // English stays as it was.
    const en = formatters['markdown']!(load('result.json'), { color: false });
    expect(en).toContain('| report | framework | required | reported | omitted | missing | covered |');
    expect(en).toContain('| | location | rule | message |');
    expect(en).toContain('| 🔴 error |');
  });
});

describe('the HTML page in Chinese', () => {
  const page = formatters['html']!(inChinese(load('result.json')), { color: false });

  test('lang attribute, headings and labels in Chinese; no English chrome left', () => {
    expect(page).toContain('<html lang="zh-CN">');
    for (const words of ['ESG 信息披露检查', '覆盖情况', '按框架', '缺口与检查结果', '内容索引', '<th scope="col">披露</th>', '已报告']) {
      expect(page).toContain(words);
    }
    for (const words of ['Gaps and findings', 'Content index', 'Coverage by framework', 'Made by', 'Checked by', '>Reported<']) {
      expect(page).not.toContain(words);
    }
  });

  test('English by default', () => {
    const en = formatters['html']!(load('result.json'), { color: false });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Gaps and findings');
  });
});
