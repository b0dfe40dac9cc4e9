// The evidence rules on a laid-out report (what the PDF and DOCX readers hand over), where the sections are
// the reader's guess: a heading without a sentence, figure or table under it (a heading printed after its
// text, two stacked headings over two tables, an answer drawn as a chart) is not judged; a section with
// text is judged as in Markdown. The wording is ours; the shapes are those of flattened report PDFs.
import { catalog } from '../helpers/run-rule.js';
import { EVIDENCE_RULES } from '../helpers/run-evidence.js';
import { checkReport } from '../../src/engine/run.js';
import { parseSidecar } from '../../src/ingest/layout/sidecar.js';
import { layoutToReport } from '../../src/ingest/layout/to-report.js';
import type { LaidOutBlock } from '../../src/ingest/layout/document.js';
import { laidOutReport } from '../ingest/layout/laid-out-fixture.js';

const meta = { title: 'Westmere 2024', language: 'en', period: { start: '2024-01-01', end: '2024-12-31' }, frameworks: { gri: { claim: 'with-reference' } } } as const;

function evidence(blocks: LaidOutBlock[], tags: string): string[] {
  const doc = laidOutReport({ blocks: [{ kind: 'heading', level: 1, text: 'Westmere 2024 Report', page: 4 }, ...blocks] });
  const sidecar = parseSidecar(tags, 'westmere.disclose.yaml');
  const { result } = checkReport(layoutToReport(doc, sidecar, meta), catalog, 'westmere.pdf', { 'item-not-addressed': 'warning' }, {}, 'en');
  return result.findings.filter((f) => EVIDENCE_RULES.includes(f.ruleId)).map((f) => `${f.ruleId} ${f.disclosure ?? ''}`);
}

describe('evidence rules on a laid-out report', () => {
  test('a heading with only a signature under it (its letter read before it) is not judged', () => {
    const blocks: LaidOutBlock[] = [
      { kind: 'paragraph', page: 4, text: 'Our strategy to 2030 puts sustainable growth at the centre of every decision the board takes.' },
      { kind: 'heading', level: 2, text: 'Letter from the Chief Executive', page: 4 },
      { kind: 'paragraph', page: 4, text: 'Dana Whitfield, Westmere Group' },
      { kind: 'paragraph', page: 4, text: 'March 2025' },
    ];
    expect(evidence(blocks, 'disclose:\n  - section: Letter from the Chief Executive\n    ids: GRI 2-22\n')).toEqual([]);
  });

  test('two stacked headings over one table: the first, empty, is not judged', () => {
    const blocks: LaidOutBlock[] = [
      { kind: 'heading', level: 2, text: 'Economic Performance', page: 5 },
      { kind: 'heading', level: 2, text: 'Environmental Performance', page: 5 },
      { kind: 'table', page: 5, rows: [['Indicator', 'Unit', '2024'], ['Revenue', 'RMB million', '8,420.5'], ['Electricity', 'MWh', '12,400']] },
    ];
    expect(evidence(blocks, 'disclose:\n  - section: Economic Performance\n    ids: GRI 201-1, GRI 305-1\n')).toEqual([]);
  });

  test('a section with text is judged as in Markdown', () => {
    const blocks: LaidOutBlock[] = [
      { kind: 'heading', level: 2, text: 'Climate', page: 5 },
      { kind: 'paragraph', page: 5, text: 'We are committed to reducing our footprint across every site.' },
    ];
    expect(evidence(blocks, 'disclose:\n  - section: Climate\n    ids: GRI 305-1\n')).toEqual(['no-figures GRI 305-1', 'item-not-addressed GRI 305-1']);
  });

  test("a table's caption row above its row of years: the years label the figures", () => {
    const water = (years: [string, string]): LaidOutBlock[] => [
      { kind: 'heading', level: 2, text: 'Water', page: 5 },
      { kind: 'paragraph', page: 5, text: 'Municipal water is our only source.' },
      { kind: 'table', page: 5, rows: [['Key Water Performance', '', ''], ['Source', ...years], ['Municipal (ML)', '41.2', '39.8']] },
    ];
    const tags = 'disclose:\n  - section: Water\n    ids: GRI 303-3\n';
    expect(evidence(water(['2021', '2022']), tags)).toEqual(['period-mismatch GRI 303-3']);
    expect(evidence(water(['2023', '2024']), tags)).toEqual([]);
  });

  test('figures written in words are figures', () => {
    const blocks: LaidOutBlock[] = [
      { kind: 'heading', level: 2, text: 'Diversity', page: 5 },
      { kind: 'paragraph', page: 5, text: 'Women are twenty-two per cent of our employees and three of the nine directors.' },
    ];
    expect(evidence(blocks, 'disclose:\n  - section: Diversity\n    ids: GRI 405-1\n')).toEqual([]);
  });
});
