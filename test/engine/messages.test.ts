// Findings carry a message id and data; the message is rendered in the run's locale (issue #11 item 12,
// issue #12 item 5). Lists and dates are worded per locale by Intl, never by hand.
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { analyse } from '../../src/engine/analysis.js';
import { checkReport, runRules } from '../../src/engine/run.js';
import { longDate } from '../../src/rules/messages/index.js';
import { renderMessage } from '../../src/rules/messages/render.js';
import { longDate as statementDate } from '../../src/engine/statement-of-use.js';
import type { Locale } from '../../src/model/message.js';
import { catalog, frontMatter } from '../helpers/run-rule.js';

const report = (language: string): string => `${frontMatter(`
title: Acme 2024
organization: Acme
period: { start: 2024-01-01, end: 2024-12-31 }
published: 2025-04-30
language: ${language}
frameworks: { gri: { claim: in-accordance } }`)}# About

<!-- omit: GRI 2-3 | not-applicable | We do not report it. -->
<!-- disclose: GRI 102-14 -->

Text.
`;

const run = (language: string, locale?: Locale) => {
  const parsed = parseMarkdownReport([{ path: 'r.md', text: report(language) }]);
  return checkReport(parsed, catalog, 'r.md', {}, {}, locale);
};
const of = (ruleId: string, language: string, locale?: Locale) => run(language, locale).result.findings.filter((f) => f.ruleId === ruleId);

describe('messages in the report\'s language, or --locale', () => {
  test('English: the message is unchanged, with its id and data beside it', () => {
    const [finding] = of('omission-not-permitted', 'en');
    expect(finding).toMatchObject({
      messageId: 'notPermitted',
      data: { id: 'GRI 2-3', title: 'Reporting period, frequency and contact point' },
      message: '`GRI 2-3` (Reporting period, frequency and contact point) may not be omitted: GRI 1 allows no reason for omission for it; report it.',
    });
  });

  test('`language: zh` gives Chinese messages, in the register of Chinese audit text', () => {
    const [finding] = of('omission-not-permitted', 'zh');
    expect(finding!.message).toBe('`GRI 2-3`（Reporting period, frequency and contact point）不得省略：GRI 1 不允许对其省略；请予以报告。');
    expect(finding!.messageId).toBe('notPermitted');
    expect(run('zh').result.locale).toBe('zh');
  });

  test('--locale overrides the report\'s language, both ways', () => {
    expect(of('omission-not-permitted', 'zh', 'en')[0]!.message).toMatch(/^`GRI 2-3` \(Reporting period/);
    expect(of('omission-not-permitted', 'en', 'zh')[0]!.message).toContain('不得省略');
  });

  test('dates in messages: ISO in English as before, Intl.DateTimeFormat in Chinese; fixes rendered too', () => {
    const [en] = of('superseded-disclosure', 'en');
    expect(en!.message).toContain('(in effect for reports published from 2018-07-01 and before 2023-01-01); use `GRI 2-22`.');
    expect(en!.fix).toMatchObject({ replacement: 'GRI 2-22', description: 'Replace with GRI 2-22', messageId: 'replaceWith' });
    const [zh] = of('superseded-disclosure', 'zh');
    expect(zh!.message).toContain('适用于发布日期在2018年7月1日及之后、2023年1月1日之前的报告');
    expect(zh!.message).toContain('请改用`GRI 2-22`');
    expect(zh!.fix!.description).toBe('替换为 GRI 2-22');
    expect(zh!.data).toEqual(en!.data);
  });

  test('a rule\'s findings keep their identity across locales: same ids, same data', () => {
    const strip = (locale: Locale) => runRules(analyse(parseMarkdownReport([{ path: 'r.md', text: report('en') }]), catalog), {}, locale).map(({ message: _m, fix: _f, ...rest }) => rest);
    expect(strip('zh')).toEqual(strip('en'));
  });
});

describe('lists and dates per locale (Intl)', () => {
  const lookup = (templates: Record<string, string>) => (id: string): string => templates[id]!;

  test('dates: `1 January 2025` and `2025年1月1日`, whatever the time zone', () => {
    expect(longDate('2025-01-01', 'en')).toBe('1 January 2025');
    expect(longDate('2025-12-31', 'zh')).toBe('2025年12月31日');
    expect(statementDate('2024-01-01')).toBe('1 January 2024');
  });

  test('`or` and `and` lists, and codes joined with the enumeration comma in Chinese', () => {
    const templates = { m: '{{names|or}} / {{names|and}} / {{ids|codes}}' };
    const data = { names: ['A 2016', 'A 2020'], ids: ['GRI 2-1', 'GRI 2-2'] };
    expect(renderMessage(lookup(templates), 'm', data, 'en')).toBe('A 2016 or A 2020 / A 2016 and A 2020 / `GRI 2-1`, `GRI 2-2`');
    expect(renderMessage(lookup(templates), 'm', data, 'zh')).toBe('A 2016或A 2020 / A 2016和A 2020 / `GRI 2-1`、`GRI 2-2`');
  });

  test('an official title in Chinese where the catalog has one', () => {
    const templates = { m: '{{title|official}}' };
    expect(renderMessage(lookup(templates), 'm', { title: 'Emissions', titleZh: '排放物' }, 'zh')).toBe('排放物');
    expect(renderMessage(lookup(templates), 'm', { title: 'Emissions', titleZh: '排放物' }, 'en')).toBe('Emissions');
    expect(renderMessage(lookup(templates), 'm', { title: 'Emissions' }, 'zh')).toBe('Emissions');
  });

  test('a placeholder without a value is a bug, not an empty string', () => {
    expect(() => renderMessage(lookup({ m: 'x {{y}}' }), 'm', {}, 'en')).toThrow(/no value for \{\{y\}\}/);
  });
});
