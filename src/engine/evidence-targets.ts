// Where the report answers each disclosure, as sections whose content the evidence checks read: the tagged
// section with its subsections, or the section an index row names (else the sections on the pages it lists).
// One target per disclosure version and place; computed once per analysis.
import type { DisclosureDef } from '../model/catalog.js';
import type { Descriptor } from '../model/descriptor.js';
import type { Report } from '../model/report.js';
import { findSections } from '../mapping/headings.js';
import { SENTENCE_END, figuresIn, sectionContent, sectionWithSubsections, unitTable, type UnitTable } from '../evidence/index.js';
import type { Analysis } from './analysis-model.js';

export interface EvidenceTarget {
  def: DisclosureDef;
  /** The sections read, document order. */
  sections: number[];
  /** The first section (named in messages). */
  section: number;
  /** What located it: a tag (its directive) or an index row (its code cell). */
  subject: { file: string; line?: number; column?: number; page?: number; section?: number };
  /** Items the tag names (`GRI 2-7 (a, b)`), else all. */
  requirements?: string[];
  /**
   * Located by pages alone (an index row without a section name): the sections on those pages, which may hold
   * a neighbour's text too. The JSON evidence reads them; the evidence rules do not judge them.
   */
  approximate?: boolean;
}

const cache = new WeakMap<Analysis, EvidenceTarget[]>();

/**
 * The sections on the pages an index row lists. A heading with subsections (a report's title, a chapter) stands
 * for them: its subsections on those pages are taken, not the whole chapter.
 */
function sectionsOnPages(report: Report, pages: readonly number[]): number[] {
  const wanted = new Set(pages);
  const parents = new Set(report.sections.flatMap((s) => (s.parent !== null ? [s.parent] : [])));
  return report.sections.filter((s) => s.index > 0 && !parents.has(s.index) && s.pages.some((p) => wanted.has(p))).map((s) => s.index);
}

/**
 * The descriptor of `def` for the evidence checks. A descriptor serves every version of its code (suggest), but
 * two versions of one code may be different disclosures (`GRI 102-7` of 2016 and of 2025): the units and
 * words then belong to the newest only.
 */
export function descriptorOf(analysis: Analysis, def: DisclosureDef): Descriptor | undefined {
  const versions = analysis.catalog.byId.get(def.id) ?? [];
  if (versions.length > 1 && versions[versions.length - 1] !== def && versions.some((v) => v.title !== def.title)) return undefined;
  return analysis.catalog.descriptors.get(def.id);
}

export function evidenceTargets(analysis: Analysis): EvidenceTarget[] {
  const known = cache.get(analysis);
  if (known) return known;
  const { report } = analysis;
  const targets: EvidenceTarget[] = [];
  const seen = new Set<string>();
  const add = (target: EvidenceTarget): void => {
    const key = `${target.def.standard}\u0000${target.def.id}\u0000${target.sections.join(',')}`;
    if (seen.has(key) || target.sections.length === 0) return;
    seen.add(key);
    targets.push(target);
  };
  for (const { tag, resolution } of analysis.tags) {
    // A tag before the first heading marks the whole document: no section to judge.
    if (!resolution || tag.section === 0 || resolution.def.perMaterialTopic) continue;
    add({ def: resolution.def, sections: sectionWithSubsections(report, tag.section), section: tag.section, subject: tag, ...(tag.requirements ? { requirements: tag.requirements } : {}) });
  }
  for (const row of analysis.indexRows) {
    if (!row.resolution || row.resolution.def.perMaterialTopic) continue;
    const { location, code } = row.entry;
    const path = location.sections[0];
    const named = path ? findSections(report, path)[0] : undefined;
    let sections: number[] = [];
    let approximate = false;
    if (named) sections = sectionWithSubsections(report, named.index);
    else if (location.kind === 'pages' && location.pages.length > 0) {
      const pages = location.pages.flatMap(({ from, to }) => (to >= from && to - from <= 20 ? Array.from({ length: to - from + 1 }, (_, i) => from + i) : [from]));
      sections = sectionsOnPages(report, pages);
      approximate = true;
    }
    if (sections.length > 0) add({ def: row.resolution.def, sections, section: sections[0]!, ...(approximate ? { approximate } : {}), subject: { file: code.file, ...(code.line !== undefined ? { line: code.line } : {}), ...(code.column !== undefined ? { column: code.column } : {}), ...(code.page !== undefined ? { page: code.page } : {}) } });
  }
  cache.set(analysis, targets);
  return targets;
}

/** The targets located by a tag or a section name, not by pages alone. */
const placedTargets = (analysis: Analysis): EvidenceTarget[] => evidenceTargets(analysis).filter((t) => !t.approximate);

/**
 * Whether the answer's sections hold text the rules can judge. In Markdown the author wrote the structure,
 * so an empty section is empty. In a laid-out report (PDF, DOCX: sections without lines) a heading with no
 * sentence, figure or table under it is, far more often than a claim with nothing behind it, text the reader
 * could not place there (a heading printed after its text or beside it in another column, two stacked
 * headings over two tables) or an answer given as a chart or an infographic, which the readers never decode:
 * its content cannot be judged from the text, so the rules say nothing (the JSON evidence still shows it thin).
 */
function readable(analysis: Analysis, target: EvidenceTarget): boolean {
  const { report } = analysis;
  const sections = answerSections(analysis, target);
  if (sections.some((s) => report.sections[s]!.line !== undefined)) return true;
  const { blocks, tables } = sectionContent(report, sections);
  if (tables.length > 0) return true;
  return blocks.some((b) => SENTENCE_END.test(b.text) || figuresIn(b.text).length > 0);
}

const judged = new WeakMap<Analysis, EvidenceTarget[]>();

/** The targets the evidence rules judge: placed by a tag or a section name, with text to judge (readable). */
export function judgedTargets(analysis: Analysis): EvidenceTarget[] {
  let targets = judged.get(analysis);
  if (!targets) judged.set(analysis, (targets = placedTargets(analysis).filter((t) => readable(analysis, t))));
  return targets;
}

/**
 * Every section where the report answers `target`'s disclosure (the same version and the same items, tagged
 * or indexed in several places: an index row naming three chapters): a disclosure is answered by all its
 * places together, so a place without figures or key words is not a gap when another place has them.
 */
export function answerSections(analysis: Analysis, target: EvidenceTarget): readonly number[] {
  const all = placesByAnswer(analysis).get(target.def)?.get(itemsKey(target));
  if (all && target.sections.every((s) => all.has(s))) return all.sorted;
  return [...new Set([...target.sections, ...(all?.sorted ?? [])])].sort((a, b) => a - b);
}

const itemsKey = (t: EvidenceTarget): string => (t.requirements ?? []).join(',');

/** Every section of one answer's placed targets, as a set and in order. */
interface AnswerPlaces {
  has(section: number): boolean;
  sorted: number[];
}

const answers = new WeakMap<Analysis, Map<EvidenceTarget['def'], Map<string, AnswerPlaces>>>();

/**
 * The sections of the placed targets by disclosure and items, once per analysis: a report can tag one
 * disclosure in hundreds of places, and each place asks for the whole answer.
 */
function placesByAnswer(analysis: Analysis): Map<EvidenceTarget['def'], Map<string, AnswerPlaces>> {
  const known = answers.get(analysis);
  if (known) return known;
  const sets = new Map<EvidenceTarget['def'], Map<string, Set<number>>>();
  for (const target of placedTargets(analysis)) {
    const byItems = sets.get(target.def) ?? new Map<string, Set<number>>();
    const set = byItems.get(itemsKey(target)) ?? new Set<number>();
    for (const section of target.sections) set.add(section);
    byItems.set(itemsKey(target), set);
    sets.set(target.def, byItems);
  }
  const byDef = new Map([...sets].map(([def, byItems]) => [def, new Map([...byItems].map(([key, set]) => [key, { has: (s: number) => set.has(s), sorted: [...set].sort((a, b) => a - b) }]))]));
  answers.set(analysis, byDef);
  return byDef;
}

/** The catalog's units table, when the catalog has units data. */
export function unitsOf(analysis: Analysis): UnitTable | undefined {
  const file = analysis.catalog.units;
  return file ? unitTable(file) : undefined;
}

/**
 * The judged targets with the sections of their whole answer, one per disclosure answer: a disclosure located
 * in four places is judged over the four together and reported once, at its first place.
 */
export function judgedAnswers(analysis: Analysis): { target: EvidenceTarget; sections: readonly number[] }[] {
  const seen = new Set<string>();
  return judgedTargets(analysis).flatMap((target) => {
    const sections = answerSections(analysis, target);
    const key = `${target.def.standard}\u0000${target.def.id}\u0000${(target.requirements ?? []).join(',')}\u0000${sections.join(',')}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ target, sections }];
  });
}
