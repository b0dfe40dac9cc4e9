// Report text is hostile: it must come out as text in every format, never as markup, links or formulas.
import type { Link } from 'mdast';
import type { Parent, Node } from 'unist';

import { renderIndex } from '../../src/render/index.js';
import { loadDocument, parseCsv, parseMarkdown, tableOf } from './support.js';

const doc = loadDocument('hostile-index-document');
const rows = doc.groups.flatMap((g) => g.rows);

function nodes(tree: Node): Node[] {
  const children = 'children' in tree ? (tree as Parent).children : [];
  return [tree, ...children.flatMap(nodes)];
}

function text(tree: Node): string {
  if ('value' in tree && tree.type === 'text') return String(tree.value);
  if (tree.type === 'html' && 'value' in tree && tree.value === '<br>') return '\n';
  return 'children' in tree ? (tree as Parent).children.map(text).join('') : '';
}

describe('HTML', () => {
  const html = renderIndex(doc, 'html');

  test('contains no tag from the data', () => {
    expect(html).not.toMatch(/<script|<img|<b>|<reason>|<14/i);
    expect(html).not.toMatch(/\bhref=|\bsrc=|\bon\w+=/i);
  });

  test('escapes & < > " \' in report text', () => {
    expect(html).toContain('2-1 &lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(html).toContain('O&#x27;Brien &amp; &quot;Sons&quot; &lt;b&gt;Ltd&lt;/b&gt;');
    expect(html).toContain('&amp;amp; &amp;lt;'); // entities in the data stay text
    expect(html).toContain('<title>GRI content index – Evil | Report &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Friends&quot;</title>');
  });

  test('keeps CJK, emoji and line breaks as text', () => {
    expect(html).toContain('<td class="col-location">应对气候变化，第21-22页 🌱</td>');
    expect(html).toContain('with commas,\nand a newline');
  });
});

describe('Markdown', () => {
  const md = renderIndex(doc, 'md');
  const tree = parseMarkdown(md);
  const table = tableOf(tree);

  test('every table row has one cell per column despite pipes in the data', () => {
    expect(table.children).toHaveLength(1 + doc.groups.length + rows.length);
    for (const row of table.children) expect(row.children).toHaveLength(doc.columns.length);
  });

  test('the data makes no links, images, code, HTML or formatting', () => {
    const kinds = new Set(nodes(tree).map((n) => n.type));
    for (const kind of ['image', 'inlineCode', 'delete', 'linkReference', 'imageReference', 'definition', 'blockquote']) {
      expect(kinds).not.toContain(kind);
    }
    // GFM itself links a bare `http://…` in text (=HYPERLINK("http://evil", …)): only to what is shown.
    const links = nodes(tree).filter((n): n is Link => n.type === 'link');
    expect(links).toHaveLength(1);
    for (const link of links) {
      expect(link.url).toMatch(/^http:\/\/evil/);
      expect(text(link)).toBe(link.url);
    }
    const html = nodes(tree).filter((n) => n.type === 'html');
    expect(html.every((n) => 'value' in n && n.value === '<br>')).toBe(true);
    // Emphasis only where the template puts it: the subtitle; strong only for labels and group headings.
    expect(nodes(tree).filter((n) => n.type === 'emphasis')).toHaveLength(1);
    expect(nodes(tree).filter((n) => n.type === 'heading')).toHaveLength(1);
  });

  test('each cell reads back as the report text (trimmed, one line per <br>)', () => {
    // Group heading rows are the ones whose first cell is bold.
    const dataRows = table.children.slice(1).filter((r) => r.children[0]?.children[0]?.type !== 'strong');
    expect(dataRows).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const cells = dataRows[i]!.children.map(text);
      expect(cells[1]).toBe(`${row.code} ${row.title}`);
      if (row.status !== 'missing') {
        expect(cells[2]).toBe(row.locationText.trim().split(/\r?\n/).map((l) => l.trim()).join('\n'));
        expect(cells[5]).toBe(row.omission?.explanation ?? '');
      }
    });
    const groupHeading = table.children[1]!.children[0]!;
    expect(text(groupHeading)).toBe(doc.groups[0]!.title);
  });

  test('a missing disclosure shows no location and no omission', () => {
    const last = table.children[table.children.length - 1]!.children.map(text);
    expect(last.slice(2, 6)).toEqual(['', '', '', '']);
    expect(last[6]).toBe('<14.1.5>, | 14.1.6');
  });
});

describe('CSV', () => {
  const csv = renderIndex(doc, 'csv');
  const records = parseCsv(csv);

  test('round-trips every field, with newlines, quotes and commas', () => {
    expect(records).toHaveLength(1 + rows.length);
    const explanation = rows.find((r) => r.id === 'GRI 2-21')?.omission?.explanation;
    expect(records.find((r) => r[2]?.startsWith('2-21'))?.[6]).toBe(explanation);
    expect(records.find((r) => r[2]?.startsWith('2-3'))?.[3]).toBe('  line one\nline two\r\nline three  '.replace('\r\n', '\n'));
    expect(records.map((r) => r[2])).toEqual(['DISCLOSURE', ...rows.map((r) => `${r.code} ${r.title}`)]);
  });

  test('quotes by RFC 4180: doubled quotes inside quoted fields', () => {
    expect(csv).toContain('"2-3 ""quotes"", \'apostrophes\', commas, and & ampersands"');
    expect(csv).toContain('"""Quoted"", with commas,\nand a newline | and |');
  });

  test('defuses cells a spreadsheet would run as formulas', () => {
    const omitted = records.find((r) => r[2]?.startsWith('2-21'));
    expect(omitted?.[4]).toBe("'@SUM(1+1)");
  });
});
