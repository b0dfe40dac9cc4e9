// A sidecar's `disclose:` and `omit:` entries -> the report's tags and omissions, exactly as the Markdown
// directives would make them (the ids read by the directives' own parser, markdown/id-lists.ts), placed in
// the section whose heading they name. A heading that is not in the report, or one printed more than once
// without a `page:` to tell which, is a finding (invalid-directive) naming the sidecar's line, not an
// error: a sidecar is written against one version of a report and headings get renamed; the rest of the
// check is still worth having, as it is for a Markdown directive that cannot be read.
import type { DirectiveProblem, DisclosureTag, OmissionDirective, Section } from '../../model/report.js';
import { parseItems } from '../markdown/id-lists.js';
import type { Sidecar, SidecarPlace } from './sidecar.js';

export interface SidecarTags {
  tags: DisclosureTag[];
  omissions: OmissionDirective[];
  problems: DirectiveProblem[];
}

const collapse = (text: string): string => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
/** A heading's number (`3.2`, `第三章`, `一、`, `(一)`, `A.`) is often left out when one names the section. */
const NUMBER = /^(?:\d+(?:\.\d+)*\.?|第[一二三四五六七八九十百\d]+[章节部分篇]|[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|[A-Z][.)])\s*/;
const unnumbered = (text: string): string => collapse(text).replace(NUMBER, '');

/** Sections whose heading is `name` (as printed, or without its number), on `page` when given. */
function sectionsNamed(sections: readonly Section[], name: string, page: number | undefined): Section[] {
  const exact = collapse(name);
  const bare = unnumbered(name);
  const named = sections.filter((s) => s.depth > 0 && (collapse(s.title) === exact || unnumbered(s.title) === bare));
  if (page === undefined) return named;
  return named.filter((s) => s.page === page || s.pages.includes(page));
}

const quoted = (text: string): string => JSON.stringify(text.replace(/\s+/g, ' ').trim().slice(0, 80));

/**
 * The section an entry names, or a problem saying why there is none. `reportFile` names the report in
 * the message; the problem itself stands at the entry's line in the sidecar.
 */
function placeEntry(sidecar: Sidecar, reportFile: string, sections: readonly Section[], entry: SidecarPlace & { section?: string; page?: number }, key: string, problems: DirectiveProblem[]): Section | undefined {
  if (entry.section === undefined) return sections[0];
  const found = sectionsNamed(sections, entry.section, entry.page);
  const raw = `section: ${entry.section}`;
  const problem = (message: string): undefined => {
    problems.push({ message, raw, file: sidecar.file, line: entry.line, column: entry.column });
    return undefined;
  };
  if (found.length === 1) return found[0];
  if (found.length === 0) {
    const onPage = entry.page === undefined ? '' : ` on page ${entry.page}`;
    return problem(`\`${key}:\` names the section ${quoted(entry.section)}, which is not a heading of \`${reportFile}\`${onPage}; expected a heading as printed in the report`);
  }
  const pages = found.map((s) => s.page).filter((p): p is number => p !== undefined);
  return problem(`\`${key}:\` names the section ${quoted(entry.section)}, a heading printed ${found.length} times (pages ${pages.join(', ')}); expected \`page:\` to say which`);
}

export function sidecarTags(sidecar: Sidecar, reportFile: string, sections: readonly Section[]): SidecarTags {
  const out: SidecarTags = { tags: [], omissions: [], problems: [] };
  for (const entry of sidecar.disclose) {
    const section = placeEntry(sidecar, reportFile, sections, entry, 'disclose', out.problems);
    if (!section) continue;
    for (const written of entry.ids) {
      const items = parseItems(written.text, 0, written.text.length);
      if (items.length === 0) {
        out.problems.push({ message: '`disclose:` names no disclosure; expected one or more ids separated by `,` or `;`', raw: written.text, file: sidecar.file, line: written.line, column: written.column });
      }
      for (const item of items) {
        const base: DisclosureTag = { raw: item.raw, section: section.index, file: sidecar.file, line: written.line, column: written.column };
        if (item.id !== undefined) base.id = item.id;
        if (item.requirements) base.requirements = item.requirements;
        if (section.page !== undefined) base.page = section.page;
        for (const tag of item.topics ? item.topics.map((topic) => ({ ...base, topic })) : [base]) out.tags.push(tag);
      }
    }
  }
  for (const entry of sidecar.omit) {
    const section = placeEntry(sidecar, reportFile, sections, entry, 'omit', out.problems);
    if (!section) continue;
    for (const item of parseItems(entry.id, 0, entry.id.length)) {
      const base: OmissionDirective = { raw: item.raw, reason: entry.reason, explanation: entry.explanation, section: section.index, file: sidecar.file, line: entry.line, column: entry.column };
      if (item.id !== undefined) base.id = item.id;
      if (item.requirements) base.requirements = item.requirements;
      if (section.page !== undefined) base.page = section.page;
      for (const omission of item.topics ? item.topics.map((topic) => ({ ...base, topic })) : [base]) out.omissions.push(omission);
    }
  }
  // In document order, as a Markdown report's directives are: what is listed by first location follows the report.
  const bySection = <T extends { section: number }>(a: T, b: T): number => a.section - b.section;
  out.tags.sort(bySection);
  out.omissions.sort(bySection);
  return out;
}
