// `suggest --write`: the accepted suggestions as `<!-- disclose: … -->` directives in the report's text.
// Pure: texts in, texts out; src/suggest-files.ts reads and writes the files.
//
// One directive per section, its ids in catalog order, on its own line right after the section's heading
// — or after the directive lines (`disclose:`, `omit:`, `page:`) that already follow the heading, so a
// section's directives stay together. A comment line after a heading is an HTML block of its own in
// CommonMark (it ends at the line with `-->`), so the text around it renders as before. Nothing else
// changes: the new line ends with the file's own line ending, and a file without a final line ending
// keeps it that way. Running it again adds nothing: the ids are tagged now.
import type { Catalog } from '../model/catalog.js';
import type { Report, Section } from '../model/report.js';
import type { ReportSuggestions } from '../model/suggestion.js';
import { LineIndex } from '../text-lines.js';

export interface AcceptedTags {
  section: Section;
  /** Canonical ids, in catalog order. */
  ids: string[];
}

/**
 * Which directives to write: per section, the disclosures not yet tagged, omitted or located whose best
 * candidate is that section with a score of at least `minScore`. Disclosures reported once per material
 * topic (GRI 3-3) are left out: their tag must name the topic, which is for a person to decide.
 */
export function acceptedTags(report: Report, catalog: Catalog, suggestions: ReportSuggestions, minScore: number, order: ReadonlyMap<string, number>): AcceptedTags[] {
  // A section is known by its line where the source has lines; a PDF's or DOCX's by its heading path and page.
  const keyOf = (at: { file: string; line?: number; headingPath: string[]; page?: number }): string =>
    at.line !== undefined ? `${at.file}\u0000${at.line}` : `${at.file}\u0000${at.headingPath.join('\u0001')}\u0000${at.page ?? ''}`;
  const sectionAt = new Map(report.sections.map((s) => [keyOf(s), s]));
  const bySection = new Map<number, string[]>();
  for (const suggestion of suggestions.suggestions) {
    const best = suggestion.candidates[0];
    if (suggestion.answered || suggestion.tagged || !best || best.score < minScore) continue;
    if (catalog.byId.get(suggestion.disclosure)?.some((def) => def.perMaterialTopic)) continue;
    const section = sectionAt.get(keyOf(best));
    if (!section) continue;
    const ids = bySection.get(section.index) ?? [];
    ids.push(suggestion.disclosure);
    bySection.set(section.index, ids);
  }
  const rank = (id: string): number => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...bySection]
    .sort((a, b) => a[0] - b[0])
    .map(([index, ids]) => ({ section: report.sections[index]!, ids: [...new Set(ids)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)) }));
}

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const BLANK = /^[ \t]*$/;
const DIRECTIVE_LINE = /^[ \t]*<!--\s*(?:disclose|omit|page)\s*:.*-->[ \t]*$/i;

/** The line ending the file uses (its first one); `\n` for a file of one line. */
function lineEnding(text: string): string {
  return /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
}

class Lines {
  private readonly index: LineIndex;
  constructor(private readonly text: string) {
    this.index = new LineIndex(text);
  }
  get count(): number {
    return this.index.lines;
  }
  /** Offset where 1-based `line` starts. */
  start(line: number): number {
    return line > this.count ? this.text.length : this.index.offset(line, 1)!;
  }
  /** The line's text without its line ending. */
  content(line: number): string {
    const from = this.start(line);
    const to = line + 1 > this.count ? this.text.length : this.start(line + 1);
    return this.text.slice(from, to).replace(/(?:\r\n|\r|\n)$/, '');
  }
}

/** The 1-based line after which a section's new directive goes. */
function insertionLine(lines: Lines, headingLine: number): number {
  let last = headingLine;
  if (!ATX_HEADING.test(lines.content(headingLine))) {
    // A Setext heading: its text runs down to the underline.
    for (let line = headingLine + 1; line <= lines.count; line++) {
      if (SETEXT_UNDERLINE.test(lines.content(line))) {
        last = line;
        break;
      }
    }
  }
  let after = last;
  for (let line = last + 1; line <= lines.count; line++) {
    const content = lines.content(line);
    if (DIRECTIVE_LINE.test(content)) after = line;
    else if (!BLANK.test(content)) break;
  }
  return after;
}

export const directiveText = (ids: readonly string[]): string => `<!-- disclose: ${ids.join(', ')} -->`;

/** `text` (one file, without its BOM) with a directive for each of `accepted` whose section is in this file. */
export function insertTags(text: string, accepted: readonly AcceptedTags[]): string {
  if (accepted.length === 0) return text;
  const lines = new Lines(text);
  const eol = lineEnding(text);
  const edits = accepted
    // Only a source with lines (Markdown) is written to; a section without a line is never one of its own.
    .flatMap(({ section, ids }) => (section.line === undefined ? [] : [{ line: insertionLine(lines, section.line), directive: directiveText(ids) }]))
    .sort((a, b) => b.line - a.line);
  let out = text;
  for (const { line, directive } of edits) {
    if (line >= lines.count && !/(?:\r\n|\r|\n)$/.test(text)) {
      // The last line has no line ending: the directive becomes the new last line, without one either.
      out = `${out}${eol}${directive}`;
      continue;
    }
    const at = lines.start(line + 1);
    out = `${out.slice(0, at)}${directive}${eol}${out.slice(at)}`;
  }
  return out;
}
