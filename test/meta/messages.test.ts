// Every rule's messages exist in English and Chinese with the same placeholders, and every finding the
// rules produce on the test fixtures and the example carries a message id its rule knows and renders in
// both locales (issue #11 item 12, issue #12 item 5).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/index.js';
import { rules, ruleById } from '../../src/rules/index.js';
import { placeholders } from '../../src/rules/messages/index.js';
import { zhMessages } from '../../src/rules/messages/zh.js';
import { findingMessage } from '../../src/engine/finding-message.js';
import type { Finding } from '../../src/model/finding.js';
import { packageRoot } from '../../src/paths.js';

describe('message catalogs', () => {
  test.each(rules.map((rule) => [rule.id, rule] as const))('%s: every message id has an en and a zh text with the same placeholders', (id, rule) => {
    const zh = zhMessages[id] ?? {};
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    expect(Object.keys(zh).sort()).toEqual(Object.keys(rule.messages).sort());
    for (const [messageId, english] of Object.entries(rule.messages)) {
      expect({ messageId, placeholders: placeholders(zh[messageId] ?? '') }).toEqual({ messageId, placeholders: placeholders(english) });
    }
  });

  test('the zh catalog names no rule that does not exist', () => {
    expect(Object.keys(zhMessages).filter((id) => !ruleById.has(id))).toEqual([]);
  });

  test('Chinese texts are Chinese: each has CJK characters outside its placeholders and code spans', () => {
    // A phrase that is only a placeholder (`{{standard}}`) or a code has nothing to translate.
    const untranslated = Object.entries(zhMessages).flatMap(([rule, messages]) =>
      Object.entries(messages)
        .filter(([, text]) => /[A-Za-z]{3,}/.test(text.replace(/\{\{[^}]*\}\}|`[^`]*`|GRI|SASB|ESG/g, '')) || !/[\u4e00-\u9fff]/.test(text))
        .filter(([, text]) => text.replace(/\{\{[^}]*\}\}/g, '').trim() !== '')
        .map(([id]) => `${rule}.${id}`),
    );
    expect(untranslated).toEqual([]);
  });
});

/** The Markdown reports of the test fixtures and the example: single files and multi-file folders. */
function fixtureReports(): string[][] {
  const dirs = ['reports', 'index-audit', 'batch'].map((name) => join(packageRoot, 'test', 'fixtures', name));
  const files = dirs.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.md') && !['README.md', 'recall.md', 'zz-broken-front-matter.md'].includes(name)).map((name) => [join(dir, name)]));
  const dir = join(packageRoot, 'test', 'fixtures', 'reports');
  const folders = [join(dir, 'multi'), join(packageRoot, 'examples', 'acme-2025')].filter((path) => statSync(path, { throwIfNoEntry: false })?.isDirectory());
  return [...files, ...folders.map((f) => [f])];
}

describe('findings on the fixtures', () => {
  const reports = fixtureReports();
  let findings: Finding[] = [];
  beforeAll(async () => {
    for (const paths of reports) {
      for (const locale of ['en', 'zh'] as const) {
        findings = findings.concat((await check(paths, { locale, crosswalk: true, suggest: locale === 'en' })).reports.flatMap((r) => r.findings));
      }
    }
  }, 120_000);

  test('there are findings of many rules to look at', () => {
    expect(reports.length).toBeGreaterThan(5);
    expect(new Set(findings.map((f) => f.ruleId)).size).toBeGreaterThan(8);
  });

  test('every finding has a message id known to its rule, and its message renders in en and zh', () => {
    const problems = findings.flatMap((f) => {
      const rule = ruleById.get(f.ruleId);
      if (!f.messageId || !rule || !Object.hasOwn(rule.messages, f.messageId)) return [`${f.ruleId}: unknown message id ${f.messageId}`];
      if (f.fix && (!f.fix.messageId || !Object.hasOwn(rule.messages, f.fix.messageId))) return [`${f.ruleId}: fix without a known message id`];
      const [en, zh] = [findingMessage(f, 'en'), findingMessage(f, 'zh')];
      if (!en || !zh) return [`${f.ruleId}.${f.messageId}: does not render`];
      return f.message === en || f.message.startsWith(en) || f.message === zh || f.message.startsWith(zh) ? [] : [`${f.ruleId}.${f.messageId}: message is not its rendering`];
    });
    expect(problems).toEqual([]);
  });
});
