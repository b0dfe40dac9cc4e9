// The small readers behind readContentIndexes: header words, code cells, standard names, omission cells.
import {
  columnsOf,
  headerRoles,
  isStandardName,
  parseCodeCell,
  splitOmission,
} from '../../../src/mapping/content-index/index.js';
import type { IndexColumn } from '../../../src/model/content-index.js';

describe('header words', () => {
  const CASES: Array<[string, IndexColumn | undefined]> = [
    ['GRI Standard', 'standard'],
    ['GRI STANDARD / OTHER SOURCE', 'standard'],
    ['Standard', 'standard'],
    ['GRI 标准', 'standard'],
    ['标准', 'standard'],
    ['Disclosure', 'disclosure'],
    ['Code', 'disclosure'],
    ['No.', 'disclosure'],
    ['GRI Disclosure', 'disclosure'],
    ['GRI disclosure number', 'disclosure'],
    ['GRI', 'disclosure'],
    ['披露项', 'disclosure'],
    ['指标', 'disclosure'],
    ['编号', 'disclosure'],
    ['索引', 'disclosure'],
    ['Title', 'title'],
    ['Disclosure title', 'title'],
    ['Content', 'title'],
    ['Description', 'title'],
    ['披露内容', 'title'],
    ['指标名称', 'title'],
    ['内容', 'title'],
    ['Location', 'location'],
    ['Chapter', 'location'],
    ['Section', 'location'],
    ['Report section', 'location'],
    ['Page number(s) and/or URL(s)', 'location'],
    ['位置', 'location'],
    ['章节', 'location'],
    ['对应章节', 'location'],
    ['报告章节', 'location'],
    ['Page', 'page'],
    ['Page number', 'page'],
    ['PAGE NO.', 'page'],
    ['页码', 'page'],
    ['Omission', 'omission'],
    ['省略', 'omission'],
    ['Reason for omission', 'reason'],
    ['Reason', 'reason'],
    ['省略原因', 'reason'],
    ['Explanation', 'explanation'],
    ['说明', 'explanation'],
    ['Remarks', 'explanation'],
    ['Requirement(s) omitted', 'requirements'],
    ['OMISSION - REQUIREMENT(S) OMITTED', 'requirements'],
    ['GRI Sector Standard Ref. No.', 'sector-ref'],
    ['Sector standard reference', 'sector-ref'],
    ['Statement of use', undefined],
    ['Unit', undefined],
    ['2025', undefined],
    ['序号', undefined],
    ['', undefined],
  ];
  test.each(CASES)('%j -> %s', (text, role) => {
    expect(headerRoles(text)[0]).toBe(role);
  });

  test('each role once, left to right; a second code header falls back to title', () => {
    expect(columnsOf(['No.', 'Disclosure', 'Page', 'Location'])).toEqual({ disclosure: 0, title: 1, page: 2, location: 3 });
    expect(columnsOf(['Section', 'Page number(s) and/or URL(s)'])).toEqual({ location: 0, page: 1 });
  });
});

describe('code cells', () => {
  const CASES: Array<[string, string[], string]> = [
    ['2-1', ['GRI 2-1'], ''],
    ['GRI 2-1', ['GRI 2-1'], ''],
    ['gri2-1', ['GRI 2-1'], ''],
    ['2-1 Organizational details', ['GRI 2-1'], 'Organizational details'],
    ['GRI 2-1: Organizational details', ['GRI 2-1'], 'Organizational details'],
    ['2-1. Organizational details', ['GRI 2-1'], 'Organizational details'],
    ['2-1组织详细情况', ['GRI 2-1'], '组织详细情况'],
    ['２－１ 组织详细情况', ['GRI 2-1'], '组织详细情况'],
    ['2–10 Nomination', ['GRI 2-10'], 'Nomination'],
    ['102-14 Statement from senior decision-maker', ['GRI 102-14'], 'Statement from senior decision-maker'],
    ['Disclosure 305-1 Direct (Scope 1) GHG emissions', ['GRI 305-1'], 'Direct (Scope 1) GHG emissions'],
    ['● 305-1', ['GRI 305-1'], ''],
    ['305-1 (a, b) Direct emissions', ['GRI 305-1'], 'Direct emissions'],
    ['2-7、2-8 Employees and workers', ['GRI 2-7', 'GRI 2-8'], 'Employees and workers'],
    ['305-1, 305-2 and 305-3', ['GRI 305-1', 'GRI 305-2', 'GRI 305-3'], ''],
  ];
  test.each(CASES)('%j', (text, ids, title) => {
    const parsed = parseCodeCell(text)!;
    expect(parsed.codes.map((c) => c.id)).toEqual(ids);
    expect(parsed.title).toBe(title);
    expect(text.slice(parsed.titleStart).trim()).toBe(title);
  });

  test.each(['', 'Organizational details', '12-14', '24-25', '1-3 years', '2025-06', 'GRI 2: General Disclosures 2021', 'A1.1', 'TC-HW-230a.1', '11.1.5'])(
    '%j is not a code cell',
    (text) => expect(parseCodeCell(text)).toBeUndefined(),
  );

  test('the printed code with its prefix', () => {
    const parsed = parseCodeCell('GRI 305-1: Direct emissions')!;
    expect(parsed.codes).toEqual([{ id: 'GRI 305-1', start: 0, end: 9 }]);
  });
});

describe('standard names in label rows', () => {
  test.each([
    ['GRI 2: General Disclosures 2021', true],
    ['GRI 305 Emissions 2016', true],
    ['GRI 3：实质性议题 2021', true],
    ['GRI 2', true],
    ['General Disclosures 2021', true],
    ['一般披露 2021', true],
    ['GRI 2-1', false],
    ['Material topics', false],
    ['Economic', false],
    ['GRI content index', false],
    ['Scope 1 emissions 2021', false],
    ['GRI 300 Environmental Standards Series', false],
    ['GRI 400', false],
    ['GRI 14: Mining Sector 2024', true],
  ])('%j -> %s', (text, expected) => expect(isStandardName(text)).toBe(expected));
});

describe('omission cells', () => {
  test.each([
    ['Confidentiality constraints: pay data is sensitive.', { reason: 'Confidentiality constraints', reasonId: 'confidentiality-constraints', explanation: 'pay data is sensitive.' }],
    ['Not applicable', { reason: 'Not applicable', reasonId: 'not-applicable' }],
    ['Not applicable. No such operations.', { reason: 'Not applicable', reasonId: 'not-applicable', explanation: 'No such operations.' }],
    ['Legal prohibitions - local law', { reason: 'Legal prohibitions', reasonId: 'legal-prohibitions', explanation: 'local law' }],
    ['Information unavailable/incomplete: suppliers', { reason: 'Information unavailable/incomplete', reasonId: 'information-unavailable', explanation: 'suppliers' }],
    ['Information incomplete', { reason: 'Information incomplete', reasonId: 'information-unavailable' }],
    ['不适用', { reason: '不适用', reasonId: 'not-applicable' }],
    ['法律禁止：当地法规', { reason: '法律禁止', reasonId: 'legal-prohibitions', explanation: '当地法规' }],
    ['保密限制，薪酬数据敏感', { reason: '保密限制', reasonId: 'confidentiality-constraints', explanation: '薪酬数据敏感' }],
    ['信息不可获得/不完整：统计中', { reason: '信息不可获得/不完整', reasonId: 'information-unavailable', explanation: '统计中' }],
    ['Confidentiality and privacy policy', { reason: 'Confidentiality and privacy policy' }],
    ['Data not collected', { reason: 'Data not collected' }],
    ['Omitted: confidentiality constraints', { reason: 'confidentiality constraints', reasonId: 'confidentiality-constraints' }],
    ['Reason for omission: not applicable. No plants abroad.', { reason: 'not applicable', reasonId: 'not-applicable', explanation: 'No plants abroad.' }],
    ['省略：保密限制', { reason: '保密限制', reasonId: 'confidentiality-constraints' }],
    ['Omitted: see below', { reason: 'Omitted: see below' }],
    ['  ', {}],
  ])('%j', (text, expected) => expect(splitOmission(text)).toEqual(expected));
});
