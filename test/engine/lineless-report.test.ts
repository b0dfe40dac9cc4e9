// The report model is source-neutral (issue 12, item 1): a reader of a source without lines (PDF, DOCX)
// gives sections a page and a heading but no line. Such a report goes through the engine, suggest and every
// formatter like a Markdown one — no `undefined`, no `NaN`, no made-up line. Simulated here by taking the
// example report and removing its sections' lines, as a PDF reader would never have had them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../helpers/run-rule.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { analyse } from '../../src/engine/analysis.js';
import { checkReport } from '../../src/engine/run.js';
import { formatters } from '../../src/formatters/index.js';
import { formatSuggestionsStylish } from '../../src/formatters/suggestions.js';
import { suggestForAnalysis } from '../../src/suggest/suggest-report.js';
import type { Report } from '../../src/model/report.js';
import { packageRoot } from '../../src/paths.js';

const dir = join(packageRoot, 'examples', 'acme-2025');
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
const markdown = (): Report => parseMarkdownReport(files.map((f) => ({ path: `acme/${f}`, text: readFileSync(join(dir, f), 'utf8') })));

function withoutLines(report: Report): Report {
  return {
    ...report,
    sections: report.sections.map(({ line: _line, column: _column, endLine: _end, ...section }) => section),
  };
}

describe('a report whose sections have pages and headings but no lines', () => {
  const lineless = withoutLines(markdown());

  test('the model allows it', () => {
    expect(lineless.sections.length).toBeGreaterThan(5);
    expect(lineless.sections.every((s) => s.line === undefined && s.endLine === undefined)).toBe(true);
  });

  test('check gives the same statuses and findings as the report with lines', () => {
    const before = checkReport(markdown(), catalog, 'acme', {}, {}, 'en').result;
    const after = checkReport(lineless, catalog, 'acme', {}, {}, 'en').result;
    expect(after.disclosures.map((d) => [d.id, d.status])).toEqual(before.disclosures.map((d) => [d.id, d.status]));
    expect(after.findings.map((f) => f.messageId)).toEqual(before.findings.map((f) => f.messageId));
    const result = { tool: { name: 'disclose', version: '0.0.0-test' }, reports: [after] };
    for (const [name, format] of Object.entries(formatters)) {
      const out = format!(result, { color: false });
      expect([name, /\bundefined\b|\bNaN\b/.test(out)]).toEqual([name, false]);
    }
  });

  test('suggest places its candidates by section and page, without a line', () => {
    // Untagged, as a PDF is: its sections are what suggest proposes.
    const untagged = { ...lineless, tags: [], omissions: [], tables: [] };
    const suggestions = suggestForAnalysis(analyse(untagged, catalog), { label: 'acme' });
    const candidates = suggestions.suggestions.flatMap((s) => s.candidates);
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.every((c) => c.line === undefined && c.section.length > 0)).toBe(true);
    expect(candidates.some((c) => c.page !== undefined)).toBe(true);
    const shown = formatSuggestionsStylish({ tool: { name: 'disclose', version: '0' }, reports: [suggestions] }, { color: false, minScore: 0, strongScore: 0.5 });
    expect(shown).toMatch(/acme\/0\d-[a-z]+\.md, p\. \d+/);
    expect(shown).not.toMatch(/undefined/);
  });
});
