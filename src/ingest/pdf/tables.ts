// Tables from positioned lines (issue 13; owned by the table reader's author, who replaces this stub).
import type { DetectedTable, PdfPageLines } from './page-lines.js';

export function readTables(pages: PdfPageLines[]): DetectedTable[] {
  void pages;
  return [];
}
