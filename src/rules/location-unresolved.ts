import type { Rule } from './rule.js';
import type { PageRange } from '../model/content-index.js';
import { findSections } from '../mapping/headings.js';

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
    notAHeading: 'Index row {{row|code}} points to {{section|code}}, which is not a heading of the report; expected a section title as it appears in the report.',
  },
  check(ctx) {
    const { report } = ctx.analysis;
    const pages = report.pages;
    // Pages can only be placed against a report that says where its pages are.
    const first = pages[0];
    const last = pages.at(-1);
    for (const { entry, table } of ctx.analysis.indexRows) {
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
      for (const path of location.sections) {
        if (findSections(report, path).length > 0) continue;
        ctx.report({ ...where, messageId: 'notAHeading', data: { row, section: path.join(' - ') } });
      }
    }
  },
};
