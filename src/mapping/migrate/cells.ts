// A content index's code cells, 2016 -> 2021. One-to-one: the code is rewritten in place in the writer's
// style (`102-14` -> `2-22`, `GRI 102-14` -> `GRI 2-22`), and the row's 2016 official title, in the same
// cell or its own, becomes the 2021 one. One-to-many (`102-8` -> 2-7 and 2-8) needs a second row: left for
// review. So do group labels naming a replaced standard (`GRI 102: General Disclosures 2016`).
import type { ContentIndexTable, TableBlock, TextSpan } from '../../model/content-index.js';
import { parseDisclosureId } from '../../model/ids.js';
import type { Report } from '../../model/report.js';
import { decide, isMigratable, type Correspondence } from './decide.js';
import type { PlanOut } from './directives.js';
import { Lines, writtenCode } from './text.js';
import type { MigrationEdit } from './types.js';
import { maxOf } from '../../arrays.js';

const LEAD = /^[\s:：.．\-–—|]+/;
const LIST_SEPARATOR = /^[\s,;，；、/]+/;

function idOf(c: Correspondence, cell: TextSpan | undefined): string | undefined {
  const written = cell ? writtenCode(cell.text) : undefined;
  const id = written ? parseDisclosureId(written.code, 'gri')?.id : undefined;
  return id && c.lookup.resolve(id) ? id : undefined;
}

/** The column most body rows start with a known GRI code in (at least half of its filled cells). */
function codeColumn(c: Correspondence, table: TableBlock): number | undefined {
  const width = maxOf(table.rows.map((r) => r.length));
  let best: number | undefined;
  let bestCount = 0;
  for (let col = 0; col < width; col++) {
    let codes = 0;
    let filled = 0;
    for (const row of table.rows.slice(1)) {
      const cell = row[col];
      if (!cell || cell.text.trim() === '') continue;
      filled++;
      if (idOf(c, cell)) codes++;
    }
    if (codes > bestCount && codes * 2 >= filled) [best, bestCount] = [col, codes];
  }
  return best;
}

const matches = (c: Correspondence, printed: string, official: string): boolean => c.lookup.compareTitle(printed, official) !== 'different';

function planRow(c: Correspondence, text: string, lines: Lines, row: TextSpan[], col: number, titleCol: number | undefined, out: PlanOut): void {
  const cell = row[col];
  const written = cell ? writtenCode(cell.text) : undefined;
  const id = written ? parseDisclosureId(written.code, 'gri')?.id : undefined;
  if (!cell || !written || !id) return;
  const inCell = written.rest.replace(LEAD, '').trim();
  const versions = c.catalog.byId.get(id) ?? [];
  // The title: the rest of the code cell, else the title column, else any cell of the row holding one of the code's titles.
  const titleCell =
    inCell !== ''
      ? undefined
      : titleCol !== undefined && titleCol !== col
        ? row[titleCol]
        : row.find((t, i) => i !== col && t.text.trim() !== '' && versions.some((v) => matches(c, t.text, v.title)));
  const printedTitle = inCell !== '' ? inCell : titleCell?.text.trim() || undefined;
  const decision = decide(c, id, printedTitle);
  if (decision.kind === 'keep') return;
  // Migrate rewrites a file's text: a cell without offsets (read from a PDF or DOCX) has none to rewrite.
  const offset = cell.offset;
  if (offset === undefined || cell.endOffset === undefined) return;

  const rawCell = text.slice(offset, cell.endOffset);
  const codeAt = rawCell.indexOf(written.code);
  const at = lines.position(codeAt === -1 ? offset : offset + codeAt);
  const where = { file: cell.file, line: at.line, column: at.column, source: 'index' as const, from: decision.from.id, fromTitle: decision.from.title };
  const detail = decision.entry?.detail;
  const confidence = decision.entry?.confidence;
  const review = (reason: string, to: string[]): void => {
    out.review.push({ ...where, to, reason, ...(detail ? { detail } : {}), ...(confidence ? { confidence } : {}) });
  };
  if (decision.kind === 'review') return review(decision.reason, decision.to);
  const toIds = decision.to.map((d) => d.id);
  if (decision.to.length > 1) return review(`maps to ${toIds.join(' and ')}; the index needs a row for each: split the row by hand`, toIds);
  if (writtenCode(written.rest.replace(LIST_SEPARATOR, ''))) return review('the cell names several codes; migrate it by hand', toIds);
  if (codeAt === -1) return review('written with markup this tool does not rewrite; migrate it by hand', toIds);

  const target = decision.to[0]!;
  const edits: MigrationEdit[] = [{ offset: offset + codeAt, endOffset: offset + codeAt + written.code.length, text: target.code }];
  let after = cell.text.replace(written.code, () => target.code);
  if (inCell !== '') {
    if (!matches(c, inCell, decision.from.title)) {
      return review(`the cell's title (${inCell}) is not the official 2016 title; migrate it by hand`, toIds);
    }
    const titleAt = rawCell.indexOf(inCell, codeAt + written.code.length);
    if (titleAt === -1) return review('its title is written with markup this tool does not rewrite; migrate it by hand', toIds);
    edits.push({ offset: offset + titleAt, endOffset: offset + titleAt + inCell.length, text: target.title });
    after = after.replace(inCell, () => target.title);
  } else if (titleCell && titleCell.offset !== undefined && titleCell.endOffset !== undefined && matches(c, titleCell.text.trim(), decision.from.title)) {
    const title = titleCell.text.trim();
    const titleAt = text.slice(titleCell.offset, titleCell.endOffset).indexOf(title);
    if (titleAt === -1) return review('its title is written with markup this tool does not rewrite; migrate it by hand', toIds);
    edits.push({ offset: titleCell.offset + titleAt, endOffset: titleCell.offset + titleAt + title.length, text: target.title });
  }
  out.changes.push({
    ...where,
    to: toIds,
    toTitles: [target.title],
    before: cell.text.trim(),
    after: after.trim(),
    confidence: decision.entry.confidence,
    ...(detail ? { detail } : {}),
    edits,
  });
}

/** Group labels and standard cells that name a replaced standard: one review per label text per table. */
function planLabels(c: Correspondence, lines: Lines, table: TableBlock, col: number | undefined, out: PlanOut): void {
  const seen = new Set<string>();
  for (const row of table.rows.slice(1)) {
    row.forEach((cell, i) => {
      const label = cell.text.trim();
      // Without offsets (a PDF or DOCX cell) there is no place in a text to point the review at.
      if (i === col || label === '' || seen.has(label) || cell.offset === undefined) return;
      const standard = c.lookup.standardOfLabel(label);
      if (!standard || !isMigratable(standard)) return;
      seen.add(label);
      const at = lines.position(cell.offset + Math.max(0, cell.text.indexOf(label)));
      const next = standard.supersededBy.length > 0 ? standard.supersededBy.join(', ') : 'the GRI 2021 universal standards';
      out.review.push({
        file: cell.file,
        line: at.line,
        column: at.column,
        source: 'index',
        from: standard.id,
        to: [],
        reason: `replaced by ${next}; rename the label by hand once its rows are migrated`,
      });
    });
  }
}

export function planTables(
  c: Correspondence,
  report: Report,
  texts: ReadonlyMap<string, string>,
  lines: (file: string) => Lines,
  out: PlanOut,
  indexes: readonly ContentIndexTable[] = [],
): void {
  report.tables.forEach((table, index) => {
    const text = texts.get(table.file);
    if (text === undefined) return;
    const known = indexes.find((t) => t.tableBlock === index);
    const col = known ? known.columns.disclosure : codeColumn(c, table);
    if (col !== undefined) {
      const titleCol = known?.columns.title;
      for (const row of table.rows.slice(1)) planRow(c, text, lines(table.file), row, col, titleCol, out);
    }
    planLabels(c, lines(table.file), table, col, out);
  });
}
