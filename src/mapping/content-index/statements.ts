// GRI 1, Requirement 8 and 7-a: the statement of use and the title of GRI 1 used, as the report prints
// them: in a paragraph or list item, or in the rows GRI's template puts above the index table
// (`Statement of use | Acme has reported …`, `GRI 1 used | GRI 1: Foundation 2021`).
import type { IndexStatements, TableBlock, TextSpan } from '../../model/content-index.js';
import type { Report } from '../../model/report.js';
import { normalizeHeader } from './headers.js';

// "… has reported in accordance with the GRI Standards …", "… with reference to the GRI Standards.";
// Chinese: 依据/参照 GRI 标准 (also 根据, 按照, 参考; 《GRI标准》; 全球报告倡议组织（GRI）标准).
const STATEMENT =
  /\b(?:in accordance with|with reference to) (?:the )?(?:gri|global reporting initiative)(?: \(gri\))? standards?\b|(?:依据|依照|按照|根据|遵循|参照|参考|參照|依據)[^。.]{0,16}?gri[)）》]? ?(?:可持续发展报告)?(?:标准|準則|准则|標準)/i;
const GRI_USED = /\bgri ?1 used\b|\bgri ?1 ?[:：] ?(?:foundation|基础|基礎)|(?:使用|采用|採用)的? ?gri ?1\b/i;
const STATEMENT_ROW = /^(?:statement of use|使用(?:说明|声明|陈述|聲明))$/;
const GRI_USED_ROW = /^(?:gri 1 used|(?:所)?(?:使用|采用)的 ?gri ?1)$/;

interface Candidate {
  span: TextSpan;
  /** Document order: file, then line (or page, where the source has no lines). */
  file: number;
  line: number;
}

const before = (a: Candidate, b: { file: number; line: number }): boolean => a.file < b.file || (a.file === b.file && a.line < b.line);

/** The candidate nearest before `anchor` (the first index table), else the first after it, else the first. */
function pick(candidates: Candidate[], anchor: { file: number; line: number } | undefined): TextSpan | undefined {
  if (!anchor) return candidates[0]?.span;
  const above = candidates.filter((c) => before(c, anchor));
  return (above.at(-1) ?? candidates.find((c) => !before(c, anchor)))?.span;
}

/** The statements, preferring those printed nearest before the first of `indexTables`. */
export function readStatements(report: Report, indexTables: readonly TableBlock[]): IndexStatements {
  const fileOf = new Map(report.files.map((f, i) => [f.path, i]));
  // Without lines (PDF, DOCX) the page is the finest document order there is; blocks and rows on one page
  // then keep the order they were gathered in (the sort is stable).
  const place = (span: { file: string; line?: number; page?: number }): { file: number; line: number } => ({
    file: fileOf.get(span.file) ?? 0,
    line: span.line ?? span.page ?? 0,
  });
  const statements: Candidate[] = [];
  const used: Candidate[] = [];
  for (const block of report.blocks) {
    const text = block.text.replace(/\s+/g, ' ');
    const candidate = { span: block, ...place(block) };
    if (STATEMENT.test(text)) statements.push(candidate);
    if (GRI_USED.test(text)) used.push(candidate);
  }
  for (const table of report.tables) {
    for (const row of table.rows) {
      const [head, value] = row;
      if (!head || !value || value.text === '') continue;
      const key = normalizeHeader(head.text);
      if (STATEMENT_ROW.test(key)) statements.push({ span: value, ...place(value) });
      else if (GRI_USED_ROW.test(key)) used.push({ span: value, ...place(value) });
    }
  }
  // Blocks and table rows were gathered apart: put each list in document order.
  const order = (a: Candidate, b: Candidate): number => a.file - b.file || a.line - b.line;
  statements.sort(order);
  used.sort(order);
  const first = indexTables[0];
  const anchor = first ? place(first) : undefined;
  const result: IndexStatements = {};
  const statementOfUse = pick(statements, anchor);
  const griUsed = pick(used, anchor);
  if (statementOfUse) result.statementOfUse = statementOfUse;
  if (griUsed) result.griUsed = griUsed;
  return result;
}
