// Metadata without front matter (issue 13, item 4): read from the report's own words, in English and
// Chinese, each value with where it was read.
import type { LaidOutBlock } from '../../../src/ingest/layout/document.js';
import { inferMeta } from '../../../src/ingest/layout/infer-meta.js';
import { laidOutReport } from './laid-out-fixture.js';

const withText = (...texts: string[]) =>
  laidOutReport({
    info: {},
    blocks: texts.map((text, i): LaidOutBlock => ({ kind: 'paragraph', page: 4 + i, text })),
  });

describe('metadata inferred from a report', () => {
  test('the hand-built report: claim, period, organisation, title and publication date, with their sources', () => {
    const { meta, inferred } = inferMeta(laidOutReport());
    expect(meta).toEqual({
      title: 'Northwind Foods 2024 Sustainability Report',
      published: '2025-04-18',
      language: 'en',
      period: { start: '2024-01-01', end: '2024-12-31' },
      organization: 'Northwind Foods Co., Ltd.',
      frameworks: { gri: { claim: 'with-reference' } },
    });
    expect(inferred.period).toEqual({ from: 'text', pageLabel: 'ii', text: '1 January 2024 to 31 December 2024' });
    expect(inferred.published).toEqual({ from: 'document-info', text: '2025-04-18' });
    expect(inferred.title).toMatchObject({ from: 'document-info' });
  });

  test.each([
    ['This report covers the reporting period from January 1, 2024 to December 31, 2024.', { start: '2024-01-01', end: '2024-12-31' }],
    ['Reporting period: 2024-04-01 – 2025-03-31.', { start: '2024-04-01', end: '2025-03-31' }],
    ['This report presents our performance for the financial year ended 31 March 2025.', { start: '2024-04-01', end: '2025-03-31' }],
    ['本报告的报告期为2024年1月1日至12月31日。', { start: '2024-01-01', end: '2024-12-31' }],
    ['本报告时间范围为2023年7月1日至2024年6月30日，部分内容追溯至以前年度。', { start: '2023-07-01', end: '2024-06-30' }],
    ['本报告为公司2024年度环境、社会及管治报告。', { start: '2024-01-01', end: '2024-12-31' }],
  ])('period: %s', (text, period) => {
    expect(inferMeta(withText(text)).meta.period).toEqual(period);
  });

  test('a date range that is not about the report is not its period', () => {
    expect(inferMeta(withText('The plant was closed from 1 March 2024 to 30 April 2024 for repairs.')).meta.period).toBeUndefined();
  });

  test.each([
    ['This report has been prepared in accordance with the GRI Standards.', 'in-accordance'],
    ['Acme has reported with reference to the GRI Standards for 2024.', 'with-reference'],
    ['本报告参照GRI标准编制。', 'with-reference'],
    ['本报告依据《GRI可持续发展报告标准》编制。', 'in-accordance'],
  ])('claim: %s', (text, claim) => {
    const { meta, inferred } = inferMeta(withText('Welcome.', text));
    expect(meta.frameworks?.gri).toEqual({ claim });
    expect(inferred['frameworks.gri.claim']).toMatchObject({ from: 'text', page: 2 });
  });

  test('a framework is cited when one of its disclosure ids is written out, not when an exchange is named', () => {
    const { meta, inferred } = inferMeta(withText('Our shares trade on the SSE and HKEX main boards.', 'See SASB FB-PF-130a.1 and HKEX A1.1 in the index.'));
    expect(Object.keys(meta.frameworks ?? {}).sort()).toEqual(['hkex', 'sasb']);
    expect(inferred['frameworks.sasb']).toMatchObject({ page: 2, text: 'SASB FB-PF-130a.1' });
  });

  test('organisation and language of a Chinese report', () => {
    const { meta, inferred } = inferMeta(withText('北风食品股份有限公司（以下简称"公司"）是一家食品企业。', '公司坚持绿色发展，持续减少温室气体排放。'));
    expect(meta.organization).toBe('北风食品股份有限公司');
    expect(meta.language).toBe('zh');
    expect(inferred.language).toEqual({ from: 'text' });
  });

  test('a file name is no title: the first heading is', () => {
    const doc = laidOutReport({ info: { title: 'Microsoft Word - ESG_final_v3.docx' } });
    const { meta, inferred } = inferMeta(doc);
    expect(meta.title).toBe('Northwind Foods 2024 Sustainability Report');
    expect(inferred.title).toMatchObject({ from: 'heading' });
  });
});
