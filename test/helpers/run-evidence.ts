// Evidence rules in-process: a Markdown report in, the findings of one rule out, with item-not-addressed
// turned on (it is off by default) and the check's result for the JSON fields.
import { catalog } from './run-rule.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { checkReport } from '../../src/engine/run.js';
import type { Finding, ReportResult } from '../../src/model/finding.js';
import type { Locale } from '../../src/model/message.js';

export const EVIDENCE_RULES = ['no-figures', 'unit-mismatch', 'item-not-addressed', 'period-mismatch', 'total-mismatch', 'value-conflict'];

export function evidenceResult(markdown: string, locale: Locale = 'en'): ReportResult {
  const report = parseMarkdownReport([{ path: 'report.md', text: markdown }]);
  return checkReport(report, catalog, 'report.md', { 'item-not-addressed': 'warning' }, {}, locale).result;
}

export function evidenceFindings(ruleId: string, markdown: string, locale: Locale = 'en'): Finding[] {
  return evidenceResult(markdown, locale).findings.filter((f) => f.ruleId === ruleId);
}

/** A report of `sections` (Markdown) with front matter for 2024 under a with-reference claim. */
export function reportOf(sections: string, language: 'en' | 'zh' = 'en'): string {
  return `---\norganization: Acme\nperiod: { start: 2024-01-01, end: 2024-12-31 }\npublished: 2025-04-20\nlanguage: ${language}\nframeworks:\n  gri:\n    claim: with-reference\n---\n\n# Acme 2024 Report\n\n<!-- page: 3 -->\n\n${sections}\n`;
}
