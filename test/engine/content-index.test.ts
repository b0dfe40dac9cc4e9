// buildContentIndex: one entry point for every framework's index, the builder picked by the registry's
// index layout (issue 12 item 3), so callers (the index use case, the workbook's index set) never choose.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { analyse } from '../../src/engine/analysis.js';
import { buildContentIndex } from '../../src/engine/content-index.js';
import { buildFrameworkIndex } from '../../src/engine/framework-index.js';
import { buildIndexDocument } from '../../src/engine/index-document.js';
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
])('%s, %s: the builder of the registry\'s layout', (report, framework) => {
  const analysis = analysisOf(report);
  const layout = frameworkDef(framework)!.index!.layout;
  const expected = layout === 'gri' ? buildIndexDocument(analysis, { generator }) : buildFrameworkIndex(analysis, framework, { generator });
  expect(buildContentIndex(analysis, framework, { generator })).toEqual(expected);
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
