// renderIndexWorkbook: every content index of a report as one xlsx workbook (`disclose index --format
// xlsx`): one sheet per framework, in the set's order, then the gaps across them. exceljs is loaded
// only here, when a workbook is asked for, so the CLI does not pay for it on every start.
import type { IndexSet } from '../../model/index-set.js';
import { fillSheet, frozenHeader } from './fill-sheet.js';
import { restampZip, workbookDate } from './reproducible.js';
import { sheetName } from './sheet-names.js';
import { gapsTable, indexTable } from './sheet-tables.js';

/** The workbook's bytes: the same set gives the same bytes (see reproducible.ts). */
export async function renderIndexWorkbook(set: IndexSet): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const date = workbookDate(set);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = set.generator.name;
  workbook.lastModifiedBy = set.generator.name;
  workbook.created = date;
  workbook.modified = date;
  if (set.reportTitle) workbook.title = set.reportTitle;
  if (set.organization) workbook.company = set.organization;
  const taken = new Set<string>();
  for (const table of [...set.documents.map(indexTable), gapsTable(set)]) {
    fillSheet(workbook.addWorksheet(sheetName(table.name, taken), { views: frozenHeader(table) }), table);
  }
  return restampZip(new Uint8Array(await workbook.xlsx.writeBuffer()), date);
}
