// The directive grammar: disclose / omit / page inside any HTML node; ordinary comments ignored.
import { directivesIn, parseMarkdownReport } from '../../src/ingest/index.js';

const events = (html: string) => directivesIn(html, 0, html.length);
const report = (text: string) => parseMarkdownReport([{ path: 'r.md', text }]);

describe('directivesIn', () => {
  test('several comments in one node, ordinary comments ignored, offsets per id', () => {
    const html = '<!-- page: 7 --><!-- note to self --> <!-- disclose: GRI 2-9; gri 2-10 -->';
    expect(events(html)).toEqual([
      { kind: 'page', page: 7, offset: 0 },
      { kind: 'tag', raw: 'GRI 2-9', id: 'GRI 2-9', offset: html.indexOf('GRI 2-9') },
      { kind: 'tag', raw: 'gri 2-10', id: 'GRI 2-10', offset: html.indexOf('gri 2-10') },
    ]);
  });

  test('fullwidth colon, separators and parentheses; 、 too', () => {
    const html = '<!-- DISCLOSE：GRI 305-1，GRI 305-2；GRI 3-3（GRI 305）、HKEX a1.2 -->';
    expect(events(html).map((e) => (e.kind === 'tag' ? [e.id, e.topic ?? null, e.raw] : e.kind))).toEqual([
      ['GRI 305-1', null, 'GRI 305-1'],
      ['GRI 305-2', null, 'GRI 305-2'],
      ['GRI 3-3', 'GRI 305', 'GRI 3-3（GRI 305）'],
      ['HKEX A1.2', null, 'HKEX a1.2'],
    ]);
  });

  test('a topic list in parentheses gives one tag per topic; other parentheses name requirements', () => {
    expect(events('<!-- disclose: GRI 3-3 (GRI 305, 403), GRI 2-21 (a, b) -->')).toEqual([
      expect.objectContaining({ id: 'GRI 3-3', topic: 'GRI 305', raw: 'GRI 3-3 (GRI 305, 403)' }),
      expect.objectContaining({ id: 'GRI 3-3', topic: 'GRI 403', raw: 'GRI 3-3 (GRI 305, 403)' }),
      expect.objectContaining({ id: 'GRI 2-21', requirements: ['a', 'b'], raw: 'GRI 2-21 (a, b)' }),
    ]);
  });

  test('a bare code after an id takes that id’s framework; an unknown id keeps id undefined', () => {
    expect(events('<!-- disclose: GRI 2-1, 2-2, SASB TC-HW-230a.1, 000.A?, Widget 7 -->').map((e) => (e.kind === 'tag' ? [e.raw, e.id ?? null] : e.kind))).toEqual([
      ['GRI 2-1', 'GRI 2-1'],
      ['2-2', 'GRI 2-2'],
      ['SASB TC-HW-230a.1', 'SASB TC-HW-230a.1'],
      ['000.A?', null],
      ['Widget 7', null],
    ]);
  });

  test('parentheses that belong to the id are kept: IFRS S2 paragraphs, TCFD recommendations', () => {
    // Found by test/property/directives: `IFRS S2 6(a)` was read as `IFRS S2 6` with requirement `a`.
    expect(events('<!-- disclose: IFRS S2 6(a), IFRS S2 29 (a) (iii), TCFD Governance (a) -->').map((e) => (e.kind === 'tag' ? [e.id, e.requirements ?? null] : e.kind))).toEqual([
      ['IFRS S2 6(a)', null],
      ['IFRS S2 29(a)(iii)', null],
      ['TCFD Governance a', null],
    ]);
    expect(events('<!-- omit: IFRS S2 29(b) | not-applicable | x -->')).toEqual([expect.objectContaining({ id: 'IFRS S2 29(b)', reason: 'not-applicable' })]);
    expect(events('<!-- disclose: GRI 2-21 (a, b), SZSE 24 (a) -->').map((e) => (e.kind === 'tag' ? [e.id, e.requirements] : e.kind))).toEqual([
      ['GRI 2-21', ['a', 'b']],
      ['SZSE 24', ['a']],
    ]);
  });

  test('omit: parts, escaped pipes, fullwidth pipe, several ids, missing parts', () => {
    expect(events('<!-- omit: GRI 2-21 (a, b) | confidentiality-constraints | Sensitive | really. -->')).toEqual([
      expect.objectContaining({ kind: 'omission', id: 'GRI 2-21', requirements: ['a', 'b'], reason: 'confidentiality-constraints', explanation: 'Sensitive | really.' }),
    ]);
    expect(events('<!-- omit: GRI 2-21 \\| not-applicable \\| We have no \\| staff. -->')).toEqual([
      expect.objectContaining({ id: 'GRI 2-21', reason: 'not-applicable', explanation: 'We have no | staff.' }),
    ]);
    expect(events('<!-- omit: GRI 405-2, GRI 2-21｜ legal-prohibitions ｜ Law X. -->').map((e) => (e.kind === 'omission' ? [e.id, e.reason, e.explanation] : e.kind))).toEqual([
      ['GRI 405-2', 'legal-prohibitions', 'Law X.'],
      ['GRI 2-21', 'legal-prohibitions', 'Law X.'],
    ]);
    expect(events('<!-- omit: GRI 2-21 | Not Applicable -->')).toEqual([expect.objectContaining({ id: 'GRI 2-21', reason: 'Not Applicable', explanation: '' })]);
    expect(events('<!-- omit: | not-applicable | x -->')).toEqual([expect.objectContaining({ kind: 'problem', message: expect.stringContaining('`omit:` names no disclosure') })]);
  });

  test('page values: numbers, fullwidth digits, roman front pages, and bad values', () => {
    expect(events('<!-- page: 34 --><!-- page：１２ --><!-- Page: iv -->').map((e) => (e.kind === 'page' ? e.page ?? null : e.kind))).toEqual([34, 12, null]);
    for (const bad of ['0', '-3', '3.5', '12-13', 'abc', '', '99999999']) {
      const [event] = events(`<!-- page: ${bad} -->`);
      expect(event).toMatchObject({ kind: 'problem', offset: 0, raw: `<!-- page: ${bad} -->` });
    }
  });

  test('misspelt, colon-less and unclosed directives are problems; lookalikes are not', () => {
    expect(events('<!-- omission: GRI 2-21 -->')).toEqual([expect.objectContaining({ kind: 'problem', message: expect.stringContaining('Unknown directive `omission:`') })]);
    expect(events('<!-- omit GRI 2-21 | x | y -->')).toEqual([expect.objectContaining({ kind: 'problem', message: expect.stringContaining('`omit` directive has no colon') })]);
    expect(events('<!-- page 12 -->')).toEqual([expect.objectContaining({ kind: 'problem' })]);
    expect(events('<!-- disclose: GRI 2-1')).toEqual([expect.objectContaining({ kind: 'problem', message: expect.stringContaining('not closed') })]);
    expect(events('<!-- page break here --><!-- TODO: disclose later --><!-- disclosed elsewhere -->')).toEqual([]);
  });
});

describe('directives in a report', () => {
  test('inline in paragraphs, list items, table cells and headings; one problem per broken table cell', () => {
    const r = report(
      [
        '# Heading <!-- disclose: GRI 2-1 -->', // 1
        '', // 2
        '1. First <!-- disclose: GRI 2-2 -->', // 3
        '   - nested <!-- disclose: GRI 2-3 -->', // 4
        '', // 5
        '| Code | Where |', // 6
        '|---|---|', // 7
        '| 2-4 | <!-- disclose: GRI 2-4 --> <!-- page: 9 --> |', // 8
        '| 2-5 | <!-- omit: GRI 2-5 | not-applicable | x --> |', // 9
        '', // 10
        '> <!-- disclose: GRI 2-6,', // 11
        '> GRI 2-7 -->', // 12
      ].join('\n'),
    );
    expect(r.tags.map((t) => [t.id, t.line, t.column, t.section, t.page ?? null])).toEqual([
      ['GRI 2-1', 1, 26, 1, null],
      ['GRI 2-2', 3, 25, 1, null],
      ['GRI 2-3', 4, 28, 1, null],
      ['GRI 2-4', 8, 24, 1, null],
      ['GRI 2-6', 11, 18, 1, 9],
      ['GRI 2-7', 12, 3, 1, 9],
    ]);
    // `|` inside a table cell splits the cell: the comment never forms.
    expect(r.problems).toEqual([
      expect.objectContaining({ line: 9, column: 9, message: expect.stringContaining('`omit:` directive is not a complete HTML comment') }),
    ]);
    expect(r.omissions).toEqual([]);
    expect(r.sections[1]!.title).toBe('Heading');
    expect(r.sections[1]!.pages).toEqual([9]);
  });

  test('code spans and fenced code are not directives', () => {
    const r = report('# A\n\n`<!-- disclose: GRI 2-1 -->`\n\n~~~\n<!-- disclose: GRI 2-2 -->\n~~~\n\n    <!-- disclose: GRI 2-3 -->\n');
    expect(r.tags).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  test('a tag sits in the innermost section containing it, including after deeper subsections close', () => {
    const r = report('# A\n## A.1\n### A.1.1\n<!-- disclose: GRI 2-1 -->\n## A.2\n<!-- disclose: GRI 2-2 -->\n# B\n<!-- disclose: GRI 2-3 -->\n');
    expect(r.tags.map((t) => [t.id, r.sections[t.section]!.title])).toEqual([
      ['GRI 2-1', 'A.1.1'],
      ['GRI 2-2', 'A.2'],
      ['GRI 2-3', 'B'],
    ]);
  });

  test('page markers: a marker right before a heading belongs to the heading, not the section it ends', () => {
    const r = report('<!-- page: 1 -->\n# A\ntext\n<!-- page: 2 -->\n# B\ntext <!-- page: 3 --> more\n<!-- page: iv -->\n# C\n');
    expect(r.sections.map((s) => [s.title, s.page ?? null, s.pages])).toEqual([
      ['r.md', 1, [1, 2, 3]],
      ['A', 1, [1]],
      ['B', 2, [2, 3]],
      ['C', null, []],
    ]);
    expect(r.pages).toEqual([1, 2, 3]);
  });

  test('an empty disclose and a bad page do not stop the rest', () => {
    const r = report('# A\n<!-- disclose: --><!-- page: q --><!-- page: 5 --><!-- disclose: GRI 2-1 -->\ntext\n');
    expect(r.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 1],
      [2, 19],
    ]);
    expect(r.tags).toEqual([expect.objectContaining({ id: 'GRI 2-1', page: 5, section: 1, line: 2, column: 66 })]);
  });
});
