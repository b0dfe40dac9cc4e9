// Sector Standards in GRI's index (issue 14 §1): the Sector Standard ref. no. column of a material topic's
// 3-3 row holds the sector topics it reports, and the topics listed as not material head the index with why.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { IndexDocument } from '../../src/model/index-document.js';
import { analyse } from '../../src/engine/analysis.js';
import { buildContentIndex } from '../../src/engine/content-index.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { presentIndex } from '../../src/render/present-index.js';
import { renderIndex } from '../../src/render/index.js';
import { catalog } from '../helpers/run-rule.js';
import { parseMarkdown, tableOf } from './support.js';

const fixture = readFileSync(join(process.cwd(), 'test', 'fixtures', 'reports', 'sector-coal-in-accordance.md'), 'utf8');
const indexOf = (text: string, lang: 'en' | 'zh' = 'en') =>
  presentIndex(buildContentIndex(analyse(parseMarkdownReport([{ path: 'report.md', text }]), catalog), 'gri', { lang, generator: { name: 'disclose', version: 'test' } }));

test("a material topic's 3-3 row carries the reference numbers of the sector topics it reports", () => {
  const doc = indexOf(fixture) as IndexDocument;
  const management = doc.groups.flatMap((g) => g.rows).find((r) => r.code === '3-3');
  expect(management?.sectorRefs).toEqual(['12.1', '12.4']);
  expect(doc.groups.flatMap((g) => g.rows).filter((r) => r.sectorRefs.length > 0)).toHaveLength(1);
  const md = renderIndex(doc, 'md');
  const row = tableOf(parseMarkdown(md)).children.find((r) => JSON.stringify(r).includes('Management of material topics'));
  expect(JSON.stringify(row)).toContain('12.1, 12.4');
});

test('the topics listed as not material, with why, in JSON, Markdown, HTML (en and zh)', () => {
  const doc = indexOf(fixture);
  expect(doc).toHaveProperty('notMaterialTopics', [
    { ref: '12.5', title: 'Biodiversity', reason: 'Our two pits sit on farmland with no protected habitat within 40 km.' },
    { ref: '12.10', title: 'Land and resource rights', reason: 'We hold freehold title to both sites and no customary land claim is lodged over them.' },
  ]);
  const md = renderIndex(doc, 'md');
  expect(md).toContain('**Sector Standard topics determined as not material:**\n\n- 12.5 Biodiversity: Our two pits sit on farmland');
  expect(renderIndex(doc, 'html')).toContain('<li>12.10 Land and resource rights: We hold freehold title');
  expect(renderIndex(indexOf(fixture, 'zh'), 'md')).toContain('**确定为非实质性的行业标准议题：**\n\n- 12.5 Biodiversity：Our two pits');
});

test('no list and no key when nothing is listed as not material (the JSON of other reports is unchanged)', () => {
  const doc = indexOf(fixture.replace(/    not-material:\n(?:      - .*\n)+/, ''));
  expect('notMaterialTopics' in doc).toBe(false);
  expect(renderIndex(doc, 'md')).not.toContain('not material');
});
