// `suggest --write` on a PDF or DOCX writes into the sidecar (issue 13, item 5): a new sidecar is started,
// an existing one keeps its comments and keys, a section already listed gets the new ids, a heading printed
// twice is named with its page. What is written reads back as the same tags.
import { acceptedTags } from '../../../src/suggest/tag-insertion.js';
import { addToSidecar } from '../../../src/ingest/layout/sidecar-write.js';
import { parseSidecar } from '../../../src/ingest/layout/sidecar.js';
import { layoutToReport } from '../../../src/ingest/layout/to-report.js';
import type { Catalog } from '../../../src/model/catalog.js';
import type { ReportSuggestions } from '../../../src/model/suggestion.js';
import { laidOutReport } from './laid-out-fixture.js';

const report = layoutToReport(laidOutReport());
const section = (title: string, page?: number) => report.sections.find((s) => s.title === title && (page === undefined || s.page === page))!;

describe('accepted tags into the sidecar', () => {
  test('a new sidecar', () => {
    const text = addToSidecar('', 'n.disclose.yaml', [{ section: section('2.1 Emissions'), ids: ['GRI 305-1', 'GRI 305-2'] }, { section: section('Highlights', 6), ids: ['GRI 404-1'] }], report.sections);
    expect(text).toBe(
      '# disclose sidecar: tags and metadata for the report beside it (disclose suggest --write)\n\n' +
        'disclose:\n  - section: 2.1 Emissions\n    ids:\n      - GRI 305-1\n      - GRI 305-2\n  - section: Highlights\n    page: 6\n    ids:\n      - GRI 404-1\n',
    );
    const read = layoutToReport(laidOutReport(), parseSidecar(text, 'n.disclose.yaml'));
    expect(read.tags.map((t) => [t.id, read.sections[t.section]!.title, t.page])).toEqual([
      ['GRI 305-1', '2.1 Emissions', 4],
      ['GRI 305-2', '2.1 Emissions', 4],
      ['GRI 404-1', 'Highlights', 6],
    ]);
    expect(read.problems).toEqual([]);
  });

  test('an existing sidecar keeps its comments and keys; a listed section gets the new ids', () => {
    const before = '# ours\norganization: Northwind Foods Group # legal name\ndisclose:\n  - section: 2.1 Emissions\n    ids: GRI 305-1\n';
    const text = addToSidecar(before, 'n.disclose.yaml', [{ section: section('2.1 Emissions'), ids: ['GRI 305-1', 'GRI 305-2'] }], report.sections);
    expect(text).toBe('# ours\norganization: Northwind Foods Group # legal name\ndisclose:\n  - section: 2.1 Emissions\n    ids:\n      - GRI 305-1\n      - GRI 305-2\n');
  });

  test('a sidecar that is no mapping is refused, nothing written', () => {
    expect(() => addToSidecar('- a\n- b\n', 'n.disclose.yaml', [], report.sections)).toThrow('`n.disclose.yaml`: sidecar is not a YAML mapping of report keys; nothing was written to it');
  });

  test("suggest's candidates find their section in a report without lines (by heading path and page)", () => {
    const best = { section: 'Highlights', headingPath: ['3 People', 'Highlights'], file: 'northwind.pdf', page: 6, score: 0.9 };
    const suggestions = { file: 'northwind.pdf', suggestions: [{ disclosure: 'GRI 404-1', title: 'x', tagged: false, answered: false, candidates: [best] }], unanswered: [] } as unknown as ReportSuggestions;
    const catalog = { byId: new Map() } as unknown as Catalog;
    const accepted = acceptedTags(report, catalog, suggestions, 0.5, new Map());
    expect(accepted.map((a) => [a.section.index, a.ids])).toEqual([[section('Highlights', 6).index, ['GRI 404-1']]]);
  });
});
