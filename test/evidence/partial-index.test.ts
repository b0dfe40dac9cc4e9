// The content index marks a partially reported row (issue 16, item 4) — some items omitted, or the
// disclosure tagged for some items only — in every format, with reference or in accordance, draft or final:
// the location says "partially reported" (the omission columns, where the claim has them, say which items),
// and an index pasted into its report reads that location back as the section it names.
import ExcelJS from 'exceljs';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { analyse } from '../../src/engine/analysis.js';
import { buildContentIndex } from '../../src/engine/content-index.js';
import { presentIndex } from '../../src/render/present-index.js';
import { markDraft, planDraft, withDraftTags } from '../../src/suggest/draft.js';
import { renderIndex, renderIndexWorkbook } from '../../src/render/index.js';
import { parseLocation } from '../../src/mapping/content-index/index.js';
import type { IndexDocument } from '../../src/model/index-document.js';
import { catalog } from '../helpers/run-rule.js';
import { evidenceResult } from '../helpers/run-evidence.js';

const report = (claim: string, language = 'en'): string => `---
organization: Acme
period: { start: 2024-01-01, end: 2024-12-31 }
published: 2025-04-20
language: ${language}
frameworks:
  gri:
    claim: ${claim}
---

# Acme 2024 Report

<!-- page: 3 -->

## Our people

<!-- disclose: GRI 2-7 (a) -->

We employed 1,240 people, 530 women and 710 men.

## Pay

<!-- disclose: GRI 2-21 (a) -->
<!-- omit: GRI 2-21 (b, c) | confidentiality-constraints | Pay data is commercially sensitive. -->

The annual total compensation ratio was 12.4.

## Governance

<!-- disclose: GRI 2-9 -->

The board of nine directors oversees our strategy.
`;

/** The index as `disclose index` builds it (`--draft`: with the suggestions' tags added and their rows marked). */
function indexOf(claim: string, options: { draft?: boolean; language?: string } = {}): IndexDocument {
  const read = parseMarkdownReport([{ path: 'r.md', text: report(claim, options.language) }]);
  const generator = { generator: { name: 'disclose', version: 'test' } };
  if (!options.draft) return presentIndex(buildContentIndex(analyse(read, catalog), 'gri', generator)) as IndexDocument;
  const plan = planDraft(analyse(read, catalog));
  return presentIndex(markDraft(buildContentIndex(analyse(withDraftTags(read, plan), catalog), 'gri', generator), plan.marks)) as IndexDocument;
}

const locations = (doc: IndexDocument): Record<string, string> =>
  Object.fromEntries(doc.groups.flatMap((g) => g.rows).filter((r) => ['GRI 2-7', 'GRI 2-9', 'GRI 2-21'].includes(r.id)).map((r) => [r.id, r.locationText]));

describe('partially reported rows in the content index', () => {
  test.each([['with-reference'], ['in-accordance']])('%s: items omitted or only some tagged are marked, a whole disclosure is not', (claim) => {
    expect(locations(indexOf(claim))).toEqual({
      'GRI 2-7': 'Our people, p. 3 (partially reported)',
      'GRI 2-9': 'Governance, p. 3',
      'GRI 2-21': 'Pay, p. 3 (partially reported)',
    });
  });

  test('check counts the same rows as partial', () => {
    const records = evidenceResult(report('with-reference')).disclosures;
    expect(records.filter((d) => d.partial).map((d) => d.id)).toEqual(['GRI 2-7', 'GRI 2-21']);
  });

  test('md, html, csv and json print the mark; json flags the row', () => {
    const doc = indexOf('in-accordance');
    expect(renderIndex(doc, 'md')).toContain('| 2-21 Annual total compensation ratio | Pay, p. 3 (partially reported) | b, c |');
    expect(renderIndex(doc, 'html')).toContain('Pay, p. 3 (partially reported)');
    expect(renderIndex(doc, 'csv')).toContain('"Pay, p. 3 (partially reported)","b, c"');
    const rows = (JSON.parse(renderIndex(doc, 'json')) as IndexDocument).groups.flatMap((g) => g.rows);
    expect(rows.filter((r) => r.partial).map((r) => r.id)).toEqual(['GRI 2-7', 'GRI 2-21']);
  });

  test('xlsx prints the mark', async () => {
    const doc = indexOf('with-reference');
    const bytes = await renderIndexWorkbook({ lang: 'en', organization: 'Acme', published: '2025-04-20', period: { start: '2024-01-01', end: '2024-12-31' }, documents: [doc], gaps: [], generator: { name: 'disclose', version: 'test' } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const cells: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells).toContain('Pay, p. 3 (partially reported)');
  });

  test('the draft index marks them too; Chinese says 部分报告', () => {
    expect(locations(indexOf('with-reference', { draft: true }))['GRI 2-21']).toBe('Pay, p. 3 (partially reported)');
    expect(locations(indexOf('with-reference', { language: 'zh' }))['GRI 2-21']).toMatch(/（部分报告）$/);
  });

  test('an index pasted into its report reads the marked location as the section it names', () => {
    expect(parseLocation('Pay, p. 3 (partially reported)')).toMatchObject({ kind: 'mixed', sections: [['Pay']], pages: [{ from: 3, to: 3 }] });
    expect(parseLocation('薪酬，第 3 页（部分报告）')).toMatchObject({ sections: [['薪酬']], pages: [{ from: 3, to: 3 }] });
  });
});
