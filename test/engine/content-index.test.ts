// buildContentIndex: one pipeline for every framework's index (issue 12 item 3): one model (IndexDocumentData),
// the rows and groups from the builder of the registry's index layout, so callers (the index use case, the
// workbook's index set) never choose and no code tells GRI apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { analyse } from '../../src/engine/analysis.js';
import { buildContentIndex } from '../../src/engine/content-index.js';
import { INDEX_LAYOUT_BUILDERS } from '../../src/engine/index-layouts/index.js';
import { buildIndexSet } from '../../src/engine/index-set.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { DiscloseError } from '../../src/model/errors.js';
import { frameworkDef } from '../../src/model/frameworks.js';
import { catalog } from '../helpers/run-rule.js';

const generator = { name: 'disclose', version: 'test' };
const analysisOf = (name: string) => {
  const path = join(process.cwd(), 'test', 'fixtures', 'reports', name);
  return analyse(parseMarkdownReport([{ path, text: readFileSync(path, 'utf8') }]), catalog);
};

test.each([
  ['clean-in-accordance.md', 'gri'],
  ['sasb-hardware.md', 'sasb'],
  ['szse-topics.md', 'szse'],
  ['multi-framework-zh.md', 'hkex'],
  ['esrs-statement.md', 'esrs'],
  ['cn-mof-climate.md', 'cn-mof'],
])('%s, %s: the report\'s header and the rows of the registry\'s layout, in one model', (report, framework) => {
  const analysis = analysisOf(report);
  const index = frameworkDef(framework)!.index!;
  const doc = buildContentIndex(analysis, framework, { generator });
  const { columns, groups } = INDEX_LAYOUT_BUILDERS[index.layout](analysis, framework);
  expect(doc.framework).toBe(framework);
  expect(doc.title).toBe(index.title);
  expect(doc.organization).toBe(analysis.report.meta.organization);
  expect(doc.generator).toEqual(generator);
  expect(doc.columns).toEqual(columns);
  expect(doc.groups).toEqual(groups);
  expect(doc.groups.flatMap((g) => g.rows).length).toBeGreaterThan(0);
  // The claim block is GRI's layout's alone; the list of standards covered, the others'.
  expect(doc.claim !== undefined).toBe(index.layout === 'gri');
  expect(doc.standards !== undefined).toBe(index.layout !== 'gri');
});

test('a framework the report does not declare is a usage error, except the default index (GRI)', () => {
  const analysis = analysisOf('sasb-hardware.md');
  expect(() => buildContentIndex(analysis, 'hkex', { generator })).toThrow('the report does not declare `hkex` in its front matter');
  expect(buildContentIndex(analysis, 'gri', { generator }).framework).toBe('gri');
});

test('a framework without an index is a usage error', () => {
  const analysis = analysisOf('clean-in-accordance.md');
  const attempt = () => buildContentIndex(analysis, 'no-such-framework', { generator });
  expect(attempt).toThrow(DiscloseError);
  expect(attempt).toThrow('`no-such-framework` has no content index.');
});

test('the index set is built through it: one document per declared framework, data without wording', () => {
  const set = buildIndexSet(analysisOf('multi-framework-zh.md'), { generator });
  expect(set.documents.length).toBeGreaterThan(1);
  expect(JSON.stringify(set.documents)).not.toContain('locationText');
});
