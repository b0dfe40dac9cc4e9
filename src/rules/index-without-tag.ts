import type { Rule } from './rule.js';
import type { DisclosureTag, Report } from '../model/report.js';
import type { MessageData } from '../model/message.js';
import { findSections } from '../mapping/headings.js';
import { mergeLocations } from '../engine/index-locations.js';
import { printLocations } from '../mapping/content-index/index.js';

export const indexWithoutTag: Rule = {
  id: 'index-without-tag',
  description: 'In a report with both tags and a content index, an index row points to a place that carries no tag for its code.',
  help: 'Tag the section the row points to with the row\'s code (`<!-- disclose: ID -->`; for a PDF or DOCX, its heading under `disclose:` in the sidecar `report.disclose.yaml`), or point the row to the tagged section.',
  defaultSeverity: 'warning',
  tags: ['index', 'tags'],
  messages: {
    taggedElsewhere: 'Index row {{id|code}} points to {{location|code}}, but it is tagged elsewhere (line {{lines}}); expected the index and the tags to agree.',
    // Where a tag has no line (a PDF or DOCX): the headings of the sections it is in.
    taggedElsewhereInSections: 'Index row {{id|code}} points to {{location|code}}, but it is tagged elsewhere (in {{sections|and}}); expected the index and the tags to agree.',
    notTagged: 'Index row {{id|code}} points to {{location|code}}, but no section is tagged with it; expected the index and the tags to agree.',
    pointToTagged: 'Point the index row to the tagged sections',
  },
  check(ctx) {
    const { tags, indexRows, report } = ctx.analysis;
    if (tags.length === 0 || indexRows.length === 0) return;
    for (const { entry, resolution, table } of indexRows) {
      if (!resolution || !entry.id) continue;
      const { location } = entry;
      if (location.sections.length === 0 && location.pages.length === 0) continue;
      const tagged = tags.filter((t) => t.resolution?.def === resolution.def).map((t) => t.tag);
      const sections = new Set(location.sections.flatMap((path) => findSections(report, path)).map((s) => s.index));
      const inSection = (index: number): boolean => {
        for (let at: number | null = index; at !== null; at = report.sections[at]?.parent ?? null) if (sections.has(at)) return true;
        return false;
      };
      const onPage = (page: number | undefined): boolean => page !== undefined && location.pages.some((r) => page >= r.from && page <= r.to);
      // A tagged section answers on every page it spans, not only where its directive sits.
      const pagesOf = (t: (typeof tagged)[number]): (number | undefined)[] => [t.page, ...(report.sections[t.section]?.pages ?? [])];
      if (tagged.some((t) => inSection(t.section) || pagesOf(t).some(onPage))) continue;
      // Where the tags say it is, the fix is certain: the tagged sections with their pages.
      const replacement = printLocations(
        mergeLocations(tagged.map((t) => {
          const section = report.sections[t.section]!;
          return { section: section.title, headingPath: section.headingPath, file: section.file, line: section.line, pages: section.pages };
        })),
      );
      ctx.report({
        disclosure: entry.id,
        ...ctx.at(entry.code, table.section),
        ...(tagged.length > 0 ? taggedElsewhere(entry.id, location.text, tagged, report) : { messageId: 'notTagged', data: { id: entry.id, location: location.text } }),
        ...(replacement ? { fix: { replacement, messageId: 'pointToTagged' } } : {}),
      });
    }
  },
};

/** The tags' lines, or where any tag has none (a PDF or DOCX), the headings of their sections. */
function taggedElsewhere(id: string, location: string, tagged: readonly DisclosureTag[], report: Report): { messageId: string; data: MessageData } {
  const lines = tagged.flatMap((t) => (t.line === undefined ? [] : [t.line]));
  if (lines.length === tagged.length) return { messageId: 'taggedElsewhere', data: { id, location, lines } };
  const sections = [...new Set(tagged.map((t) => report.sections[t.section]?.title ?? ''))].filter((title) => title !== '');
  return { messageId: 'taggedElsewhereInSections', data: { id, location, sections } };
}
