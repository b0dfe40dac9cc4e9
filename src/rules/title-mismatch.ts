import type { Rule } from './rule.js';
import { compareTitle, findTitleMatches } from '../catalog/index.js';
import { isComparableTitle } from '../engine/index-rows.js';
import { officialData } from './messages/shared.js';
import { cellReplacement, spanRange } from './fix-range.js';

export const titleMismatch: Rule = {
  id: 'title-mismatch',
  description: 'An index row\'s title is not the official title of its code.',
  help: 'Use the official title of the code (the finding\'s fix), or correct the code when the title is another disclosure\'s.',
  defaultSeverity: 'error',
  tags: ['index', 'titles'],
  messages: {
    cutShort: 'Title of {{id|code}} is cut short ({{printed|code}}); the official title is ({{title|official}}).',
    matchesOther: 'Title of {{id|code}} does not match ({{title|official}}); the row\'s title matches {{matches|codes}}.',
    mismatch: 'Title of {{id|code}} does not match ({{title|official}}); the row reads {{printed|code}}.',
    useOfficialTitle: 'Use the official title of {{id}}',
  },
  check(ctx) {
    const { catalog, dates } = ctx.analysis;
    for (const { entry, resolution, table } of ctx.analysis.indexRows) {
      const title = entry.title;
      // Chinese titles: the catalog has no official Chinese text to hold them against.
      if (!resolution || !title || !isComparableTitle(title.text)) continue;
      const def = resolution.def;
      const verdict = compareTitle(title.text, def.title);
      if (verdict === 'exact' || verdict === 'equivalent') continue;
      const where = { disclosure: def.id, standard: def.standard, ...ctx.at(title, table.section) };
      // The printed title plainly written in its cell is replaced in place; one with markup stays advice.
      // Not for a superseded code: its own fix replaces the code, and the title follows on the next run.
      const range = resolution.state === 'superseded' ? undefined : spanRange(title);
      const fix = range
        ? { replacement: cellReplacement(def.title), range, messageId: 'useOfficialTitle', data: { id: def.id } }
        : { replacement: def.title, messageId: 'useOfficialTitle', data: { id: def.id } };
      const data = { ...officialData(def), printed: title.text };
      // A title that is another code's official title is pasted from the wrong row, not cut short
      // ("Water withdrawal" is 303-3, not a truncated "Water withdrawal by source").
      const elsewhere = findTitleMatches(catalog, title.text, dates).filter((d) => d.id !== def.id && d.framework === def.framework);
      if (verdict === 'truncated' && elsewhere.length === 0) {
        ctx.report({ ...where, severity: 'warning', fix, messageId: 'cutShort', data });
        continue;
      }
      const matches = [...new Set(elsewhere.map((d) => d.id))];
      ctx.report({ ...where, fix, ...(matches.length > 0 ? { messageId: 'matchesOther', data: { ...data, matches } } : { messageId: 'mismatch', data }) });
    }
  },
};
