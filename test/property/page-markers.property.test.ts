// Properties of page markers (`<!-- page: N -->`) against the sections they fall in: wherever a marker is
// written (its own line, straight after a heading with or without a blank line, on the heading's line,
// inside a paragraph, list item, quote or table cell, in a later file), each section's `page` and `pages`
// follow README's rule: "what follows is on page N, until the next marker". A heading is content on the
// page in effect where it stands; a marker inside content starts its page at once.
import fc from 'fast-check';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { RUNS } from './arbitraries.js';

type Where = 'none' | 'start' | 'end';
type Block =
  | { kind: 'heading'; depth: number; marker: Where; page: number; blank: boolean }
  | { kind: 'marker'; page: number; blank: boolean }
  | { kind: 'paragraph' | 'list' | 'quote' | 'table'; marker: Where; page: number };

const page = fc.integer({ min: 1, max: 50 });
const where = fc.constantFrom<Where>('none', 'none', 'start', 'end');
const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant('heading' as const), depth: fc.integer({ min: 1, max: 3 }), marker: where, page, blank: fc.boolean() }),
  fc.record({ kind: fc.constant('marker' as const), page, blank: fc.boolean() }),
  fc.record({ kind: fc.constantFrom('paragraph' as const, 'list' as const, 'quote' as const, 'table' as const), marker: where, page }),
);

const marker = (n: number): string => `<!-- page: ${n} -->`;

function inline(text: string, at: Where, n: number): string {
  if (at === 'start') return `${marker(n)} ${text}`;
  if (at === 'end') return `${text} ${marker(n)}`;
  return text;
}

/** The Markdown of one block and what separates it from the next (headings and markers may be followed by their next line directly). */
function markdown(b: Block, i: number): { text: string; after: string } {
  switch (b.kind) {
    case 'heading':
      return { text: `${'#'.repeat(b.depth)} ${inline(`Title ${i}`, b.marker, b.page)}`, after: b.blank ? '\n\n' : '\n' };
    case 'marker':
      return { text: marker(b.page), after: b.blank ? '\n\n' : '\n' };
    case 'paragraph':
      return { text: inline(`Paragraph ${i} text.`, b.marker, b.page), after: '\n\n' };
    case 'list':
      return { text: `- first\n- ${inline(`item ${i}`, b.marker, b.page)}`, after: '\n\n' };
    case 'quote':
      return { text: `> ${inline(`quoted ${i}`, b.marker, b.page)}`, after: '\n\n' };
    case 'table':
      return { text: `| A | B |\n|---|---|\n| x | ${inline(`cell ${i}`, b.marker, b.page)} |`, after: '\n\n' };
  }
}

interface Expected {
  title: string;
  page: number | undefined;
  pages: Set<number>;
}

/** README's rule, step by step: what each section's page and pages must be. */
function model(files: Block[][], rootTitle: string): Expected[] {
  const root: Expected = { title: rootTitle, page: undefined, pages: new Set() };
  const sections = [root];
  let current: number | undefined;
  let rootSeen = false;
  let open: { depth: number; section: Expected }[] = [];
  const touch = (): void => {
    if (!rootSeen) {
      rootSeen = true;
      root.page = current;
    }
    if (current === undefined) return;
    root.pages.add(current);
    for (const { section } of open) section.pages.add(current);
  };
  let i = 0;
  for (const blocks of files) {
    open = [];
    for (const b of blocks) {
      if (b.kind === 'marker') current = b.page;
      else if (b.kind === 'heading') {
        open = open.filter((o) => o.depth < b.depth);
        const section: Expected = { title: `Title ${i}`, page: current, pages: new Set() };
        sections.push(section);
        open.push({ depth: b.depth, section });
        touch();
        if (b.marker !== 'none') {
          current = b.page;
          touch();
        }
      } else {
        touch();
        if (b.marker !== 'none') {
          current = b.page;
          touch();
        }
      }
      i++;
    }
  }
  return sections;
}

const documents = fc.tuple(fc.array(block, { minLength: 1, maxLength: 14 }), fc.array(block, { maxLength: 6 }));

describe('page markers and the sections they fall in', () => {
  test('each section’s page and pages follow the markers, wherever they are written', () => {
    fc.assert(
      fc.property(documents, ([first, second]) => {
        const files = second.length > 0 ? [first, second] : [first];
        let i = 0;
        const sources = files.map((blocks, f) => ({
          path: `f${f}.md`,
          text: blocks
            .map((b) => {
              const { text, after } = markdown(b, i++);
              return text + after;
            })
            .join(''),
        }));
        const report = parseMarkdownReport(sources);
        expect(report.problems).toEqual([]);
        const expected = model(files, 'f0.md');
        expect(report.sections.map((s) => [s.title, s.page, s.pages])).toEqual(
          expected.map((e) => [e.title, e.page, [...e.pages].sort((a, b) => a - b)]),
        );
        // Whatever the rule, a section only spans pages in effect inside it, and its first page is one of them.
        for (const section of report.sections) {
          if (section.page !== undefined && section.pages.length > 0) expect(section.pages).toContain(section.page);
        }
      }),
      { seed: 7401, numRuns: RUNS },
    );
  });
});
