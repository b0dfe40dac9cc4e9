import type { Rule } from './rule.js';
import type { PageRange } from '../model/content-index.js';
import { resolveSections } from '../mapping/headings.js';
import { isDirectAnswer } from '../mapping/content-index/index.js';
import { hasLocationColumn } from '../engine/index-row-status.js';

/** A location in another publication: an annual report, a website, a policy document. */
const OTHER_DOCUMENT = /\b(?:annual report|integrated report|website|www\.|https?:\/\/|form 20-f|10-k|proxy statement)|年度报告|年报|官网|网站/i;

const printRange = (r: PageRange): string => (r.from === r.to ? String(r.from) : `${r.from}-${r.to}`);

export const locationUnresolved: Rule = {
  id: 'location-unresolved',
  description: 'An index location is neither a page inside the report nor one of its headings.',
  help: 'Point the location to a page of the report (within its `page:` markers) or to a heading it has, written as the heading reads.',
  defaultSeverity: 'error',
  tags: ['index', 'locations'],
  inAccordanceRequirement: true,
  messages: {
    answeredInIndex: 'Index row {{row|code}} answers in the index itself rather than pointing to a page or section; a direct answer is allowed when it is complete.',
    rangeBackwards: 'Index row {{row|code}} gives the page range {{range|code}}, which runs backwards; expected a range from the lower page to the higher.',
    pageOutside: 'Index row {{row|code}} points to page {{range|code}}, outside the report\'s pages ({{first}}–{{last}}).',
    noLocationColumn:
      'No column of this content index reads as a location (its header names none: {{header}}); its {{rows}} rows were read as listed, not located; name the column `Location` (or `Page`, `Section`, `披露位置`, `页码`).',
    notAHeading: 'Index row {{row|code}} points to {{section|code}}, which is not a heading of the report; expected a section title as it appears in the report.',
  },
  check(ctx) {
    const { report } = ctx.analysis;
    const pages = report.pages;
    // Pages can only be placed against a report that says where its pages are.
    const first = pages[0];
    const last = pages.at(-1);
    // A table none of whose columns reads as a location is one finding, not one per row.
    for (const table of ctx.analysis.indexes) {
      if (hasLocationColumn(table)) continue;
      const header = table.headerRow !== undefined ? ctx.analysis.report.tables[table.tableBlock]?.rows[table.headerRow] : undefined;
      const words = header?.map((c) => c.text).filter((t) => t !== '') ?? [];
      const at = header?.find((c) => c.text !== '') ?? table;
      ctx.report({ ...ctx.at(at, table.section), messageId: 'noLocationColumn', data: { header: words.length > 0 ? words.join(' | ') : '(no header)', rows: table.entries.length } });
    }
    for (const { entry, table } of ctx.analysis.indexRows) {
      if (!hasLocationColumn(table)) continue;
      const { location } = entry;
      const cell = entry.locationCell ?? entry.code;
      const where = { ...ctx.at(cell, table.section), ...(entry.id ? { disclosure: entry.id } : {}) };
      const row = entry.id ?? entry.code.text;
      if (location.kind === 'prose') {
        ctx.report({ ...where, severity: 'info', messageId: 'answeredInIndex', data: { row } });
        continue;
      }
      // GRI 1 allows locations in other published documents (`Annual Report 2024, p. 45`): not ours to check.
      if (OTHER_DOCUMENT.test(location.text)) continue;
      for (const range of location.pages) {
        if (range.from > range.to) {
          ctx.report({ ...where, messageId: 'rangeBackwards', data: { row, range: printRange(range) } });
        } else if (first !== undefined && last !== undefined && (range.from < first || range.to > last)) {
          ctx.report({ ...where, messageId: 'pageOutside', data: { row, range: printRange(range), first, last } });
        }
      }
      const unresolved = location.sections.filter((path) => resolveSections(report, path).length === 0);
      // `No significant changes`, `Annually`, `April 17, 2021`: an answer in the index itself.
      if (unresolved.length > 0 && location.pages.length === 0 && isDirectAnswer(location.text)) {
        ctx.report({ ...where, severity: 'info', messageId: 'answeredInIndex', data: { row } });
        continue;
      }
      for (const path of unresolved) ctx.report({ ...where, messageId: 'notAHeading', data: { row, section: path.join(' - ') } });
    }
  },
};
