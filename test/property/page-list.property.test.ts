// Properties of the location / page-list parser (src/mapping/content-index/location.ts): total on any
// string, pages within bounds, and every page list an index prints read back exactly. Seeds are fixed so
// a failure reproduces; fast-check prints the shrunk counterexample.
import fc from 'fast-check';
import { mergeLocations, parseLocation, parsePageList } from '../../src/mapping/content-index/index.js';
import type { PageRange } from '../../src/model/content-index.js';
import { hostileText, MAX_PAGE, printedList, RUNS } from './arbitraries.js';


const withinBounds = (ranges: readonly PageRange[]): boolean =>
  ranges.every((r) => Number.isInteger(r.from) && Number.isInteger(r.to) && r.from >= 0 && r.to >= 0 && r.from <= MAX_PAGE && r.to <= MAX_PAGE);

// Text that looks like locations: digits, dashes of every kind, page words, separators, CJK, marks.
const locationish = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 2_000_000_000 }).map(String),
      fc.constantFrom('-', '–', '—', '~', '～', '至', ' to ', ', ', '、', '; ', '；', ' ', ' and ', '&', '/', 'p.', 'pp. ', 'P', 'page ', '第', '页', '頁'),
      fc.constantFrom('About Us', '关于我们', 'Governance - Board', '(', ')', '[', 'N/A', '不适用', 'Not reported', '—', '.', '。'),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

describe('parseLocation on any text', () => {
  test('never throws; pages are whole numbers within 0..999999; sections are non-empty', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, locationish), (text) => {
        const parsed = parseLocation(text);
        expect(parsed.text).toBe(text);
        expect(withinBounds(parsed.pages)).toBe(true);
        // Bounded output: never more ranges than characters, never an expanded range.
        expect(parsed.pages.length).toBeLessThanOrEqual(text.length);
        for (const path of parsed.sections) {
          expect(path.length).toBeGreaterThan(0);
          for (const part of path) expect(part.trim()).not.toBe('');
        }
        const list = parsePageList(text);
        if (list) expect(withinBounds(list)).toBe(true);
      }),
      { seed: 7101, numRuns: RUNS },
    );
  });

  test('merging parsed cells never throws and keeps every range of its parts', () => {
    fc.assert(
      fc.property(fc.array(locationish, { maxLength: 4 }), (texts) => {
        const parts = texts.map((text) => parseLocation(text));
        const merged = mergeLocations(parts);
        for (const range of parts.flatMap((p) => p.pages)) {
          expect(merged.pages).toContainEqual(range);
        }
      }),
      { seed: 7102, numRuns: RUNS },
    );
  });

  test('huge and reversed ranges stay as printed, one range each (nothing is expanded here)', () => {
    expect(parseLocation('1-999999').pages).toEqual([{ from: 1, to: 999_999 }]);
    expect(parseLocation('20-12').pages).toEqual([{ from: 20, to: 12 }]);
    // Seven or more digits are no page number: the cell is read as text, not as pages.
    expect(parseLocation('1-999999999').pages).toEqual([]);
    expect(parseLocation('1234567').pages).toEqual([]);
  });
});

describe('printed page lists read back exactly', () => {
  test('`12, 14-16, 第20页`, `p. 3–5`, `１２、１５`: the ranges as printed, in order', () => {
    fc.assert(
      fc.property(printedList(8), ({ ranges, text }) => {
        expect(parsePageList(text.normalize('NFKC'))).toEqual(ranges);
        const parsed = parseLocation(text);
        expect(parsed.kind).toBe('pages');
        expect(parsed.pages).toEqual(ranges);
        expect(parsed.sections).toEqual([]);
      }),
      { seed: 7103, numRuns: RUNS },
    );
  });

  test('after a section title: the title and the same ranges', () => {
    const title = fc.constantFrom('About Us', 'Governance - Board', '关于我们', 'Health, Safety and Environment', '3.2 Green Production');
    fc.assert(
      fc.property(title, printedList(2), fc.constantFrom(', ', ' ', '，'), (t, { ranges, text }, glue) => {
        // A title then its pages: `About Us, 3-5`, `About Us p. 3`. Bare numbers after a space would
        // join the title, so those are printed with a page word. More than ten words read as a sentence.
        const pages = glue === ' ' && !/^(?:p|第)/i.test(text) ? `p. ${text}` : text;
        const cell = `${t}${glue}${pages}`;
        fc.pre(cell.split(' ').length <= 10);
        const parsed = parseLocation(cell);
        expect(parsed.pages).toEqual(ranges);
        expect(parsed.sections.length).toBeGreaterThan(0);
      }),
      { seed: 7104, numRuns: RUNS },
    );
  });
});
