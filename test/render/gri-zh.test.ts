// `--lang zh` for GRI's index (issue 14 §6): Chinese labels, the Chinese statement of use (our translation,
// marked as such in standards/gri/foundation.json), Chinese titles only where the catalog has GRI's official
// one, and a note saying what is not an official translation.
import { analyse } from '../../src/engine/analysis.js';
import { buildContentIndex } from '../../src/engine/content-index.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { presentIndex } from '../../src/render/present-index.js';
import { renderIndex } from '../../src/render/index.js';
import { catalog, frontMatter } from '../helpers/run-rule.js';

const report = `${frontMatter(`
title: 绿源能源 2024 可持续发展报告
organization: 绿源能源股份有限公司
period: { start: 2024-01-01, end: 2024-12-31 }
frameworks:
  gri: { claim: with-reference }
`)}# 关于本报告

<!-- disclose: GRI 2-1 -->

绿源能源总部位于杭州，业务覆盖光伏组件制造。

# 温室气体排放

<!-- disclose: GRI 305-1 -->

2024 年范围一排放为 12,400 吨二氧化碳当量。
`;

const indexOf = (lang: 'en' | 'zh') => {
  const analysis = analyse(parseMarkdownReport([{ path: 'report.md', text: report }]), catalog);
  return presentIndex(buildContentIndex(analysis, 'gri', { generator: { name: 'disclose', version: 'test' }, lang }));
};

test('zh: the Chinese statement of use, filled with the organization and the period written the Chinese way', () => {
  const doc = indexOf('zh');
  expect('statementOfUse' in doc && doc.statementOfUse).toBe('绿源能源股份有限公司已参照 GRI 标准报告了本 GRI 内容索引所引用的2024年1月1日至2024年12月31日期间的信息。');
});

test('zh: the catalog has no official Chinese GRI titles, so titles stay English and a note says so', () => {
  const doc = indexOf('zh');
  if (doc.framework !== 'gri') throw new Error('not a GRI index');
  const titles = doc.groups.flatMap((g) => g.rows.map((r) => r.title));
  expect(titles).toEqual(['Organizational details', 'Direct (Scope 1) GHG emissions']);
  expect(doc).toHaveProperty('notes', [
    '使用说明为本工具的中文译文，并非 GRI 官方中文措辞；以 GRI 1 英文原文为准。',
    '2 项披露的标题保留 GRI 英文原文：目录中没有附来源的官方中文标题。',
  ]);
  const md = renderIndex(doc, 'md');
  expect(md).toContain('**使用说明：** 绿源能源股份有限公司已参照 GRI 标准');
  expect(md).toContain('**说明：**\n\n- 使用说明为本工具的中文译文');
  expect(renderIndex(doc, 'html')).toContain('<li>2 项披露的标题保留 GRI 英文原文');
});

test('en: GRI\'s English statement and no notes (the JSON of an English index is unchanged)', () => {
  const doc = indexOf('en');
  expect('statementOfUse' in doc && doc.statementOfUse).toMatch(/^绿源能源股份有限公司 has reported the information cited in this GRI content index for the period from 1 January 2024 to 31 December 2024/);
  expect('notes' in doc).toBe(false);
  expect(JSON.stringify(doc)).not.toContain('statementOfUseZh');
});
