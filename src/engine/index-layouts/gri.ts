// GRI's layout (GRI 1, Requirement 7): groups follow GRI 1 Appendix 1: general disclosures, material
// topics, then each material topic with its management disclosure (3-3) first; then anything else the
// report cites, by standard. Only what is reported or omitted is listed; the claim heads the index.
import type { DisclosureDef } from '../../model/catalog.js';
import type { DisclosureRecord } from '../../model/finding.js';
import type { IndexGroupData, IndexLayoutData, IndexRowData } from '../../model/index-data.js';
import type { Analysis } from '../analysis.js';
import { normaliseOmissionReason } from '../../mapping/omission-reason.js';
import { mergeLocations } from '../index-locations.js';
import { fillStatementOfUse, fillStatementOfUseZh } from '../statement-of-use.js';
import { isValidOmission } from '../omission-validity.js';
import { evidenceTargets } from '../evidence-targets.js';

/** Every place that locates `def` names some of its items (`disclose: GRI 2-7 (a)`), none the whole disclosure. */
function namesSomeItems(analysis: Analysis, def: DisclosureDef): boolean {
  const own = evidenceTargets(analysis).filter((t) => t.def === def);
  return own.length > 0 && own.every((t) => t.requirements !== undefined);
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

/** Position of a disclosure in its standard: an index lists rows in code order (GRI 1, Appendix 1). */
function codeOrder(analysis: Analysis): (a: DisclosureRecord, b: DisclosureRecord) => number {
  const position = (r: DisclosureRecord): number => {
    const def = definitionOf(analysis, r);
    return analysis.catalog.standardById.get(def.standard)?.disclosures.indexOf(def) ?? 0;
  };
  return (a, b) => position(a) - position(b);
}

function rowOf(analysis: Analysis, record: DisclosureRecord): IndexRowData {
  const def = definitionOf(analysis, record);
  const row: IndexRowData = {
    id: def.id,
    code: def.code,
    title: def.title,
    ...(def.titleZh ? { titleZh: def.titleZh } : {}),
    standard: def.standard,
    status: record.status,
    locations: record.status === 'reported' ? mergeLocations(record.locations) : [],
    sectorRefs: [],
  };
  // Only a valid omission is rendered as one (requirements.ts); an invalid one is a gap: `missing`, no reason.
  // A reported disclosure with some items validly omitted (`omit: GRI 2-21 (b) | …`) is partially reported
  // and lists them in GRI's "Requirement(s) omitted" column beside its location (GRI 1, Req. 6; issue 16).
  const partial = record.status === 'reported' && (record.omission?.requirements?.length ?? 0) > 0 && record.omission !== undefined && isValidOmission(analysis.catalog, def, record.omission);
  // Tagged only for some items (`disclose: GRI 2-7 (a)`) is partially reported too, as `check` counts it.
  if (partial || (record.status === 'reported' && namesSomeItems(analysis, def))) row.partial = true;
  if ((record.status === 'omitted' || partial) && record.omission) {
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

/**
 * What the index lists: every disclosure reported or validly omitted, and, as a gap (a `missing` row with no
 * location), one the report omits without a valid reason. Versions no longer in effect are not listed:
 * superseded-disclosure names their replacement, which the index lists where the report reports it.
 */
const isListed = (r: DisclosureRecord): boolean => r.status === 'reported' || r.status === 'omitted' || (r.status === 'missing' && r.omission !== undefined);
/** GRI 1 Appendix 2: an index "with reference" has no omission columns; it lists what the report reports. */
const isListedWithReference = (r: DisclosureRecord): boolean => r.status === 'reported';

function groupsOf(analysis: Analysis, framework: string): IndexGroupData[] {
  const { catalog, materialTopics } = analysis;
  const byCode = codeOrder(analysis);
  // Only the indexed framework's own disclosures: a report citing ESRS or an exchange's guideline too gets
  // those in their own index (`--framework`), never under a GRI standard's heading.
  const ownFramework = (r: DisclosureRecord): boolean => catalog.standardById.get(r.standard)?.framework === framework;
  const shown = analysis.records.filter(analysis.claim === 'in-accordance' ? isListed : isListedWithReference).filter(ownFramework);
  // The catalog gives each sector topic's reference number, not its disclosures' (11.1.5): a material
  // topic's 3-3 row carries the numbers of the sector topics it reports (src/engine/sector-topics.ts).
  const sectorRefs = new Map<string, string[]>();
  for (const m of materialTopics) {
    const refs = analysis.sectorTopics.filter((t) => t.status === 'material' && t.materialTopic !== undefined && t.materialTopic === m.standard?.id).map((t) => t.ref);
    if (m.topic && refs.length > 0) sectorRefs.set(m.topic, refs);
  }
  const perTopicRow = (r: DisclosureRecord): IndexRowData => {
    const row = rowOf(analysis, r);
    if (perTopic(r) && r.topic) row.sectorRefs = sectorRefs.get(r.topic) ?? [];
    return row;
  };
  const placed = new Set<DisclosureRecord>();
  const groups: IndexGroupData[] = [];
  const take = (group: Omit<IndexGroupData, 'rows'>, records: DisclosureRecord[]): void => {
    const rows = records.filter((r) => !placed.has(r));
    rows.forEach((r) => placed.add(r));
    if (rows.length > 0) groups.push({ ...group, rows: rows.map(perTopicRow) });
  };
  const standardOf = (r: DisclosureRecord) => catalog.standardById.get(r.standard);
  const perTopic = (r: DisclosureRecord): boolean => definitionOf(analysis, r).perMaterialTopic === true;

  // Universal standards first, in catalog order: the one holding 3-3 is "material topics".
  for (const standard of catalog.standards.filter((s) => s.series === 'universal')) {
    const records = shown.filter((r) => r.standard === standard.id && !perTopic(r)).sort(byCode);
    const kind = standard.disclosures.some((d) => d.perMaterialTopic) ? 'material-topics' : 'general';
    take({ title: standard.id, kind }, records);
  }
  for (const material of materialTopics) {
    if (!material.topic || !material.standard) continue;
    const records = shown.filter((r) => r.topic === material.topic && !placed.has(r));
    // 3-3 first (GRI 1 Appendix 1), then the topic's disclosures in code order, one group per standard
    // version: a group's label is the standard its rows belong to (a topic may mix 2016 and 2020 rows).
    const management = records.filter(perTopic);
    const versions = catalog.standards.filter((s) => records.some((r) => !perTopic(r) && r.standard === s.id));
    if (versions.length === 0) take({ title: material.standard.id, kind: 'topic', topic: material.topic }, management);
    versions.forEach((standard, i) => {
      const own = records.filter((r) => !perTopic(r) && r.standard === standard.id).sort(byCode);
      take({ title: standard.id, kind: 'topic', topic: material.topic }, i === 0 ? [...management, ...own] : own);
    });
  }
  for (const standard of catalog.standards) {
    const records = shown.filter((r) => standardOf(r) === standard && !placed.has(r)).sort(byCode);
    if (records.length === 0) continue;
    const group: Omit<IndexGroupData, 'rows'> = { title: standard.id, kind: standard.series === 'topic' ? 'topic' : 'other' };
    if (standard.series === 'topic') group.topic = standard.topic;
    take(group, records);
  }
  return groups;
}

export function griLayout(analysis: Analysis, framework: string): IndexLayoutData {
  const { report, catalog, materialTopics } = analysis;
  const claim = analysis.claim ?? 'with-reference';
  const foundation = catalog.gri.foundation;
  const { meta } = report;
  const notMaterial = analysis.sectorTopics.flatMap((t) => (t.status === 'not-material' ? [{ ref: t.ref, title: t.title, reason: t.reason ?? '' }] : []));
  const sectors = (meta.frameworks.gri?.sector ?? []).map(
    (sector) => catalog.standards.find((s) => s.series === 'sector' && s.topic.toLowerCase() === String(sector).trim().toLowerCase())?.id ?? String(sector),
  );
  // GRI 1 Appendix 2: an index "with reference" has the standard, disclosure and location columns only.
  const zh = foundation.claims[claim].statementOfUseZh;
  const columns = claim === 'in-accordance' ? foundation.contentIndexColumns : foundation.contentIndexColumns.filter((c) => ['standard', 'disclosure', 'location'].includes(c.id));
  return {
    claim: {
      claim,
      statementOfUse: fillStatementOfUse(foundation.claims[claim].statementOfUse, meta),
      ...(zh ? { statementOfUseZh: { text: fillStatementOfUseZh(zh.text, meta), official: zh.official } } : {}),
      griUsed: foundation.standard,
      sectorStandards: sectors,
      materialTopics: materialTopics.flatMap((m) => (m.topic && m.standard ? [{ topic: m.topic, standard: m.standard.id }] : [])),
      ...(notMaterial.length > 0 ? { notMaterialTopics: notMaterial } : {}),
    },
    columns,
    groups: groupsOf(analysis, framework),
  };
}
