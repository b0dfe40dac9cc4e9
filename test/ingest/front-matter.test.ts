// Front matter: YAML errors, schema errors, safety and normalisation. Each error is one DiscloseError line.
import { parseFrontMatter, parseMarkdownReport, normaliseDate } from '../../src/ingest/index.js';
import { inputError } from './support.js';

const parse = (frontMatter: string, body = '# Body\n') =>
  parseMarkdownReport([{ path: 'report.md', text: `---\n${frontMatter}\n---\n${body}` }]);

describe('valid front matter', () => {
  test('the contract example parses to meta', () => {
    const report = parse(
      [
        'title: Acme Group 2025 Sustainability Report',
        'organization: Acme Group Co., Ltd.',
        'period: { start: 2025-01-01, end: 2025-12-31 }',
        'published: 2026-04-20          # publication date',
        'language: en',
        'frameworks:',
        '  gri:',
        '    claim: in-accordance',
        '    sector: [GRI 14]',
        '    material-topics: [GRI 305, GRI 403]',
        '  sasb: { industries: [TC-HW] }',
        '  szse: {}',
        '  hkex: {}',
        '  sse: {}',
        '  bse: {}',
        '  tcfd: {}',
      ].join('\n'),
    );
    expect(report.meta).toEqual({
      title: 'Acme Group 2025 Sustainability Report',
      organization: 'Acme Group Co., Ltd.',
      period: { start: '2025-01-01', end: '2025-12-31' },
      published: '2026-04-20',
      language: 'en',
      frameworks: {
        gri: { claim: 'in-accordance', sector: ['GRI 14'], 'material-topics': ['GRI 305', 'GRI 403'] },
        sasb: { industries: ['TC-HW'] },
        szse: {},
        hkex: {},
        sse: {},
        bse: {},
        tcfd: {},
      },
    });
    expect(report.sections[0]!.title).toBe('Acme Group 2025 Sustainability Report');
  });

  test('date-looking values are normalised to YYYY-MM-DD', () => {
    const report = parse('published: !!timestamp 2026-04-20\nperiod: { start: 2025/1/1, end: "2025年12月31日" }');
    expect(report.meta.published).toBe('2026-04-20');
    expect(report.meta.period).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(normaliseDate('2025-01-05T08:00:00+08:00')).toBe('2025-01-05');
    expect(normaliseDate('2025.3.7')).toBe('2025-03-07');
    expect(normaliseDate('2025-02-30')).toBeUndefined();
    expect(normaliseDate('April 2026')).toBeUndefined();
  });

  test('topic lists accept bare numbers and a single value; `szse:` alone turns it on', () => {
    const report = parse('frameworks:\n  gri:\n    material-topics: [305, gri403]\n    sector: GRI 14\n  sasb: { industries: tc-hw }\n  szse:');
    expect(report.meta.frameworks).toEqual({
      gri: { 'material-topics': ['GRI 305', 'GRI 403'], sector: ['GRI 14'] },
      sasb: { industries: ['TC-HW'] },
      szse: {},
    });
  });

  test('empty front matter is fine; CRLF front matter too', () => {
    expect(parse('').meta).toEqual({ frameworks: {} });
    const report = parseMarkdownReport([{ path: 'r.md', text: '---\r\ntitle: Windows\r\nlanguage: zh\r\n---\r\n# A\r\n' }]);
    expect(report.meta).toEqual({ title: 'Windows', language: 'zh', frameworks: {} });
  });
});

describe('bad front matter', () => {
  test('`claim: sort-of` names the key and the allowed values, with the file line', () => {
    const error = inputError(() => parse('title: X\nframeworks:\n  gri:\n    claim: sort-of'));
    expect(error.message).toBe('`report.md`: front matter (line 5): `frameworks.gri.claim` must be one of "in-accordance", "with-reference", "core", "comprehensive"');
    expect(error.file).toBe('report.md');
  });

  test('an unknown top-level key is refused, with a suggestion for a typo', () => {
    const error = inputError(() => parse('title: X\npublised: 2026-04-20'));
    expect(error.message).toBe('`report.md`: front matter (line 3): the top level has an unknown key `publised` (did you mean `published`?)');
    const other = inputError(() => parse('colour: blue'));
    expect(other.message).toContain('unknown key `colour`; expected one of `title`, `organization`');
  });

  test('an unknown framework or framework option is refused', () => {
    expect(inputError(() => parse('frameworks:\n  gir: {}')).message).toContain('`frameworks` has an unknown key `gir` (did you mean `gri`?)');
    expect(inputError(() => parse('frameworks:\n  hkex: { strict: true }')).message).toContain('`frameworks.hkex` has an unknown key `strict`');
  });

  test('wrong types and missing period end', () => {
    expect(inputError(() => parse('language: fr')).message).toContain('`language` must be one of "en", "zh"');
    expect(inputError(() => parse('title: 2025')).message).toContain('`title` must be string');
    expect(inputError(() => parse('period: { start: 2025-01-01 }')).message).toContain('`period` is missing `end`');
  });

  test('a sector topic written bare is refused: YAML would read 14.10 as 14.1', () => {
    const fields = "frameworks:\n  gri:\n    sector: [GRI 14]\n    not-material:\n      - { topic: 14.10, reason: No such sites }";
    expect(inputError(() => parse(fields)).message).toContain("`frameworks.gri.not-material.0.topic` must be a reference number in quotes (`topic: '14.10'`): YAML reads it bare as a number, 14.1, and 14.10 as 14.1");
    expect(() => parse(fields.replace('14.10', "'14.10'"))).not.toThrow();
  });

  test('a date that is not a date', () => {
    const error = inputError(() => parse('title: X\npublished: April 2026'));
    expect(error.message).toBe('`report.md`: front matter (line 3): `published` must be a date written YYYY-MM-DD, got "April 2026"');
    expect(inputError(() => parse('period: { start: 2025-12-31, end: 2025-01-01 }')).message).toContain(
      '`period.start` (2025-12-31) is after `period.end` (2025-01-01)',
    );
  });

  test('malformed YAML names the file line', () => {
    const error = inputError(() => parse('title: X\nperiod: { start: 2025-01-01\nlanguage: en'));
    expect(error.message).toMatch(/^`report\.md`: front matter is not valid YAML \(line \d+\): \S/);
    const colon = inputError(() => parse('title: X\n  bad: : y'));
    expect(colon.message).toBe('`report.md`: front matter is not valid YAML (line 2): Nested mappings are not allowed in compact mappings');
    expect(inputError(() => parse('title: A\ntitle: B')).message).toBe('`report.md`: front matter is not valid YAML (line 3): Map keys must be unique');
  });

  test('front matter that is a list, not keys', () => {
    expect(inputError(() => parse('- a\n- b')).message).toBe('`report.md`: front matter (line 2): must be keys with values (`title: …`), got a list');
  });

  test('`__proto__` and `constructor` keys are refused and pollute nothing', () => {
    const error = inputError(() => parse('__proto__: { polluted: true }\ntitle: X'));
    expect(error.message).toBe('`report.md`: front matter (line 2): `__proto__` is not an allowed key');
    expect(inputError(() => parse('frameworks:\n  szse:\n    constructor: { prototype: 1 }')).message).toContain('`constructor` is not an allowed key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('an alias bomb is refused quickly', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
      'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
      'g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
      'h: [*g, *g, *g, *g, *g, *g, *g, *g, *g]',
    ].join('\n');
    const started = performance.now();
    const error = inputError(() => parse(bomb));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.message).toContain('`report.md`: front matter: expands YAML aliases');
  });

  test('parseFrontMatter alone reports lines relative to the file', () => {
    expect(inputError(() => parseFrontMatter('title: X\nlanguage: xx', 'a.md', 5)).message).toBe(
      '`a.md`: front matter (line 6): `language` must be one of "en", "zh"',
    );
  });

  test('front matter of a later file is checked too', () => {
    const error = inputError(() =>
      parseMarkdownReport([
        { path: 'one.md', text: '# One\n' },
        { path: 'two.md', text: '---\nframeworks: { gri: { claim: maybe } }\n---\n# Two\n' },
      ]),
    );
    expect(error.message).toBe('`two.md`: front matter (line 2): `frameworks.gri.claim` must be one of "in-accordance", "with-reference", "core", "comprehensive"');
    expect(error.file).toBe('two.md');
  });
});
