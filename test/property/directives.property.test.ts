// Properties of the directive grammar (src/ingest/markdown/directives.ts, id-lists.ts) and of the report parser
// around it: any text inside `<!-- disclose: … -->`, `<!-- omit: … -->`, `<!-- page: … -->` and any
// Markdown around them is read without a throw; directives written from real catalog ids, in every
// Markdown position, read back as written; a directive that cannot be read is a problem, never silence.
import fc from 'fast-check';
import { loadCatalog } from '../../src/catalog/index.js';
import { checkReport } from '../../src/engine/run.js';
import { directivesIn, parseMarkdownReport } from '../../src/ingest/index.js';
import { DiscloseError } from '../../src/model/errors.js';
import { parseDisclosureId } from '../../src/model/ids.js';
import type { Report } from '../../src/model/report.js';
import { hostileMarkdown, hostileText, RUNS } from './arbitraries.js';

const catalog = loadCatalog();
const parse = (text: string): Report => parseMarkdownReport([{ path: 'p.md', text }]);

/** Parses, allowing only a clear refusal (a one-line DiscloseError) instead of a report. */
function parseOrRefuse(text: string): Report | undefined {
  try {
    return parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(DiscloseError);
    expect((error as Error).message).not.toMatch(/[\r\n]/);
    return undefined;
  }
}

/** What every report must satisfy, whatever its text. */
function expectWellFormed(report: Report, text: string): void {
  const lines = report.files[0]!.lines;
  for (const item of [...report.tags, ...report.omissions, ...report.problems]) {
    expect(item.line).toBeGreaterThanOrEqual(1);
    expect(item.line).toBeLessThanOrEqual(Math.max(1, lines!));
    expect(item.column).toBeGreaterThanOrEqual(1);
  }
  for (const tag of [...report.tags, ...report.omissions]) {
    expect(tag.section).toBeLessThan(report.sections.length);
    // An id is canonical or absent (then `unknown-disclosure` names the raw text): never half-read.
    if (tag.id !== undefined) expect(parseDisclosureId(tag.id)?.id).toBe(tag.id);
  }
  for (const problem of report.problems) expect(problem.message).not.toMatch(/[\r\n]/);
  for (const section of report.sections) {
    expect(section.endLine).toBeGreaterThanOrEqual(section.line!);
    expect([...section.pages].sort((a, b) => a - b)).toEqual(section.pages);
  }
  expect(text.length).toBeGreaterThanOrEqual(0);
}

const keyword = fc.tuple(fc.constantFrom('disclose', 'omit', 'page'), fc.constantFrom('lower', 'upper', 'title'), fc.constantFrom(':', '：', ' :', ': ')).map(
  ([word, style, colon]) => {
    const cased = style === 'upper' ? word.toUpperCase() : style === 'title' ? word[0]!.toUpperCase() + word.slice(1) : word;
    return { word, written: `${cased}${colon}` };
  },
);

describe('any text, anywhere', () => {
  test('arbitrary values inside each directive, in arbitrary Markdown, never throw', () => {
    fc.assert(
      fc.property(hostileMarkdown, keyword, hostileText, hostileMarkdown, (before, { written }, value, after) => {
        const text = `${before}\n<!-- ${written} ${value} -->\n${after}`;
        const report = parseOrRefuse(text);
        if (report) expectWellFormed(report, text);
      }),
      { seed: 7201, numRuns: RUNS },
    );
  });

  test('whole hostile documents never throw, nor do the rules on them; every finding is one line', () => {
    fc.assert(
      fc.property(hostileMarkdown, (text) => {
        const report = parseOrRefuse(text);
        if (!report) return;
        expectWellFormed(report, text);
        for (const finding of checkReport(report, catalog, 'p.md').result.findings) expect(finding.message).not.toMatch(/[\r\n]/);
      }),
      { seed: 7202, numRuns: RUNS },
    );
  });

  test('a directive comment always says something: tags, an omission, a page, or a problem', () => {
    fc.assert(
      fc.property(keyword, hostileText, ({ word, written }, value) => {
        fc.pre(!value.includes('-->') && !value.includes('<!--'));
        const html = `<!-- ${written} ${value} -->`;
        const events = directivesIn(html, 0, html.length);
        expect(events.length).toBeGreaterThan(0);
        for (const event of events) {
          expect(event.offset).toBeGreaterThanOrEqual(0);
          expect(event.offset).toBeLessThan(html.length);
          if (event.kind === 'page') expect(word).toBe('page');
          if (event.kind === 'tag') expect(word).toBe('disclose');
          if (event.kind === 'omission') expect(word).toBe('omit');
        }
        // A page value is a number from 1 to 1,000,000 or a roman front page, else a problem.
        if (word === 'page') {
          const [event] = events;
          const number = value.normalize('NFKC').trim();
          if (event!.kind === 'page' && event!.page !== undefined) {
            expect(number).toMatch(/^\d+$/);
            expect(Number(number)).toBe(event!.page);
          }
          if (/^\d+$/.test(number) && (Number(number) < 1 || Number(number) > 1_000_000)) expect(event!.kind).toBe('problem');
        }
      }),
      { seed: 7203, numRuns: RUNS * 2 },
    );
  });
});

// Directives generated from the catalog: every id the catalog knows, written the ways people write it.
const ids = [...catalog.byId.keys()].sort();

/** An id as people write it: any letter case; for GRI also no space and any dash. */
const writtenId = (id: string): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom('as-is', 'lower', 'upper'), fc.constantFrom('-', '–', '‑', '－'), fc.boolean()).map(([style, dash, glued]) => {
    let text = style === 'lower' ? id.toLowerCase() : style === 'upper' ? id.toUpperCase() : id;
    if (id.startsWith('GRI ')) {
      text = text.replace('-', dash);
      if (glued) text = text.replace(' ', '');
    }
    return text;
  });

interface Expected {
  id: string;
  topic?: string;
}

/** One item of a `disclose:` list: an id, and for GRI 3-3 sometimes its material topics. */
const listItem: fc.Arbitrary<{ text: string; expected: Expected[] }> = fc
  .constantFrom(...ids)
  .chain((id) =>
    fc.tuple(
      writtenId(id),
      id === 'GRI 3-3' ? fc.subarray(['305', '403', '2'], { minLength: 0, maxLength: 2 }) : fc.constant([] as string[]),
      fc.constantFrom(' ', '', '　'),
    ).map(([text, topics, space]) => {
      if (topics.length === 0) return { text, expected: [{ id }] };
      const open = space === '　' ? '（' : '(';
      const close = open === '（' ? '）' : ')';
      return { text: `${text}${space}${open}${topics.map((t) => `GRI ${t}`).join(', ')}${close}`, expected: topics.map((t) => ({ id, topic: `GRI ${t}` })) };
    }),
  );

const separator = fc.constantFrom(',', ', ', ';', '; ', '，', '；', '、', ' , ');

const idList = fc
  .tuple(fc.array(listItem, { minLength: 1, maxLength: 6 }), fc.array(separator, { minLength: 6, maxLength: 6 }))
  .map(([items, seps]) => ({
    text: items.map((item, i) => (i === 0 ? '' : seps[i - 1]) + item.text).join(''),
    expected: items.flatMap((item) => item.expected),
  }));

/** Where a directive is written; `quote` and `list` also let it span lines. */
type Place = 'own-line' | 'paragraph' | 'heading' | 'list' | 'quote' | 'table';
const place = fc.constantFrom<Place>('own-line', 'paragraph', 'heading', 'list', 'quote', 'table');

function placed(where: Place, directive: string): string {
  switch (where) {
    case 'own-line':
      return `# Section\n\n${directive}\n\nText.\n`;
    case 'paragraph':
      return `# Section\n\nSome text ${directive} more text.\n`;
    case 'heading':
      return `# Section ${directive}\n\nText.\n`;
    case 'list':
      return `# Section\n\n- first\n- second ${directive}\n`;
    case 'quote':
      return `# Section\n\n> quoted ${directive}\n`;
    case 'table':
      return `# Section\n\n| Item | Note |\n|---|---|\n| x | ${directive.replace(/\|/g, '\\|')} |\n`;
  }
}

describe('directives written from catalog ids read back exactly', () => {
  test('`disclose:` lists in every position: the ids and topics as written, in order', () => {
    fc.assert(
      fc.property(keyword.filter((k) => k.word === 'disclose'), idList, place, ({ written }, list, where) => {
        const report = parse(placed(where, `<!-- ${written} ${list.text} -->`));
        expect(report.problems).toEqual([]);
        expect(report.tags.map((t) => (t.topic ? { id: t.id, topic: t.topic } : { id: t.id }))).toEqual(list.expected);
        expect(report.tags.every((t) => report.sections[t.section]!.title === 'Section')).toBe(true);
      }),
      { seed: 7204, numRuns: RUNS },
    );
  });

  const reason = fc.constantFrom('not-applicable', 'legal-prohibitions', 'confidentiality-constraints', 'information-unavailable', 'Confidentiality constraints', 'Not applicable');
  const explanation = fc
    .array(fc.constantFrom('Data', ' ', 'is', 'not', 'collected', '.', ',', '可持续', '；', '(', ')', '2025', '%', '|'), { maxLength: 12 })
    .map((parts) => parts.join('').trim());

  test('`omit:` with each of GRI 1’s reasons: id, reason and explanation as written', () => {
    fc.assert(
      fc.property(listItem, reason, explanation, place, (item, why, because, where) => {
        const report = parse(placed(where, `<!-- omit: ${item.text} | ${why} | ${because} -->`));
        expect(report.problems).toEqual([]);
        expect(report.omissions.map((o) => [o.id, o.topic, o.reason, o.explanation])).toEqual(
          item.expected.map((e) => [e.id, e.topic, why, because]),
        );
      }),
      { seed: 7205, numRuns: RUNS },
    );
  });

  test('`page:` with any page from 1 to 1,000,000, in ASCII or fullwidth digits', () => {
    const fullwidth = (n: number): string => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.boolean(), fc.constantFrom<Place>('own-line', 'paragraph', 'list', 'quote', 'table'), (n, wide, where) => {
        const report = parse(placed(where, `<!-- page: ${wide ? fullwidth(n) : n} -->`));
        expect(report.problems).toEqual([]);
        expect(report.pages).toEqual([n]);
        expect(report.sections[1]!.pages).toContain(n);
      }),
      { seed: 7206, numRuns: RUNS },
    );
  });

  test('unreadable values are problems at the directive, never a silent tag', () => {
    const bad = fc.oneof(
      fc.constantFrom('', ' ', ',', '; ;', '、', '()', '（）'),
      fc.integer({ min: 1_000_001, max: Number.MAX_SAFE_INTEGER }).map(String),
      fc.constantFrom('0', '-1', '3.5', '12-14', 'twelve', 'p. 3'),
    );
    fc.assert(
      fc.property(fc.constantFrom('disclose', 'omit', 'page'), bad, place, (word, value, where) => {
        fc.pre(word === 'page' || !/\d/.test(value));
        const text = placed(where, `<!-- ${word}: ${value} -->`);
        const report = parse(text);
        expect([...report.tags, ...report.omissions].filter((t) => t.id !== undefined)).toEqual([]);
        // The directive's line has a finding: `invalid-directive`, or `unknown-disclosure` for a text that is no id.
        const line = text.split('\n').findIndex((l) => l.includes(`${word}:`)) + 1;
        const findings = checkReport(report, catalog, 'p.md').result.findings.filter((f) => f.line === line);
        expect(findings.map((f) => f.ruleId)).toContainEqual(expect.stringMatching(/^(?:invalid-directive|unknown-disclosure)$/));
      }),
      { seed: 7207, numRuns: RUNS },
    );
  });
});
