// Snapshots of the built-in templates for a realistic document, plus what snapshots cannot show.
import { renderIndex, INDEX_FORMATS } from '../../src/render/index.js';
import type { IndexDocument } from '../../src/model/index-document.js';
import { loadDocument, parseCsv, parseMarkdown, tableOf } from './support.js';

const doc = loadDocument();
const zh: IndexDocument = { ...doc, lang: 'zh' };

describe('renderIndex snapshots (en)', () => {
  test.each(INDEX_FORMATS)('%s', (format) => {
    expect(renderIndex(doc, format)).toMatchSnapshot();
  });
});

describe('renderIndex snapshots (zh)', () => {
  test.each(['md', 'html', 'csv'] as const)('%s', (format) => {
    expect(renderIndex(zh, format)).toMatchSnapshot();
  });
});

describe('every format', () => {
  test.each(INDEX_FORMATS)('%s is deterministic, uses \\n and ends with exactly one newline', (format) => {
    const first = renderIndex(doc, format);
    const copy = JSON.parse(JSON.stringify(doc)) as IndexDocument;
    expect(renderIndex(copy, format)).toBe(first);
    expect(first).not.toContain('\r');
    expect(first.endsWith('\n')).toBe(true);
    expect(first.endsWith('\n\n')).toBe(false);
  });

  test('json is the document itself', () => {
    expect(JSON.parse(renderIndex(doc, 'json'))).toEqual(doc);
    expect(renderIndex(doc, 'json')).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });
});

describe('Markdown', () => {
  const md = renderIndex(doc, 'md');

  test('has what GRI 1 Requirement 7 asks for, in order', () => {
    const order = [
      '# GRI content index',
      `**Statement of use:** ${doc.statementOfUse}`,
      '**GRI 1 used:** GRI 1: Foundation 2021',
      '**Applicable GRI Sector Standard(s):** GRI 14: Mining Sector 2024',
      '**Material topics:**',
      '- GRI 305: Emissions 2016',
      '- GRI 403: Occupational Health and Safety 2018',
      '| GRI STANDARD / OTHER SOURCE | DISCLOSURE | LOCATION |',
    ];
    const positions = order.map((text) => md.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('is one GFM table: a row per disclosure plus a heading row per group, all of full width', () => {
    const table = tableOf(parseMarkdown(md));
    const disclosures = doc.groups.reduce((n, g) => n + g.rows.length, 0);
    expect(table.children).toHaveLength(1 + doc.groups.length + disclosures);
    for (const row of table.children) expect(row.children).toHaveLength(doc.columns.length);
  });

  test('shows the omission of 2-21 with its reason and explanation', () => {
    expect(md).toContain(
      '| GRI 2: General Disclosures 2021 | 2-21 Annual total compensation ratio |  | a, b | Confidentiality constraints | Individual remuneration data is commercially sensitive and is not disclosed. |  |',
    );
  });

  test('puts each topic group after its heading row with 3-3 first, and the sector reference in its column', () => {
    const lines = md.split('\n');
    const heading = lines.indexOf('| **GRI 305: Emissions 2016** |  |  |  |  |  |  |');
    expect(heading).toBeGreaterThan(0);
    expect(lines[heading + 1]).toContain('| 3-3 Management of material topics | Climate Action, pp. 40–41 |');
    expect(lines[heading + 2]).toMatch(/^\| GRI 305: Emissions 2016 \| 305-1 .* \| 14\.1\.5 \|$/);
  });
});

describe('HTML', () => {
  const html = renderIndex(doc, 'html');

  test('is a standalone printable HTML5 document', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/@media print \{[^]*thead \{ display: table-header-group; \}/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  test('loads nothing and runs nothing', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(|@import/i);
    expect(html).not.toMatch(/https?:\/\//);
  });

  test('spans OMISSION over its three sub-columns, and each group heading over all columns', () => {
    expect(html).toContain('<th scope="colgroup" colspan="3">OMISSION</th>');
    expect(html).toContain('<tr><th scope="col">REQUIREMENT(S) OMITTED</th><th scope="col">REASON</th><th scope="col">EXPLANATION</th></tr>');
    expect(html).toContain('<tr class="group"><th scope="rowgroup" colspan="7">General disclosures</th></tr>');
    expect(html.match(/<tr class="group">/g)).toHaveLength(doc.groups.length);
  });

  test('zh: lang attribute and Chinese labels', () => {
    const out = renderIndex(zh, 'html');
    expect(out).toContain('<html lang="zh-Hans">');
    expect(out).toContain('<h1>GRI 内容索引</h1>');
    expect(out).toContain('<th scope="row">使用说明</th>');
    expect(out).toContain('>保密限制</td>');
    expect(out).toContain('colspan="7">一般披露</th>');
  });
});

describe('CSV', () => {
  const records = parseCsv(renderIndex(doc, 'csv'));

  test('has one header row, then one record per disclosure with its group first', () => {
    expect(records[0]).toEqual([
      'SECTION',
      'GRI STANDARD / OTHER SOURCE',
      'DISCLOSURE',
      'LOCATION',
      'OMISSION – REQUIREMENT(S) OMITTED',
      'OMISSION – REASON',
      'OMISSION – EXPLANATION',
      'GRI SECTOR STANDARD REF. NO.',
    ]);
    const expected = doc.groups.flatMap((g) =>
      g.rows.map((r) => [g.kind === 'general' ? 'General disclosures' : g.kind === 'material-topics' ? 'Material topics' : g.title, r.standard, `${r.code} ${r.title}`, r.locationText]),
    );
    expect(records.slice(1).map((r) => r.slice(0, 4))).toEqual(expected);
    expect(records.every((r) => r.length === 8)).toBe(true);
  });

  test('quotes fields holding commas', () => {
    expect(renderIndex(doc, 'csv')).toContain(
      'General disclosures,GRI 2: General Disclosures 2021,"2-3 Reporting period, frequency and contact point","About This Report, p. 1; Contact Us, p. 96",,,,\n',
    );
  });

  test('zh: Chinese header and reason label', () => {
    const zhRecords = parseCsv(renderIndex(zh, 'csv'));
    expect(zhRecords[0]?.slice(0, 4)).toEqual(['部分', 'GRI 标准/其他来源', '披露项', '位置']);
    expect(zhRecords.find((r) => r[2]?.startsWith('2-21'))?.[5]).toBe('保密限制');
  });
});
