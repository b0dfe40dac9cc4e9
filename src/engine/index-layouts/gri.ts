// GRI's layout (GRI 1, Requirement 7): groups follow GRI 1 Appendix 1: general disclosures, material
// topics, then each material topic with its management disclosure (3-3) first; then anything else the
// report cites, by standard. Only what is reported or omitted is listed; the claim heads the index.
import type { DisclosureDef } from '../../model/catalog.js';
import type { DisclosureRecord } from '../../model/finding.js';
import { effectiveOf, inEffect, replacementFor } from '../../catalog/index.js';
import type { IndexGroupData, IndexLayoutData, IndexRowData } from '../../model/index-data.js';
import type { Analysis } from '../analysis.js';
import { normaliseOmissionReason } from '../../mapping/omission-reason.js';
import { mergeLocations } from '../index-locations.js';
import { fillStatementOfUse } from '../statement-of-use.js';

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
  const def = currentVersion(analysis, definitionOf(analysis, record));
  const row: IndexRowData = {
    id: def.id,
    code: def.code,
    title: def.title,
    standard: def.standard,
    status: record.status,
    locations: mergeLocations(record.locations),
    sectorRefs: [],
  };
  // A reported disclosure with some items omitted (`omit: GRI 2-21 (b) | …`) lists them in GRI's
  // "Requirement(s) omitted" column too: it is partially reported (issue 16, item 1).
  const partlyOmitted = record.status === 'reported' && (record.omission?.requirements?.length ?? 0) > 0;
  if (partlyOmitted) row.partial = true;
  if ((record.status === 'omitted' || partlyOmitted) && record.omission) {
    const reasons = analysis.catalog.gri.foundation.omissionReasons;
    const id = normaliseOmissionReason(record.omission.reason, reasons.map((r) => r.id));
    const reason = reasons.find((r) => r.id === id);
    row.omission = {
      requirements: record.omission.requirements?.join(', ') ?? 'All',
      reason: reason?.id ?? record.omission.reason,
      reasonLabel: reason?.label ?? record.omission.reason,
      // GRI's omission columns print the explanation as written, empty included.
      explanations: [record.omission.explanation],
    };
  }
  return row;
}

function groupsOf(analysis: Analysis): IndexGroupData[] {
  const { catalog, materialTopics } = analysis;
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
  for (const standard of catalog.standards.filter((s) => s.series === 'universal')) {
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
  return groups;
}

export function griLayout(analysis: Analysis): IndexLayoutData {
  const { report, catalog, materialTopics } = analysis;
  const claim = analysis.claim ?? 'with-reference';
  const foundation = catalog.gri.foundation;
  const { meta } = report;
  const sectors = (meta.frameworks.gri?.sector ?? []).map(
    (sector) => catalog.standards.find((s) => s.series === 'sector' && s.topic.toLowerCase() === String(sector).trim().toLowerCase())?.id ?? String(sector),
  );
  // GRI 1 Appendix 2: an index "with reference" has the standard, disclosure and location columns only.
  const columns = claim === 'in-accordance' ? foundation.contentIndexColumns : foundation.contentIndexColumns.filter((c) => ['standard', 'disclosure', 'location'].includes(c.id));
  return {
    claim: {
      claim,
      statementOfUse: fillStatementOfUse(foundation.claims[claim].statementOfUse, meta),
      griUsed: foundation.standard,
      sectorStandards: sectors,
      materialTopics: materialTopics.flatMap((m) => (m.topic && m.standard ? [{ topic: m.topic, standard: m.standard.id }] : [])),
    },
    columns,
    groups: groupsOf(analysis),
  };
}
