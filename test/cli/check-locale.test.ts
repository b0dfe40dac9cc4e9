// End to end: `check --locale`, the report's `language: zh`, and a config's `locale` choose the language of
// messages and output (issue #11 item 12). JSON keeps its field names; `message` is in the chosen locale.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { disclose, fixture } from '../helpers/run-in-process.js';
import type { CheckResult } from '../../src/model/finding.js';

const zhReport = fixture('reports', 'multi-framework-zh.md');

describe('check in Chinese', () => {
  test('a `language: zh` report gets Chinese messages and stylish chrome; --locale en switches back', async () => {
    const zh = await disclose(['check', '--no-config', '--fail-on', 'none', zhReport]);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toContain('既未标注也未说明省略');
    expect(zh.stdout).toMatch(/✖ \d+ 个问题（\d+ 个错误，\d+ 个警告，\d+ 条提示）\n$/);
    const en = await disclose(['check', '--no-config', '--fail-on', 'none', '--locale', 'en', '--format', 'json', zhReport]);
    const result = JSON.parse(en.stdout) as CheckResult;
    const [finding] = result.reports[0]!.findings;
    expect(result.reports[0]!.locale).toBe('en');
    expect(finding).toMatchObject({ ruleId: expect.any(String), messageId: expect.any(String), data: expect.any(Object) });
    expect(finding!.message).toMatch(/^[\x20-\x7e]*`/);
  });

  test('a config `locale: zh` gives Chinese for an English report; --locale wins over it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'disclose-locale-'));
    writeFileSync(join(dir, 'disclose.config.json'), '{"locale": "zh"}');
    const report = join(process.cwd(), fixture('reports', 'errors-tags.md'));
    const zh = await disclose(['check', '--format', 'json', '--fail-on', 'none', report], { cwd: dir });
    const result = JSON.parse(zh.stdout) as CheckResult;
    expect(result.reports[0]!.locale).toBe('zh');
    expect(result.reports[0]!.findings.find((f) => f.ruleId === 'omission-not-permitted')!.message).toBe(
      '`GRI 2-3`（Reporting period, frequency and contact point）不得省略：GRI 1 不允许对其省略；请予以报告。',
    );
    const html = await disclose(['check', '--format', 'html', '--fail-on', 'none', '--locale', 'en', report], { cwd: dir });
    expect(html.stdout).toContain('<html lang="en">');
  });
});
