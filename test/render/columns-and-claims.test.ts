// doc.columns decides the table; the claim decides the header rows (GRI 1 Appendix 1 vs Appendix 2).
import type { IndexDocument } from '../../src/model/index-document.js';
import { renderIndex } from '../../src/render/index.js';
import { loadDocument, parseCsv, parseMarkdown, tableOf } from './support.js';

const doc = loadDocument();

const withReference: IndexDocument = {
  ...doc,
  claim: 'with-reference',
  statementOfUse:
    'Acme Group Co., Ltd. has reported the information cited in this GRI content index for the period 2025-01-01 to 2025-12-31 with reference to the GRI Standards.',
  columns: doc.columns.filter((c) => ['standard', 'disclosure', 'location'].includes(c.id)),
};

describe('with reference (GRI 1 Appendix 2)', () => {
  test('md: GRI STANDARD · DISCLOSURE · LOCATION only, no sector standards or material topics block', () => {
    const md = renderIndex(withReference, 'md');
    expect(md).toMatchSnapshot();
    expect(md).toContain('| GRI STANDARD | DISCLOSURE | LOCATION |\n| --- | --- | --- |\n');
    expect(md).not.toContain('OMISSION');
    expect(md).not.toContain('Applicable GRI Sector Standard(s)');
    expect(md).toContain('**Statement of use:** Acme Group Co., Ltd. has reported the information cited');
    for (const row of tableOf(parseMarkdown(md)).children) expect(row.children).toHaveLength(3);
  });

  test('html: one header row, group headings span three columns', () => {
    const html = renderIndex(withReference, 'html');
    expect(html).toContain('<thead>\n<tr><th scope="col">GRI STANDARD</th><th scope="col">DISCLOSURE</th><th scope="col">LOCATION</th></tr>\n</thead>');
    expect(html).toContain('colspan="3">General disclosures</th>');
    expect(html).not.toContain('Material topics</th><td>');
  });

  test('csv: group and three columns', () => {
    const records = parseCsv(renderIndex(withReference, 'csv'));
    expect(records[0]).toEqual(['SECTION', 'GRI STANDARD', 'DISCLOSURE', 'LOCATION']);
    expect(records.every((r) => r.length === 4)).toBe(true);
  });
});

describe('column ids', () => {
  test('follow the order of doc.columns', () => {
    const reordered = { ...doc, columns: [doc.columns[1]!, doc.columns[0]!] };
    expect(renderIndex(reordered, 'md')).toContain('| DISCLOSURE | GRI STANDARD / OTHER SOURCE |\n');
  });

  test('accept snake_case and `omission` for the three omission columns', () => {
    const columns = [
      { id: 'standard', label: 'x' },
      { id: 'disclosure', label: 'x' },
      { id: 'location', label: 'x' },
      { id: 'omission', label: 'x' },
      { id: 'sector_ref', label: 'x' },
    ];
    expect(renderIndex({ ...doc, columns }, 'md')).toBe(renderIndex(doc, 'md'));
  });

  test('an unknown id is an error, not a silently empty column', () => {
    expect(() => renderIndex({ ...doc, columns: [{ id: 'page', label: 'Page' }] }, 'md')).toThrow(/unknown column "page"/);
  });

  test('omission columns apart from each other get one-row headers with full labels', () => {
    const split = { ...doc, columns: [doc.columns[3]!, doc.columns[1]!, doc.columns[4]!] };
    const html = renderIndex(split, 'html');
    expect(html).toContain('<tr><th scope="col">OMISSION – REQUIREMENT(S) OMITTED</th><th scope="col">DISCLOSURE</th><th scope="col">OMISSION – REASON</th></tr>');
  });
});

describe('rows', () => {
  test('a missing row has empty location and omission cells even if the document carries them', () => {
    const row = { ...doc.groups[0]!.rows[0]!, status: 'missing' as const, omission: { requirements: 'All', reason: 'not-applicable', reasonLabel: 'Not applicable', explanation: 'x' } };
    const missing = { ...doc, groups: [{ ...doc.groups[0]!, rows: [row] }] };
    expect(renderIndex(missing, 'md')).toContain('| GRI 2: General Disclosures 2021 | 2-1 Organizational details |  |  |  |  |  |\n');
  });

  test('an unknown reason keeps the document\'s label; no sector standard reads "Not applicable"', () => {
    const row = { ...doc.groups[0]!.rows[5]!, omission: { requirements: 'All', reason: 'other', reasonLabel: 'Other reason', explanation: 'x' } };
    const other = { ...doc, sectorStandards: [], groups: [{ ...doc.groups[0]!, rows: [row] }] };
    const md = renderIndex(other, 'md');
    expect(md).toContain('| All | Other reason | x |');
    expect(md).toContain('**Applicable GRI Sector Standard(s):** Not applicable\n');
  });

  test('an empty index still renders a header and ends with one newline', () => {
    const empty = { ...doc, groups: [] };
    const csv = renderIndex(empty, 'csv');
    expect(parseCsv(csv)).toHaveLength(1);
    expect(renderIndex(empty, 'md').endsWith('| --- | --- | --- | --- | --- | --- | --- |\n')).toBe(true);
  });
});
