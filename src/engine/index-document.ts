// The GRI content index (GRI 1, Requirement 7) as data, from an analysed report.
// Groups follow GRI 1 Appendix 1: general disclosures, material topics, then each material topic
// with its management disclosure (3-3) first; then anything else the report cites, by standard.
import type { DisclosureDef } from '../model/catalog.js';
import type { DisclosureRecord } from '../model/finding.js';
import { effectiveOf, inEffect, replacementFor } from '../catalog/index.js';
import type { IndexDocumentData, IndexGroupData, IndexRowData } from '../model/index-document.js';
import { frameworkDef } from '../model/frameworks.js';
import type { Analysis } from './analysis.js';
import { normaliseOmissionReason } from '../mapping/omission-reason.js';
import { mergeLocations } from './index-locations.js';
import { fillStatementOfUse } from './statement-of-use.js';

export interface IndexOptions {
  lang?: 'en' | 'zh';
  generator: { name: string; version: string };
}

// `records` and `definitions` are parallel arrays; a map built once per analysis keeps lookups O(1).
const definitionMaps = new WeakMap<Analysis, Map<DisclosureRecord, DisclosureDef>>();
function definitionOf(analysis: Analysis, record: DisclosureRecord): DisclosureDef {
  let map = definitionMaps.get(analysis);
  if (!map) {
    map = new Map(analysis.records.map((r, i) => [r, analysis.definitions[i]!]));
    definitionMaps.set(analysis, map);
  }
  return map.get(record)!;
}

/**
 * The corrected index lists what the report should cite: a superseded disclosure with exactly one
 * replacement (`GRI 102-14` in a 2024 report) is listed as that replacement (`GRI 2-22`).
 */
function currentVersion(analysis: Analysis, def: DisclosureDef): DisclosureDef {
  if (inEffect(effectiveOf(analysis.catalog, def), analysis.dates) !== 'ended') return def;
  const { disclosures } = replacementFor(analysis.catalog, def);
  return disclosures.length === 1 ? disclosures[0]! : def;
}

function rowOf(analysis: Analysis, record: DisclosureRecord): IndexRowData {
  const { catalog } = analysis;
  const locations = mergeLocations(record.locations);
  const def = currentVersion(analysis, definitionOf(analysis, record));
  const row: IndexRowData = {
    id: def.id,
    code: def.code,
    title: def.title,
    standard: def.standard,
    status: record.status,
    locations,
    sectorRefs: [],
  };
  if (record.status === 'omitted' && record.omission) {
    const reasons = catalog.gri.foundation.omissionReasons;
    const id = normaliseOmissionReason(record.omission.reason, reasons.map((r) => r.id));
    const reason = reasons.find((r) => r.id === id);
    row.omission = {
      requirements: record.omission.requirements?.join(', ') ?? 'All',
      reason: reason?.id ?? record.omission.reason,
      reasonLabel: reason?.label ?? record.omission.reason,
      explanation: record.omission.explanation,
    };
  }
  return row;
}

/** The GRI content index as data; `presentIndex` (src/render/) words its locations in `lang`. */
export function buildIndexDocument(analysis: Analysis, options: IndexOptions): IndexDocumentData {
  const { report, catalog, materialTopics } = analysis;
  const lang = options.lang ?? report.meta.language ?? 'en';
  const claim = analysis.claim ?? 'with-reference';
  const foundation = catalog.gri.foundation;
  const shown = analysis.records.filter((r) => r.status === 'reported' || r.status === 'omitted');
  const placed = new Set<DisclosureRecord>();
  const groups: IndexGroupData[] = [];
  const take = (group: Omit<IndexGroupData, 'rows'>, records: DisclosureRecord[]): void => {
    const rows = records.filter((r) => !placed.has(r));
    rows.forEach((r) => placed.add(r));
    if (rows.length > 0) groups.push({ ...group, rows: rows.map((r) => rowOf(analysis, r)) });
  };
  const standardOf = (r: DisclosureRecord) => catalog.standardById.get(r.standard);

  // Universal standards first, in catalog order: the one holding 3-3 is "material topics".
  const universal = catalog.standards.filter((s) => s.series === 'universal');
  for (const standard of universal) {
    const records = shown.filter((r) => r.standard === standard.id && !definitionOf(analysis, r).perMaterialTopic);
    const kind = standard.disclosures.some((d) => d.perMaterialTopic) ? 'material-topics' : 'general';
    take({ title: standard.id, kind }, records);
  }
  for (const material of materialTopics) {
    if (!material.topic || !material.standard) continue;
    const records = shown.filter((r) => r.topic === material.topic);
    // 3-3 first (GRI 1 Appendix 1), then the topic's disclosures in catalog order.
    records.sort((a, b) => Number(!definitionOf(analysis, a).perMaterialTopic) - Number(!definitionOf(analysis, b).perMaterialTopic));
    take({ title: material.standard.id, kind: 'topic', topic: material.topic }, records);
  }
  for (const standard of catalog.standards) {
    const records = shown.filter((r) => standardOf(r) === standard && !placed.has(r));
    if (records.length === 0) continue;
    const group: Omit<IndexGroupData, 'rows'> = { title: standard.id, kind: standard.series === 'topic' ? 'topic' : 'other' };
    if (standard.series === 'topic') group.topic = standard.topic;
    take(group, records);
  }

  const meta = report.meta;
  const sectors = (meta.frameworks.gri?.sector ?? []).map(
    (sector) => catalog.standards.find((s) => s.series === 'sector' && s.topic.toLowerCase() === String(sector).trim().toLowerCase())?.id ?? String(sector),
  );
  const columns = claim === 'in-accordance' ? foundation.contentIndexColumns : foundation.contentIndexColumns.filter((c) => ['standard', 'disclosure', 'location'].includes(c.id));
  const document: IndexDocumentData = {
    framework: 'gri',
    lang,
    title: frameworkDef('gri')?.index?.title ?? '',
    organization: meta.organization ?? '',
    claim,
    statementOfUse: fillStatementOfUse(foundation.claims[claim].statementOfUse, meta),
    griUsed: foundation.standard,
    sectorStandards: sectors,
    materialTopics: materialTopics.flatMap((m) => (m.topic && m.standard ? [{ topic: m.topic, standard: m.standard.id }] : [])),
    columns,
    groups,
    generator: options.generator,
  };
  if (meta.title) document.reportTitle = meta.title;
  if (meta.period) document.period = meta.period;
  return document;
}
