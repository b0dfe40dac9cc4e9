// presentIndex: the engine's index data worded from templates/locales/ (issue 12 item 3). The published
// documents of test/fixtures/render/ are taken back to data here, independently of the code under test,
// and must come out as they were: the `json` format prints exactly this.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { FrameworkIndexDocument } from '../../src/model/framework-index.js';
import type { IndexDocumentData } from '../../src/model/index-data.js';
import type { IndexDocument } from '../../src/model/index-document.js';
import { presentIndex, presentIndexSet } from '../../src/render/index.js';
import { articlesText, locationText, pagesText } from '../../src/render/location-wording.js';
import { loadLocale } from '../../src/render/locales.js';

const fixture = <T>(name: string): T => JSON.parse(readFileSync(join(process.cwd(), 'test', 'fixtures', 'render', `${name}.json`), 'utf8')) as T;

/** The one model's data the engine builds for a published framework document: no wording. */
function frameworkData(doc: FrameworkIndexDocument): IndexDocumentData {
  return {
    ...doc,
    columns: doc.columns.map(({ id }) => ({ id })),
    groups: doc.groups.map((group) => {
      const named = group.kind === 'dimension' || group.kind === 'part';
      const worded = (key: string): boolean =>
        (named && (key === 'title' || key === 'titleZh')) || (key === 'titleZh' && group.kind === 'activity' && group.titleZh === '活动指标');
      return {
        ...Object.fromEntries(Object.entries(group).filter(([key]) => !worded(key))),
        rows: group.rows.map(({ locationText: _text, articles: _articles, reason, explanation, ...row }) => ({
          ...row,
          ...(row.articleIds ? { articleNumbers: row.articleIds.map((id) => Number(/\d+$/.exec(id)![0])) } : {}),
          ...(reason !== undefined || explanation !== undefined
            ? { omission: { ...(reason !== undefined ? { reason } : {}), explanations: explanation !== undefined ? [explanation] : [] } }
            : {}),
        })),
      };
    }),
  } as IndexDocumentData;
}

/** The one model's data of a published GRI document: the claim block apart, omissions' explanations as a list. */
function griData(doc: IndexDocument): IndexDocumentData {
  const { claim, statementOfUse, griUsed, sectorStandards, materialTopics, ...fields } = doc;
  return {
    ...fields,
    claim: { claim, statementOfUse, griUsed, sectorStandards, materialTopics },
    groups: doc.groups.map((group) => ({
      ...group,
      rows: group.rows.map(({ locationText: _text, omission, ...row }) => ({
        ...row,
        ...(omission ? { omission: { requirements: omission.requirements, reason: omission.reason, reasonLabel: omission.reasonLabel, explanations: [omission.explanation] } } : {}),
      })),
    })),
  };
}

describe('location wording comes from the locales', () => {
  const en = loadLocale('en');
  const zh = loadLocale('zh');
  test('pages', () => {
    expect(pagesText([3], en)).toBe('p. 3');
    expect(pagesText([6, 5, 9], en)).toBe('pp. 5–6, 9');
    expect(pagesText([3], zh)).toBe('第3页');
    expect(pagesText([5, 6], zh)).toBe('第5–6页');
  });
  test('locations, with and without a section or pages', () => {
    const locations = [
      { section: 'About Us', headingPath: ['About Us'], pages: [3] },
      { section: 'Governance', headingPath: ['Governance'], pages: [5, 6] },
      { section: '', headingPath: [], pages: [8] },
      { section: 'Annex', headingPath: ['Annex'], pages: [] },
    ];
    expect(locationText(locations, en)).toBe('About Us, p. 3; Governance, pp. 5–6; p. 8; Annex');
    expect(locationText(locations, zh)).toBe('About Us，第3页; Governance，第5–6页; 第8页; Annex');
  });
  test('a section named like a placeholder is printed as written', () => {
    expect(locationText([{ section: '{pages} & {section}', headingPath: [], pages: [2] }], en)).toBe('{pages} & {section}, p. 2');
  });
  test('articles', () => {
    expect(articlesText([21, 22, 23, 28], en)).toBe('Art. 21–23, 28');
    expect(articlesText([21, 22, 23, 28], zh)).toBe('第21–23、28条');
  });
});

describe.each(['sasb-index-document', 'szse-index-document.zh', 'szse-index-document.en', 'hkex-index-document'])('presentIndex: %s', (name) => {
  // Key order is the engine's (a hand-written fixture may order a group's keys otherwise).
  test('gives the published document back', () => {
    const published = fixture<FrameworkIndexDocument>(name);
    const data = frameworkData(published);
    expect(JSON.stringify(data)).not.toContain('locationText');
    expect(presentIndex(data)).toEqual(published);
  });
});

test('presentIndex: the GRI index gets its location text in its language', () => {
  const published = fixture<IndexDocument>('index-document');
  const data = griData(published);
  expect(presentIndex(data)).toEqual(published);
  const zh = presentIndex({ ...data, lang: 'zh' }) as IndexDocument;
  const located = zh.groups.flatMap((g) => g.rows).find((r) => r.locations.some((l) => l.pages.length > 0 && l.section !== ''))!;
  expect(located.locationText).toContain('第');
});

test('presentIndex: a topic\'s explanations are joined in the document\'s language', () => {
  const published = fixture<FrameworkIndexDocument>('szse-index-document.zh');
  const data = frameworkData(published);
  const row = data.groups[0]!.rows[0]!;
  row.status = 'omitted';
  row.omission = { explanations: ['尚未统计', '正在建设'] };
  const explanationOf = (doc: IndexDocumentData) => (presentIndex(doc) as FrameworkIndexDocument).groups[0]!.rows[0]!.explanation;
  expect(explanationOf(data)).toBe('尚未统计；正在建设');
  expect(explanationOf({ ...data, lang: 'en' })).toBe('尚未统计; 正在建设');
});

// The engine builds data; every word of the index is the locales'. Chinese or full-width punctuation in
// engine code (not its comments) would be a label that escaped them.
test('src/engine/ holds no Chinese wording outside comments', () => {
  const dir = join(process.cwd(), 'src', 'engine');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const offenders = files.flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .map((line, i) => ({ at: `${file}:${i + 1}`, code: line.replace(/\/\/.*$/, '').replace(/^\s*(\/?\*).*$/, '') }))
      .filter(({ code }) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(code))
      .map(({ at }) => at),
  );
  expect(offenders).toEqual([]);
});

test('presentIndexSet: a gap\'s title is the catalog\'s Chinese one in a zh set, the English one otherwise', () => {
  const gap = { framework: 'hkex', id: 'HKEX A1.1', title: 'Types of emissions', titleZh: '排放物種類', status: 'missing' as const };
  const set = { lang: 'zh' as const, organization: 'Acme', documents: [], gaps: [gap, { ...gap, id: 'HKEX A1.2', titleZh: undefined }], generator: { name: 'disclose', version: 'test' } };
  expect(presentIndexSet(set).gaps.map((g) => g.title)).toEqual(['排放物種類', 'Types of emissions']);
  expect(presentIndexSet({ ...set, lang: 'en' }).gaps.map((g) => g.title)).toEqual(['Types of emissions', 'Types of emissions']);
  expect(presentIndexSet(set).gaps[0]).not.toHaveProperty('titleZh');
});
