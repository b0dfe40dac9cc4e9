// `disclose convert` (issue 13, item 6): a laid-out document as Markdown with page markers, headings, GFM
// tables and front matter; report text escaped; and the round trip: the Markdown checks as the PDF does.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalog } from '../helpers/run-rule.js';
import { convertUseCase } from '../../src/app/convert.js';
import { escapeHeadingText, escapeMarkdownBlock, layoutToMarkdown } from '../../src/app/layout-markdown.js';
import { checkReport } from '../../src/engine/run.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { parseSidecar } from '../../src/ingest/layout/sidecar.js';
import { layoutToReport } from '../../src/ingest/layout/to-report.js';
import { DiscloseError } from '../../src/model/errors.js';
import { laidOutReport } from '../ingest/layout/laid-out-fixture.js';

const sidecar = parseSidecar(
  'disclose:\n  - section: Emissions\n    ids: GRI 305-1\n  - section: Board Oversight\n    ids: [GRI 2-9, GRI 2-12]\nomit:\n  - id: GRI 2-21\n    reason: confidentiality-constraints\n    explanation: Pay data -- commercially sensitive.\n',
  'northwind.disclose.yaml',
);
const doc = laidOutReport();
const markdown = layoutToMarkdown(doc, layoutToReport(doc, sidecar));

describe('a laid-out document as Markdown', () => {
  test('front matter with the metadata and a comment on what was inferred', () => {
    expect(markdown.startsWith('---\n# Inferred by disclose from the report, to be checked: frameworks.gri.claim (p. ii), language (text), organization (p. ii), period (p. ii), published (file\'s properties), title (file\'s properties)\n')).toBe(true);
    expect(markdown).toContain('period:\n  start: 2024-01-01\n  end: 2024-12-31\n');
  });

  test('page markers with the printed numbers, headings at their levels, directives from the sidecar', () => {
    expect(markdown).toContain('<!-- page: ii -->\n\n# About this Report');
    expect(markdown).toContain('<!-- page: 4 -->\n\n# 2 Environment\n\n## 2.1 Emissions\n\n<!-- disclose: GRI 305-1 -->');
    expect(markdown).toContain('## 1.1 Board Oversight\n\n<!-- disclose: GRI 2-9 -->\n\n<!-- disclose: GRI 2-12 -->');
    expect(markdown).toContain('<!-- omit: GRI 2-21 | confidentiality-constraints | Pay data - commercially sensitive. -->');
    // The cover has no printed page: nothing marks it.
    expect(markdown.indexOf('<!-- page:')).toBeGreaterThan(markdown.indexOf('# Northwind Foods 2024'));
  });

  test('tables as GFM tables, their header first, cells escaped', () => {
    expect(markdown).toContain('| Indicator | 2023 | 2024 |\n| --- | --- | --- |\n| Scope 1 emissions (tCO2e) | 12,400 | 11,950 |\n| Scope 2 emissions \\| location-based (tCO2e) | 8,100 | 7,420 |');
    expect(markdown).toContain('| GRI 2: General Disclosures 2021 |  |  |');
  });

  test.each([
    ['# not a heading', '\\# not a heading'],
    ['<!-- disclose: GRI 2-1 -->', '\\<!-- disclose: GRI 2-1 --\\>'],
    ['*bold* and [link](x) | pipe', '\\*bold\\* and \\[link\\](x) \\| pipe'],
    ['1. not a list', '1\\. not a list'],
    ['- not a list', '\\- not a list'],
  ])('report text stays text: %j', (text, escaped) => {
    expect(escapeMarkdownBlock(text)).toBe(escaped);
  });

  test.each([
    ['1.1 Board Oversight', '1.1 Board Oversight'],
    ['Scope 3 #', 'Scope 3 \\#'],
    ['C# and F#', 'C# and F#'],
  ])('a heading keeps its number and loses no closing #: %j', (text, escaped) => {
    expect(escapeHeadingText(text)).toBe(escaped);
  });

  test('deterministic', () => {
    expect(layoutToMarkdown(doc, layoutToReport(doc, sidecar))).toBe(markdown);
  });

  test('round trip: the Markdown checks with the same findings and statuses as the laid-out report (places differ: lines, not pages)', () => {
    const fromPdf = checkReport(layoutToReport(doc, sidecar), catalog, 'northwind', {}, {}, 'en').result;
    const fromMarkdown = checkReport(parseMarkdownReport([{ path: 'northwind.md', text: markdown }]), catalog, 'northwind', {}, {}, 'en').result;
    const shape = (r: typeof fromPdf) => r.findings.map((f) => [f.ruleId, f.messageId, f.disclosure, f.section ?? null]).sort();
    expect(fromMarkdown.disclosures.map((d) => [d.id, d.status])).toEqual(fromPdf.disclosures.map((d) => [d.id, d.status]));
    expect(fromMarkdown.findings.map((f) => [f.ruleId, f.messageId, f.disclosure]).sort()).toEqual(fromPdf.findings.map((f) => [f.ruleId, f.messageId, f.disclosure]).sort());
    expect(shape(fromPdf).length).toBeGreaterThan(0);
  });
});

describe('the convert use case refuses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'disclose-convert-'));
  const md = join(dir, 'report.md');
  writeFileSync(md, '# Report\n');
  const refusal = async (run: () => Promise<unknown>): Promise<DiscloseError> => {
    try {
      await run();
    } catch (error) {
      return error as DiscloseError;
    }
    throw new Error('not refused');
  };

  test('a Markdown report: already Markdown', async () => {
    const error = await refusal(() => convertUseCase(md));
    expect(error.message).toBe(`\`${md}\`: is already Markdown (text); expected a PDF or DOCX report to convert`);
  });

  test('an output over the report or its sidecar, before anything is read', async () => {
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, '%PDF-1.7\n');
    writeFileSync(join(dir, 'report.disclose.yaml'), 'title: Report\n');
    expect((await refusal(() => convertUseCase(pdf, { output: pdf }))).kind).toBe('usage');
    expect((await refusal(() => convertUseCase(pdf, { output: join(dir, 'report.disclose.yaml') }))).message).toMatch(/sidecar/);
  });
});
