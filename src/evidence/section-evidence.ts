// What a located answer contains: the figures, units and years of a section and its subsections (a tag marks
// the heading and everything under it, contracts.md §1), with their pages. Computed once per report and
// section set; the evidence rules, the JSON output and the index all read it.
import type { Report } from '../model/report.js';
import type { UnitTable } from './units.js';
import { unitAt, unitsNamedIn } from './units.js';
import { kpiRows } from './kpi-tables.js';
import { figuresIn } from './figures.js';
import { spelledFiguresIn } from './number-words.js';
import { pushAll } from '../arrays.js';
import { yearsIn } from './periods.js';

export interface EvidenceFigure {
  raw: string;
  value: number;
  /** The unit's canonical name (`tCO2e`), printed after the figure or in its table's header or row label. */
  unit?: string;
  dimension?: string;
  page?: number;
}

export interface SectionEvidence {
  /** The section and its subsections, document order. */
  sections: number[];
  figures: EvidenceFigure[];
  /** Every unit dimension named (after a figure, in a header or a label), and the units' canonical names. */
  dimensions: ReadonlySet<string>;
  units: string[];
  /** Years named in the text and the tables' headers. */
  years: number[];
  /**
   * Years that label figures: a KPI table's column headers (`2023`, `2024年`). A year in a sentence may be a
   * comparison (`down 6 % from 2023`), so only tables say which year a figure is for.
   */
  figureYears: number[];
  /** The content's text: paragraphs and table cells, one per line (headings left out: a heading alone answers nothing). */
  text: string;
  /** The sections' titles, one per line: what the report says the text is about. */
  headings: string;
}

/** A section and every section under it. */
export function sectionWithSubsections(report: Report, index: number): number[] {
  const children = childrenOf(report);
  const out: number[] = [];
  const stack = [index];
  while (stack.length > 0) {
    const section = stack.pop()!;
    out.push(section);
    pushAll(stack, children.get(section) ?? []);
  }
  return out.sort((a, b) => a - b);
}

const childrenCache = new WeakMap<Report, Map<number, number[]>>();

/** Each section's children, once per report (a report tags thousands of sections). */
function childrenOf(report: Report): Map<number, number[]> {
  const known = childrenCache.get(report);
  if (known) return known;
  const children = new Map<number, number[]>();
  for (const section of report.sections) {
    if (section.parent === null || section.parent === section.index) continue;
    const list = children.get(section.parent) ?? [];
    list.push(section.index);
    children.set(section.parent, list);
  }
  childrenCache.set(report, children);
  return children;
}

const cache = new WeakMap<Report, Map<string, SectionEvidence>>();

/** The evidence of the given sections together (a tagged section with its subsections: sectionWithSubsections). */
export function sectionEvidence(report: Report, sections: readonly number[], units: UnitTable | undefined): SectionEvidence {
  let byKey = cache.get(report);
  if (!byKey) cache.set(report, (byKey = new Map()));
  const key = `${units ? 'u' : ''}${sections.join(',')}`;
  const known = byKey.get(key);
  if (known) return known;
  const evidence = collect(report, [...sections], units);
  byKey.set(key, evidence);
  return evidence;
}

/** Block and table indexes by section, in document order: once per report, not a scan of the whole report per disclosure. */
interface BySection {
  blocks: Map<number, number[]>;
  tables: Map<number, number[]>;
}

const bySectionCache = new WeakMap<Report, BySection>();

function bySection(report: Report): BySection {
  const known = bySectionCache.get(report);
  if (known) return known;
  const group = (items: readonly { section: number }[]): Map<number, number[]> => {
    const out = new Map<number, number[]>();
    items.forEach((item, i) => {
      const list = out.get(item.section) ?? [];
      list.push(i);
      out.set(item.section, list);
    });
    return out;
  };
  const made = { blocks: group(report.blocks), tables: group(report.tables) };
  bySectionCache.set(report, made);
  return made;
}

/** The items of `sections`, in document order. */
const itemsOf = <T>(items: readonly T[], index: Map<number, number[]>, sections: readonly number[]): T[] =>
  sections.flatMap((s) => index.get(s) ?? []).sort((a, b) => a - b).map((i) => items[i]!);

/** The blocks and tables of `sections`, in document order. */
export function sectionContent(report: Report, sections: readonly number[]): { blocks: Report['blocks']; tables: Report['tables'] } {
  const index = bySection(report);
  return { blocks: itemsOf(report.blocks, index.blocks, sections), tables: itemsOf(report.tables, index.tables, sections) };
}

/** What one block or one table gives, whatever answer it is part of. */
interface PartEvidence {
  figures: EvidenceFigure[];
  named: { unit: string; dimension: string }[];
  lines: string[];
  figureYears: number[];
}

/**
 * Per block and per table, once: a disclosure tagged in many places is judged over all of them together, and
 * each place alone too, so the same block belongs to many answers (keyed by the units table as well: a test
 * may judge one report with and without units).
 */
const parts = new WeakMap<object, Map<UnitTable | undefined, PartEvidence>>();

function partOf(key: object, units: UnitTable | undefined, make: () => PartEvidence): PartEvidence {
  let byUnits = parts.get(key);
  if (!byUnits) parts.set(key, (byUnits = new Map()));
  let part = byUnits.get(units);
  if (!part) byUnits.set(units, (part = make()));
  return part;
}

const pageOf = (p: number | undefined) => (p !== undefined ? { page: p } : {});

function blockEvidence(report: Report, block: Report['blocks'][number], units: UnitTable | undefined): PartEvidence {
  const figures: EvidenceFigure[] = [];
  // Figures in words too (`twenty-two per cent`, `约五千吨`), after the numbers of the block.
  for (const f of [...figuresIn(block.text, units), ...(units ? spelledFiguresIn(block.text, units) : [])]) {
    figures.push({ raw: f.raw, value: f.value, ...(f.unit ? { unit: f.unit.unit, dimension: f.unit.dimension } : {}), ...pageOf(block.page ?? report.sections[block.section]!.page) });
  }
  // Units named in prose count too: a flattened KPI table puts the unit before its figures (`MWh225,951.1`).
  return { figures, named: units ? unitsNamedIn(units, block.text) : [], lines: [block.text], figureYears: [] };
}

function tableEvidence(table: Report['tables'][number], units: UnitTable | undefined): PartEvidence {
  const figures: EvidenceFigure[] = [];
  const named: { unit: string; dimension: string }[] = [];
  const figureYears: number[] = [];
  const header = table.rows[0] ?? [];
  if (units) pushAll(named, unitsNamedIn(units, header.map((c) => c.text).join(' ')));
  const lines = table.rows.map((row) => row.map((c) => c.text).join(' '));
  for (const row of kpiRows(table, units)) {
    if (units && row.label) pushAll(named, unitsNamedIn(units, row.label));
    for (const cell of row.cells) {
      if (!cell) continue;
      const unit = cell.unit ?? (cell.percent && units ? unitAt(units, '%') : undefined);
      if (cell.year !== undefined) figureYears.push(cell.year);
      figures.push({ raw: cell.number.raw, value: cell.number.value, ...(unit ? { unit: unit.unit, dimension: unit.dimension } : {}), ...pageOf(cell.span.page ?? table.page) });
    }
  }
  return { figures, named, lines, figureYears };
}

function collect(report: Report, sections: number[], units: UnitTable | undefined): SectionEvidence {
  const index = bySection(report);
  const figures: EvidenceFigure[] = [];
  const named: { unit: string; dimension: string }[] = [];
  const lines: string[] = [];
  const figureYears = new Set<number>();
  const add = (part: PartEvidence): void => {
    pushAll(figures, part.figures);
    pushAll(named, part.named);
    pushAll(lines, part.lines);
    for (const year of part.figureYears) figureYears.add(year);
  };
  for (const block of itemsOf(report.blocks, index.blocks, sections)) add(partOf(block, units, () => blockEvidence(report, block, units)));
  for (const table of itemsOf(report.tables, index.tables, sections)) add(partOf(table, units, () => tableEvidence(table, units)));
  const dimensions = new Set([...figures.flatMap((f) => (f.dimension ? [f.dimension] : [])), ...named.map((n) => n.dimension)]);
  const unitNames = [...new Set([...figures.flatMap((f) => (f.unit ? [f.unit] : [])), ...named.map((n) => n.unit)])];
  const text = lines.join('\n');
  const headings = sections.map((s) => report.sections[s]!.title).join('\n');
  return { sections, figures, dimensions, units: unitNames, years: yearsIn(text), figureYears: [...figureYears].sort((a, b) => a - b), text, headings };
}
