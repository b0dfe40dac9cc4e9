// Evidence in the outputs (issue 16, items 1 and 4): each located disclosure's requirement items (reported /
// omitted / not addressed), whether it is only partially reported, and what its sections contain.
import type { DisclosureDef } from '../model/catalog.js';
import type { DisclosureEvidence, DisclosureItems, DisclosureRecord } from '../model/finding.js';
import { ALL_ITEMS, BRACKETS, ITEM_SEPARATORS, asksForData, itemId, judgeItems, topLevelItems, isChineseText, sectionEvidence, type SectionEvidence } from '../evidence/index.js';
import type { Analysis } from './analysis-model.js';
import { descriptorOf, evidenceTargets, unitsOf, type EvidenceTarget } from './evidence-targets.js';

const MAX_FIGURES = 20;

const topLevel = (def: DisclosureDef): string[] => topLevelItems(def).map((item) => item.id);

function omittedItems(def: DisclosureDef, record: DisclosureRecord): string[] {
  const written = (record.omission?.requirements ?? []).flatMap((r) => r.split(ITEM_SEPARATORS)).filter(Boolean);
  if (written.some((w) => ALL_ITEMS.test(w))) return topLevel(def);
  return written.map((w) => itemId(def, w.replace(BRACKETS, '')));
}

function itemsOf(analysis: Analysis, def: DisclosureDef, record: DisclosureRecord, targets: readonly EvidenceTarget[], evidence: SectionEvidence): DisclosureItems | undefined {
  const all = topLevel(def);
  if (all.length === 0) return undefined;
  const omitted = new Set(omittedItems(def, record));
  // A tag without items names the whole disclosure; tags naming items name those.
  const named = targets.some((t) => !t.requirements) ? new Set(all) : new Set(targets.flatMap((t) => (t.requirements ?? []).map((r) => itemId(def, r).split('-').slice(0, 3).join('-'))));
  const chinese = analysis.report.meta.language === 'zh' || isChineseText(evidence.text);
  const judged = new Map(judgeItems(def, descriptorOf(analysis, def), evidence.text, undefined, [], chinese, evidence.headings).map((j) => [j.id, j.addressed]));
  const whole = judged.get(def.id);
  const items: DisclosureItems = { reported: [], omitted: [], notAddressed: [] };
  for (const id of all) {
    if (omitted.has(id)) items.omitted.push(id);
    else if (named.has(id) && (judged.get(id) ?? whole ?? true)) items.reported.push(id);
    else items.notAddressed.push(id);
  }
  return items;
}

function evidenceRecord(quantitative: boolean, evidence: SectionEvidence, items: DisclosureItems | undefined): DisclosureEvidence {
  const record: DisclosureEvidence = {
    figures: evidence.figures.slice(0, MAX_FIGURES).map((f) => ({ value: f.raw, ...(f.unit ? { unit: f.unit } : {}), ...(f.page !== undefined ? { page: f.page } : {}) })),
    figureCount: evidence.figures.length,
    units: evidence.units,
    years: evidence.years,
  };
  if (quantitative && evidence.figures.length === 0) record.thin = 'no-figures';
  else if (items && items.reported.length === 0 && items.notAddressed.length > 0) record.thin = 'not-addressed';
  return record;
}

/** The records with `items`, `partial` and `evidence` added where the disclosure is located in sections. */
export function recordsWithEvidence(analysis: Analysis): DisclosureRecord[] {
  const targets = evidenceTargets(analysis);
  const units = unitsOf(analysis);
  return analysis.records.map((record, i) => {
    const def = analysis.definitions[i]!;
    const own = targets.filter((t) => t.def === def);
    if (record.status !== 'reported' || own.length === 0) return record;
    const sections = [...new Set(own.flatMap((t) => t.sections))].sort((a, b) => a - b);
    const evidence = sectionEvidence(analysis.report, sections, units);
    const items = itemsOf(analysis, def, record, own, evidence);
    const partial = items !== undefined && items.omitted.length > 0 && items.omitted.length < items.omitted.length + items.reported.length + items.notAddressed.length;
    const namedSome = own.every((t) => t.requirements !== undefined);
    return { ...record, ...(partial || namedSome ? { partial: true } : {}), ...(items ? { items } : {}), evidence: evidenceRecord(asksForData(def, descriptorOf(analysis, def), units), evidence, items) };
  });
}
