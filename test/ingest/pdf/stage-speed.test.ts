// The layout stages stay linear where a long report made them quadratic (issue 13, item 8), with the same
// output as the plain implementations they replaced: joining a paragraph's lines (a hyphen pattern and the
// end of a string built by += were read on every line) and reading order's parts (counted with filter).
import fc from 'fast-check';
import { isCjk } from '../../../src/ingest/pdf/cjk.js';
import { joinLines, wordSet } from '../../../src/ingest/pdf/paragraphs.js';
import { readingOrder, type Box } from '../../../src/ingest/pdf/reading-order.js';
import { linearity } from '../../helpers/growth.js';

/** joinLines as it was written first: plain, quadratic on a long paragraph; the reference for its output. */
function joinLinesPlain(lines: readonly string[], words: ReadonlySet<string>): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!text) {
      text = line;
      continue;
    }
    if (text.endsWith('\u00ad')) {
      text = text.slice(0, -1) + line;
      continue;
    }
    const hyphen = /(\p{L}+)-$/u.exec(text);
    const head = /^\p{Ll}+/u.exec(line);
    if (hyphen && head) {
      const whole = (hyphen[1]! + head[0]).toLowerCase();
      text = words.has(whole) ? text.slice(0, -1) + line : text + line;
      continue;
    }
    text += isCjk(text.at(-1)) && isCjk(line[0]) ? line : ` ${line}`;
  }
  return text.replace(/\u00ad/g, '');
}

// Lines made of the pieces that decide a join: hyphens, soft hyphens, CJK, an astral ideograph, blanks.
const piece = fc.constantFrom('sustain', 'ability', 'Energy', 'well', 'known', '-', '\u00ad', ' ', '', '本公司', '健康', '。', '𠀀', 'x', 'A1', '.');
const lineArb = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(''));

describe('joining a paragraph', () => {
  test('gives what the plain implementation gives, hyphens, soft hyphens, CJK and blank lines included', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 12 }), fc.array(lineArb, { maxLength: 4 }), (lines, printed) => {
        const words = wordSet(['sustainability', 'wellknown', ...printed]);
        expect(joinLines(lines, words)).toBe(joinLinesPlain(lines, words));
      }),
      { numRuns: 2000 },
    );
  });

  test('a paragraph of 20,000 lines joins in linear time (it took minutes when each line re-read the whole text)', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `line ${i} of one long paragraph on water use and emissions`);
    const text = joinLines(lines, new Set());
    expect(text.startsWith('line 0 of one long paragraph')).toBe(true);
    expect(text.length).toBeGreaterThan(20_000 * 50);
    // Measured 30 ms; the quadratic version took 1.5 s for 2,000 lines and over a minute for 16,000.
    expect(linearity((n) => joinLines(lines.slice(0, n), new Set()), 5_000)).toBe('linear');
  });
});

describe('reading order parts', () => {
  test('items between and on the cuts fall in the same parts as when counted one by one', () => {
    // Two columns of boxes, some touching the gutter's edges, under a full-width heading: the binary
    // search must put an item whose left edge sits on a cut where the counting did.
    const box = (left: number, top: number, width = 200): Box => ({ left, right: left + width, top, bottom: top + 10 });
    const items: Box[] = [box(50, 40, 480)];
    for (let row = 0; row < 20; row++) items.push(box(50, 80 + row * 14), box(300, 80 + row * 14, 230));
    const order = readingOrder(items, (b) => b, 12);
    expect(order[0]).toBe(items[0]);
    expect(order.slice(1, 21).every((b) => b.left === 50)).toBe(true);
    expect(order.slice(21).every((b) => b.left === 300)).toBe(true);
    expect(order.slice(1, 21).map((b) => b.top)).toEqual([...order.slice(1, 21).map((b) => b.top)].sort((a, b) => a - b));
  });
});
