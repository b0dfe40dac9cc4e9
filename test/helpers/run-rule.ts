// Table-driven rule tests: a Markdown report in, the findings of one rule out.
import { loadCatalog } from '../../src/catalog/index.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { analyse } from '../../src/engine/analysis.js';
import { runRules } from '../../src/engine/run.js';
import type { Finding } from '../../src/model/finding.js';

export const catalog = loadCatalog();

export function findings(ruleId: string, markdown: string, file = 'report.md'): Finding[] {
  const report = parseMarkdownReport([{ path: file, text: markdown }]);
  return runRules(analyse(report, catalog)).filter((f) => f.ruleId === ruleId);
}

/** Front matter for a test report. */
export function frontMatter(fields: string): string {
  return `---\n${fields.trim()}\n---\n\n`;
}

/** 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`lineOf: ${needle} not in text`);
  return index + 1;
}

export type Claim = 'in-accordance' | 'with-reference';

/** GRI 1's statement of use for each claim, filled for the test reports' Acme and period. */
export const STATEMENT: Record<Claim, string> = {
  'in-accordance': 'Acme has reported in accordance with the GRI Standards for the period 1 January 2024 to 31 December 2024.',
  'with-reference':
    'Acme has reported the information cited in this GRI content index for the period 1 January 2024 to 31 December 2024 with reference to the GRI Standards.',
};
